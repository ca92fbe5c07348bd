from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from syndicate.reader.dom import parse
from syndicate.reader.metadata import bylines
from syndicate.reader.metadata.people import people
from syndicate.reader.page import Page
from syndicate.reader.report import Report


def _byline(body: str) -> list[tuple[str, str]]:
    page = Page.build(parse(f"<html><body>{body}</body></html>"), "https://s/a")
    return bylines.extract(page, Report(strict=False)).authors


def test_a_by_line_in_the_header() -> None:
    assert _byline("<h1>T</h1><p>Von Erika Mustermann</p><p>x</p>") == [("Erika Mustermann", "")]


def test_a_label_line_then_the_name() -> None:
    for label in ("Written by", "Author:", "Article by", "Autorin", "Author(s)", "Contributors:"):
        body = f"<h1>T</h1><p>May 4, 2025</p><p>{label}</p><p>Edzel Tabing</p><p>text</p>"
        assert _byline(body) == [("Edzel Tabing", "")], label
    not_a_name = "<h1>T</h1><p>Written by</p><p>our team of editors and many others here</p>"
    assert _byline(not_a_name) == []


def test_a_written_by_line_after_the_text() -> None:
    body = "<h1>T</h1><p>{}</p><div class='box'><h3>Written By Cassidy Horton</h3><p>Bio</p></div>"
    assert _byline(body.format("text " * 80)) == [("Cassidy Horton", "")]
    credit = (
        "<h1>T</h1><p>text</p><p>This post was written by Danielle Padula, Head of Marketing</p>"
    )
    assert _byline(credit) == [("Danielle Padula", "")]
    comment = (
        "<h1>T</h1><p>text</p><div class='comments'><div class='comment'>"
        "<p>Written by Some Reader</p></div></div>"
    )
    assert _byline(comment) == []
    for label in ("Written by", "Article by"):  # the label and the name in two elements
        box = f"<div class='box'><div>{label}</div><div>Jack Shepherd</div><p>Bio</p></div>"
        article = body.format("text " * 80).split("<div")[0] * 3  # past the header's lines
        assert _byline(article + box) == [("Jack Shepherd", "")], label
    sentence = "<div><div>Written by</div><p>our team of editors and many others here</p></div>"
    assert _byline(body.format("text " * 80).split("<div")[0] + sentence) == []


def test_author_marked_elements_and_links_near_the_headline() -> None:
    body = (
        "<h1>T</h1><div class='post-meta'><a href='/author/jane-doe/'>Jane Doe</a>"
        "<a href='/author/john-roe/'>John Roe</a></div><p>text</p>"
        "<div class='related'><span class='author-name'>Other Writer</span></div>"
        "<section><div><div><span class='entry-author'>Far Away</span></div></div></section>"
    )
    assert _byline(body) == [
        ("Jane Doe", "https://s/author/jane-doe/"),
        ("John Roe", "https://s/author/john-roe/"),
    ]


def test_author_labels_are_not_names() -> None:
    assert _byline("<h1>T</h1><span class='author-label'>The Author</span>") == []


def test_names_are_read_beside_the_first_not_from_other_stories() -> None:
    body = (
        "<h1>T</h1><div class='meta'><span class='author'>Ann Lee</span></div><p>text</p>"
        "<div><div><div><span class='author'>Bo Chen</span></div></div></div>"
    )
    assert _byline(body) == [("Ann Lee", "")]


def test_a_sentence_opening_with_by_is_not_a_byline() -> None:
    assert _byline("<h1>T</h1><p>By continuing you agree to our terms</p>") == []


def test_a_contributors_line() -> None:
    assert _byline("<h1>T</h1><p>Contributors: Janet Loughrey</p>") == [("Janet Loughrey", "")]


def test_chinese_japanese_and_korean_bylines() -> None:
    for line, names in (
        ("作者：张三", ["张三"]),
        ("（记者 张三、李四）", ["张三", "李四"]),
        ("文／山田太郎", ["山田太郎"]),
        ("홍길동 기자 hong@example.com", ["홍길동"]),
    ):
        raw = _byline(f"<h1>标题</h1><p>{line}</p><p>正文</p>")
        assert [p.name for p in people(raw)[0]] == names, line
    assert _byline("<h1>标题</h1><p>记者会上，部长说了很多话</p><p>正文</p>") == []


@given(st.text(alphabet="WwRrIiTtEeNnOoDdSsAaCcLlBbYy .", max_size=40))
@example("Written by Ann")
@example("by. ARTICLE BY")
@example("Words By words by")
@example("written  by")
def test_the_written_by_check_finds_what_searching_for_each_form_finds(text: str) -> None:
    expected = any(form in text for form in bylines._WRITTEN_FORMS)
    assert bylines._says_written_by(text) is expected
