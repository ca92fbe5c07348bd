"""The body as shown: the dateline attached to the first block that holds text, whatever
its kind (a paragraph, a subhead, a quote, a list), or on its own line when none does."""

from __future__ import annotations

from dataclasses import replace

from syndicate.content import (
    Block,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    PullQuote,
    Quote,
    Strong,
    Text,
    inline_text,
)


def _lead(dateline: str) -> tuple[Inline, ...]:
    return (Strong(children=(Text(text=f"{dateline}:"),)), Text(text=" "))


def _attach(block: Block, lead: tuple[Inline, ...]) -> Block | None:
    """``block`` with ``lead`` before its first text, or None when it holds no text."""
    match block:
        case Paragraph(children=c) | Heading(children=c) | PullQuote(children=c):
            return replace(block, children=lead + c) if inline_text(c).strip() else None
        case Quote(children=children):
            inner = _attach_first(children, lead)
            return replace(block, children=inner) if inner is not None else None
        case ListBlock(items=items) if items:
            first = _attach_first(items[0], lead)
            return replace(block, items=(first, *items[1:])) if first is not None else None
    return None


def _attach_first(blocks: tuple[Block, ...], lead: tuple[Inline, ...]) -> tuple[Block, ...] | None:
    for index, block in enumerate(blocks):
        attached = _attach(block, lead)
        if attached is not None:
            return (*blocks[:index], attached, *blocks[index + 1 :])
    return None


def with_dateline(body: tuple[Block, ...], dateline: str) -> tuple[Block, ...]:
    """``body`` with the dateline ('MUMBAI:', in strong type) opening its first text."""
    if not dateline.strip():
        return body
    shown = dateline.strip().upper()
    attached = _attach_first(body, _lead(shown))
    if attached is not None:
        return attached
    return (Paragraph(children=(Strong(children=(Text(text=shown),)),)), *body)
