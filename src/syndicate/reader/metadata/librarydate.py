"""The last resort for a page that states no date anywhere syndicate looks: htmldate (by
trafilatura's author), in its fast mode, asked for the original date.

Chosen by measurement on wcxb-dev (docs/benchmarks.md): on its own it is below syndicate's
readers and invents a date on most pages that have none; after them it still dates a few
articles right. It reads the page's ``<head>`` and its body as cleaned for finding the
article (``Page.cleaned``), not the whole page: a date in the navigation, a teaser, a
sidebar or a footer is another page's (on wcxb-dev this stops 44 of the 86 dates it
invented on pages that state none, for one right date lost per half of the domain split,
and nearly halves its time). It is given the page URL and a fixed latest date, so it never
reads the clock and the same page always gives the same date."""

from __future__ import annotations

import copy
import logging

from htmldate import find_date

from syndicate.reader.body.kind import page_kind
from syndicate.reader.dom import Element
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.page import Page
from syndicate.reader.report import Report

LATEST = "2100-12-31"
"""htmldate's upper bound, fixed: its default would be today's date."""

logging.getLogger("htmldate").addHandler(logging.NullHandler())


def extract(page: Page, report: Report) -> Partial:
    """The day htmldate finds (date only), or nothing; not asked on a page that is not an
    article (a listing, a product page), where a date found anywhere is rarely its date."""
    found = Partial(source="htmldate")
    if page_kind(page)[0]:
        return found
    try:
        day = find_date(
            _as_read(page),
            extensive_search=False,
            original_date=True,
            url=page.url or None,
            max_date=LATEST,
        )
    except (ValueError, TypeError, RecursionError):
        day = None
    found.published = day or ""
    return found


def _as_read(page: Page) -> Element:
    """The page's ``<head>`` and its body as cleaned for reading, when the body finder
    cleaned a copy (dates in navigation, teasers, sidebars and footers are other pages'),
    else the whole page. The cleaned copy is moved here: the body is read by then."""
    if page.cleaned is None:
        return page.root
    tree = page.root.makeelement("html", {})  # (the page parser's element classes, in C)
    head = page.root.find("head")
    if head is not None:
        tree.append(copy.deepcopy(head))
    tree.append(page.cleaned)
    page.cleaned = None
    return tree
