"""schema.org microdata (``itemprop``) on the page."""

from __future__ import annotations

from syndicate.reader.dom import Element, text_of
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.page import Page
from syndicate.reader.report import Report


def _value(node: Element) -> str:
    for attr in ("content", "datetime"):
        if node.get(attr):
            return " ".join(str(node.get(attr)).split())
    return text_of(node)


def _props(page: Page, prop: str) -> list[Element]:
    return page.index.by_attr.get(("itemprop", prop), [])


def _first(page: Page, prop: str) -> str:
    for node in _props(page, prop)[:1]:
        return _value(node)
    return ""


def extract(page: Page, report: Report) -> Partial:
    """``itemprop`` headline, description, dates and authors."""
    found = Partial(source="microdata")
    found.headline = _first(page, "headline")
    found.dek = _first(page, "description")
    found.published = _first(page, "datePublished")
    found.modified = _first(page, "dateModified")
    for node in _props(page, "author")[:5]:
        names = [d for d in node.iter() if d is not node and d.get("itemprop") == "name"]
        name = _value(names[0]) if names else _value(node)
        url = node.get("href") or ""
        if name and len(name) < 80:
            found.authors.append((name, page.absolute(url, mailto=True) if url else ""))
    return found
