"""The simplest rule XPaths answered from the page's index instead of a walk of the tree.

A rule's title, date, author and body XPaths run on the whole page, and each ``//…`` makes
libxml2 visit every element. Most are one of two shapes: ``//tag[@attr="value"]`` or
``//tag[contains(@attr, "value")]`` (``tag`` may be ``*`` when the attribute is
``class``), optionally ending in ``/@attr`` for a value. The index answers those with
the elements of one tag or one class value, in document order, giving what the XPath
gives (an attribute as its plain value). Any other expression, or a tree that is not the
whole document, goes to lxml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from syndicate.reader.dom import Element
from syndicate.reader.index import TreeIndex

_NAME = r"[a-z][\w-]*"
_VALUE = r"""(?:"([^"]*)"|'([^']*)')"""
_SHAPE = re.compile(
    rf"//(\*|{_NAME})\[\s*(?:@({_NAME})\s*=\s*{_VALUE}|contains\(\s*@({_NAME})\s*,\s*{_VALUE}\s*\))"
    rf"\s*\](?:/@({_NAME}))?"
)
"""The two shapes, with lower-case names only (the parser lower-cases the page's tags and
attribute names, and an XPath name test is case-sensitive: an upper-case one goes to lxml)."""


@dataclass(frozen=True, slots=True)
class IndexedPath:
    """``//tag[@attr="value"]`` (or ``contains``), and the attribute it ends in, if any."""

    tag: str
    attr: str
    value: str
    contains: bool
    then: str

    def _matches(self, found: str | None) -> bool:
        if found is None:
            return False
        return self.value in found if self.contains else found == self.value

    def __call__(self, index: TreeIndex) -> list[Element] | list[str] | None:
        """What the XPath selects on the index's tree; None when the index cannot tell."""
        if not index.whole_document():
            return None
        if self.tag != "*":
            found = [el for el in index.tagged(self.tag) if self._matches(el.get(self.attr))]
        elif self.attr == "class":
            found = index.with_class(self._matches)
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
    tag, equal_attr, eq_dq, eq_sq, contains_attr, co_dq, co_sq, then = shape.groups()
    if equal_attr:
        value, contains, attr = eq_dq if eq_dq is not None else eq_sq, False, equal_attr
    else:
        value, contains, attr = co_dq if co_dq is not None else co_sq, True, contains_attr
    if contains and not value:
        return None  # contains(…, "") holds for every element, with the attribute or not
    if tag == "*" and (attr != "class" or not value):
        return None  # (the index holds no element by an empty class value)
    return IndexedPath(tag, attr, value, contains, then or "")
