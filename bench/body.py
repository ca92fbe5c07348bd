"""Body-extraction benchmark on both shared dev corpora, syndicate beside trafilatura and
readability-lxml in the same process on the same decoded strings (timing around the extract
call only, one warm-up; the extractors take turns page by page, so a drift in the machine's
speed slows them alike).

* readability-dev (99 pages): the article-extraction-benchmark shingle F1 (``bench.metric``).
* wcxb-dev (1,497 pages): WCXB's word F1 per page type and overall, for the half of the
  domains rules are tuned on and the half only measured (``bench.wcxb.split_of``), the count
  of empty bodies, pages/s, median and max ms, and syndicate's worst pages.
* ``--blind``: the same pages with their class and id words made opaque (``bench.blind``),
  for every extractor: how much of a score rests on known class names.

    pip install -U pip && pip install -e '.[bench]'
    python -m bench.body [--corpus readability|wcxb|both] [--only syndicate] [--dump F.json] [--blind]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import lxml.html

import syndicate
from bench import wcxb
from bench.blind import blind
from bench.corpus import DEFAULT_CORPUS, PAGE_URL
from bench.corpus import load as load_readability
from bench.metric import score_page, summarise

Extractor = Callable[[str, str], str]
"""(html, url) -> body text."""

PAGE_TYPES = ("article", "documentation", "service", "forum", "collection", "listing", "product")


class _HasHtml(Protocol):
    @property
    def html(self) -> str: ...


def syndicate_body(html: str, url: str) -> str:
    return syndicate.read(html, url=url).body_text


def lxml_parse(html: str, _url: str) -> str:
    lxml.html.document_fromstring(html)
    return ""


def competitors() -> dict[str, Extractor]:
    found: dict[str, Extractor] = {}
    try:
        import trafilatura

        found["trafilatura"] = lambda html, url: trafilatura.extract(html, url=url) or ""
    except ImportError:
        print("(trafilatura not installed: pip install -e '.[bench]')")
    try:
        from readability import Document

        def readability(html: str, _url: str) -> str:
            summary = Document(html).summary(html_partial=True)
            return " ".join(lxml.html.fromstring(summary).itertext()) if summary.strip() else ""

        found["readability-lxml"] = readability
    except ImportError:
        print("(readability-lxml not installed)")
    return found


def run_all(
    extractors: dict[str, Extractor], pages: Sequence[_HasHtml], urls: Sequence[str]
) -> dict[str, tuple[list[str], list[float]]]:
    """Every extractor's text and seconds per page (a raising one scores an empty text).

    The extractors take turns page by page, in an order that rotates from page to page, so
    a machine whose speed drifts during the run (a shared virtual machine's does, by a
    fifth within minutes) slows them alike and their pages/s can be compared."""
    names = list(extractors)
    found: dict[str, tuple[list[str], list[float]]] = {name: ([], []) for name in names}
    for name in names:
        extractors[name](pages[0].html, urls[0])  # warm-up
    for number, (page, url) in enumerate(zip(pages, urls, strict=True)):
        turn = number % len(names)
        for name in names[turn:] + names[:turn]:
            started = time.perf_counter()
            try:
                text = extractors[name](page.html, url)
            except Exception as exc:
                print(f"  {name} raised: {type(exc).__name__}")
                text = ""
            found[name][1].append(time.perf_counter() - started)
            found[name][0].append(text)
    return found


def _speed(times: list[float]) -> str:
    return (
        f"{len(times) / sum(times):>9.1f}{statistics.median(times) * 1000:>11.1f}"
        f"{max(times) * 1000:>8.0f}"
    )


PARSE_ONLY = "lxml parse only"
"""The parse floor's row: timed beside the extractors, not scored."""


def _ratios(found: dict[str, tuple[list[str], list[float]]]) -> str:
    """syndicate's pages/s as a multiple of each other extractor's, in the same run."""
    if "syndicate" not in found:
        return ""
    mine = sum(found["syndicate"][1])
    others = [
        f"{sum(times) / mine:.2f}x {name}'s"
        for name, (_, times) in found.items()
        if name not in ("syndicate", PARSE_ONLY)
    ]
    return f"syndicate's pages/s: {', '.join(others)}" if others else ""


def readability_dev(extractors: dict[str, Extractor], blinded: bool = False) -> None:
    pages = load_readability(DEFAULT_CORPUS)
    if blinded:
        pages = [dataclasses.replace(p, html=blind(p.html)) for p in pages]
    urls = [PAGE_URL] * len(pages)
    print(f"== readability-dev: {len(pages)} pages, shingle F1\n")
    print(
        f"{'extractor':<18}{'F1':>7}{'prec':>7}{'recall':>8}{'pages/s':>9}{'median ms':>11}{'max ms':>8}"
    )
    worst: list[tuple[float, str]] = []
    found = run_all({**extractors, PARSE_ONLY: lxml_parse}, pages, urls)
    for name, (texts, times) in found.items():
        if name == PARSE_ONLY:
            print(f"{name:<18}{'':>22}{_speed(times)}")
            continue
        scores = [score_page(t, p.truth) for t, p in zip(texts, pages, strict=True)]
        s = summarise(scores)
        print(f"{name:<18}{s.f1:>7.3f}{s.precision:>7.3f}{s.recall:>8.3f}{_speed(times)}")
        if name == "syndicate":
            worst = sorted((sc.f1, p.name) for sc, p in zip(scores, pages, strict=True))[:10]
    print(_ratios(found))
    print("worst 10: " + ", ".join(f"{n} {f:.3f}" for f, n in worst) + "\n")


def wcxb_dev(
    extractors: dict[str, Extractor], limit: int | None, dump: Path | None, blinded: bool = False
) -> None:
    pages = wcxb.load(limit=limit)
    if blinded:
        pages = [dataclasses.replace(p, html=blind(p.html)) for p in pages]
    urls = [p.url for p in pages]
    halves = {"tune": [i for i, p in enumerate(pages) if p.half == "tune"]}
    halves["held"] = [i for i, p in enumerate(pages) if p.half == "held"]
    print(
        f"== wcxb-dev: {len(pages)} pages, word F1 (tune half {len(halves['tune'])} pages, "
        f"held-out half {len(halves['held'])})\n"
    )
    header = f"{'extractor':<18}{'half':<6}" + "".join(f"{t[:7]:>8}" for t in PAGE_TYPES)
    header += f"{'all':>8}{'art P':>7}{'art R':>7}{'empty':>7}"
    rows, speeds, records = [], [], []
    found = run_all(extractors, pages, urls)
    for name, (texts, times) in found.items():
        scores = [wcxb.word_score(t, p.truth) for t, p in zip(texts, pages, strict=True)]
        for label, members in (*halves.items(), ("both", list(range(len(pages))))):
            cells = []
            for page_type in PAGE_TYPES:
                of_type = [scores[i].f1 for i in members if pages[i].page_type == page_type]
                cells.append(f"{wcxb.mean(of_type):>8.3f}")
            articles = [i for i in members if pages[i].page_type == "article"]
            empty = sum(1 for i in articles if not texts[i].strip() and pages[i].truth.strip())
            rows.append(
                f"{name:<18}{label:<6}{''.join(cells)}{wcxb.mean(scores[i].f1 for i in members):>8.3f}"
                f"{wcxb.mean(scores[i].precision for i in articles):>7.3f}"
                f"{wcxb.mean(scores[i].recall for i in articles):>7.3f}{empty:>7}"
            )
        speeds.append(f"{name:<18}{_speed(times)}")
        if name == "syndicate":
            records = [
                {
                    "id": p.file_id,
                    "domain": p.domain,
                    "type": p.page_type,
                    "half": p.half,
                    "f1": round(s.f1, 4),
                    "p": round(s.precision, 4),
                    "r": round(s.recall, 4),
                    "words": len(t.split()),
                    "truth_words": len(p.truth.split()),
                    "ms": round(ms * 1000, 1),
                }
                for p, s, t, ms in zip(pages, scores, texts, times, strict=True)
            ]
    print(header)
    print("\n".join(rows))
    print("(empty: article pages with no body text whose truth has one)\n")
    print(f"{'extractor':<18}{'pages/s':>9}{'median ms':>11}{'max ms':>8}")
    print("\n".join(speeds))
    print(_ratios(found))
    if records:
        articles = sorted((r for r in records if r["type"] == "article"), key=lambda r: r["f1"])
        print("\nsyndicate's worst 15 articles (id, half, F1, P, R, words/truth words):")
        for r in articles[:15]:
            print(
                f"  {r['id']} {r['half']:<5}{r['f1']:>6.3f}{r['p']:>7.3f}{r['r']:>7.3f}"
                f"  {r['words']}/{r['truth_words']}"
            )
        if dump:
            dump.write_text(json.dumps(records, indent=0), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=("readability", "wcxb", "both"), default="both")
    parser.add_argument("--only", help="run only this extractor (e.g. syndicate)")
    parser.add_argument("--limit", type=int, help="first N wcxb pages only")
    parser.add_argument("--dump", type=Path, help="write syndicate's per-page wcxb scores here")
    parser.add_argument(
        "--blind", action="store_true", help="class and id words made opaque (bench.blind)"
    )
    args = parser.parse_args(argv)
    extractors: dict[str, Extractor] = {"syndicate": syndicate_body, **competitors()}
    if args.only:
        extractors = {args.only: extractors[args.only]}
    if args.corpus in ("readability", "both"):
        readability_dev(extractors, args.blind)
    if args.corpus in ("wcxb", "both"):
        wcxb_dev(extractors, args.limit, args.dump, args.blind)


if __name__ == "__main__":
    main()
