"""How high a published-date score wcxb-dev's labels allow: ``python -m bench.date_labels``.

Two kinds of article page no extractor can get right every time, counted per half:

* **not stated**: the truth's day is nowhere in the page: not in its text, attributes,
  scripts (ISO, numeric, month names, epoch seconds) or URL, nor a day either side of one;
* **labels that disagree**: the page declares a publication day P and a later modification
  day M, the truth is one of the two, and pages that look the same on every date signal
  (which of P and M the date line shows, which the text shows anywhere, whether an
  "Updated" label stands before M) are labelled P on some and M on others. Whatever an
  extractor picks for such a group, it misses the smaller side.

The ceiling is the share left once both are missed. Signals come from syndicate's own
sources (structured data and the date line), read the way ``syndicate.read`` reads them.
"""

from __future__ import annotations

import contextlib
import html as html_entities
import re
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone

from bench.wcxb import WcxbPage, load
from syndicate.reader.dom import parse_document
from syndicate.reader.metadata import jsonld, microdata, opengraph, pagedates
from syndicate.reader.metadata import meta as meta_tags
from syndicate.reader.metadata.dates import parse_date
from syndicate.reader.metadata.textdates import find_dates
from syndicate.reader.page import Page
from syndicate.reader.report import Report

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/._]?(0[1-9]|1[0-2])[-/._]?(0[1-9]|[12]\d|3[01])(?!\d)")
_EPOCH = re.compile(r"(?<!\d)(1[2-7]\d{8})(?:\d{3})?(?!\d)")
_TAG = re.compile(r"<[^>]+>")
_STRUCTURED = (jsonld.extract, opengraph.extract, meta_tags.extract, microdata.extract)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def stated_days(page: WcxbPage) -> set[date]:
    """Every calendar day the page's bytes and URL name, in any form the bench knows."""
    raw = html_entities.unescape(page.html) + " " + page.url
    days: set[date] = set()
    for year, month, day in _ISO.findall(raw):
        with contextlib.suppress(ValueError):
            days.add(date(int(year), int(month), int(day)))
    for seconds in _EPOCH.findall(raw):
        moment = datetime.fromtimestamp(int(seconds), timezone.utc)
        days |= {(moment + timedelta(hours=h)).date() for h in (-12, 0, 12)}
    text = _TAG.sub(" ", raw)
    for month_first in (True, False):
        days |= {d for found in find_dates(text, month_first=month_first) if (d := _day(found.iso))}
    return days


def _first(partials: list[object], field: str) -> date | None:
    for partial in partials:
        raw = str(getattr(partial, field) or "")
        parsed = parse_date(raw, None) if raw else None
        if parsed is not None:
            return parsed.value.date()
    return None


def signals(page: WcxbPage) -> tuple[date | None, date | None, tuple[str, ...]]:
    """The declared published and modified days, and what the page shows of them."""
    root, _ = parse_document(page.html)
    read = Page.build(root, page.url)
    report = Report(strict=False)
    structured = [source(read, report) for source in _STRUCTURED]
    published, modified = _first(structured, "published"), _first(structured, "modified")
    line = pagedates.extract_dateline(read, report)
    for junk in root.xpath("//script|//style|//noscript|//template"):
        junk.drop_tree()
    shown = find_dates(" ".join(root.text_content().split()))

    def which(day: date | None) -> str:
        return "P" if day == published else "M" if day == modified else "-" if day is None else "x"

    line_p, line_m = _first([line], "published"), _first([line], "modified")
    look = (
        f"line {which(line_p)}/{which(line_m)}",
        f"P shown {any(_day(d.iso) == published for d in shown)}",
        f"M shown {any(_day(d.iso) == modified for d in shown)}",
        f"M labelled {any(_day(d.iso) == modified and d.updated for d in shown)}",
    )
    return published, modified, look


def main() -> None:
    pages = [p for p in load() if p.page_type == "article" and _day(p.date)]
    total: Counter[str] = Counter()
    unstated: Counter[str] = Counter()
    groups: dict[tuple[str, tuple[str, ...]], Counter[str]] = defaultdict(Counter)
    for page in pages:
        truth = _day(page.date)
        total[page.half] += 1
        if not {truth + timedelta(days=k) for k in (-1, 0, 1) if truth} & stated_days(page):
            unstated[page.half] += 1
            continue
        published, modified, look = signals(page)
        if published and modified and published != modified and truth in (published, modified):
            groups[page.half, look]["P" if truth == published else "M"] += 1
    print("wcxb-dev articles with a truth day: what the labels allow a published-date score\n")
    print(f"{'half':<6}{'pages':>7}{'not stated':>12}{'disagree':>10}{'ceiling':>9}")
    for half in ("tune", "held"):
        split = sum(min(c["P"], c["M"]) for (h, _), c in groups.items() if h == half)
        lost = unstated[half] + split
        ceiling = 1 - lost / total[half]
        print(f"{half:<6}{total[half]:>7}{unstated[half]:>12}{split:>10}{ceiling:>9.3f}")
    print("\ngroups labelled both ways (half, signals: truth = declared P / modified M):")
    for (half, look), counts in sorted(groups.items()):
        if counts["P"] and counts["M"]:
            print(f"  {half} {', '.join(look)}: P {counts['P']}, M {counts['M']}")


if __name__ == "__main__":
    main()
