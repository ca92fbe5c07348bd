"""Find the main content: known CMS selectors first, then a text-density score."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import overload

from syndicate.reader import selectors
from syndicate.reader.body.clean import signal_attrs
from syndicate.reader.body.lengths import Lengths
from syndicate.reader.budget import clock
from syndicate.reader.dom import Element, Within, link_density, text_of
from syndicate.reader.index import TreeIndex

_INVISIBLE = ("script", "style", "noscript", "template")
_MIN_TEXT = 250
_PAGE_SHARE = 0.4
"""Share of the page's text a lone article or main holds (when below ``_MIN_TEXT``)."""
_MAX_LINK_DENSITY = 0.5
_ALTERNATIVES = 5
_CLOSE = 0.75
_MIN_SHARED = 3
"""A "content" container that is mostly link text is a menu or a list of teasers."""
_MIN_PARAGRAPH = 25
_TAG_BASE = {
    "div": 5.0,
    "article": 8.0,
    "section": 3.0,
    "main": 5.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "form": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "li": -3.0,
    "dl": -3.0,
    "th": -5.0,
    "address": -3.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
}


@dataclass(slots=True)
class Located:
    """The content node(s) in document order and how they were found."""

    nodes: list[Element]
    source: str
    origin: list[Element] = field(default_factory=list)
    """For cleaned copies, the page-tree nodes they were copied from."""


def _text_len(el: Element) -> int:
    return len(text_of(el))


def visible_len(el: Element) -> int:
    """Text length without script/style text (for nodes of an uncleaned tree)."""
    hidden = sum(len(text_of(s)) for s in el.iter(*_INVISIBLE))
    return _text_len(el) - hidden


def by_selector(index: TreeIndex) -> Located | None:
    """Nodes matching a known content selector, if they hold enough text.

    Selectors are tried most specific first, but a group loses to a later one whose best
    container holds more than twice its text (themes reuse ``entry-content`` for sidebar
    widgets). A body split over several sibling containers (one per section, as some CMSs
    render it) is kept whole: every match, not nested in another, holding at least a fifth
    of the largest match's text, in document order.
    """
    groups: list[tuple[str, list[tuple[int, Element]]]] = []
    tick = clock().tick
    for name, match in selectors.CONTENT:
        tick()
        matches = index.select(match)
        within = Within(matches)
        outer = [m for m in matches if not within(m.getparent())]
        sized = [(visible_len(m), m) for m in outer if link_density(m) < _MAX_LINK_DENSITY]
        if sized and max(size for size, _ in sized) >= _MIN_TEXT:
            groups.append((name, sized))
    if not groups:
        return None
    best = max(size for _, sized in groups for size, _ in sized)
    for name, sized in groups:
        largest = max(size for size, _ in sized)
        if largest * 2 >= best:
            return Located([m for size, m in sized if size >= largest / 5], f"selector:{name}")
    return None  # pragma: no cover - the largest group always qualifies


def by_semantic_tag(root: Element) -> Located | None:
    """A lone ``<article>`` or ``<main>`` that holds most of the page's text."""
    lengths = Lengths(root)
    least: float | None = None  # found when there is an article or main to compare
    for tag in ("article", "main"):
        found = [(lengths.text(el), el) for el in root.iter(tag)]
        if found and least is None:
            least = _least(lengths, root, max(size for size, _ in found))
        found = [pair for pair in found if least is not None and pair[0] >= least]
        if len(found) == 1 and found[0][0] > 0:
            return Located([found[0][1]], f"tag:{tag}")
    return None


def _least(lengths: Lengths, root: Element, largest: int) -> float:
    """The text a lone article or main needs: ``_MIN_TEXT``, or less on a page with less
    than 2.5 times that; the page's text (at least ``largest``'s, an element's inside it)
    is only read when it may be less."""
    if _PAGE_SHARE * largest >= _MIN_TEXT:
        return _MIN_TEXT
    return min(_MIN_TEXT, _PAGE_SHARE * lengths.text(root))


def _weight(el: Element) -> float:
    attrs = signal_attrs(el)
    weight = 0.0
    if selectors.NEGATIVE.found_in(attrs):
        weight -= 25
    if selectors.POSITIVE.found_in(attrs):
        weight += 25
    return weight


def by_score(root: Element) -> Located | None:
    """Readability-style scoring: paragraphs vote for their ancestors (text and link
    lengths read through ``Lengths``, so a big or deep page is not re-read per candidate)."""
    lengths = Lengths(root)
    scores: dict[Element, float] = {}
    tick = clock().tick
    for el in root.iter("p", "pre", "td", "blockquote", "div", "section"):
        tick()
        if el.tag in {"div", "section"}:
            text = " ".join((el.text or "").split()) + " ".join((c.tail or "").strip() for c in el)
            size, commas = len(text), text.count(",")
        else:
            size, commas = lengths.text(el), lengths.commas(el)
        if size < _MIN_PARAGRAPH:
            continue
        vote = 1 + commas + min(size // 100, 3)
        for depth, ancestor in enumerate(_ancestors(el, 3)):
            if ancestor not in scores:
                scores[ancestor] = _TAG_BASE.get(ancestor.tag, 0.0) + _weight(ancestor)
            scores[ancestor] += vote / (1, 2, 3)[depth]
    if not scores:
        return None
    final = _Final(scores, lengths)
    ranked = final.best(_ALTERNATIVES + 1)
    top = _promote(ranked[0], ranked[1:], final)
    return Located(_with_siblings(top, final, lengths), "score")


class _Final:
    """Each scored element's score times the share of its text outside links, worked out
    when first asked for: the best few are found without reading the links of every
    element that scored (an element's weighted score is at most its score, when that is
    not negative)."""

    def __init__(self, scores: dict[Element, float], lengths: Lengths) -> None:
        self._scores = scores
        self._lengths = lengths
        self._known: dict[Element, float] = {}

    @overload
    def get(self, el: Element) -> float | None: ...
    @overload
    def get(self, el: Element, default: float) -> float: ...
    def get(self, el: Element, default: float | None = None) -> float | None:
        """The weighted score of ``el``; ``default`` for an element that did not score."""
        value = self._known.get(el)
        if value is None:
            score = self._scores.get(el)
            if score is None:
                return default
            value = self._known[el] = score * (1 - self._lengths.link_density(el))
        return value

    def __getitem__(self, el: Element) -> float:
        value = self.get(el)
        if value is None:
            raise KeyError(el)
        return value

    def best(self, count: int) -> list[Element]:
        """The ``count`` best-weighted elements, best first (of equals, the one that scored
        first): what sorting every weighted score gives."""
        scores = self._scores
        bound = {el: score if score >= 0 else math.inf for el, score in scores.items()}
        ranked: list[tuple[float, int, Element]] = []
        for number, el in sorted(enumerate(scores), key=lambda p: bound[p[1]], reverse=True):
            if len(ranked) == count and bound[el] < -ranked[-1][0]:
                break  # neither this element nor any after it can reach the best ones
            ranked.append((-self[el], number, el))
            ranked.sort()
            del ranked[count:]
        return [el for _, _, el in ranked]


def _promote(top: Element, others: list[Element], final: _Final) -> Element:
    """Move up from the best node when the content is spread over its ancestor (Readability's
    rules): an ancestor holding several near-best candidates, or a parent scoring higher
    than the node."""
    close = [el for el in others if final[el] >= _CLOSE * final[top]]
    if len(close) >= _MIN_SHARED:
        lineages = [set(el.iterancestors()) for el in close]
        for ancestor in top.iterancestors():
            if ancestor.tag in {"body", "html"}:
                break
            inside = sum(1 for lineage in lineages if ancestor in lineage)
            if inside >= _MIN_SHARED:
                top = ancestor
                break
    best = last = final.get(top, 0.0)
    for parent in top.iterancestors():
        if parent.tag in {"body", "html"}:
            break
        score = final.get(parent)
        if score is None:
            continue
        if score < last / 3:
            break
        if score > last and score >= best / 2:
            top = parent
            break
        last = score
    return top


def _ancestors(el: Element, limit: int) -> list[Element]:
    out: list[Element] = []
    node = el.getparent()
    while node is not None and len(out) < limit and node.tag not in {"html"}:
        out.append(node)
        node = node.getparent()
    return out


def _with_siblings(top: Element, final: _Final, lengths: Lengths) -> list[Element]:
    parent = top.getparent()
    if parent is None or top.tag == "body":
        return [top]
    threshold = max(10.0, final.get(top, 0.0) * 0.2)
    nodes: list[Element] = []
    for sibling in parent:
        if sibling is top or (
            isinstance(sibling.tag, str) and final.get(sibling, 0.0) >= threshold
        ):
            nodes.append(sibling)
        elif sibling.tag == "p":
            text_len = lengths.text(sibling)
            if text_len > 80 and lengths.link_density(sibling) < 0.25:
                nodes.append(sibling)
    return nodes
