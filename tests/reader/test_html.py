"""The HTML reader end to end on small pages and on bad input."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import syndicate
from syndicate import DecodeError, ExtractionError, InputError, LimitError

ARTICLE = """<html lang="en"><head><title>Big news | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet"></head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Big news</h1>
<p>First paragraph of the story with enough words to count as real text, really.</p>
<p>Second paragraph has <a href="/more" onclick="steal()">a relative link</a> and
<a href="javascript:alert(1)">a bad one</a>.</p>
<script>alert("x")</script>
<p style="display:none">Hidden text.</p>
<p>Third paragraph closes the article with a last sentence for the reader.</p>
</article><footer>Copyright</footer></body></html>"""


def test_reads_a_plain_article() -> None:
    article = syndicate.read(ARTICLE, url="https://planet.example/news/1")
    assert article.headline == "Big news"
    assert article.site_name == "Daily Planet"
    assert article.language == "en"
    text = article.body_text
    assert text.startswith("First paragraph")
    assert "Hidden text" not in text and "alert" not in text and "Home" not in text
    assert "Copyright" not in text


def test_links_are_absolute_and_unsafe_ones_dropped() -> None:
    article = syndicate.read(ARTICLE, url="https://planet.example/news/1")
    json = syndicate.write(article, "json").decode()
    assert "https://planet.example/more" in json
    assert "javascript:" not in json and "steal" not in json


def test_evidence_is_recorded() -> None:
    article = syndicate.read(ARTICLE.encode("utf-8"))
    assert article.evidence.encoding == "utf-8"
    assert article.evidence.content_source == "tag:article"
    assert article.evidence.source_of("headline") is not None


BAD_INPUTS = {
    "empty": (b"", InputError),
    "binary": (os.urandom(4096).replace(b"<", b"_"), DecodeError),
    "no-article": (b"<html><head></head><body><div></div></body></html>", ExtractionError),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_lenient_returns_an_article_with_diagnostics(case: str) -> None:
    data, _ = BAD_INPUTS[case]
    article = syndicate.read(data)
    assert isinstance(article, syndicate.Article)
    assert article.diagnostics


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_strict_raises_the_typed_error(case: str) -> None:
    data, error = BAD_INPUTS[case]
    with pytest.raises(error):
        syndicate.read(data, strict=True)


def test_a_20_mb_page_is_cut_to_the_limit_not_crashed() -> None:
    paragraph = b"<p>" + b"word " * 200 + b"</p>\n"
    data = (
        b"<html><body><article>"
        + paragraph * (20 * 1024 * 1024 // len(paragraph) + 1)
        + b"</article></body></html>"
    )
    assert len(data) > 20 * 1024 * 1024
    article = syndicate.read(data)
    assert any(d.code == "input-too-large" for d in article.diagnostics)
    assert article.body
    with pytest.raises(LimitError):
        syndicate.read(data, strict=True)


def test_nesting_within_the_parser_limit_is_kept() -> None:
    data = (
        "<html><body>" + "<div>" * 240 + "<p>deep text here</p>" + "</div>" * 240 + "</body></html>"
    )
    assert "deep text here" in syndicate.read(data).body_text


def test_nesting_past_the_parser_limit_is_reported_not_silent() -> None:
    data = (
        "<html><body>"
        + "<div>" * 5000
        + "<p>deep text here</p>"
        + "</div>" * 5000
        + "</body></html>"
    )
    article = syndicate.read(data)
    assert any(d.code == "parser-limit" for d in article.diagnostics)
    with pytest.raises(LimitError):
        syndicate.read(data, strict=True)


def test_timezone_without_offset_is_assumed_and_recorded() -> None:
    page = '<html><head><meta property="article:published_time" content="2021-04-06T19:53:56"></head><body><p>x</p></body></html>'
    article = syndicate.read(page)
    assert article.published is not None and article.published.utcoffset() is not None
    source = article.evidence.source_of("published")
    assert source is not None and source.zone_assumed and source.precision == "time"
    assert any(d.code == "timezone-assumed" for d in article.diagnostics)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_lenient_read_never_raises_on_bytes(data: bytes) -> None:
    assert isinstance(syndicate.read(data), syndicate.Article)


_TAGS = st.sampled_from(
    [
        "p",
        "div",
        "a",
        "h1",
        "h2",
        "ul",
        "li",
        "table",
        "tr",
        "td",
        "figure",
        "img",
        "script",
        "blockquote",
        "pre",
        "br",
        "article",
        "em",
        "iframe",
    ]
)
_HTMLISH = st.lists(
    st.one_of(
        _TAGS.map(lambda t: f"<{t}>"),
        _TAGS.map(lambda t: f"</{t}>"),
        st.sampled_from(
            ['<a href="javascript:x">', '<img src="/i.jpg">', "&amp;", "&#0;", "<!--", "]]>"]
        ),
        st.text(max_size=20),
    ),
    max_size=60,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_HTMLISH)
def test_lenient_read_never_raises_on_html_like_text(text: str) -> None:
    article = syndicate.read(text, url="https://s.example/")
    for fmt in syndicate.WRITERS:
        assert isinstance(syndicate.write(article, fmt), bytes)


@settings(max_examples=150, deadline=None)
@given(_HTMLISH)
def test_no_metadata_source_raises_on_arbitrary_markup(text: str) -> None:
    from syndicate.reader.dom import parse
    from syndicate.reader.html import SOURCES
    from syndicate.reader.page import Page
    from syndicate.reader.report import Report

    page = Page.build(parse(text), "https://s.example/")
    for source in SOURCES:
        source(page, Report(strict=False))
