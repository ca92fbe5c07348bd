"""Metadata benchmark on the shared dev corpus: per-field accuracy (title, byline, excerpt
against the dek, published date) against Readability's expected-metadata.json, for
syndicate, trafilatura and newspaper4k measured in the same run.

Scoring: strings casefolded, whitespace collapsed, punctuation stripped at both ends. Title
and excerpt match when equal or when one contains the other; the byline when the expected
byline equals, contains or is contained in the authors joined with ", ", or contains every
author name; the published date on the same calendar date (in UTC when both carry an
offset). Each field is scored over the pages whose expected value is non-empty.

On wcxb-dev (``--corpus wcxb``), title, authors and published date against the human-reviewed
truth, per half of the fixed domain split, scored as ``bench.wcxb_meta`` says.

    python -m bench.metadata [--corpus readability|wcxb|both] [--misses] [--limit N]
"""

from __future__ import annotations

import argparse
import statistics
import string
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone

from dateutil import parser as dateparser

import syndicate
from bench import wcxb, wcxb_meta
from bench.corpus import DEFAULT_CORPUS, PAGE_URL, Page, load

FIELDS = ("title", "byline", "excerpt", "published")


@dataclass
class Found:
    title: str = ""
    authors: tuple[str, ...] = ()
    excerpt: str = ""
    published: datetime | date | None = None


def norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split()).strip(string.punctuation + " “”‘’«»")


def contains_either(expected: str, got: str) -> bool:
    e, g = norm(expected), norm(got)
    return bool(e and g) and (e == g or e in g or g in e)


def byline_ok(expected: str, authors: tuple[str, ...]) -> bool:
    if not authors:
        return False
    joined = ", ".join(authors)
    e = norm(expected)
    return contains_either(expected, joined) or all(norm(a) in e for a in authors)


def _as_datetime(value: object) -> datetime | date | None:
    if isinstance(value, (datetime, date)):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dateparser.parse(value)
        except (ValueError, OverflowError):
            return None
    return None


def same_day(expected: str, got: datetime | date | None) -> bool:
    want = _as_datetime(expected)
    if want is None or got is None:
        return False
    if isinstance(want, datetime) and isinstance(got, datetime) and want.tzinfo and got.tzinfo:
        return want.astimezone(timezone.utc).date() == got.astimezone(timezone.utc).date()
    return (want.date() if isinstance(want, datetime) else want) == (
        got.date() if isinstance(got, datetime) else got
    )


def syndicate_meta(page: Page) -> Found:
    article = syndicate.read(page.html, url=PAGE_URL)
    return Found(
        article.headline,
        tuple(p.name for p in article.authors) or ((article.credit,) if article.credit else ()),
        article.dek,
        article.published,
    )


def competitors() -> dict[str, Callable[[Page], Found]]:
    found: dict[str, Callable[[Page], Found]] = {}
    try:
        import trafilatura

        def traf(page: Page) -> Found:
            meta = trafilatura.extract_metadata(page.html, default_url=PAGE_URL)
            if meta is None:
                return Found()
            authors = tuple(a.strip() for a in (meta.author or "").split(";") if a.strip())
            return Found(meta.title or "", authors, meta.description or "", _as_datetime(meta.date))

        found["trafilatura"] = traf
    except ImportError:
        print("(trafilatura not installed: pip install -e '.[bench]')")
    try:
        import newspaper

        def news(page: Page) -> Found:
            article = newspaper.Article(PAGE_URL, fetch_images=False)
            article.download(input_html=page.html)
            article.parse()
            return Found(
                article.title or "",
                tuple(article.authors),
                article.meta_description or "",
                _as_datetime(article.publish_date),
            )

        found["newspaper4k"] = news
    except ImportError:
        print("(newspaper4k not installed)")
    return found


def check(field: str, expected: dict[str, object], got: Found) -> bool | None:
    """True/False when the page has an expected value for the field, else None."""
    key = {
        "title": "title",
        "byline": "byline",
        "excerpt": "excerpt",
        "published": "publishedTime",
    }[field]
    want = expected.get(key)
    if not isinstance(want, str) or not want.strip():
        return None
    if field == "title":
        return contains_either(want, got.title)
    if field == "byline":
        return byline_ok(want, got.authors)
    if field == "excerpt":
        return contains_either(want, got.excerpt)
    return same_day(want, got.published)


def readability_dev(misses_wanted: bool) -> None:
    pages = load(DEFAULT_CORPUS)
    extractors: dict[str, Callable[[Page], Found]] = {"syndicate": syndicate_meta, **competitors()}
    print(f"== readability-dev: {len(pages)} pages\n")
    print(f"{'extractor':<14}" + "".join(f"{f:>16}" for f in FIELDS))
    misses: dict[str, list[str]] = {f: [] for f in FIELDS}
    for name, extract in extractors.items():
        tally = {f: [0, 0] for f in FIELDS}
        for page in pages:
            try:
                got = extract(page)
            except Exception as exc:  # a competitor failing scores zero on that page
                print(f"  {name} raised on {page.name}: {type(exc).__name__}")
                got = Found()
            for field in FIELDS:
                verdict = check(field, page.metadata, got)
                if verdict is None:
                    continue
                tally[field][1] += 1
                tally[field][0] += int(verdict)
                if not verdict and name == "syndicate":
                    misses[field].append(
                        f"{page.name}: expected {page.metadata.get(_key(field))!r}, "
                        f"got {_shown(field, got)!r}"
                    )
        cells = "".join(
            f"{ok / total:>8.3f} ({ok:>2}/{total:>2})" if total else f"{'-':>16}"
            for ok, total in tally.values()
        )
        print(f"{name:<14}{cells}")
    if misses_wanted:
        _print_misses(misses, "syndicate misses")
    print()


WcxbExtractor = Callable[[str, str], wcxb_meta.Meta]
WCXB_FIELDS = ("title", "authors", "published", "invented")


def syndicate_wcxb(html: str, url: str) -> wcxb_meta.Meta:
    return wcxb_meta.from_article(syndicate.read(html, url=url))


def wcxb_competitors() -> dict[str, WcxbExtractor]:
    found: dict[str, WcxbExtractor] = {}
    try:
        import trafilatura

        def traf(html: str, url: str) -> wcxb_meta.Meta:
            meta = trafilatura.extract_metadata(html, default_url=url)
            if meta is None:
                return wcxb_meta.Meta()
            authors = tuple(a.strip() for a in (meta.author or "").split(";") if a.strip())
            return wcxb_meta.Meta(meta.title or "", authors, wcxb_meta.as_day(meta.date))

        found["trafilatura"] = traf
    except ImportError:
        print("(trafilatura not installed: pip install -e '.[bench]')")
    return found


def wcxb_dev(misses_wanted: bool, limit: int | None, only: str | None) -> None:
    pages = wcxb.load(limit=limit)
    extractors = {"syndicate": syndicate_wcxb, **wcxb_competitors()}
    if only:
        extractors = {k: v for k, v in extractors.items() if k == only}
    print(f"== wcxb-dev: {len(pages)} pages (articles and all types; halves by domain)\n")
    print(
        f"{'extractor':<14}{'pages':<10}{'half':<6}"
        + "".join(f"{f:>15}" for f in WCXB_FIELDS)
        + f"{'median ms':>11}"
    )
    misses: dict[str, list[str]] = {f: [] for f in WCXB_FIELDS}
    for name, extract in extractors.items():
        found, times = [], []
        for page in pages:
            started = time.perf_counter()
            try:
                got = extract(page.html, page.url)
            except Exception as exc:  # a competitor failing scores zero on that page
                print(f"  {name} raised on {page.file_id}: {type(exc).__name__}")
                got = wcxb_meta.Meta()
            times.append(time.perf_counter() - started)
            found.append(got)
        scores = [wcxb_meta.score(p, g) for p, g in zip(pages, found, strict=True)]
        for kinds in (("article",), ()):
            for half in ("tune", "held", "both"):
                chosen = [
                    s
                    for p, s in zip(pages, scores, strict=True)
                    if (not kinds or p.page_type in kinds) and half in (p.half, "both")
                ]
                cells = ""
                for field in WCXB_FIELDS:
                    values = [s[field] for s in chosen if field in s]
                    cells += (
                        f"{wcxb.mean(values):>8.3f} ({len(values):>4})" if values else f"{'-':>15}"
                    )
                label = "articles" if kinds else "all"
                speed = f"{statistics.median(times) * 1000:>11.1f}" if half == "both" else ""
                print(f"{name:<14}{label:<10}{half:<6}{cells}{speed}")
        if name == "syndicate":
            for page, got, s in zip(pages, found, scores, strict=True):
                if page.page_type != "article":
                    continue
                for field, value in s.items():
                    bad = value < 1.0 if field != "invented" else value > 0
                    if bad:
                        truth = {"title": page.title, "authors": page.author}.get(field, page.date)
                        shown = {"title": got.title, "authors": " | ".join(got.authors)}.get(
                            field, str(got.published)
                        )
                        misses[field].append(
                            f"{page.file_id} {page.half}: want {truth!r} got {shown!r}"
                        )
    print("(title: folded equality; authors: name-set F1; published: calendar day;")
    print(" invented: share of pages without a truth date that got one, lower is better)")
    if misses_wanted:
        _print_misses(misses, "syndicate misses on articles")
    print()


def _print_misses(misses: dict[str, list[str]], title: str) -> None:
    for field, lines in misses.items():
        print(f"\n{title}: {field} ({len(lines)})")
        for line in lines:
            print("  " + line)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=("readability", "wcxb", "both"), default="both")
    parser.add_argument("--misses", action="store_true", help="list syndicate's misses per field")
    parser.add_argument("--limit", type=int, help="first N wcxb pages only")
    parser.add_argument("--only", help="wcxb: run only this extractor (e.g. syndicate)")
    args = parser.parse_args(argv)
    if args.corpus in ("readability", "both"):
        readability_dev(args.misses)
    if args.corpus in ("wcxb", "both"):
        wcxb_dev(args.misses, args.limit, args.only)


def _key(field: str) -> str:
    return {
        "title": "title",
        "byline": "byline",
        "excerpt": "excerpt",
        "published": "publishedTime",
    }[field]


def _shown(field: str, got: Found) -> object:
    return {
        "title": got.title,
        "byline": ", ".join(got.authors),
        "excerpt": got.excerpt[:80],
        "published": got.published.isoformat() if got.published else None,
    }[field]


if __name__ == "__main__":
    main()
