"""Body nodes to (X)HTML elements, escaped by construction.

Nothing from the publisher's page is copied: every element is built from the typed
model, every text goes in as text, every URL passes the allow-list. Pages serialise
these elements as HTML; EPUB and NewsML-G2 ask for them in the XHTML namespace. Feeds
carry the same markup written straight to a string (``fragment``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

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
from syndicate.urls import safe
from syndicate.writers.presentation import RELATED, FigureView, Presentation
from syndicate.writers.presentation.figures import view
from syndicate.writers.safetext import xml_safe

XHTML_NS = "http://www.w3.org/1999/xhtml"

Element = etree._Element


class HtmlBuilder:
    """Builds elements, optionally in the XHTML namespace."""

    def __init__(self, namespace: str = "") -> None:
        self.namespace = namespace
        self.linking = False

    # --- plumbing ---------------------------------------------------------------

    def el(self, tag: str, parent: Element | None = None, **attrs: str) -> Element:
        """A new element (appended to ``parent`` when given); empty attributes are left out,
        ``class_`` is ``class`` and ``http_equiv`` is ``http-equiv``."""
        clean = (
            {
                k.rstrip("_").replace("_", "-"): xml_safe(v)
                for k, v in attrs.items()
                if v or k == "alt"
            }
            if attrs
            else {}
        )
        if not self.namespace:
            if parent is None:
                return etree.Element(tag, clean)
            return etree.SubElement(parent, tag, clean)
        name = f"{{{self.namespace}}}{tag}"
        outside = parent is None or etree.QName(parent).namespace != self.namespace
        nsmap: Any = {None: self.namespace} if outside else None  # stubs lack None keys
        if parent is None:
            return etree.Element(name, clean, nsmap=nsmap)
        return etree.SubElement(parent, name, clean, nsmap=nsmap)

    @staticmethod
    def text(parent: Element, text: str) -> None:
        """Append text after the last child of ``parent`` (or as its text)."""
        text = xml_safe(text)
        if not text:
            return
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + text
        else:
            parent.text = (parent.text or "") + text

    # --- inlines -----------------------------------------------------------------

    def inlines(self, parent: Element, nodes: Sequence[Inline]) -> None:
        """Append inline nodes to ``parent``."""
        for node in nodes:
            match node:
                case Text(text=text):
                    self.text(parent, text)
                case Emphasis(children=children):
                    self.inlines(self.el("em", parent), children)
                case Strong(children=children):
                    self.inlines(self.el("strong", parent), children)
                case Subscript(children=children):
                    self.inlines(self.el("sub", parent), children)
                case Superscript(children=children):
                    self.inlines(self.el("sup", parent), children)
                case InlineLink(url=url, children=children, title=title):
                    href = safe(url)
                    if href and not self.linking:  # a link inside a link is no HTML
                        self.linking = True
                        self.inlines(self.el("a", parent, href=href, title=title), children)
                        self.linking = False
                    else:
                        self.inlines(parent, children)
                case Code(text=text):
                    self.text(self.el("code", parent), text)
                case LineBreak():
                    self.el("br", parent)
                case _:
                    assert_never(node)

    # --- blocks ------------------------------------------------------------------

    def blocks(self, parent: Element, blocks: Sequence[Block]) -> None:
        """Append block nodes to ``parent``."""
        for block in blocks:
            self.block(parent, block)

    def block(self, parent: Element, block: Block) -> None:
        """Append one block node to ``parent``."""
        match block:
            case Paragraph(children=children):
                self.inlines(self.el("p", parent), children)
            case Heading(level=level, children=children):
                self.inlines(self.el(f"h{level}", parent), children)
            case ListBlock(ordered=ordered, items=items):
                listing = self.el("ol" if ordered else "ul", parent)
                for item in items:
                    li = self.el("li", listing)
                    if len(item) == 1 and isinstance(item[0], Paragraph):
                        self.inlines(li, item[0].children)
                    else:
                        self.blocks(li, item)
            case Quote(children=children, attribution=who):
                quote = self.el("blockquote", parent)
                self.blocks(quote, children)
                if who:
                    self.text(self.el("p", quote, class_="attribution"), f"— {who}")
            case PullQuote(children=children, attribution=who):
                quote = self.el("blockquote", parent, class_="pullquote")
                self.inlines(self.el("p", quote), children)
                if who:
                    self.text(self.el("p", quote, class_="attribution"), f"— {who}")
            case Figure(image=image):
                self.figure(parent, view(image))
            case Table(rows=rows, caption=caption):
                table = self.el("table", parent)
                if caption:
                    self.inlines(self.el("caption", table), caption)
                body = self.el("tbody", table)
                for row in rows:
                    tr = self.el("tr", body)
                    for cell in row.cells:
                        span = {
                            "colspan": str(cell.colspan) if cell.colspan > 1 else "",
                            "rowspan": str(cell.rowspan) if cell.rowspan > 1 else "",
                        }
                        self.inlines(
                            self.el("th" if cell.header else "td", tr, **span), cell.children
                        )
            case Preformatted(text=text, language=language):
                pre = self.el("pre", parent)
                self.text(
                    self.el("code", pre, class_=f"language-{language}" if language else ""), text
                )
            case Embed(provider=provider, url=url, fallback=fallback):
                para = self.el("p", parent, class_="embed")
                label = f"{provider}: {fallback}" if fallback else provider
                href = safe(url)
                self.text(self.el("a", para, href=href) if href else para, label)
            case Rule():
                self.el("hr", parent)
            case RelatedLinks(links=links, label=label):
                self.related(parent, links, label or RELATED)
            case _:
                assert_never(block)

    def place_image(self, shown: FigureView) -> tuple[str, int | None, int | None] | None:
        """Where the ``<img>`` points and its size; None when it cannot be shown."""
        image = shown.image
        return (shown.src, image.width, image.height) if shown.src else None

    def missing_image(self, parent: Element, shown: FigureView) -> None:
        """What stands in for an image that cannot be shown (here: nothing)."""

    def figure(self, parent: Element, shown: FigureView) -> Element | None:
        """A ``<figure>`` with image and caption/credit; None when the image cannot be shown."""
        placed = self.place_image(shown)
        if placed is None:
            self.missing_image(parent, shown)
            return None
        src, width, height = placed
        figure = self.el("figure", parent)
        size = {"width": str(width or ""), "height": str(height or "")}
        self.el("img", figure, src=src, alt=shown.alt, **size)
        if shown.has_caption:
            caption = self.el("figcaption", figure)
            self.inlines(caption, shown.caption)
            if shown.credit:
                if shown.caption_text:
                    self.text(caption, " ")
                self.text(self.el("span", caption, class_="credit"), shown.credit_note)
        return figure

    related_tag = "div"
    """The element that holds a box of related links."""

    def related(self, parent: Element, links: Sequence[Link], label: str) -> None:
        """A titled list of related links."""
        urls = [(safe(link.url), link.title or link.url) for link in links]
        urls = [(u, t) for u, t in urls if u]
        if not urls:
            return
        box = self.el(self.related_tag, parent, class_="related")
        self.text(self.el("h2", box), label)
        listing = self.el("ul", box)
        for url, title in urls:
            self.text(self.el("a", self.el("li", listing), href=url), title)

    def header(self, parent: Element, shown: Presentation) -> Element:
        """A ``<header>``: kicker, headline, dek, byline and the dates as ``<time>``."""
        header = self.el("header", parent)
        if shown.kicker:
            self.text(self.el("p", header, class_="kicker"), shown.kicker)
        self.text(self.el("h1", header), shown.title)
        if shown.dek:
            self.text(self.el("p", header, class_="dek"), shown.dek)
        if shown.byline:
            self.text(self.el("p", header, class_="byline"), shown.byline)
        if shown.stamps:
            dates = self.el("p", header, class_="dates")
            for index, stamp in enumerate(shown.stamps):
                self.text(dates, f"{' · ' if index else ''}{stamp.label} ")
                self.text(self.el("time", dates, datetime=stamp.machine), stamp.text)
        return header

    def source(self, parent: Element, shown: Presentation) -> None:
        """'Source: <site>' linking to the article's page, when it has a safe URL."""
        if shown.link:
            line = self.el("p", parent, class_="source")
            self.text(line, "Source: ")
            self.text(self.el("a", line, href=shown.link), shown.article.site_name or shown.link)

    def article_body(self, parent: Element, shown: Presentation) -> None:
        """Lead figure, body (with its dateline), related links, the editors' credit."""
        if shown.lead is not None:
            self.figure(parent, shown.lead)
        self.blocks(parent, shown.body)
        if shown.related:
            self.related(parent, shown.related, RELATED)
        if shown.editors:
            self.text(self.el("em", self.el("p", parent, class_="editor")), shown.editors)
