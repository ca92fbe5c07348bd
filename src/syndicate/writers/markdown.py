"""CommonMark (with GFM pipe tables). Every text run is escaped and every URL
checked, so no raw HTML or unsafe link can come out of it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from syndicate._compat import assert_never
from syndicate.content import (
    Block,
    Code,
    Embed,
    Emphasis,
    Figure,
    Heading,
    Inline,
    InlineLink,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Preformatted,
    PullQuote,
    Quote,
    RelatedLinks,
    Rule,
    Strong,
    Subscript,
    Superscript,
    Table,
    Text,
)
from syndicate.context import Context
from syndicate.model import Article, Feed
from syndicate.urls import safe
from syndicate.writers.base import TypedWriter, articles_of
from syndicate.writers.presentation import RELATED, FigureView, present
from syndicate.writers.presentation.figures import view
from syndicate.writers.safetext import utf8

_SPECIAL = re.compile(r"([\\`*_\[\]<>&#|~!])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")
_BACKTICKS = re.compile(r"`+")
_LINE_ENDING = re.compile(r"\r\n?|\n")
_INFO_STRING = re.compile(r"[^\w+#-]")


@dataclass(frozen=True, slots=True, kw_only=True)
class MarkdownOptions:
    """``tables``: GFM pipe tables (True) or one paragraph per row (False)."""

    tables: bool = True


class MarkdownWriter(TypedWriter[MarkdownOptions]):
    """The ``markdown`` format."""

    name = "markdown"
    media_type = "text/markdown; charset=utf-8"
    suffix = ".md"
    description = "CommonMark with GFM tables"
    options_type = MarkdownOptions

    def render(self, obj: Article | Feed, context: Context, options: MarkdownOptions) -> bytes:
        pages = [render_article(a, options) for a in articles_of(obj)]
        return utf8("\n---\n\n".join(pages))


def escape(text: str) -> str:
    """Text that CommonMark shows literally."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _url(url: str) -> str:
    clean = safe(url)
    return (
        "<" + clean.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"
        if clean
        else ""
    )


def _wrap_delims(inner: str, delim: str) -> str:
    core = inner.strip()
    if not core:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    return f"{lead}{delim}{core}{delim}{trail}"


def inlines(nodes: tuple[Inline, ...]) -> str:
    """Inline nodes as CommonMark."""
    out: list[str] = []
    for node in nodes:
        match node:
            case Text(text=text):
                out.append(escape(text))
            case Emphasis(children=children):
                out.append(_wrap_delims(inlines(children), "*"))
            case Strong(children=children):
                out.append(_wrap_delims(inlines(children), "**"))
            case InlineLink(url=url, children=children):
                target = _url(url)
                label = inlines(children).strip()
                out.append(f"[{label}]({target})" if target and label else inlines(children))
            case Code(text=text):
                # CommonMark reads a line ending in a code span as a space; written as one,
                # it cannot start a line that opens an HTML block ("<script>" after it)
                text = _LINE_ENDING.sub(" ", text)
                fence = "`" * (max((len(m) for m in _BACKTICKS.findall(text)), default=0) + 1)
                pad = " " if text.startswith("`") or text.endswith("`") else ""
                out.append(f"{fence}{pad}{text}{pad}{fence}")
            case LineBreak():
                out.append("\\\n")
            case Subscript(children=children) | Superscript(children=children):
                out.append(inlines(children))
            case _:
                assert_never(node)
    return "".join(out)


def _indent(text: str, prefix: str, first: str | None = None, blank: str = "") -> str:
    """Prefix every line (``first`` on the first one); blank lines get ``blank``."""
    lines = text.split("\n")
    head = (first if first is not None else prefix) + lines[0]
    return "\n".join([head, *((prefix + line) if line else blank for line in lines[1:])])


def _figure(shown: FigureView) -> str:
    url = _url(shown.src)
    parts = [f"![{escape(shown.alt)}]({url})"] if url else []
    note = " ".join(p for p in (inlines(shown.caption).strip(), escape(shown.credit_note)) if p)
    if note:
        parts.append(note)
    return "\n\n".join(parts)


def _table(table: Table, opts: MarkdownOptions) -> str:
    def cell(children: tuple[Inline, ...]) -> str:
        return inlines(children).replace("\\\n", " ").replace("\n", " ").strip()

    rows = [[cell(c.children) for c in row.cells] for row in table.rows]
    caption = inlines(table.caption).strip()
    if not opts.tables:
        body = "\n\n".join(" — ".join(r) for r in rows)
        return f"*{caption}*\n\n{body}" if caption else body
    width = max((len(r) for r in rows), default=0)
    if not width:
        return f"*{caption}*" if caption else ""
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return (f"*{caption}*\n\n" if caption else "") + "\n".join(lines)


def _block(block: Block, opts: MarkdownOptions) -> str:
    match block:
        case Paragraph(children=children):
            return inlines(children).strip()
        case Heading(level=level, children=children):
            return "#" * level + " " + inlines(children).replace("\\\n", " ").strip()
        case ListBlock(ordered=ordered, items=items):
            out = []
            for number, item in enumerate(items, 1):
                marker = f"{number}. " if ordered else "- "
                body = _blocks(item, opts) or escape(" ")
                out.append(_indent(body, " " * len(marker), marker))
            return "\n".join(out)
        case Quote(children=children, attribution=who):
            text = _blocks(children, opts) + (f"\n\n— {escape(who)}" if who else "")
            return _indent(text, "> ", blank=">")
        case PullQuote(children=children, attribution=who):
            text = inlines(children).strip() + (f"\n\n— {escape(who)}" if who else "")
            return _indent(text, "> ", blank=">")
        case Figure(image=image):
            return _figure(view(image))
        case Table():
            return _table(block, opts)
        case Preformatted(text=text, language=language):
            fence = "`" * max(3, max((len(m) for m in _BACKTICKS.findall(text)), default=0) + 1)
            info = _INFO_STRING.sub("", language)
            return f"{fence}{info}\n{text}\n{fence}"
        case Embed(provider=provider, url=url, fallback=fallback):
            label = escape(f"{provider}: {fallback}" if fallback else provider)
            target = _url(url)
            return f"[{label}]({target})" if target else label
        case Rule():
            return "* * *"
        case RelatedLinks(links=links, label=label):
            return f"**{escape(label or RELATED)}**\n\n" + _links(links)
        case _:
            assert_never(block)


def _links(links: tuple[Link, ...]) -> str:
    lines = []
    for link in links:
        url = _url(link.url)
        title = escape(link.title or link.url)
        lines.append(f"- [{title}]({url})" if url else f"- {title}")
    return "\n".join(lines)


def _blocks(blocks: tuple[Block, ...], opts: MarkdownOptions) -> str:
    return "\n\n".join(t for t in (_block(b, opts) for b in blocks) if t.strip())


def render_article(article: Article, opts: MarkdownOptions) -> str:
    """One article as CommonMark, ending in a newline."""
    shown = present(article)
    parts: list[str] = []
    if shown.kicker:
        parts.append(f"*{escape(shown.kicker)}*")
    if shown.headline:
        parts.append("# " + escape(shown.headline))
    if shown.dek:
        parts.append(f"**{escape(shown.dek)}**")
    parts.append(escape(shown.byline_and_dates))
    if shown.lead is not None:
        parts.append(_figure(shown.lead))
    parts.append(_blocks(shown.body, opts))
    if shown.related:
        parts.append(f"## {RELATED}\n\n" + _links(shown.related))
    if shown.editors:
        parts.append(f"*{escape(shown.editors)}*")
    return "\n\n".join(p for p in parts if p.strip()) + "\n"
