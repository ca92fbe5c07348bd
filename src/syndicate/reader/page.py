"""The parsed page handed to every extraction stage: one tree, one meta index."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from syndicate.reader.dom import Element, base_url, select_strings
from syndicate.reader.index import TreeIndex
from syndicate.urls import resolve

if TYPE_CHECKING:
    from syndicate.reader.metadata.header import Header

_ESCAPED = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+\d*);")


def unescaped(value: str) -> str:
    """Undo a second level of escaping (``&amp;quot;`` in the source is ``&quot;`` here),
    which CMSs often leave in meta tags; text without entities is returned as is."""
    return html.unescape(value) if "&" in value and _ESCAPED.search(value) else value


def _attributes(elements: list[Element], name: str, parent: str = "") -> list[str]:
    """The ``name`` attribute of each of ``elements`` that has one (and, with ``parent``,
    whose parent has that tag), in order: what ``//parent/tag/@name`` selects."""
    found = []
    for el in elements:
        value = el.get(name)
        up = el.getparent()
        if value is not None and (not parent or (up is not None and up.tag == parent)):
            found.append(value)
    return found


@dataclass(slots=True)
class Page:
    """A parsed page: the tree, its base URL, its ``<meta>`` tags by key and its index."""

    root: Element
    url: str
    base: str
    index: TreeIndex
    meta: dict[str, list[str]] = field(default_factory=dict)
    linked_data: list[dict[str, Any]] | None = None
    """The page's JSON-LD objects, read once on first use (``jsonld.page_objects``)."""
    header: Header | None = None
    """The article's header, found once on first use (``metadata.header.header``)."""
    kind: tuple[str, str] | None = None
    """What the page is if not an article, and why, found once (``body.kind.page_kind``)."""
    cleaned: Element | None = None
    """The page's ``<body>`` as cleaned for reading, once the body finder made that copy
    (``body.choose``); the last-resort date reader reads it instead of the whole page."""

    @classmethod
    def build(cls, root: Element, url: str) -> Page:
        """Index the tree and its ``<meta>`` tags once (keys lower-cased: name, property, itemprop)."""
        index = TreeIndex(root)
        meta: dict[str, list[str]] = {}
        for tag in index.tagged("meta"):
            key = tag.get("property") or tag.get("name") or tag.get("itemprop") or ""
            value = " ".join(unescaped(tag.get("content") or "").split())
            if key and value:
                for one in key.lower().split():  # "og:title twitter:title"
                    meta.setdefault(one, []).append(value)
        bases = index.in_document("base")
        hrefs = None if bases is None else _attributes(bases, "href", "head")
        return cls(root=root, url=url, base=base_url(root, url, hrefs), index=index, meta=meta)

    def canonical(self) -> list[str]:
        """The ``href`` of every ``<link rel="canonical">``, in document order."""
        links = self.index.in_document("link")
        if links is None:
            return select_strings(self.root, "//link[@rel='canonical']/@href")
        return _attributes([el for el in links if el.get("rel") == "canonical"], "href")

    def first(self, *keys: str) -> str:
        """The first value of the first key present."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return values[0]
        return ""

    def all(self, *keys: str) -> list[str]:
        """Every value of every key, in key order."""
        return [v for key in keys for v in self.meta.get(key, [])]

    def absolute(self, href: str, *, mailto: bool = False) -> str:
        """``href`` resolved against the base URL ("" when unsafe); ``mailto`` keeps a
        ``mailto:`` address (a person's contact)."""
        return resolve(self.base, href, mailto=mailto)
