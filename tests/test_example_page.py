"""The bundled ThePrint example page end to end: page -> JSON and page -> text goldens,
and the clean-text promises the naive output in ../shared/seed breaks."""

from __future__ import annotations

from datetime import timedelta

import pytest

import syndicate
from syndicate import Article, Context, Role, codec
from tests.conftest import EXAMPLE, EXAMPLE_URL, Golden

HEADLINE = (
    "India, Russia firm on S-400 missiles deal, Moscow now eyes arms unit under ‘Make in India’"
)
CAPTION = "Russian Foreign Minister Sergei Lavrov and External Affairs Minister S. Jaishankar in New Delhi on 6 April 2021"


@pytest.fixture(scope="module")
def article() -> Article:
    return syndicate.read(EXAMPLE.read_bytes(), url=EXAMPLE_URL)


def test_json_golden(article: Article, golden: Golden) -> None:
    golden(EXAMPLE.with_suffix(".json"), codec.dumps(article).encode())


def test_text_golden(article: Article, context: Context, golden: Golden) -> None:
    golden(EXAMPLE.with_suffix(".txt"), syndicate.write(article, "text", context=context))


def test_markdown_golden(article: Article, context: Context, golden: Golden) -> None:
    golden(EXAMPLE.with_suffix(".md"), syndicate.write(article, "markdown", context=context))


def test_metadata(article: Article) -> None:
    assert article.headline == HEADLINE
    assert article.kicker == "Diplomacy" and article.section == "Diplomacy"
    assert article.dek.startswith(
        "Russian Foreign Minister Sergei Lavrov, who was on a hurricane tour"
    )
    assert [(p.name, p.url) for p in article.authors] == [
        ("Nayanima Basu", "https://theprint.in/author/nayanima/")
    ]
    assert [(p.name, p.role) for p in article.contributors] == [("Debalina Dey", Role.EDITOR)]
    assert article.published is not None and article.published.utcoffset() == timedelta(
        hours=5, minutes=30
    )
    assert article.modified is not None and article.modified > article.published
    assert article.dateline == "New Delhi"
    assert article.site_name == "ThePrint" and article.language == "en-US"
    assert article.canonical_url == EXAMPLE_URL
    assert "S-400" in article.tags
    assert article.lead_image is not None
    assert syndicate.content.inline_text(article.lead_image.caption) == CAPTION
    assert article.lead_image.credit == "Twitter | @DrSJaishankar"
    assert article.lead_image.width == 1280
    assert article.related[0].title.startswith("Ladakh shows Russia")
    assert len(article.related) == 3


def test_clean_text_beats_the_naive_output(article: Article) -> None:
    text = syndicate.write(article, "text").decode()
    assert text.count(HEADLINE) == 1
    assert text.count(CAPTION) == 1
    body = text.split("NEW DELHI:")[1].split("Related:")[0]
    assert "Also read" not in body and "Edited by" not in body
    for noise in (
        "Facebook",
        "WhatsApp",
        "LEAVE A REPLY",
        "Most Popular",
        "Copyright",
        "Subscribe",
        "Previous article",
        "RELATED ARTICLES",
        "Advertisement",
        "googletag",
        "TAGS",
    ):
        assert noise not in text, noise
    assert text.rstrip().endswith("(Edited by Debalina Dey)")
    assert "Moscow format of Afghan peace talks\n---" in text
