"""The simplest rule XPaths answered from the page's index instead of a walk of the tree.

A rule's title, date, author and body XPaths run on the whole page, and each ``//…`` makes
libxml2 visit every element. Most are one of three shapes: ``//tag[@attr="value"]``,
``//tag[contains(@attr, "value")]`` and the class-token idiom
``//tag[contains(concat(' ', normalize-space(@attr), ' '), ' value ')]`` (``tag`` may be
``*`` when the attribute is ``class``, or ``itemprop`` or ``rel`` equal to one token),
optionally ending in ``/@attr`` for a value. The index answers those with the elements of
one tag, one class value or one token, in document order, giving what the XPath gives (an
attribute as its plain value). Any other expression, or a tree that is not the whole
document, goes to lxml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from syndicate.reader.dom import Element
from syndicate.reader.index import TreeIndex

_NAME = r"[a-z][\w-]*"
_VALUE = r"""(?:"([^"]*)"|'([^']*)')"""
_SPACE = r"""\s*(?:" "|' ')\s*"""
_SHAPE = re.compile(
    rf"//(\*|{_NAME})\[\s*(?:"
    rf"@({_NAME})\s*=\s*{_VALUE}"
    rf"|contains\(\s*@({_NAME})\s*,\s*{_VALUE}\s*\)"
    rf"|contains\(\s*concat\({_SPACE},\s*normalize-space\(\s*@({_NAME})\s*\)\s*,{_SPACE}\)"
    rf"\s*,\s*{_VALUE}\s*\)"
    rf")\s*\](?:/@({_NAME}))?"
)
"""The three shapes, with lower-case names only (the parser lower-cases the page's tags
and attribute names, and an XPath name test is case-sensitive: an upper-case one goes to
lxml)."""
_XML_SPACE = re.compile("[ \t\r\n]+")
"""What XPath's ``normalize-space`` takes for white space (not every Unicode space)."""
TOKENS = ("itemprop", "rel")
"""Attributes the index holds elements by, one entry per token of their value."""
EQUAL, CONTAINS, PADDED = "equal", "contains", "padded"
"""How the attribute is tested: equal to the value, containing it, or containing it once
normalised and padded with a space at each end (the class-token idiom)."""


@dataclass(frozen=True, slots=True)
class IndexedPath:
    """``//tag[test(@attr, value)]``, and the attribute it ends in, if any."""

    tag: str
    attr: str
    value: str
    test: str
    then: str
    probe: str = ""
    """A part of ``value`` every matching attribute holds as it is (the padded test's first
    word: normalising changes only the white space around it)."""

    def _matches(self, found: str | None) -> bool:
        if found is None:
            return False
        if self.test == EQUAL:
            return found == self.value
        if self.test == PADDED:
            if self.probe not in found:
                return False
            found = f" {_XML_SPACE.sub(' ', found).strip(' ')} "
        return self.value in found

    def __call__(self, index: TreeIndex) -> list[Element] | list[str] | None:
        """What the XPath selects on the index's tree; None when the index cannot tell."""
        if not index.whole_document():
            return None
        if self.attr == "class" and self.value:  # (by class value: no walk for a tag)
            found = index.with_class(self._matches)
            if self.tag != "*":
                found = [el for el in found if el.tag == self.tag]
        elif self.attr in TOKENS and self.test == EQUAL and _single_token(self.value):
            found = [
                el
                for el in index.by_attr.get((self.attr, self.value), [])
                if (self.tag == "*" or el.tag == self.tag) and el.get(self.attr) == self.value
            ]
        elif self.tag != "*":
            found = [el for el in index.tagged(self.tag) if self._matches(el.get(self.attr))]
        else:
            return None
        if not self.then:
            return found
        values = (el.get(self.then) for el in found)
        return [value for value in values if value is not None]


@lru_cache(maxsize=4096)
def indexed_path(expression: str) -> IndexedPath | None:
    """The expression as an ``IndexedPath``, or None when it has another shape."""
    shape = _SHAPE.fullmatch(expression.strip())
    if shape is None:
        return None
    tag, *groups, then = shape.groups()
    at = next(at for at in (0, 3, 6) if groups[at])
    attr, double, single = groups[at : at + 3]
    value, test = double if double is not None else single, (EQUAL, CONTAINS, PADDED)[at // 3]
    if test != EQUAL and not value.strip(" \t\r\n"):
        return None  # holds for elements without the attribute: contains("  ", " ")
    by_token = attr in TOKENS and test == EQUAL and _single_token(value)
    if tag == "*" and not (attr == "class" and value) and not by_token:
        return None  # any element: only by a class value or an indexed token
    probe = _XML_SPACE.split(value.strip(" \t\r\n"))[0] if test == PADDED else ""
    return IndexedPath(tag, attr, value, test, then or "", probe)


def _single_token(value: str) -> bool:
    """One token as the index splits attribute values (``str.split``)."""
    return len(value.split()) == 1 and value.strip() == value
