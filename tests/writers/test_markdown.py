from __future__ import annotations

from hypothesis import given, settings
from markdown_it import MarkdownIt

import syndicate
from syndicate import Article, Context, Paragraph, Text, codec
from syndicate.writers.markdown import escape
from tests.conftest import GOLDENS
from tests.strategies import articles

MD = MarkdownIt("commonmark").enable("table")


def _tokens(markdown: str) -> list:  # type: ignore[type-arg]
    flat = []
    for token in MD.parse(markdown):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


def test_rich_article_parses_to_the_expected_structure(context: Context) -> None:
    article = codec.loads((GOLDENS / "rich-article.json").read_text())
    assert isinstance(article, Article)
    tokens = _tokens(syndicate.write(article, "markdown", context=context).decode())
    types = {t.type for t in tokens}
    assert {
        "heading_open",
        "bullet_list_open",
        "ordered_list_open",
        "blockquote_open",
        "table_open",
        "fence",
        "image",
        "link_open",
        "hr",
        "code_inline",
        "strong_open",
    } <= types
    assert "html_block" not in types and "html_inline" not in types
    h1 = [
        t
        for i, t in enumerate(tokens)
        if i and tokens[i - 1].type == "heading_open" and tokens[i - 1].tag == "h1"
    ]
    assert h1[0].content.replace("\\", "") == article.headline
    fence = next(t for t in tokens if t.type == "fence")
    assert fence.info == "python" and "```" in fence.content


def test_escape_makes_text_literal() -> None:
    for text in ["*a* _b_ `c` [d](e) <f> &amp; # g", "1. not a list", "- nor this", "+ or this"]:
        paragraph = Article(body=(Paragraph(children=(Text(text=text),)),))
        md = syndicate.write(paragraph, "markdown").decode()
        rendered = MD.render(md)
        assert "<em>" not in rendered and "<code>" not in rendered and "<a " not in rendered
        assert "<ol>" not in rendered and "<ul>" not in rendered
    assert escape("a*b") == "a\\*b"


@settings(max_examples=60, deadline=None)
@given(articles)
def test_any_article_gives_markdown_without_raw_html_or_unsafe_links(article: Article) -> None:
    md = syndicate.write(article, "markdown").decode()
    for token in _tokens(md):
        assert token.type not in {"html_block", "html_inline"}
        href = token.attrs.get("href") or token.attrs.get("src") if token.attrs else None
        if href:
            assert str(href).startswith(("https://", "http://", "mailto:"))
