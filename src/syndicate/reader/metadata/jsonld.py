"""JSON-LD (schema.org) metadata: NewsArticle and friends, ``@graph``, arrays, nesting."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from syndicate.reader.dom import Element
from syndicate.reader.metadata.partial import ImageHint, Partial, split_keywords, to_int
from syndicate.reader.page import Page
from syndicate.reader.report import Report

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "report",
    }
)
_PAGE_TYPES = frozenset({"webpage", "itempage", "medicalwebpage"})
"""A page about one thing: its dates are the article's when no article object is given
(Yoast's graph describes a post as a ``WebPage`` when the theme declares no ``Article``)."""
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization", "corporation"})
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPER_START = re.compile(r"^\s*(?:<!--|(?://|/\*)?\s*<!\[CDATA\[)\s*")
_WRAPPER_END = re.compile(r"\s*(?:-->|(?://|/\*)?\s*\]\]>\s*(?:\*/)?)\s*$")
"""HTML comment or CDATA wrappers around a JSON-LD block (plain, or behind // or /* */)."""
_WRAPPER_ENDINGS = ("-->", "]]>", "*/")
"""How a text ends, trailing whitespace aside, for ``_WRAPPER_END`` to find its wrapper."""


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type", ())
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1].lower() for v in values}


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk(data[key])


def _load(text: str, report: Report) -> Any:
    if text.rstrip().endswith(_WRAPPER_ENDINGS):  # (the pattern is slow to fail on long text)
        text = _WRAPPER_END.sub("", text)
    text = _WRAPPER_START.sub("", text)
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    report.info("jsonld-malformed", "a JSON-LD block is not valid JSON; skipped")
    return None


def _text(value: Any) -> str:
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    return " ".join(str(value).split()) if value is not None else ""


def _people(value: Any) -> list[tuple[str, str]]:
    items = value if isinstance(value, list) else [value]
    out: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, dict):
            url = item.get("url") or item.get("sameAs") or ""
            out.append((_text(item.get("name")), _text(url)))
        elif isinstance(item, str):
            out.append((item, ""))
    return [(n, u) for n, u in out if n]


def _image(value: Any) -> ImageHint | None:
    if isinstance(value, list):
        return next((img for img in map(_image, value) if img), None)
    if isinstance(value, str) and value.strip():
        return ImageHint(url=value.strip())
    if isinstance(value, dict):
        url = _text(value.get("url") or value.get("contentUrl") or value.get("@id"))
        if url:
            return ImageHint(
                url=url,
                caption=_text(value.get("caption")),
                credit=_text(value.get("creditText") or value.get("copyrightHolder")),
                width=to_int(value.get("width")),
                height=to_int(value.get("height")),
            )
    return None


def _keywords(value: Any) -> list[str]:
    if isinstance(value, list):
        return [k for v in value for k in split_keywords(_text(v))]
    return split_keywords(_text(value))


def objects(root: Element, report: Report) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page (``@graph``, arrays and main entities flattened)."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            found.extend(_walk(_load(script.text, report)))
    return found


def page_objects(page: Page, report: Report | None = None) -> list[dict[str, Any]]:
    """``objects`` of the page, read once (the first reader with a ``report`` reports
    malformed blocks)."""
    if page.linked_data is None:
        page.linked_data = objects(page.root, report or Report(strict=False))
    return page.linked_data


def types(page: Page) -> set[str]:
    """The schema.org types the page declares, lower-cased."""
    return {t for obj in page_objects(page) for t in _types(obj)}


def article_body(page: Page) -> str:
    """The longest ``articleBody`` of an article-typed object, line breaks kept."""
    bodies = [
        str(obj.get("articleBody") or "")
        for obj in page_objects(page)
        if _types(obj) & ARTICLE_TYPES
    ]
    return max(bodies, key=len, default="").strip()


def extract(page: Page, report: Report) -> Partial:
    """The first article-typed JSON-LD object's fields, plus the site name if given."""
    found = Partial(source="jsonld")
    every = page_objects(page, report)
    article = next((o for o in every if _types(o) & ARTICLE_TYPES), None)
    site = next((o for o in every if _types(o) & _SITE_TYPES), None)
    if site is not None:
        found.site_name = _text(site.get("name"))
    if article is None:
        _page_dates(found, every)
        return found
    found.headline = _text(article.get("headline") or article.get("name"))
    name = _text(article.get("name"))
    if name and name != found.headline:
        found.alt_headline = name
    found.dek = _text(article.get("description"))
    found.authors = _people(article.get("author", []))
    found.published = _text(article.get("datePublished") or article.get("dateCreated"))
    found.modified = _text(article.get("dateModified"))
    found.section = _text(article.get("articleSection"))
    found.tags = _keywords(article.get("keywords", []))
    found.language = _text(article.get("inLanguage"))
    found.image = _image(article.get("image") or article.get("thumbnailUrl"))
    entity_of = article.get("mainEntityOfPage")
    found.canonical_url = _text(
        entity_of.get("@id") if isinstance(entity_of, dict) else entity_of
    ) or _text(article.get("url"))
    publisher = article.get("publisher")
    if isinstance(publisher, dict) and publisher.get("name"):
        found.site_name = _text(publisher.get("name"))
    return found


def _page_dates(found: Partial, every: list[dict[str, Any]]) -> None:
    """The dates of the page object, for a page whose JSON-LD has no article object."""
    page = next((o for o in every if _types(o) & _PAGE_TYPES), None)
    if page is not None:
        found.published = _text(page.get("datePublished") or page.get("dateCreated"))
        found.modified = _text(page.get("dateModified"))
