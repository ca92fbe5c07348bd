"""EPUB digest benchmark: time and peak memory to build 10-, 100- and 500-article digests.

python -m bench.epub [--sizes 10 100 500]
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc

import syndicate
from bench.feeds import CONTEXT, base_articles, make_feed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 500])
    args = parser.parse_args(argv)
    base = base_articles()
    print(f"{'articles':>9}{'seconds':>10}{'peak MiB':>10}{'book KiB':>10}")
    for size in args.sizes:
        feed = make_feed(base, size)
        gc.collect()
        started = time.perf_counter()
        book = syndicate.write(feed, "epub", context=CONTEXT)
        seconds = time.perf_counter() - started
        gc.collect()
        tracemalloc.start()
        syndicate.write(feed, "epub", context=CONTEXT)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{size:>9}{seconds:>10.3f}{peak / 2**20:>10.1f}{len(book) / 1024:>10.0f}")


if __name__ == "__main__":
    main()
