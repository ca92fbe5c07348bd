"""The XHTML pages of a digest: masthead, section pages and article pages, built from the
typed model with the shared HTML builder (so nothing from a publisher's page is copied)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from syndicate.model import Article
from syndicate.writers.epub.images import BookImage
from syndicate.writers.fragment import Markup, Placed, Put, text
from syndicate.writers.html import HtmlBuilder
from syndicate.writers.presentation import FigureView, present

ImageLookup = Callable[[str], "BookImage | None"]

DEFAULT_CSS = """\
body { font-family: serif; line-height: 1.45; margin: 0 0.6em; }
h1 { font-size: 1.5em; line-height: 1.2; margin: 0.4em 0; }
h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; }
h3, h4, h5, h6 { font-size: 1.05em; margin: 1em 0 0.3em; }
p { margin: 0 0 0.7em; text-align: left; }
.kicker { font-size: 0.8em; letter-spacing: 0.08em; text-transform: uppercase; margin: 0; }
.dek { font-size: 1.1em; font-style: italic; }
.byline, .dates, .credit, .caption, figcaption { font-size: 0.85em; }
.dateline { font-weight: bold; }
figure { margin: 1em 0; }
figure img { max-width: 100%; height: auto; }
blockquote { margin: 0.8em 1.2em; }
.pullquote { font-size: 1.15em; font-style: italic; }
table { border-collapse: collapse; margin: 0.8em 0; }
th, td { border: 1px solid #000; padding: 0.2em 0.4em; }
pre { white-space: pre-wrap; font-size: 0.85em; }
.related, .pager, .toc-entry { font-size: 0.9em; }
.masthead h1 { font-size: 2em; text-align: center; }
.masthead .edition { text-align: center; }
"""


@dataclass(frozen=True, slots=True)
class PageLinks:
    """Where an article page's navigation points."""

    previous: str = ""
    next: str = ""
    section: str = ""
    section_title: str = ""


def _document(title: str) -> tuple[HtmlBuilder, etree._Element, etree._Element]:
    builder = HtmlBuilder()
    html = builder.el("html")
    head = builder.el("head", html)
    builder.text(builder.el("title", head), title)
    return builder, html, builder.el("body", html)


def serialise(html: etree._Element) -> str:
    """The page as a string for ebooklib (which re-parses it into its XHTML template)."""
    return etree.tostring(html, encoding="unicode", method="xml")


class _BookMarkup(Markup):
    """The shared body markup, with figures pointing at images inside the book."""

    def __init__(self, lookup: ImageLookup) -> None:
        super().__init__(tree=True)
        self.lookup = lookup

    def place(self, shown: FigureView) -> Placed | None:
        stored = self.lookup(shown.image.url)
        return (stored.file_name, stored.width, stored.height) if stored else None

    def missing(self, put: Put, shown: FigureView) -> None:
        """Degrade to the caption, never a broken reference."""
        if shown.text:
            put(f'<p class="caption">{text(f"[{shown.text}]")}</p>')


def article_page(article: Article, links: PageLinks, lookup: ImageLookup) -> str:
    """One article: kicker, headline, dek, byline, dates, body, related, navigation."""
    shown = present(article)
    builder = HtmlBuilder(markup=_BookMarkup(lookup))
    html = builder.el("html")
    head = builder.el("head", html)
    builder.text(builder.el("title", head), shown.title)
    body = builder.el("body", html)
    section = builder.el("section", body, class_="article")
    builder.header(section, shown)
    builder.article_body(section, shown)
    builder.source(section, shown)
    _pager(builder, body, links)
    return serialise(html)


def _pager(builder: HtmlBuilder, body: etree._Element, links: PageLinks) -> None:
    pager = builder.el("p", body, class_="pager")
    parts = [
        ("← Previous", links.previous),
        (links.section_title or "Section", links.section),
        ("Next →", links.next),
    ]
    first = True
    for label, href in parts:
        if not href:
            continue
        if not first:
            builder.text(pager, " · ")
        builder.text(builder.el("a", pager, href=href), label)
        first = False


@dataclass(frozen=True, slots=True)
class Entry:
    """An article as listed on the masthead and section pages."""

    href: str
    headline: str
    byline: str
    dek: str


def section_page(title: str, entries: list[Entry]) -> str:
    """A section's title page listing its articles with byline and dek."""
    builder, html, body = _document(title)
    builder.text(builder.el("h1", body), title)
    _entries(builder, body, entries)
    return serialise(html)


def _entries(builder: HtmlBuilder, parent: etree._Element, entries: list[Entry]) -> None:
    for entry in entries:
        block = builder.el("div", parent, class_="toc-entry")
        builder.text(builder.el("a", builder.el("h3", block), href=entry.href), entry.headline)
        if entry.byline:
            builder.text(builder.el("p", block, class_="byline"), entry.byline)
        if entry.dek:
            builder.text(builder.el("p", block, class_="dek"), entry.dek)


def masthead_page(title: str, edition: str, sections: list[tuple[str, str, list[Entry]]]) -> str:
    """The title page: publication, edition date and every section with its articles."""
    builder, html, body = _document(title)
    top = builder.el("div", body, class_="masthead")
    builder.text(builder.el("h1", top), title)
    builder.text(builder.el("p", top, class_="edition"), edition)
    for name, href, entries in sections:
        builder.text(builder.el("a", builder.el("h2", body), href=href), name)
        _entries(builder, body, entries)
    return serialise(html)
