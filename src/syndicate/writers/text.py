"""Clean plain text: headline once, dek, byline/date line, dateline, body, captions
once with their credit, related links after the body, the editor credit last."""

from __future__ import annotations

from dataclasses import dataclass, field

from syndicate.context import Context
from syndicate.model import Article, Feed
from syndicate.writers import plain
from syndicate.writers.base import TypedWriter, articles_of, flag
from syndicate.writers.presentation import present
from syndicate.writers.safetext import utf8


@dataclass(frozen=True, slots=True, kw_only=True)
class TextOptions:
    """``width``: wrap paragraphs to this many columns (None: one line per paragraph)."""

    width: int | None = field(
        default=None, metadata=flag("--width", "text: wrap paragraphs to N columns", kind=int)
    )


class TextWriter(TypedWriter[TextOptions]):
    """The ``text`` format."""

    name = "text"
    media_type = "text/plain; charset=utf-8"
    suffix = ".txt"
    description = "clean plain text"
    options_type = TextOptions

    def render(self, obj: Article | Feed, context: Context, options: TextOptions) -> bytes:
        pages = [render_article(a, options) for a in articles_of(obj)]
        return utf8(("\n\n" + "=" * 72 + "\n\n").join(pages))


def render_article(article: Article, opts: TextOptions) -> str:
    """One article as plain text, ending in a newline."""
    shown = present(article)
    parts = ["\n".join(p for p in (shown.kicker, shown.headline) if p)]
    if shown.dek:
        parts.append(plain.wrap(shown.dek, opts.width))
    parts.append(shown.byline_and_dates)
    if shown.lead is not None:
        parts.append(plain.figure(shown.lead, opts.width, "Photo"))
    parts.append(plain.body(shown, opts.width))
    return "\n\n".join(p for p in parts if p.strip()) + "\n"
