"""Real pages from Readability's test suite: headline, must-appear and must-not-appear snippets.

These check the generic extractor, so they read without site rules; several of these hosts
have a bundled rule, whose output is the rule's (tests/reader/siterules)."""

from __future__ import annotations

import json

import pytest

import syndicate
from tests.conftest import CORPUS

EXPECTATIONS: dict[str, dict[str, object]] = json.loads(
    (CORPUS / "expectations.json").read_text(encoding="utf-8")
)


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_real_page(name: str) -> None:
    expected = EXPECTATIONS[name]
    article = syndicate.read(
        (CORPUS / name / "source.html").read_bytes(),
        url="http://fakehost/test/page.html",
        site_rules=None,
    )
    assert article.headline == expected["headline"]
    text = _squash(syndicate.write(article, "text").decode())
    for snippet in expected["must_appear"]:  # type: ignore[attr-defined]
        assert _squash(snippet) in text, snippet
    for snippet in expected["must_not_appear"]:  # type: ignore[attr-defined]
        assert snippet not in text, snippet


def test_enough_pages() -> None:
    assert len(EXPECTATIONS) >= 15


def test_agency_byline_becomes_the_credit_line() -> None:
    article = syndicate.read(
        (CORPUS / "liberation-1" / "source.html").read_bytes(), url="http://fakehost/test/page.html"
    )
    assert article.credit == "AFP" and not article.authors
    assert "\nAFP · Published 30 April 2015" in syndicate.write(article, "text").decode()
