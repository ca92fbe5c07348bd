"""The score gates: body-extraction F1 on both shared dev corpora must not fall below the
floors pinned in bench/body_floor.txt (readability-dev, shingle F1) and
bench/wcxb_floor.json (wcxb-dev, word F1 per half and page type, and the most article pages
allowed an empty body). Raise the floors as extraction improves."""

from __future__ import annotations

import json

import pytest
from bench import wcxb
from bench.corpus import DEFAULT_CORPUS, PAGE_URL, load
from bench.metric import score_page, summarise
from bench.wcxb import WcxbPage

import syndicate
from syndicate import Article
from tests.conftest import ROOT, require_corpus

FLOOR = float((ROOT / "bench" / "body_floor.txt").read_text().strip())
WCXB_FLOORS: dict[str, float] = json.loads((ROOT / "bench" / "wcxb_floor.json").read_text())


def test_dev_corpus_f1_stays_above_the_floor() -> None:
    require_corpus(DEFAULT_CORPUS)
    pages = load()
    scores = [score_page(syndicate.read(p.html, url=PAGE_URL).body_text, p.truth) for p in pages]
    summary = summarise(scores)
    assert len(pages) >= 90
    assert summary.f1 >= FLOOR, f"F1 {summary.f1:.4f} fell below the pinned floor {FLOOR}"


def test_metric_matches_the_benchmark_definition() -> None:
    perfect = score_page("one two three four five", "one two three four five")
    assert (perfect.tp, perfect.fp, perfect.fn) == (2, 0, 0)
    short = score_page("one two", "one two")
    assert (short.tp, short.fp, short.fn) == (1, 0, 0)  # fewer than 4 tokens: one shingle
    empty = score_page("", "one two three four")
    assert (empty.tp, empty.fp, empty.fn) == (0, 0, 1) and empty.precision is None
    summary = summarise([perfect, empty])
    assert summary.precision == 1.0 and summary.recall == 0.5


def test_wcxb_f1_stays_above_the_floors(wcxb_read: list[tuple[WcxbPage, Article]]) -> None:
    assert len(wcxb_read) >= 1400
    scores: dict[str, list[float]] = {}
    empty = 0
    for page, article in wcxb_read:
        text = article.body_text
        f1 = wcxb.word_score(text, page.truth).f1
        for key in (f"{page.page_type}_{page.half}", page.page_type, "all"):
            scores.setdefault(key, []).append(f1)
        empty += page.page_type == "article" and bool(page.truth.strip()) and not text.strip()
    measured = {key: wcxb.mean(values) for key, values in scores.items()}
    low = {
        key: f"{measured[key]:.4f} < {floor}"
        for key, floor in WCXB_FLOORS.items()
        if key != "max_empty_articles" and measured[key] < floor
    }
    assert not low, f"wcxb-dev F1 fell below its floors: {low}"
    assert empty <= WCXB_FLOORS["max_empty_articles"], f"{empty} article pages have no body"


def test_wcxb_metric_matches_the_benchmark_definition() -> None:
    assert wcxb.word_score("The cat, the hat", "the cat sat").f1 == pytest.approx(
        2 * 0.5 * (2 / 3) / (0.5 + 2 / 3)
    )
    assert wcxb.word_score("", "").f1 == 1.0 and wcxb.word_score("x", "").f1 == 0.0
    assert wcxb.word_score("", "words here").f1 == 0.0
    assert wcxb.split_of("www.example.com") == wcxb.split_of("example.com")
