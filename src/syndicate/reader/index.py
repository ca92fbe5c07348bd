"""One pass over a tree indexes its elements by tag, class, ``itemprop`` and ``rel``, so
the selector tables are answered by dictionary lookups instead of whole-tree XPath scans."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from syndicate.reader.dom import Element, select

if TYPE_CHECKING:
    from syndicate.reader.selectors import Caseless

_INDEXED_ATTRS = ("itemprop", "rel")
_ANYWHERE = etree.XPath("//*[@class or @itemprop or @rel]")
"""The elements to index when given an element below the document's root (from the root
they are read by walking the tree: this XPath sorts them by document order, which costs
libxml2 the tree's depth per comparison, seconds on a page nested a thousand levels deep)."""
_ITEMS = etree.XPath("//*[@itemscope]")
_ASKED = ("meta", "base", "link", "time", "h1", "h2", "h3", "section")
"""Tags every read asks ``tagged`` for: on the first ask for one, all are found in one walk
over the tree instead of one walk each."""


@dataclass(frozen=True, slots=True)
class Match:
    """A selector as data: elements having any of ``classes`` (or ``attr`` with any of
    ``values``, or just ``tag``), optionally restricted to ``tag``, inside an ``inside``
    ancestor tag, and narrowed to descendants with ``then_tag`` / ``then_attr``."""

    classes: tuple[str, ...] = ()
    attr: str = ""
    values: tuple[str, ...] = ()
    tag: str = ""
    inside: str = ""
    exclude_tag: str = ""
    then_tag: str = ""
    then_attr: tuple[str, str] | None = None


class TreeIndex:
    """Elements of one tree by class attribute and indexed attribute value (built in one
    pass over the tree), by class token and by tag (on first use)."""

    def __init__(self, root: Element) -> None:
        self.root = root
        self.position: dict[Element, int] = {}
        self.by_classes: dict[str, list[Element]] = defaultdict(list)
        """Elements by their whole ``class`` value: one entry per element, where one per
        token would cost a split and an entry per token (the tokens are read per value on
        first use, and the elements of a token found through the values holding it)."""
        self._values: dict[str, list[str]] | None = None
        self.by_attr: dict[tuple[str, str], list[Element]] = defaultdict(list)
        self._by_tag: dict[str, list[Element]] = {}
        self._marked: dict[Caseless, list[Element]] = {}
        self._keys: dict[Element, tuple[int, ...]] = {}
        self._child_at: dict[Element, int] = {}
        self.items: list[Element] = []
        """The elements with an ``itemscope`` (microdata items), in document order."""
        if root.getparent() is not None:  # not the document's root: index the document
            for number, el in enumerate(select(root, _ANYWHERE)):
                self._add(el, number, el.get("class"), el.get("itemprop"), el.get("rel"))
            self.items = select(root, _ITEMS)
            return
        # Every element, in document order: quicker than an XPath for those with the
        # attributes (which makes a Python object of each anyway). ``position`` numbers
        # all elements; only the order of the numbers is ever used. (lxml takes an
        # attribute name as bytes without encoding it first: a quarter off each read.)
        position, by_classes, by_attr = self.position, self.by_classes, self.by_attr
        items = self.items
        for number, el in enumerate(root.iter()):
            get = el.get
            classes, itemprop, rel = get(b"class"), get(b"itemprop"), get(b"rel")
            if get(b"itemscope") is not None:
                items.append(el)
            if classes is None and itemprop is None and rel is None:
                continue
            position[el] = number
            if classes:
                by_classes[classes].append(el)
            if itemprop:
                for token in itemprop.split():
                    by_attr[("itemprop", token)].append(el)
            if rel:
                for token in rel.split():
                    by_attr[("rel", token)].append(el)

    def _add(
        self, el: Element, number: int, classes: str | None, itemprop: str | None, rel: str | None
    ) -> None:
        self.position[el] = number
        if classes:
            self.by_classes[classes].append(el)
        if itemprop:
            for token in itemprop.split():
                self.by_attr[("itemprop", token)].append(el)
        if rel:
            for token in rel.split():
                self.by_attr[("rel", token)].append(el)

    def _class_values(self) -> dict[str, list[str]]:
        """The ``class`` values holding each class token."""
        if self._values is None:
            values: dict[str, list[str]] = defaultdict(list)
            for value in self.by_classes:
                for token in value.split():
                    values[token].append(value)
            self._values = values
        return self._values

    def tagged(self, tag: str) -> list[Element]:
        """Every element with this tag, in document order."""
        if tag not in self._by_tag:
            if tag in _ASKED:  # all of them in one walk over the tree
                found: dict[str, list[Element]] = {asked: [] for asked in _ASKED}
                for el in self.root.iter(*_ASKED):
                    found[el.tag].append(el)
                self._by_tag.update(found)
            else:
                self._by_tag[tag] = list(self.root.iter(tag))
        return self._by_tag[tag]

    def whole_document(self) -> bool:
        """Whether the tree is the whole document (its root has no parent and no siblings),
        so that it holds every element an XPath ``//…`` finds."""
        root = self.root
        return all(n is None for n in (root.getparent(), root.getprevious(), root.getnext()))

    def in_document(self, tag: str) -> list[Element] | None:
        """``tagged(tag)`` when the tree is the whole document; else None."""
        return self.tagged(tag) if self.whole_document() else None

    def with_class(self, test: Callable[[str], bool]) -> list[Element]:
        """The elements whose whole ``class`` value passes ``test``, in document order (one
        test per distinct value)."""
        return self._ordered(els for value, els in self.by_classes.items() if test(value))

    def order(self, el: Element) -> tuple[int, ...]:
        """A key sorting elements in document order: the child positions on the way down
        from the root (an ancestor sorts first). Only the ancestors of the elements asked
        about, and their children, are looked at, not the whole tree."""
        chain: list[Element] = []
        node: Element | None = el
        while node is not None and node not in self._keys:
            chain.append(node)
            node = node.getparent()
        key = self._keys[node] if node is not None else ()
        for child in reversed(chain):  # from the outermost down
            parent = child.getparent()
            if parent is not None:
                if child not in self._child_at:
                    self._child_at.update((c, n) for n, c in enumerate(parent))
                key = (*key, self._child_at[child])
            self._keys[child] = key
        return key

    def marked(self, pattern: Caseless) -> list[Element]:
        """Elements with a class or ``itemprop`` token that ``pattern`` finds, in document
        order (the tokens are matched once each, not once per element)."""
        if pattern not in self._marked:
            found = pattern.found_in
            by_classes = self.by_classes
            groups = [
                by_classes[value]
                for token, values in self._class_values().items()
                if found(token)
                for value in values
            ]
            groups += [
                els
                for (attr, token), els in self.by_attr.items()
                if attr == "itemprop" and found(token)
            ]
            self._marked[pattern] = self._ordered(groups)
        return self._marked[pattern]

    def _ordered(self, groups: Iterable[list[Element]]) -> list[Element]:
        seen = {el for group in groups for el in group}
        return sorted(seen, key=lambda el: self.position.get(el, 0))

    def select(self, match: Match) -> list[Element]:
        """The elements ``match`` selects, in document order."""
        if match.classes:
            values = self._class_values()
            found = self._ordered(
                self.by_classes[value] for c in match.classes for value in values.get(c, ())
            )
        elif match.attr in _INDEXED_ATTRS:
            found = self._ordered(self.by_attr.get((match.attr, v), []) for v in match.values)
        elif match.attr:
            found = [el for el in self.tagged(match.tag) if el.get(match.attr) in match.values]
        else:
            found = list(self.tagged(match.tag))
        if match.tag:
            found = [el for el in found if el.tag == match.tag]
        if match.exclude_tag:
            found = [el for el in found if el.tag != match.exclude_tag]
        if match.inside:
            found = [el for el in found if any(a.tag == match.inside for a in el.iterancestors())]
        if match.then_tag:
            found = [d for el in found for d in el.iter(match.then_tag) if d is not el]
        if match.then_attr:
            key, value = match.then_attr
            found = [d for el in found for d in el.iter() if d is not el and d.get(key) == value]
        return found
