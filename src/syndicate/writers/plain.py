"""Plain-text rendering of a presented body, shared by the text writer and the plain
bodies of JSON Feed and ninjs: blocks separated by blank lines, captions once with their
credit, related links after the body, the editors' credit last."""

from __future__ import annotations

import textwrap

from syndicate._compat import assert_never
from syndicate.content import (
    Block,
    Embed,
    Figure,
    Heading,
    Link,
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
from syndicate.writers.presentation import RELATED, FigureView, Presentation
from syndicate.writers.presentation.figures import view


def wrap(text: str, width: int | None, indent: str = "") -> str:
    """``text`` indented, each line filled to ``width`` columns (None: left as is)."""
    lines = text.split("\n")
    if width is None:
        return "\n".join(indent + line for line in lines)
    return "\n".join(
        textwrap.fill(
            line,
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        or indent
        for line in lines
    )


def figure(shown: FigureView, width: int | None, label: str = "Image", indent: str = "") -> str:
    """'[Image: caption (credit)]', or '' when there is nothing to say about it."""
    return wrap(f"[{label}: {shown.text}]", width, indent) if shown.text else ""


def links(items: tuple[Link, ...], label: str, indent: str = "") -> str:
    """'Label:' and one '• title <url>' line per link."""
    lines = [f"{indent}• {link.title or link.url} <{link.url}>" for link in items]
    return "\n".join([f"{indent}{label}:", *lines])


def block(node: Block, width: int | None, indent: str = "") -> str:
    """One block as plain text."""
    match node:
        case Paragraph(children=children):
            return wrap(inline_text(children).strip(), width, indent)
        case Heading(children=children):
            title = inline_text(children).strip().replace("\n", " ")
            return f"{indent}{title}\n{indent}{'-' * min(len(title), 72)}"
        case ListBlock(ordered=ordered, items=items):
            lines = []
            for number, item in enumerate(items, 1):
                marker = f"{number}. " if ordered else "• "
                body = blocks(item, width, indent + " " * len(marker)).lstrip()
                lines.append(f"{indent}{marker}{body}")
            return "\n".join(lines)
        case Quote(children=children, attribution=who):
            quoted = blocks(children, width, indent + "> ")
            return quoted + (f"\n{indent}> — {who}" if who else "")
        case PullQuote(children=children, attribution=who):
            text = "“" + inline_text(children).strip() + "”" + (f" — {who}" if who else "")
            return wrap(text, width, indent + "    ")
        case Figure(image=image):
            return figure(view(image), width, indent=indent)
        case Table(rows=rows, caption=caption):
            lines = [inline_text(caption).strip()] if caption else []
            for row in rows:
                lines.append(" | ".join(inline_text(c.children).strip() for c in row.cells))
            return "\n".join(indent + line for line in lines)
        case Preformatted(text=text):
            return "\n".join(indent + "    " + line for line in text.split("\n"))
        case Embed(provider=provider, url=url, fallback=fallback):
            return wrap(
                f"[{provider}: {fallback or url}] {url if fallback else ''}".strip(), width, indent
            )
        case Rule():
            return indent + "* * *"
        case RelatedLinks(links=items, label=label):
            return links(items, label or RELATED, indent)
        case _:
            assert_never(node)


def blocks(nodes: tuple[Block, ...], width: int | None, indent: str = "") -> str:
    """Blocks separated by blank lines (empty ones left out)."""
    return "\n\n".join(t for t in (block(b, width, indent) for b in nodes) if t.strip())


def body(shown: Presentation, width: int | None = None) -> str:
    """The body with its dateline, then related links and the editors' credit."""
    parts = [blocks(shown.body, width)]
    if shown.related:
        parts.append(links(shown.related, RELATED))
    if shown.editors:
        parts.append(f"({shown.editors})")
    return "\n\n".join(p for p in parts if p.strip())
