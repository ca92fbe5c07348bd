"""The score gate: body-extraction F1 on the shared dev corpus must not fall below the floor
pinned in bench/body_floor.txt (raise the floor as extraction improves)."""

from __future__ import annotations

import os

import pytest
from bench.corpus import DEFAULT_CORPUS, PAGE_URL, load
from bench.metric import score_page, summarise

import syndicate
from tests.conftest import ROOT

FLOOR = float((ROOT / "bench" / "body_floor.txt").read_text().strip())


def test_dev_corpus_f1_stays_above_the_floor() -> None:
    if not DEFAULT_CORPUS.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the dev corpus is missing: {DEFAULT_CORPUS}")
        pytest.skip("../shared/corpus is not beside the project")
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
