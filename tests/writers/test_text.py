from __future__ import annotations

from hypothesis import given, settings

import syndicate
from syndicate import Article, Context, TextOptions, codec
from tests.conftest import GOLDENS
from tests.strategies import articles


def _rich() -> Article:
    article = codec.loads((GOLDENS / "rich-article.json").read_text())
    assert isinstance(article, Article)
    return article


def test_furniture_order(context: Context) -> None:
    text = syndicate.write(_rich(), "text", context=context).decode()
    lines = text.splitlines()
    assert lines[0] == "World" and lines[1].startswith("Rich article")
    assert "By Jane Doe and John Roe (PTI) · Published 6 April 2021, 19:53 UTC+05:30" in text
    assert "MUMBAI: Stocks rose" in text
    assert text.count("Traders at work") == 1
    assert text.index("Related:") > text.index("stays text")
    assert text.rstrip().endswith("(Edited by Ed Itor)")


def test_wrapping(context: Context) -> None:
    text = syndicate.write(_rich(), "text", context=context, options=TextOptions(width=40)).decode()
    body = text.split("MUMBAI:")[1]
    assert all(len(line) <= 40 for line in body.splitlines() if "http" not in line)


def test_date_only_values_print_no_time() -> None:
    page = '<html><head><meta property="article:published_time" content="2021-04-06"></head><body><p>x</p></body></html>'
    text = syndicate.convert(page, "text").decode()
    assert "Published 6 April 2021" in text and "00:00" not in text


@settings(max_examples=60, deadline=None)
@given(articles)
def test_any_article_writes(article: Article) -> None:
    assert isinstance(syndicate.write(article, "text"), bytes)
