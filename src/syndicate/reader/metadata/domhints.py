"""Heuristics on visible markup: the ``<h1>``, byline nodes, ``<time>``, kicker."""

from __future__ import annotations

import re

from syndicate.reader import selectors
from syndicate.reader.dom import Element, text_of
from syndicate.reader.index import Match
from syndicate.reader.metadata.header import Header, header
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.metadata.people import people
from syndicate.reader.page import Page
from syndicate.reader.report import Report

_MAX_BYLINE = 120
_MAX_NAME = 80
_AUTHOR_MARK = re.compile(
    r"author|byline|writer|autor|auteur|verfasser|reporter|contributor|journalist", re.I
)
_AUTHOR_HREF = re.compile(
    r"/(?:authors?|contributors?|writers?|people|person|profiles?|team|staff|autor(?:en)?"
    r"|auteurs?|redactie|journalists?|reporters?|columnists?)/[^/?#]+/?(?:$|[?#])",
    re.I,
)
_BY_LINE = re.compile(
    r"^(?:written\s+by|words\s+by|story\s+by|posted\s+by|reported\s+by|by|von|par|por"
    r"|di|door|av|автор)\s*:?\s+(?P<names>[^\d|•·]{2,100})",
    re.I,
)
_MARKED = 12
_BYLINE_DEPTH = 2
"""Levels above the first author element that still hold the same byline."""


def _first_text(page: Page, matches: tuple[Match, ...], limit: int = 300) -> str:
    for match in matches:
        for node in page.index.select(match)[:3]:
            text = text_of(node)
            if text and len(text) <= limit:
                return text
    return ""


def _bylines(page: Page) -> list[tuple[str, str]]:
    """Raw (name, URL) pairs: the byline selectors, then a "By …" line in the header, then
    elements marked as the author's and author-page links, outside comments and teasers."""
    for found in (_selected(page), _by_line(header(page)), _marked(page, header(page))):
        if found and any(people(found)):
            return found
    return []


def _selected(page: Page) -> list[tuple[str, str]]:
    for match in selectors.BYLINES:
        found: list[tuple[str, str]] = []
        for node in page.index.select(match)[:6]:
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


def _by_line(top: Header) -> list[tuple[str, str]]:
    """A short line opening with "By", "Von", "Par", "Por", "Di", "Door", "Автор"…"""
    for line in (*top.after, *top.before):
        match = _BY_LINE.match(line) if len(line) <= _MAX_NAME else None
        if match:
            return [(match["names"], "")]
    return []


def _marked(page: Page, top: Header) -> list[tuple[str, str]]:
    """Short elements whose class, id or itemprop names an author, and links to an author
    page, nearest the headline first (after it, then before it)."""
    after: list[tuple[Element, str, str]] = []
    before: list[tuple[Element, str, str]] = []
    passed = top.headline is None
    for node in page.root.iter():
        if node is top.headline:
            passed = True
        if not isinstance(node.tag, str) or len(after) >= _MARKED:
            continue
        href = node.get("href") if node.tag == "a" else None
        marks = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('itemprop') or ''}"
        if not (_AUTHOR_MARK.search(marks) or (href and _AUTHOR_HREF.search(href))):
            continue
        text = " ".join(" ".join(node.itertext()).split())
        if not text or len(text) > _MAX_NAME or top.elsewhere(node):
            continue
        (after if passed else before).append((node, text, page.absolute(href) if href else ""))
    for bucket in (after, before[::-1]):
        named = [(node, text, url) for node, text, url in bucket if people([(text, url)])[0]]
        if named:
            return _one_byline(named, top)
    return []


def _one_byline(named: list[tuple[Element, str, str]], top: Header) -> list[tuple[str, str]]:
    """The first name and those beside it in the same byline (a few levels up, below the
    wrappers that hold the headline), not other stories' authors further down the page."""
    first = named[0][0]
    box = first
    for depth, ancestor in enumerate(first.iterancestors()):
        if depth >= _BYLINE_DEPTH or ancestor in top.shelter:
            break
        box = ancestor
    inside = set(box.iter())
    found: list[tuple[str, str]] = []
    for node, text, url in named:
        if node in inside and (text, url) not in found:
            found.append((text, url))
    return found


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
    found.kicker = _first_text(page, selectors.KICKERS, limit=60)
    found.authors = _bylines(page)
    found.published = _time(page)
    return found
