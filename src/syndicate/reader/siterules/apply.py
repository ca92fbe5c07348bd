"""Apply a site rule: to the markup before parsing, to the parsed page's metadata, to the
tree before the body is taken, and to find the body itself.

Every XPath runs as lxml runs XPath 1.0; one that fails while evaluating is skipped and
recorded (``RuleRun.failures``), never raised. Each directive that changed something is
recorded in ``RuleRun.fired`` for the Article's evidence. What a rule selects is
converted and sanitised like any page: a rule cannot put script into an output.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from lxml import etree

from syndicate.reader.dom import Element
from syndicate.reader.index import TreeIndex
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.siterules.indexed import indexed_path
from syndicate.reader.siterules.parse import compiled
from syndicate.reader.siterules.rule import SiteRule

SOURCE = "siterule"
"""The metadata source name of a site rule's title, author and date."""
_DOUBLE_BR = re.compile(r"(?:<br\s*/?>\s*){2,}", re.I)
_KEEP = frozenset({"html", "head", "body"})
_MAX_AUTHORS = 10


class RuleRun:
    """One rule applied to one page: what fired and which XPaths failed."""

    def __init__(self, rule: SiteRule) -> None:
        self.rule = rule
        self.fired: list[str] = []
        self.failures: list[str] = []

    def _fire(self, directive: str) -> None:
        if directive not in self.fired:
            self.fired.append(directive)

    def evaluate(
        self, root: Element, expression: str, index: TreeIndex | None = None
    ) -> list[object]:
        """The XPath's results as a list ([] when it fails to compile or to evaluate);
        ``index``: the index of ``root``'s unchanged tree, which answers the simplest."""
        if index is not None and index.root is root:
            path = indexed_path(expression)
            answer = path(index) if path is not None else None
            if answer is not None:
                return list(answer)
        xpath = compiled(expression)
        if xpath is None:
            return []
        try:
            found = xpath(root)
        except etree.XPathError as exc:
            self.failures.append(f"{expression[:120]}: {exc}")
            return []
        if isinstance(found, list):
            return list(found)
        if found is True or (isinstance(found, str) and found.strip()):
            return [found]
        return []

    def elements(
        self, root: Element, expression: str, index: TreeIndex | None = None
    ) -> list[Element]:
        """The elements an XPath selects, without the document's own html/head/body."""
        return [
            el
            for el in self.evaluate(root, expression, index)
            if isinstance(el, etree._Element) and isinstance(el.tag, str) and el.tag not in _KEEP
        ]

    # --- markup -------------------------------------------------------------------

    def rewrite(self, markup: str) -> str:
        """``find_string``/``replace_string`` and ``convert_double_br_tags`` on the markup."""
        for find, replacement in self.rule.replace:
            if find in markup:
                markup = markup.replace(find, replacement)
                self._fire("replace_string")
        if self.rule.flag("convert_double_br_tags"):
            markup, count = _DOUBLE_BR.subn("</p><p>", markup)
            if count:
                self._fire("convert_double_br_tags")
        return markup

    # --- metadata -----------------------------------------------------------------

    def metadata(self, root: Element, index: TreeIndex | None = None) -> Partial:
        """The rule's title, authors and date, read before anything is stripped
        (``index``: the index of ``root``'s tree)."""
        partial = Partial(source=SOURCE)
        partial.headline = self._first_text(root, self.rule.title, "title", index)
        partial.published = self._first_text(root, self.rule.date, "date", index)
        for expression in self.rule.author:
            names = [t for t in map(_text, self.evaluate(root, expression, index)) if t]
            if names:
                partial.authors = [(n, "") for n in dict.fromkeys(names)][:_MAX_AUTHORS]
                self._fire("author")
                break
        return partial

    def _first_text(
        self, root: Element, expressions: Iterable[str], directive: str, index: TreeIndex | None
    ) -> str:
        for expression in expressions:
            found = self.evaluate(root, expression, index)
            text = next((t for t in map(_text, found) if t), "")
            if text:
                self._fire(directive)
                return text
        return ""

    def native_ad(self, root: Element, index: TreeIndex | None = None) -> bool:
        """Whether a ``native_ad_clue`` matches (the page is sponsored content)."""
        for expression in self.rule.native_ad_clue:
            if self.evaluate(root, expression, index):
                self._fire("native_ad_clue")
                return True
        return False

    # --- tree ---------------------------------------------------------------------

    def shape(self, root: Element) -> bool:
        """Strip, unwrap and wrap elements of the page in place; True if anything changed."""
        rule, before = self.rule, len(self.fired)
        for expression in rule.strip_attr:
            for value in self.evaluate(root, expression):
                if isinstance(value, etree._ElementUnicodeResult) and value.attrname:
                    owner = value.getparent()
                    if owner is not None and value.attrname in owner.attrib:
                        del owner.attrib[value.attrname]
                        self._fire("strip_attr")
        for expression in rule.strip:
            self._drop(self.elements(root, expression), "strip")
        if rule.strip_id_or_class:
            self._drop(_by_id_or_class(root, rule.strip_id_or_class), "strip_id_or_class")
        if rule.strip_image_src:
            images = [
                img
                for img in root.iter("img")
                if any(n in (img.get("src") or "") for n in rule.strip_image_src)
            ]
            self._drop(images, "strip_image_src")
        for tag, expression in rule.wrap_in:
            for el in self.elements(root, expression):
                _wrap(el, tag)
                self._fire("wrap_in")
        for expression in rule.dissolve:
            for el in self.elements(root, expression):
                if el.getparent() is not None:
                    el.drop_tag()
                    self._fire("dissolve")
        if rule.src_lazy_load_attr:
            for img in root.iter("img"):
                lazy = img.get(rule.src_lazy_load_attr)
                if lazy:
                    img.set("src", lazy)
                    self._fire("src_lazy_load_attr")
        return len(self.fired) > before

    def _drop(self, doomed: list[Element], directive: str) -> None:
        for el in doomed:
            if el.getparent() is not None:
                el.drop_tree()
                self._fire(directive)

    # --- body ---------------------------------------------------------------------

    def body(self, root: Element, index: TreeIndex | None = None) -> list[Element]:
        """The elements the first matching ``body`` XPath selects (the outermost ones, in
        document order; ``index``: the index of ``root``'s unchanged tree)."""
        for expression in self.rule.body:
            found = self.elements(root, expression, index)
            chosen = set(found)
            outer = [el for el in found if not any(a in chosen for a in el.iterancestors())]
            if outer:
                self._fire("body")
                return outer
        return []


def _text(value: object) -> str:
    if isinstance(value, etree._Element):
        return " ".join("".join(str(t) for t in value.itertext()).split())
    if isinstance(value, str):
        return " ".join(value.split())
    return ""


def _by_id_or_class(root: Element, needles: tuple[str, ...]) -> list[Element]:
    """Elements whose class or id contains any of ``needles`` (one pass for all of them)."""
    search = _any_of(needles)
    found = []
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _KEEP:
            continue
        classes, ident = el.get(b"class"), el.get(b"id")
        if (classes and search(classes)) or (ident and search(ident)):
            found.append(el)
    return found


@lru_cache(maxsize=256)
def _any_of(needles: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """A search for any of ``needles`` as plain text (one C call, not one per needle)."""
    return re.compile("|".join(map(re.escape, needles))).search


def _wrap(el: Element, tag: str) -> None:
    parent = el.getparent()
    if parent is None:
        return
    wrapper = el.makeelement(tag, {})
    tail, el.tail = el.tail, None
    parent.replace(el, wrapper)
    wrapper.append(el)
    wrapper.tail = tail
