"""Heuristics on visible markup: the ``<h1>``, byline nodes, ``<time>``, kicker."""

from __future__ import annotations

from syndicate.reader import selectors
from syndicate.reader.dom import shown_text, text_of
from syndicate.reader.index import Match
from syndicate.reader.metadata.header import header, masthead
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.page import Page
from syndicate.reader.report import Report

_MAX_BYLINE = 120
_MAX_HEADINGS = 20


def _first_text(page: Page, matches: tuple[Match, ...], limit: int = 300) -> str:
    for match in matches:
        for node in page.index.select(match)[:3]:
            text = shown_text(node)
            if text and len(text) <= limit and not masthead(page, node):
                return text
    return ""


def _sole_heading(page: Page, limit: int = 300) -> str:
    """The text of the page's only ``<h1>`` with text (a masthead's link home is not one);
    "" when it has none or several."""
    shown = [(node, shown_text(node)) for node in page.index.tagged("h1")]
    texts = [text for node, text in shown if text and not masthead(page, node)]
    return texts[0] if len(texts) == 1 and len(texts[0]) <= limit else ""


def _headings(page: Page, limit: int = 300) -> list[str]:
    """The texts of the page's first ``_MAX_HEADINGS`` ``<h1>``, ``<h2>`` and ``<h3>`` each."""
    nodes = (n for tag in ("h1", "h2", "h3") for n in page.index.tagged(tag)[:_MAX_HEADINGS])
    return [text for text in map(shown_text, nodes) if text and len(text) <= limit]


def _selected(page: Page) -> list[tuple[str, str]]:
    """(name, URL) pairs from the first byline selector that matches, outside comments,
    teasers and other stories (``Header.elsewhere``)."""
    top = header(page)
    for match in selectors.BYLINES:
        found: list[tuple[str, str]] = []
        for node in page.index.select(match)[:6]:
            text = text_of(node)
            if not text or len(text) > _MAX_BYLINE or top.elsewhere(node):
                continue
            href = node.get("href") if node.tag == "a" else None
            pair = (text, page.absolute(href, mailto=True) if href else "")
            if pair not in found:
                found.append(pair)
        if found:
            return found
    return []


def _time(page: Page) -> str:
    for match, attr in selectors.TIMES:
        for node in page.index.select(match)[:1]:
            value = node.get(attr)
            if value and value.strip():
                return " ".join(value.split())
    return ""


def extract(page: Page, report: Report) -> Partial:
    """Visible headline, byline(s), kicker and first ``<time datetime>``."""
    found = Partial(source="dom")
    found.headline = _first_text(page, selectors.HEADLINES)
    found.sole_heading = _sole_heading(page)
    found.headings = _headings(page)
    found.kicker = _first_text(page, selectors.KICKERS, limit=60)
    found.authors = _selected(page)
    found.published = _time(page)
    return found
