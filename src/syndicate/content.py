"""Body content: a closed union of block and inline nodes.

Every node is a frozen, slotted, keyword-only dataclass holding tuples, so an
article body is immutable and hashable. Writers dispatch over ``Block`` and
``Inline`` with ``match`` and end in ``assert_never``: adding a node makes mypy
point at every writer that does not handle it yet.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Union

if sys.version_info >= (3, 11):
    from typing import assert_never
else:  # pragma: no cover
    from typing_extensions import assert_never

_node = dataclass(frozen=True, slots=True, kw_only=True)


# --- media and links (shared by the body and the article metadata) -----------


@_node
class Link:
    """A link to another page: related reading, a source, a profile."""

    url: str
    title: str = ""


@_node
class Image:
    """An image with its caption (inline content), credit and known size."""

    url: str
    alt: str = ""
    caption: tuple[Inline, ...] = ()
    credit: str = ""
    width: int | None = None
    height: int | None = None


# --- inlines -----------------------------------------------------------------


@_node
class Text:
    """A run of plain text (already whitespace-normalised by the reader)."""

    text: str


@_node
class Emphasis:
    """Emphasised text (``<em>``, ``<i>``)."""

    children: tuple[Inline, ...]


@_node
class Strong:
    """Strongly emphasised text (``<strong>``, ``<b>``)."""

    children: tuple[Inline, ...]


@_node
class InlineLink:
    """A hyperlink inside running text; ``url`` is absolute and safe."""

    url: str
    children: tuple[Inline, ...]
    title: str = ""


@_node
class Code:
    """Inline code."""

    text: str


@_node
class LineBreak:
    """A hard line break (``<br>``) inside a block."""


@_node
class Subscript:
    """Subscript text."""

    children: tuple[Inline, ...]


@_node
class Superscript:
    """Superscript text."""

    children: tuple[Inline, ...]


Inline = Union[Text, Emphasis, Strong, InlineLink, Code, LineBreak, Subscript, Superscript]


# --- blocks ------------------------------------------------------------------


@_node
class Paragraph:
    """A paragraph of inline content."""

    children: tuple[Inline, ...]


@_node
class Heading:
    """A subhead; ``level`` 2..6 (level 1 is the article headline)."""

    level: int
    children: tuple[Inline, ...]

    def __post_init__(self) -> None:
        if not 1 <= self.level <= 6:
            raise ValueError(f"heading level must be 1..6, got {self.level}")


@_node
class ListBlock:
    """A bulleted or numbered list; each item is a sequence of blocks."""

    ordered: bool
    items: tuple[tuple[Block, ...], ...]


@_node
class Quote:
    """A block quotation with an optional attribution."""

    children: tuple[Block, ...]
    attribution: str = ""


@_node
class PullQuote:
    """A pull quote: text repeated from the article for emphasis."""

    children: tuple[Inline, ...]
    attribution: str = ""


@_node
class Figure:
    """An image inside the body, with its caption and credit on the ``Image``."""

    image: Image


@_node
class TableCell:
    """One table cell."""

    children: tuple[Inline, ...]
    header: bool = False
    colspan: int = 1
    rowspan: int = 1


@_node
class TableRow:
    """One table row."""

    cells: tuple[TableCell, ...]


@_node
class Table:
    """A data table."""

    rows: tuple[TableRow, ...]
    caption: tuple[Inline, ...] = ()


@_node
class Preformatted:
    """Preformatted text or a code listing; whitespace is kept as is."""

    text: str
    language: str = ""


@_node
class Embed:
    """Third-party media (video, social post) as a reference plus fallback text."""

    provider: str
    url: str
    fallback: str = ""


@_node
class Rule:
    """A thematic break."""


@_node
class RelatedLinks:
    """A "Related" / "Also read" box kept at its place in the body."""

    links: tuple[Link, ...]
    label: str = ""


Block = Union[
    Paragraph,
    Heading,
    ListBlock,
    Quote,
    PullQuote,
    Figure,
    Table,
    Preformatted,
    Embed,
    Rule,
    RelatedLinks,
]

INLINE_TYPES: tuple[type, ...] = (
    Text, Emphasis, Strong, InlineLink, Code, LineBreak, Subscript, Superscript,
)
BLOCK_TYPES: tuple[type, ...] = (
    Paragraph, Heading, ListBlock, Quote, PullQuote, Figure, Table, Preformatted, Embed, Rule,
    RelatedLinks,
)


# --- plain text views ----------------------------------------------------------


def inline_text(nodes: tuple[Inline, ...]) -> str:
    """The text of inline nodes, line breaks as newlines, no markup."""
    parts: list[str] = []
    for node in nodes:
        match node:
            case Text(text=text) | Code(text=text):
                parts.append(text)
            case LineBreak():
                parts.append("\n")
            case Emphasis(children=c) | Strong(children=c) | Subscript(children=c) | Superscript(
                children=c
            ) | InlineLink(children=c):
                parts.append(inline_text(c))
            case _:
                assert_never(node)
    return "".join(parts)


def _one_block_text(block: Block) -> str:
    match block:
        case Paragraph(children=c) | Heading(children=c) | PullQuote(children=c):
            return inline_text(c).strip()
        case ListBlock(items=items):
            return "\n".join(block_text(item) for item in items)
        case Quote(children=c):
            return block_text(c)
        case Figure(image=image):
            return inline_text(image.caption).strip()
        case Table(rows=rows, caption=caption):
            lines = [inline_text(caption).strip()] if caption else []
            lines += ["\t".join(inline_text(c.children).strip() for c in r.cells) for r in rows]
            return "\n".join(lines)
        case Preformatted(text=text):
            return text
        case Embed(fallback=fallback):
            return fallback
        case Rule():
            return ""
        case RelatedLinks(links=links):
            return "\n".join(link.title or link.url for link in links)
        case _:
            assert_never(block)


def block_text(blocks: tuple[Block, ...]) -> str:
    """Blocks as plain text separated by blank lines (empty blocks skipped)."""
    return "\n\n".join(t for t in (_one_block_text(b) for b in blocks) if t)
