"""Text lengths of the elements of a tree, without re-reading the same text over and over.

Reading ``text_content()`` per element costs the size of its subtree, so asking it of every
candidate (and of every link inside every candidate) is quadratic on a big or deeply nested
page. ``Lengths`` reads elements directly while that is cheap and past a few times the
tree's text puts every element's figures together from its children's in one bottom-up
pass: the length of its text with whitespace collapsed (``len(dom.text_of(el))``), the
commas in it, and the collapsed text length of the links inside it (``<a>`` elements, the
element itself included, each counted whole, as ``dom.link_density`` counts them).
"""

from __future__ import annotations

from syndicate.reader.budget import clock
from syndicate.reader.dom import Element, text_content, text_of

_Run = tuple[int, bool, bool, bool]
"""Collapsed text of a run of text: its length, whether it has a word, and whether it
starts and ends with whitespace (for a run without words: whether it has any)."""
_EMPTY: _Run = (0, False, False, False)


def _run(text: str | None) -> _Run:
    if not text:
        return _EMPTY
    words = text.split()
    if not words:
        return (0, False, True, True)
    size = sum(map(len, words)) + len(words) - 1
    return (size, True, text[0].isspace(), text[-1].isspace())


def _join(left: _Run, right: _Run) -> _Run:
    if left is _EMPTY:
        return right
    if right is _EMPTY:
        return left
    size, words, lead, trail = left
    r_size, r_words, r_lead, r_trail = right
    if not words:
        return (r_size, r_words, lead or r_lead, r_trail or (not r_words and trail))
    if not r_words:
        return (size, True, lead, trail or r_trail)
    return (size + r_size + (trail or r_lead), True, lead, r_trail)


_DIRECT_SHARE = 8
_DIRECT_FLOOR = 50_000
"""Characters read element by element (``_DIRECT_SHARE`` times the tree's text, plus the
floor) before the whole tree is measured at once: small pages never pay for that pass,
big or deep ones stop re-reading the same text."""


class Lengths:
    """Text, comma and link-text counts of the elements of ``root``'s tree.

    Each count is read from the element itself until that has cost a few times the tree's
    text; then the whole tree is measured in one bottom-up pass and later counts are looked
    up. Either way the numbers are the same. Valid while the tree is unchanged; an element
    outside ``root`` is always read directly.
    """

    def __init__(self, root: Element) -> None:
        self._root = root
        self._allowance: int | None = None
        self._spent = 0
        self._text: dict[Element, int] = {}
        self._commas: dict[Element, int] = {}
        self._links: dict[Element, int] = {}
        self._last: tuple[Element | None, str] = (None, "")
        self._tick = clock().tick  # (the read's clock: a ``Lengths`` lives inside one pass)

    def text(self, el: Element) -> int:
        """``len(dom.text_of(el))``."""
        found = self._text.get(el)
        return len(self.string(el)) if found is None else found

    def string(self, el: Element) -> str:
        """``dom.text_of(el)`` (read once for ``text`` and ``string`` in a row)."""
        last, text = self._last
        if last is not el:
            self._tick()
            text = text_of(el)
            self._last = (el, text)
            self._spend(len(text))
        return text

    def commas(self, el: Element) -> int:
        """Commas in ``el``'s text."""
        found = self._commas.get(el)
        return self.string(el).count(",") if found is None else found

    def links(self, el: Element) -> int:
        """Collapsed text length of the ``<a>`` elements in ``el`` (``el`` included)."""
        found = self._links.get(el)
        if found is not None:
            return found
        total = 0
        tick = clock().tick
        for anchor in el.iter("a"):
            tick()
            size = len(text_of(anchor))
            total += size
            if self._spend(size) and el in self._links:
                return self._links[el]
        return total

    def link_density(self, el: Element) -> float:
        """``dom.link_density(el)``: the share of ``el``'s text inside links (1.0 if empty)."""
        total = self.text(el)
        return self.links(el) / total if total else 1.0

    def _spend(self, chars: int) -> bool:
        """Count ``chars`` read directly; True once the tree is measured. (The tree's text is
        read for the allowance only once the floor is spent: below it, nothing can be.)"""
        self._spent += chars
        if self._spent > _DIRECT_FLOOR and not self._text:
            if self._allowance is None:
                self._allowance = _DIRECT_SHARE * len(text_content(self._root)) + _DIRECT_FLOOR
            if self._spent > self._allowance:
                self._measure()
        return bool(self._text)

    def _measure(self) -> None:
        runs: dict[Element, _Run] = {}
        tick = clock().tick
        for el in reversed(list(self._root.iter())):
            if not isinstance(el.tag, str):
                continue
            tick()
            run = _run(el.text)
            commas = (el.text or "").count(",")
            links = 0
            for child in el:
                if isinstance(child.tag, str):
                    run = _join(run, runs.pop(child))
                    commas += self._commas[child]
                    links += self._links[child]
                if child.tail:
                    run = _join(run, _run(child.tail))
                    commas += child.tail.count(",")
            runs[el] = run
            self._text[el] = run[0]
            self._commas[el] = commas
            self._links[el] = links + (run[0] if el.tag == "a" else 0)
