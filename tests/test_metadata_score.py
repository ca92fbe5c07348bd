"""The metadata gates: per field, the share of pages right on both shared dev corpora must
not fall below the floors pinned in bench/metadata_floor.json (wcxb-dev articles per half
of the domain split: title, authors, published day, and the most pages given a date their
truth does not have; readability-dev: title, byline, published). Raise the floors as
extraction improves."""

from __future__ import annotations

import json

from bench import wcxb, wcxb_meta
from bench.corpus import DEFAULT_CORPUS, load
from bench.metadata import check, syndicate_meta
from bench.wcxb import WcxbPage

from syndicate import Article
from tests.conftest import ROOT, require_corpus

FLOORS: dict[str, float] = json.loads((ROOT / "bench" / "metadata_floor.json").read_text())


def test_wcxb_metadata_stays_above_the_floors(wcxb_read: list[tuple[WcxbPage, Article]]) -> None:
    scores: dict[str, list[float]] = {}
    for page, article in wcxb_read:
        if page.page_type != "article":
            continue
        for field, value in wcxb_meta.score(page, wcxb_meta.from_article(article)).items():
            scores.setdefault(f"wcxb_{field}_{page.half}", []).append(value)
    measured = {key: wcxb.mean(values) for key, values in scores.items()}
    low = {
        key: f"{measured[key]:.4f} < {floor}"
        for key, floor in FLOORS.items()
        if key.startswith("wcxb_") and "invented" not in key and measured[key] < floor
    }
    assert not low, f"wcxb-dev metadata fell below its floors: {low}"
    for half in ("tune", "held"):
        invented = measured[f"wcxb_invented_{half}"]
        assert invented <= FLOORS[f"wcxb_invented_{half}"], f"{half}: dates invented {invented}"


def test_readability_metadata_stays_above_the_floors() -> None:
    require_corpus(DEFAULT_CORPUS)
    tally: dict[str, list[bool]] = {}
    for page in load():
        found = syndicate_meta(page)
        for field in ("title", "byline", "published"):
            verdict = check(field, page.metadata, found)
            if verdict is not None:
                tally.setdefault(field, []).append(verdict)
    low = {
        field: f"{sum(v) / len(v):.4f} < {FLOORS[f'readability_{field}']}"
        for field, v in tally.items()
        if sum(v) / len(v) < FLOORS[f"readability_{field}"]
    }
    assert not low, f"readability-dev metadata fell below its floors: {low}"


def test_metadata_metric_reads_names_and_days_as_the_issue_defines() -> None:
    assert wcxb_meta.names("Dylan Bailey, MS, RD, FAND") == {"dylan bailey"}
    assert wcxb_meta.names("A One, B Two and C Three") == {"a one", "b two", "c three"}
    assert wcxb_meta.author_f1("A One and B Two", ("A One",)) == 2 * 1 * 0.5 / 1.5
    assert wcxb_meta.fold("It’s “here” – now.") == wcxb_meta.fold('it\'s "here" - now')
