"""Dates the page shows its readers, and the one in its URL path.

Read in the order a reader would trust them: the short lines around the headline (the
byline and date block: "Published 08.11.2021", "Updated Dec 4, 2025"), then ``<time>``
elements and elements whose class or itemprop speaks of a date, then the URL path
(``/2021/11/08/``). Comments, related-story teasers, sidebars and footers are not the
article's date, nor is a copyright line."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from urllib.parse import unquote

from syndicate.reader import selectors
from syndicate.reader.dom import Element
from syndicate.reader.metadata.dates import parse_date
from syndicate.reader.metadata.header import Header, header
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.metadata.textdates import MONTHS, TextDate, find_dates
from syndicate.reader.metadata.zones import region_of
from syndicate.reader.page import Page
from syndicate.reader.report import Report
from syndicate.urls import host_and_path

_HINT = selectors.Caseless(
    r"date|time|publish|posted|updated|modified|byline|dateline|timestamp|datum|fecha|data"
    r"|meta|post-?info|entry-info|article-info"
)
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.I)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]([01]?\d|[^\W\d_]{3,9})[/_-]([0-3]?\d)(?:/|[_-]|\.html?|$)"
    r"|[/_-]((?:19|20)\d{2})([01]\d)([0-3]\d)(?:/|[_-]|\.html?|$)"
)
"""A publication day in a permalink: /2021/11/08/, /2023/october/03/, -20211108-."""
_MAX_HINTED = 300
_DATE_LINE = 80
"""A line longer than this is a sentence, not a date line."""


def extract_dateline(page: Page, report: Report) -> Partial:
    """Published and modified dates from the date line: the short lines around the
    headline, nearest first. Read on every page: the day a page shows its readers can
    overrule a declared one (``merge``), so a date in a sentence (a standfirst's "On 4
    July 1976 …") is not read."""
    found = Partial(source="dateline")
    dates = _finder(page)
    for lines in _nearest_first(header(page)):
        short = ["\n" if len(line) > _DATE_LINE else line for line in lines]
        if lines and _take(found, dates(" ".join(short))):
            break
    return found


def extract_url(page: Page, report: Report) -> Partial:
    """The publication day a permalink's path gives (/2021/11/08/): dated by the publisher's
    system when the page went up, so it outranks a day read from the page's text."""
    return Partial(source="url", published=_url_date(page.url))


def extract(page: Page, report: Report) -> Partial:
    """Published and modified dates from the visible page: the date line, then dated
    elements."""
    found = Partial(source="visible")
    dates = _finder(page)
    top = header(page)
    for lines in _nearest_first(top):
        if lines and _take(found, dates(" ".join(lines))):
            return found
    for node in _dated_elements(page, top):
        if _take(found, dates(_date_text(node))):
            return found
    return found


def _finder(page: Page) -> Callable[[str], list[TextDate]]:
    """The dates in a text, read with the page's language and region; not a copyright
    year."""
    language = page.root.get("lang") or page.first("og:locale", "content-language")
    region = region_of(page.url, language)
    month_first = not language or language.lower().replace("_", "-") in ("en", "en-us")
    reference = _reference(page)

    def dates(text: str) -> list[TextDate]:
        return [
            d
            for d in find_dates(text, month_first=month_first, region=region, reference=reference)
            if not _COPYRIGHT.search(text[max(0, d.start - 16) : d.start])
        ]

    return dates


def _nearest_first(top: Header) -> tuple[tuple[str, ...], ...]:
    """The header's lines in three runs, nearest the headline first: those after it up to
    the first prose, those before it, and the rest after it."""
    cut = top.after.index("\n") if "\n" in top.after else len(top.after)
    return top.after[:cut], top.before, top.after[cut:]


def _take(found: Partial, dates: list[TextDate]) -> bool:
    """Fill published/modified from the first dates of each kind; True when either is set
    (a page that dates itself only by an update is not searched further)."""
    for day in dates:
        if day.updated:
            found.modified = found.modified or day.iso
        else:
            found.published = found.published or day.iso
    return bool(found.published or found.modified)


def _reference(page: Page) -> datetime | None:
    """A date the page states, to resolve "3 hours ago" against (never the clock)."""
    stated = page.first("article:modified_time", "og:updated_time", "article:published_time")
    parsed = parse_date(stated, None) if stated else None
    return parsed.value if parsed else None


def _dated_elements(page: Page, top: Header) -> list[Element]:
    """``<time>`` elements, then elements whose class or itemprop speaks of a date."""
    times = [t for t in page.index.tagged("time") if not top.elsewhere(t, sides=False)]
    hinted = [
        el
        for el in page.index.marked(_HINT)
        if el.tag != "time"
        and len(el.text_content()) <= _MAX_HINTED
        and not top.elsewhere(el, sides=False)
    ]
    return times + hinted


def _date_text(node: Element) -> str:
    for attr in ("datetime", "content", "title"):
        value = node.get(attr)
        if value and any(c.isdigit() for c in value):
            return str(value)
    return " ".join(node.text_content().split())


def _url_date(url: str) -> str:
    match = _URL_DATE.search(unquote(host_and_path(url)[1]))
    if match is None:
        return ""
    year, month, day = (g for g in match.groups() if g is not None)
    number = int(month) if month.isdigit() else MONTHS.get(month.casefold())
    if number is None:
        return ""
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return ""
