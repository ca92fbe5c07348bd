"""Body content: a closed union of block and inline nodes.

Every node is a frozen, slotted, keyword-only dataclass holding tuples, so an
article body is immutable and hashable. Writers dispatch over ``Block`` and
``Inline`` with ``match`` and end in ``assert_never``: adding a node makes mypy
point at every writer that does not handle it yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from syndicate._compat import assert_never
from syndicate.errors import ModelError
from syndicate.urls import model_url

# --- media and links (shared by the body and the article metadata) -----------


def require_url(owner: str, url: str, *, mailto: bool = False) -> None:
    """Refuse a URL the model may not hold (see ``urls.model_url``) with ``ModelError``."""
    if not model_url(url, mailto=mailto):
        raise ModelError(f"{owner} must be an absolute http(s) URL, got {url[:80]!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """A link to another page: related reading, a source, a profile."""

    url: str
    title: str = ""

    def __post_init__(self) -> None:
        require_url("Link.url", self.url)


@dataclass(frozen=True, slots=True, kw_only=True)
class Image:
    """An image with its caption (inline content), credit and known size."""

    url: str
    alt: str = ""
    caption: tuple[Inline, ...] = ()
    credit: str = ""
    width: int | None = None
    height: int | None = None

    def __post_init__(self) -> None:
        require_url("Image.url", self.url)


# --- inlines -----------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Text:
    """A run of plain text (already whitespace-normalised by the reader)."""

    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Emphasis:
    """Emphasised text (``<em>``, ``<i>``)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Strong:
    """Strongly emphasised text (``<strong>``, ``<b>``)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class InlineLink:
    """A hyperlink inside running text; ``url`` is absolute and safe."""

    url: str
    children: tuple[Inline, ...]
    title: str = ""

    def __post_init__(self) -> None:
        require_url("InlineLink.url", self.url)


@dataclass(frozen=True, slots=True, kw_only=True)
class Code:
    """Inline code."""

    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class LineBreak:
    """A hard line break (``<br>``) inside a block."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscript:
    """Subscript text."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Superscript:
    """Superscript text."""

    children: tuple[Inline, ...]


Inline: TypeAlias = (
    Text | Emphasis | Strong | InlineLink | Code | LineBreak | Subscript | Superscript
)


# --- blocks ------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph:
    """A paragraph of inline content."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Heading:
    """A subhead; ``level`` 2..6 (level 1 is the article headline)."""

    level: int
    children: tuple[Inline, ...]

    def __post_init__(self) -> None:
        if not 1 <= self.level <= 6:
            raise ValueError(f"heading level must be 1..6, got {self.level}")


@dataclass(frozen=True, slots=True, kw_only=True)
class ListBlock:
    """A bulleted or numbered list; each item is a sequence of blocks."""

    ordered: bool
    items: tuple[tuple[Block, ...], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A block quotation with an optional attribution."""

    children: tuple[Block, ...]
    attribution: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class PullQuote:
    """A pull quote: text repeated from the article for emphasis."""

    children: tuple[Inline, ...]
    attribution: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """An image inside the body, with its caption and credit on the ``Image``."""

    image: Image


@dataclass(frozen=True, slots=True, kw_only=True)
class TableCell:
    """One table cell."""

    children: tuple[Inline, ...]
    header: bool = False
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class TableRow:
    """One table row."""

    cells: tuple[TableCell, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    """A data table."""

    rows: tuple[TableRow, ...]
    caption: tuple[Inline, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Preformatted:
    """Preformatted text or a code listing; whitespace is kept as is."""

    text: str
    language: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Embed:
    """Third-party media (video, social post) as a reference plus fallback text."""

    provider: str
    url: str
    fallback: str = ""

    def __post_init__(self) -> None:
        require_url("Embed.url", self.url)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A thematic break."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RelatedLinks:
    """A "Related" / "Also read" box kept at its place in the body."""

    links: tuple[Link, ...]
    label: str = ""


Block: TypeAlias = (
    Paragraph
    | Heading
    | ListBlock
    | Quote
    | PullQuote
    | Figure
    | Table
    | Preformatted
    | Embed
    | Rule
    | RelatedLinks
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
            case (
                Emphasis(children=c)
                | Strong(children=c)
                | Subscript(children=c)
                | Superscript(children=c)
                | InlineLink(children=c)
            ):
                parts.append(inline_text(c))
            case _:
                assert_never(node)
    return "".join(parts)


def inline_links(nodes: tuple[Inline, ...], *, nested: bool = True) -> list[Link]:
    """The hyperlinks in ``nodes`` in order, titles stripped; with ``nested``, also those
    inside emphasis."""
    out: list[Link] = []
    for node in nodes:
        if isinstance(node, InlineLink):
            out.append(Link(url=node.url, title=inline_text(node.children).strip()))
        elif nested and isinstance(node, (Emphasis, Strong)):
            out.extend(inline_links(node.children))
    return out


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


def folded(text: str) -> str:
    """``text`` as compared for a repeat (a dek or headline shown again in the body): case
    and spacing folded, the end punctuation and quotes around it trimmed."""
    return " ".join(text.casefold().split()).strip(" .:;!?\"'“”‘’")


def block_text(blocks: tuple[Block, ...]) -> str:
    """Blocks as plain text separated by blank lines (empty blocks skipped)."""
    return "\n\n".join(t for t in (_one_block_text(b) for b in blocks) if t)
