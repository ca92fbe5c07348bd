"""Heuristics on visible markup: the ``<h1>``, byline nodes, ``<time>``, kicker."""

from __future__ import annotations

from lxml import etree

from syndicate.reader import selectors
from syndicate.reader.dom import select, select_strings, text_of
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.page import Page
from syndicate.reader.report import Report

_HEADLINES = tuple(etree.XPath(x) for x in selectors.HEADLINE_XPATHS)
_BYLINES = tuple(etree.XPath(x) for x in selectors.BYLINE_XPATHS)
_KICKERS = tuple(etree.XPath(x) for x in selectors.KICKER_XPATHS)
_TIMES = tuple(etree.XPath(x) for x in selectors.TIME_XPATHS)
_MAX_BYLINE = 120


def _first_text(page: Page, paths: tuple[etree.XPath, ...], limit: int = 300) -> str:
    for path in paths:
        for node in select(page.root, path)[:3]:
            text = text_of(node)
            if text and len(text) <= limit:
                return text
    return ""


def _bylines(page: Page) -> list[tuple[str, str]]:
    for path in _BYLINES:
        found: list[tuple[str, str]] = []
        for node in select(page.root, path)[:6]:
            text = text_of(node)
            if not text or len(text) > _MAX_BYLINE:
                continue
            href = node.get("href") if node.tag == "a" else None
            pair = (text, page.absolute(href) if href else "")
            if pair not in found:
                found.append(pair)
        if found:
            return found
    return []


def _time(page: Page) -> str:
    for path in _TIMES:
        for value in select_strings(page.root, path)[:1]:
            if value.strip():
                return " ".join(value.split())
    return ""


def extract(page: Page, report: Report) -> Partial:
    """Visible headline, byline(s), kicker and first ``<time datetime>``."""
    found = Partial(source="dom")
    found.headline = _first_text(page, _HEADLINES)
    found.kicker = _first_text(page, _KICKERS, limit=60)
    found.authors = _bylines(page)
    found.published = _time(page)
    return found
