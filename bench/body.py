"""Body-extraction benchmark on the shared dev corpus: F1, precision, recall, pages/s and
median ms per page for syndicate, trafilatura and readability-lxml, run side by side in the
same process on the same decoded strings (timing around the extract call only, one warm-up),
plus lxml's parse-only time as the floor and syndicate's ten worst pages.

    pip install -e '.[bench]'   # trafilatura, readability-lxml, newspaper4k
    python -m bench.body [--corpus DIR]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

import syndicate
from bench.corpus import DEFAULT_CORPUS, PAGE_URL, Page, load
from bench.metric import PageScore, score_page, summarise

Extractor = Callable[[str], str]


def syndicate_body(html: str) -> str:
    return syndicate.read(html, url=PAGE_URL).body_text


def lxml_parse(html: str) -> str:
    lxml.html.document_fromstring(html)
    return ""


def competitors() -> dict[str, Extractor]:
    found: dict[str, Extractor] = {}
    try:
        import trafilatura

        found["trafilatura"] = lambda html: trafilatura.extract(html, url=PAGE_URL) or ""
    except ImportError:
        print("(trafilatura not installed: pip install -e '.[bench]')")
    try:
        from readability import Document

        def readability(html: str) -> str:
            summary = Document(html).summary(html_partial=True)
            return " ".join(lxml.html.fromstring(summary).itertext()) if summary.strip() else ""

        found["readability-lxml"] = readability
    except ImportError:
        print("(readability-lxml not installed)")
    return found


def run(name: str, extract: Extractor, pages: list[Page]) -> tuple[list[PageScore], list[float]]:
    extract(pages[0].html)  # warm-up
    scores, times = [], []
    for page in pages:
        started = time.perf_counter()
        try:
            text = extract(page.html)
        except Exception as exc:  # a competitor failing on a page scores zero, not a crash
            print(f"  {name} raised on {page.name}: {type(exc).__name__}")
            text = ""
        times.append(time.perf_counter() - started)
        scores.append(score_page(text, page.truth))
    return scores, times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    pages = load(args.corpus)
    extractors: dict[str, Extractor] = {"syndicate": syndicate_body, **competitors()}
    print(f"{len(pages)} pages from {args.corpus}\n")
    print(
        f"{'extractor':<18}{'F1':>7}{'prec':>7}{'recall':>8}{'pages/s':>9}{'median ms':>11}{'max ms':>8}"
    )
    results = {}
    for name, extract in extractors.items():
        scores, times = run(name, extract, pages)
        results[name] = scores
        s = summarise(scores)
        print(
            f"{name:<18}{s.f1:>7.3f}{s.precision:>7.3f}{s.recall:>8.3f}"
            f"{len(pages) / sum(times):>9.1f}{statistics.median(times) * 1000:>11.1f}"
            f"{max(times) * 1000:>8.0f}"
        )
    _, parse_times = run("lxml parse", lxml_parse, pages)
    print(
        f"{'lxml parse only':<18}{'':>7}{'':>7}{'':>8}{len(pages) / sum(parse_times):>9.1f}"
        f"{statistics.median(parse_times) * 1000:>11.1f}{max(parse_times) * 1000:>8.0f}"
    )
    worst = sorted(zip(pages, results["syndicate"], strict=True), key=lambda pair: pair[1].f1)[:10]
    print("\nsyndicate's worst 10 pages (F1, precision, recall):")
    for page, score in worst:
        print(
            f"  {page.name:<40}{score.f1:>6.3f}{score.precision or 0:>7.3f}{score.recall or 0:>7.3f}"
        )


if __name__ == "__main__":
    main()
