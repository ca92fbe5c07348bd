from __future__ import annotations

import json

import pytest

import syndicate
from syndicate import Article
from syndicate.errors import ExtractionError

STORY = "<p>" + "A paragraph of the article that goes on and on. " * 6 + "</p>"


def ld(kind: str) -> str:
    return f"<script type='application/ld+json'>{json.dumps({'@type': kind, 'name': 'x'})}</script>"


def codes(html: str) -> list[str]:
    return [d.code for d in syndicate.read(html).diagnostics]


def _said_to_be(article: Article, kind: str) -> None:
    notes = [d for d in article.diagnostics if d.code == "not-article"]
    assert len(notes) == 1 and f"a {kind} page" in notes[0].message


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (ld("Product"), "product"),
        ("<meta property='og:type' content='product'>", "product"),
        (ld("CollectionPage"), "listing"),
        (ld("DiscussionForumPosting"), "forum"),
    ],
)
def test_declared_non_articles_are_said_so(head: str, kind: str) -> None:
    article = syndicate.read(f"<html><head>{head}</head><body>{STORY}</body></html>")
    _said_to_be(article, kind)
    assert STORY[3:40] in article.body_text  # recognised, and its main content still read
    with pytest.raises(ExtractionError):
        syndicate.read(f"<html><head>{head}</head><body>{STORY}</body></html>", strict=True)


def test_a_page_of_teaser_headlines_is_a_listing() -> None:
    teasers = "".join(
        f"<h2><a href='/story-{i}'>Headline number {i} of the day</a></h2><p>Teaser.</p>"
        for i in range(10)
    )
    assert "not-article" in codes(f"<html><body><h1>News</h1>{teasers}</body></html>")


def test_a_declared_article_is_an_article() -> None:
    head = ld("NewsArticle") + ld("Product")
    assert "not-article" not in codes(f"<html><head>{head}</head><body>{STORY}</body></html>")
    assert "not-article" not in codes(f"<html><body><h1>Story</h1>{STORY}</body></html>")


def test_a_product_page_leaves_out_its_customer_reviews() -> None:
    description = "<p>" + "This kettle boils a litre of water in two minutes flat. " * 5 + "</p>"
    review = "<p>" + "I bought this kettle last spring and it still works well today. " * 3
    reviews = "".join(
        f"<article class='review-card'>{review}</article><p>Verified buyer {i}</p>"
        for i in range(4)
    )
    page = (
        f"<html><head>{ld('Product')}</head><body><main><h1>Kettle</h1>{description}"
        f"<section class='pdpReviews-list'><h2>Reviews</h2>{reviews}</section></main></body></html>"
    )
    text = syndicate.read(page).body_text
    assert "boils a litre" in text and "last spring" not in text and "Verified" not in text
    article = page.replace(ld("Product"), ld("NewsArticle"))  # a review article keeps them
    assert "last spring" in syndicate.read(article).body_text


def microdata(kind: str, inner: str = STORY) -> str:
    return f"<div itemscope itemtype='https://schema.org/{kind}'>{inner}</div>"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (microdata("QAPage", microdata("Question")), "forum"),
        (microdata("DiscussionForumPosting/").replace("https", "http"), "forum"),
        (microdata("CollectionPage"), "listing"),
        (microdata("WebPage https://schema.org/SearchResultsPage"), "listing"),
    ],
)
def test_microdata_types_declare_the_page_kind(body: str, kind: str) -> None:
    _said_to_be(syndicate.read(f"<html><body>{body}</body></html>"), kind)


def test_microdata_items_that_do_not_declare_a_kind() -> None:
    from syndicate.reader.body.kind import microdata_types
    from syndicate.reader.dom import parse
    from syndicate.reader.page import Page

    nested = f"<article itemscope itemtype='https://schema.org/Article'>{microdata('QAPage')}"
    root = parse(f"<html><body>{nested}</article>{microdata('Product')}</body></html>")
    assert microdata_types(Page.build(root, "https://example.com/")) == ["article", "product"]
    for body in (
        f"{nested}</article>",  # only the outermost item says what the page is
        f"<div itemtype='https://schema.org/QAPage'>{STORY}</div>",  # no itemscope: no item
        microdata("Product"),  # microdata declares forums and listings only
    ):
        assert "not-article" not in codes(f"<html><body>{body}</body></html>"), body
    head = ld("NewsArticle")  # a declared article is an article, whatever its items say
    assert "not-article" not in codes(
        f"<html><head>{head}</head><body>{microdata('QAPage')}</body>"
    )


def test_a_microdata_article_beside_a_listing_item_is_an_article() -> None:
    body = f"{microdata('NewsArticle')}{microdata('CollectionPage')}"
    assert "not-article" not in codes(f"<html><body>{body}</body></html>")
