"""Clean plain text: headline once, dek, byline/date line, dateline, body, captions
once with their credit, related links after the body, the editor credit last."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from syndicate._compat import assert_never
from syndicate.content import (
    Block,
    Embed,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Preformatted,
    PullQuote,
    Quote,
    RelatedLinks,
    Rule,
    Table,
    inline_text,
)
from syndicate.context import Context
from syndicate.model import Article, Feed
from syndicate.writers import furniture
from syndicate.writers.base import articles_of
from syndicate.writers.safetext import utf8


@dataclass(frozen=True, slots=True, kw_only=True)
class TextOptions:
    """``width``: wrap paragraphs to this many columns (None: one line per paragraph)."""

    width: int | None = None


class TextWriter:
    """The ``text`` format."""

    name = "text"
    media_type = "text/plain; charset=utf-8"
    suffix = ".txt"
    description = "clean plain text"

    def write(
        self, obj: Article | Feed, *, context: Context, options: object | None = None
    ) -> bytes:
        opts = options if isinstance(options, TextOptions) else TextOptions()
        pages = [render_article(a, opts) for a in articles_of(obj)]
        return utf8(("\n\n" + "=" * 72 + "\n\n").join(pages))


def _wrap(text: str, opts: TextOptions, indent: str = "") -> str:
    lines = text.split("\n")
    if opts.width is None:
        return "\n".join(indent + line for line in lines)
    return "\n".join(
        textwrap.fill(
            line,
            opts.width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        or indent
        for line in lines
    )


def _caption(image: Image, label: str = "Image") -> str:
    caption = inline_text(image.caption).strip() or image.alt
    text = f"[{label}: {caption}" if caption else f"[{label}"
    if image.credit:
        text += f" ({image.credit})" if caption else f": {image.credit}"
    return text + "]"


def _block(block: Block, opts: TextOptions, indent: str = "") -> str:
    match block:
        case Paragraph(children=children):
            return _wrap(inline_text(children).strip(), opts, indent)
        case Heading(children=children):
            title = inline_text(children).strip().replace("\n", " ")
            return f"{indent}{title}\n{indent}{'-' * min(len(title), 72)}"
        case ListBlock(ordered=ordered, items=items):
            lines = []
            for number, item in enumerate(items, 1):
                marker = f"{number}. " if ordered else "• "
                body = _blocks(item, opts, indent + " " * len(marker)).lstrip()
                lines.append(f"{indent}{marker}{body}")
            return "\n".join(lines)
        case Quote(children=children, attribution=who):
            quoted = _blocks(children, opts, indent + "> ")
            return quoted + (f"\n{indent}> — {who}" if who else "")
        case PullQuote(children=children, attribution=who):
            text = "“" + inline_text(children).strip() + "”" + (f" — {who}" if who else "")
            return _wrap(text, opts, indent + "    ")
        case Figure(image=image):
            shown = image.caption or image.alt or image.credit
            return _wrap(_caption(image), opts, indent) if shown else ""
        case Table(rows=rows, caption=caption):
            lines = [inline_text(caption).strip()] if caption else []
            for row in rows:
                lines.append(" | ".join(inline_text(c.children).strip() for c in row.cells))
            return "\n".join(indent + line for line in lines)
        case Preformatted(text=text):
            return "\n".join(indent + "    " + line for line in text.split("\n"))
        case Embed(provider=provider, url=url, fallback=fallback):
            return _wrap(
                f"[{provider}: {fallback or url}] {url if fallback else ''}".strip(), opts, indent
            )
        case Rule():
            return indent + "* * *"
        case RelatedLinks(links=links, label=label):
            head = f"{indent}{label or 'Related'}:"
            return "\n".join(
                [head, *(f"{indent}• {lk.title or lk.url} <{lk.url}>" for lk in links)]
            )
        case _:
            assert_never(block)


def _blocks(blocks: tuple[Block, ...], opts: TextOptions, indent: str = "") -> str:
    return "\n\n".join(t for t in (_block(b, opts, indent) for b in blocks) if t.strip())


def render_body(article: Article, opts: TextOptions) -> str:
    """The body with its dateline, then related links and the editor credit."""
    at = furniture.dateline_index(article)
    parts = [article.dateline.upper()] if article.dateline and at < 0 else []
    for index, block in enumerate(article.body):
        text = _block(block, opts)
        if index == at and isinstance(block, Paragraph):
            text = _wrap(f"{article.dateline.upper()}: {inline_text(block.children).strip()}", opts)
        parts.append(text)
    if article.related:
        links = [f"• {link.title or link.url} <{link.url}>" for link in article.related]
        parts.append("\n".join(["Related:", *links]))
    edited = furniture.editors(article)
    if edited:
        parts.append(f"({edited})")
    return "\n\n".join(p for p in parts if p.strip())


def render_article(article: Article, opts: TextOptions) -> str:
    """One article as plain text, ending in a newline."""
    head = [article.kicker or article.section, article.headline]
    parts = ["\n".join(p for p in head if p)]
    if article.dek:
        parts.append(_wrap(article.dek, opts))
    meta = furniture.byline_and_dates(article)
    if meta:
        parts.append(meta)
    if article.lead_image and (article.lead_image.caption or article.lead_image.credit):
        parts.append(_wrap(_caption(article.lead_image, "Photo"), opts))
    parts.append(render_body(article, opts))
    return "\n\n".join(p for p in parts if p.strip()) + "\n"
