from __future__ import annotations

from syndicate.reader.body.prose import container, coverage, prose
from syndicate.reader.dom import parse

SENTENCE = "A plain sentence of the story that runs on long enough to count as prose here. " * 2


def test_prose_blocks_are_long_low_link_paragraphs_counted_once() -> None:
    root = parse(
        f"<body><p>{SENTENCE}</p><p>short</p><p><a href='/x'>{SENTENCE}</a></p>"
        f"<div>{SENTENCE}<br>{SENTENCE}<p>{SENTENCE}inner</p></div>"
        f"<blockquote><p>{SENTENCE}quoted</p></blockquote></body>"
    )
    blocks = prose(root.find("body"))
    tags = [el.tag for el, _ in blocks.blocks]
    assert tags == ["p", "div", "p", "p"]  # link-only and short paragraphs are not prose
    assert blocks.total == sum(len(text) for _, text in blocks.blocks)


def test_a_cell_or_item_holding_blocks_is_not_one_block() -> None:
    root = parse(
        f"<body><table><tr><td><p>{SENTENCE}</p><p>{SENTENCE}two</p></td></tr></table></body>"
    )
    assert [el.tag for el, _ in prose(root.find("body")).blocks] == ["p", "p"]


def test_container_is_the_deepest_element_holding_most_prose() -> None:
    root = parse(
        "<body><div id='page'><div id='story'>"
        + "".join(f"<section><p>{SENTENCE}{i}</p></section>" for i in range(6))
        + f"</div><div id='side'><p>{SENTENCE}side</p></div></div></body>"
    )
    page = prose(root.find("body"))
    holder = container(page)
    assert holder is not None and holder.get("id") == "story"
    story_share = coverage([holder], page)
    assert 0.8 < story_share < 1.0
    assert coverage([], page) == 0.0


def test_text_is_counted_once_even_through_inline_wrappers() -> None:
    root = parse(
        f"<body><div>lead in <span class='x'><p>{SENTENCE}</p></span>"
        f"<span><b>{SENTENCE}</b></span></div></body>"
    )
    body = root.find("body")
    blocks = prose(body)
    assert blocks.total <= len(" ".join(body.text_content().split())) + len(blocks.blocks)
    assert sorted(el.tag for el, _ in blocks.blocks) == ["div", "p"]
