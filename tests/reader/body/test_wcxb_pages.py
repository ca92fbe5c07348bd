"""Real pages (fixtures/wcxb, CC-BY-4.0) whose markup once emptied the body."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from bench.wcxb import word_score

import syndicate
from tests.conftest import FIXTURES

PAGES = FIXTURES / "wcxb"


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


@pytest.mark.parametrize("file_id", ["0007", "0118", "0229", "4042", "4416", "4117"])
def test_the_article_is_read_whole(file_id: str) -> None:
    record = json.loads((PAGES / f"{file_id}.json").read_text(encoding="utf-8"))
    html = gzip.decompress((PAGES / f"{file_id}.html.gz").read_bytes())
    article = syndicate.read(html, url=record["url"])
    truth = record["ground_truth"]
    score = word_score(article.body_text, truth["main_content"])
    assert score.recall >= 0.95 and score.precision >= 0.8, (score, article.evidence.content_source)
    body = _words(article.body_text)
    for snippet in truth["with"]:
        assert _words(snippet) in body, snippet
    assert not [d for d in article.diagnostics if d.code in {"no-body", "no-article"}]
