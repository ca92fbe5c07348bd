"""The explicit writer registry."""

from __future__ import annotations

from syndicate.errors import UnknownFormatError
from syndicate.writers.atom import AtomWriter
from syndicate.writers.base import Writer
from syndicate.writers.epub.writer import EpubWriter
from syndicate.writers.jsonfeed import JsonFeedWriter
from syndicate.writers.markdown import MarkdownWriter
from syndicate.writers.native import JsonWriter
from syndicate.writers.newsml import NewsmlWriter
from syndicate.writers.ninjs import NinjsWriter
from syndicate.writers.page import HtmlWriter
from syndicate.writers.rss import RssWriter
from syndicate.writers.text import TextWriter

WRITERS: dict[str, Writer] = {
    w.name: w
    for w in (
        TextWriter(),
        MarkdownWriter(),
        HtmlWriter(),
        JsonWriter(),
        RssWriter(),
        AtomWriter(),
        JsonFeedWriter(),
        NewsmlWriter(),
        NinjsWriter(),
        EpubWriter(),
    )
}
ALIASES: dict[str, str] = {
    "txt": "text",
    "md": "markdown",
    "json-feed": "jsonfeed",
    "htm": "html",
}


def get_writer(name: str) -> Writer:
    """The writer registered as ``name`` (or an alias); ``UnknownFormatError`` otherwise."""
    key = ALIASES.get(name.lower(), name.lower())
    try:
        return WRITERS[key]
    except KeyError:
        known = ", ".join(sorted(WRITERS))
        raise UnknownFormatError(f"unknown format {name!r}; known formats: {known}") from None
