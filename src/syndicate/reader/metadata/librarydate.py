"""The last resort for a page that states no date anywhere syndicate looks: htmldate (by
trafilatura's author), in its fast mode, asked for the original date.

Chosen by measurement on wcxb-dev (docs/benchmarks.md): after every other source it dates
a further 1.5 % of articles right (on both halves of the domain split), where on its own it
is below syndicate's readers and invents a date on most pages that have none. It is given
the parsed tree (it prunes a copy), the page URL and a fixed latest date, so it never reads
the clock and the same page always gives the same date."""

from __future__ import annotations

import logging

from htmldate import find_date

from syndicate.reader.body.kind import page_kind
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
            page.root,
            extensive_search=False,
            original_date=True,
            url=page.url or None,
            max_date=LATEST,
        )
    except (ValueError, TypeError, RecursionError):
        day = None
    found.published = day or ""
    return found
