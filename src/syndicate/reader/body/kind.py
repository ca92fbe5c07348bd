"""Recognise a page that is not an article: a product page, a listing, a forum thread.

The page's own declarations come first (schema.org types in JSON-LD, ``og:type``); without
them, a page whose headings are mostly links to other pages (teaser headlines) is a listing.
A page that declares an article is an article, whatever it looks like.
"""

from __future__ import annotations

from syndicate.reader.body.lengths import Lengths
from syndicate.reader.dom import Element, Within
from syndicate.reader.metadata import jsonld
from syndicate.reader.page import Page

_LISTING_TYPES = frozenset({"collectionpage", "searchresultspage"})
_FORUM_TYPES = frozenset({"discussionforumposting", "qapage"})
_TEASERS = 8
"""Linked headings that make a page a listing (with most of its headings linked)."""
_TEASER_SHARE = 0.7
_TEASER_TEXT = 15
"""Characters of link text that make a heading a teaser headline."""


def page_kind(page: Page) -> tuple[str, str]:
    """("product" | "listing" | "forum", the reason) for a page that is not an article, or
    ("", "") for one that is (or may be); found once per page."""
    if page.kind is None:
        page.kind = _kind(page)
    return page.kind


def microdata_types(page: Page) -> list[str]:
    """The schema.org types of the page's outermost microdata items (``itemscope`` not
    inside another), lower-cased, one entry per item."""
    items = page.index.items
    scopes = set(items)
    return [
        kind.rstrip("/").rsplit("/", 1)[-1].lower()
        for item in items
        if not any(a in scopes for a in item.iterancestors())
        for kind in (item.get("itemtype") or "").split()
    ]


def _kind(page: Page) -> tuple[str, str]:
    items = microdata_types(page)
    declared = jsonld.types(page) | (
        set(items) & (_FORUM_TYPES | _LISTING_TYPES | jsonld.ARTICLE_TYPES)
    )
    og_type = page.first("og:type").lower()
    if declared & jsonld.ARTICLE_TYPES or og_type == "article":
        return "", ""
    if "product" in declared or og_type.startswith("product"):
        return "product", "it declares a schema.org Product" if "product" in declared else (
            f"its og:type is {og_type}"
        )
    if declared & _LISTING_TYPES:
        return "listing", f"it declares a schema.org {sorted(declared & _LISTING_TYPES)[0]}"
    if declared & _FORUM_TYPES:
        return "forum", f"it declares a schema.org {sorted(declared & _FORUM_TYPES)[0]}"
    found = [h for tag in ("h2", "h3", "h4") for h in page.index.tagged(tag)]
    headings = len(found)
    if not found:
        return "", ""
    linking = _holding_long_links(page, found)
    linked = sum(1 for h in found if h in linking)
    if linked >= _TEASERS and linked >= _TEASER_SHARE * headings:
        return "listing", f"{linked} of its {headings} headings link to other pages"
    return "", ""


def _holding_long_links(page: Page, headings: list[Element]) -> set[Element]:
    """The links in ``headings`` with more than ``_TEASER_TEXT`` characters of text, and
    every element holding one (each link and ancestor looked at once, however deeply
    unclosed headings nest)."""
    in_heading = Within(headings)
    outermost = [h for h in headings if not in_heading(h.getparent())]
    lengths = Lengths(page.root)
    marked: set[Element] = set()
    for anchor in (a for h in outermost for a in h.iter("a")):
        if lengths.text(anchor) <= _TEASER_TEXT:
            continue
        node: Element | None = anchor
        while node is not None and node not in marked:
            marked.add(node)
            node = node.getparent()
    return marked
