"""Long fuzz run: hypothesis with many examples over the lenient reader (arbitrary bytes and
HTML-like text) and every writer (generated Articles). Prints cases run and crashes.

    python -m bench.fuzz [--examples 10000]
"""

from __future__ import annotations

import argparse
import time
import traceback

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.reader.test_html import _HTMLISH
from tests.strategies import articles
from tests.writers.test_every_writer import write_everything

import syndicate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=10_000, help="cases per target")
    args = parser.parse_args(argv)
    config = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    counts = {"bytes": 0, "html-like": 0, "writers": 0}

    @config
    @given(st.binary(max_size=4096))
    def fuzz_bytes(data: bytes) -> None:
        counts["bytes"] += 1
        syndicate.read(data)

    @config
    @given(_HTMLISH)
    def fuzz_html(text: str) -> None:
        counts["html-like"] += 1
        syndicate.read(text, url="https://fuzz.example/")

    @config
    @given(articles)
    def fuzz_writers(article: syndicate.Article) -> None:
        counts["writers"] += 1
        write_everything(article)

    print(f"{'target':<12}{'cases':>8}{'crashes':>9}{'seconds':>9}")
    total_crashes = 0
    for name, target in (
        ("bytes", fuzz_bytes),
        ("html-like", fuzz_html),
        ("writers", fuzz_writers),
    ):
        started = time.perf_counter()
        crashes = 0
        try:
            target()
        except Exception:
            crashes = 1
            traceback.print_exc()
        total_crashes += crashes
        print(f"{name:<12}{counts[name]:>8}{crashes:>9}{time.perf_counter() - started:>9.1f}")
    print(f"\ntotal cases: {sum(counts.values())}, crashing targets: {total_crashes}")


if __name__ == "__main__":
    main()
