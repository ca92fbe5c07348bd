"""Nesting past the parser's depth limit is flattened, not dropped (issue 17, item 8)."""

from __future__ import annotations

import random

import lxml.html
import pytest

import syndicate
from syndicate.reader.dom import _HUGE_PARSER, FLATTEN_DEPTH, parse_document
from syndicate.reader.nesting import flatten

PARAGRAPH = "A paragraph of the article, long enough to be read as prose, with a few more words."
ARTICLE = "<h1>Deep article</h1>" + "".join(f"<p>{PARAGRAPH} ({n})</p>" for n in range(8))
WRAPPERS = {
    "div": ("<div>", "</div>"),
    "table": ("<table><tr><td>", "</td></tr></table>"),
    "li": ("<ul><li>", "</li></ul>"),
}


def _deep(wrapper: str, levels: int = 5_000) -> str:
    opening, closing = WRAPPERS[wrapper]
    return f"<html><body>{opening * levels}{ARTICLE}{closing * levels}</body></html>"


def _depth(root: lxml.html.HtmlElement) -> int:
    return max(sum(1 for _ in el.iterancestors()) for el in root.iter()) + 1


@pytest.mark.parametrize("wrapper", sorted(WRAPPERS))
def test_an_article_in_5000_wrappers_keeps_its_paragraphs(wrapper: str) -> None:
    article = syndicate.read(_deep(wrapper))
    assert "parser-limit" in {d.code for d in article.diagnostics}
    paragraphs = [line for line in article.body_text.split("\n\n") if PARAGRAPH in line]
    assert len(paragraphs) == 8  # each still its own paragraph


@pytest.mark.parametrize("wrapper", sorted(WRAPPERS))
def test_the_flattened_tree_stays_under_the_parser_limit(wrapper: str) -> None:
    root, limited = parse_document(_deep(wrapper))
    assert limited
    assert len(root.findall(".//p")) == 8
    assert _depth(root) <= FLATTEN_DEPTH + 10


def test_a_shallow_page_is_left_as_it_is() -> None:
    page = "<html><body><div><p>a <b>b</b></p><ul><li>x<li>y</ul><!-- c --></div></body></html>"
    assert flatten(page, 50) == page


def test_only_the_levels_past_the_depth_lose_their_tags() -> None:
    page = "<div>" * 10 + "<p>text <b>bold</b></p>" + "</div>" * 10
    flat = flatten(page, 4)
    assert flat == "<div>" * 4 + "<p>text <b>bold</b></p>" + "</div>" * 4


def test_raw_text_and_comments_are_not_read_as_tags() -> None:
    page = "<div><script>if (a<b) { x = '<div>'; }</script><!-- <div> --><div>x</div></div>"
    assert (
        flatten(page, 1) == "<div><script>if (a<b) { x = '<div>'; }</script><!-- <div> -->x</div>"
    )


def test_end_tags_close_what_the_parser_closes() -> None:
    # </b> does not end the <div> opened inside the <b>; </div> does not end a <td>
    page = "<html><body><b><div>" + "<span>" * 6 + "</b>" + "<td><div>x</div>" * 6
    root = lxml.html.document_fromstring(flatten(page, 5), parser=_HUGE_PARSER)
    assert _depth(root) <= 5 + 8 + 1


def test_a_removed_tag_still_ends_the_elements_it_ended() -> None:
    page = "<div><div><p>one <div>two</div> three</div></div>"
    assert flatten(page, 2) == "<div><div><p>one </p>two three</div></div>"


def _soup(size: int, seed: int) -> str:
    rng = random.Random(seed)
    pieces = [
        '<a href="/x">link <b>b</b>',
        "</a>",
        "<div>",
        "</div>",
        "<p>words, words <i>it <span>sp",
        "</span></i>",
        "<li><a href='/t'>tag</a>",
        "<td><font size=2>cell",
        "</font></td>",
        "<span class=meta>m</b></i>",
        "</span>",
        "<br>text<br>",
        "<table><tr><td>",
        "</table>",
        "<h2>head",
        "<dl><dt>t<dd>d",
    ]
    return "<html><body>" + "".join(rng.choice(pieces) for _ in range(size)) + "</body></html>"


@pytest.mark.parametrize("seed", range(5))
def test_flattened_soup_parses_within_the_depth(seed: int) -> None:
    text = _soup(6_000, seed)
    for depth in (20, 60):
        root = lxml.html.document_fromstring(flatten(text, depth), parser=_HUGE_PARSER)
        assert _depth(root) <= depth + 8 + 1
        assert " ".join(root.text_content().split()) == " ".join(
            lxml.html.document_fromstring(text, parser=_HUGE_PARSER).text_content().split()
        )
