"""Memory over a long run: read 10,000 pages in one process (cycling the fixture pages) and
print the resident set size at 1k, 5k and 10k pages. It must stay flat.

    python -m bench.memory [--pages 10000]
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

import syndicate

ROOT = Path(__file__).resolve().parent.parent


def rss_mib() -> float:
    """Current resident set size (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=10_000)
    args = parser.parse_args(argv)
    pages = [
        p.read_bytes()
        for p in [
            ROOT / "fixtures/pages/theprint-s400-lavrov.html",
            *sorted((ROOT / "fixtures/corpus").glob("*/source.html")),
        ]
    ]
    checkpoints = {100, 1_000, 5_000, 10_000, args.pages}
    started = time.perf_counter()
    print(f"{'pages':>7}{'RSS MiB':>10}{'seconds':>9}")
    for number in range(1, args.pages + 1):
        article = syndicate.read(pages[number % len(pages)], url="https://memory.example/")
        syndicate.write(article, "json")
        if number in checkpoints:
            gc.collect()
            print(f"{number:>7}{rss_mib():>10.1f}{time.perf_counter() - started:>9.1f}")


if __name__ == "__main__":
    main()
