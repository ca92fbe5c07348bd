"""Feed writing benchmark: time and peak memory for 1,000- and 10,000-item feeds per format,
beside feedgen used directly on the same items in the same run.

    python -m bench.feeds [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from feedgen.feed import FeedGenerator

import syndicate
from syndicate import Article, Context, codec

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = Context(now=datetime(2026, 1, 1, tzinfo=timezone.utc))


def base_articles() -> list[Article]:
    pages = [
        ROOT / "fixtures/pages/theprint-s400-lavrov.html",
        *sorted((ROOT / "fixtures/corpus").glob("*/source.html")),
    ]
    found = [
        syndicate.read(p.read_bytes(), url=f"https://bench.example/{p.parent.name}/") for p in pages
    ]
    rich = codec.loads((ROOT / "fixtures/goldens/rich-article.json").read_text())
    assert isinstance(rich, Article)
    return [*found, rich]


def make_feed(base: list[Article], size: int) -> syndicate.Feed:
    start = datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    items = [
        dataclasses.replace(
            base[i % len(base)],
            canonical_url=f"https://bench.example/a/{i}",
            published=start + timedelta(minutes=i),
            modified=None,
        )
        for i in range(size)
    ]
    return syndicate.feed(items, title="Bench", link="https://bench.example/")


def feedgen_direct(feed: syndicate.Feed) -> bytes:
    """The anchor: feedgen itself, given title, link, id, date, summary and body text."""
    gen = FeedGenerator()
    gen.id(feed.link)
    gen.title(feed.title)
    gen.link(href=feed.link)
    gen.description(feed.title)
    for article in feed.articles:
        entry = gen.add_entry()
        entry.id(article.link)
        entry.title(article.headline or "Untitled")
        entry.link(href=article.link)
        if article.published:
            entry.published(article.published)
            entry.updated(article.published)
        entry.description(article.dek or "-")
        entry.content(article.body_text)
    out: bytes = gen.atom_str()
    return out


def measure(fn: Callable[[], bytes]) -> tuple[float, float, int]:
    """Seconds (best of two plain runs), then peak traced MiB (a third run under tracemalloc)."""
    timings = []
    for _ in range(2):
        gc.collect()
        started = time.perf_counter()
        out = fn()
        timings.append(time.perf_counter() - started)
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return min(timings), peak / 2**20, len(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args(argv)
    base = base_articles()
    print(
        f"{'writer':<22}{'items':>7}{'seconds':>10}{'× feedgen':>11}{'peak MiB':>10}"
        f"{'output MiB':>12}"
    )
    for size in args.sizes:
        feed = make_feed(base, size)
        rows: list[tuple[str, Callable[[], bytes]]] = [
            (
                f"syndicate {fmt}",
                lambda fmt=fmt, feed=feed: syndicate.write(feed, fmt, context=CONTEXT),
            )
            for fmt in ("rss", "atom", "jsonfeed")
        ]
        rows.append(("feedgen direct (atom)", lambda feed=feed: feedgen_direct(feed)))
        results = [(name, *measure(fn)) for name, fn in rows]
        anchor = results[-1][1]
        for name, seconds, peak, size_bytes in results:
            print(
                f"{name:<22}{size:>7}{seconds:>10.3f}{seconds / anchor:>11.2f}{peak:>10.1f}"
                f"{size_bytes / 2**20:>12.1f}"
            )
    print("feedgen direct: the same items with plain-text bodies (no HTML body rendered)")


if __name__ == "__main__":
    main()
