from __future__ import annotations

import pytest

from syndicate import (
    Code,
    Emphasis,
    Figure,
    Heading,
    Image,
    InlineLink,
    LineBreak,
    ListBlock,
    Paragraph,
    Rule,
    Table,
    TableCell,
    TableRow,
    Text,
)
from syndicate.content import block_text, inline_text


def test_inline_text_flattens_markup() -> None:
    nodes = (
        Text(text="a "),
        Emphasis(children=(Text(text="b"),)),
        LineBreak(),
        InlineLink(url="https://x/", children=(Code(text="c"),)),
    )
    assert inline_text(nodes) == "a b\nc"


def test_block_text_separates_blocks_and_skips_empty_ones() -> None:
    blocks = (
        Heading(level=2, children=(Text(text="Sub"),)),
        ListBlock(
            ordered=False,
            items=(
                (Paragraph(children=(Text(text="one"),)),),
                (Paragraph(children=(Text(text="two"),)),),
            ),
        ),
        Rule(),
        Figure(image=Image(url="https://x/i.jpg", caption=(Text(text="Cap"),))),
        Table(
            rows=(
                TableRow(
                    cells=(
                        TableCell(children=(Text(text="a"),)),
                        TableCell(children=(Text(text="b"),)),
                    )
                ),
            )
        ),
    )
    assert block_text(blocks) == "Sub\n\none\ntwo\n\nCap\n\na\tb"


def test_heading_level_is_checked() -> None:
    with pytest.raises(ValueError):
        Heading(level=7, children=())
