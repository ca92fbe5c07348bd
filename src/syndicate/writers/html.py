"""Body nodes to (X)HTML elements, escaped by construction.

Nothing from the publisher's page is copied: every element is built from the typed
model, every text goes in as text, every URL passes the allow-list. Feeds serialise
these elements as HTML; EPUB and NewsML-G2 ask for them in the XHTML namespace.
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
    Image,
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
    inline_text,
)
from syndicate.model import Article
from syndicate.urls import safe
from syndicate.writers import furniture
from syndicate.writers.safetext import xml_safe

XHTML_NS = "http://www.w3.org/1999/xhtml"

Element = etree._Element


class HtmlBuilder:
    """Builds elements, optionally in the XHTML namespace."""

    def __init__(self, namespace: str = "") -> None:
        self.namespace = namespace

    # --- plumbing ---------------------------------------------------------------

    def el(self, tag: str, parent: Element | None = None, **attrs: str) -> Element:
        """A new element (appended to ``parent`` when given); empty attributes are left out."""
        name = f"{{{self.namespace}}}{tag}" if self.namespace else tag
        clean = {k.rstrip("_"): xml_safe(v) for k, v in attrs.items() if v or k == "alt"}
        outside = parent is None or etree.QName(parent).namespace != self.namespace
        nsmap: Any = (
            {None: self.namespace} if self.namespace and outside else None
        )  # stubs lack None keys
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
                    if href:
                        self.inlines(self.el("a", parent, href=href, title=title), children)
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
                self.figure(parent, image)
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
                self.related(parent, links, label or "Related")
            case _:
                assert_never(block)

    def place_image(self, image: Image) -> tuple[str, int | None, int | None] | None:
        """Where the ``<img>`` points and its size; None when it cannot be shown."""
        src = safe(image.url, allow_data_image=True)
        return (src, image.width, image.height) if src else None

    def missing_image(self, parent: Element, image: Image) -> None:
        """What stands in for an image that cannot be shown (here: nothing)."""

    def figure(self, parent: Element, image: Image) -> Element | None:
        """A ``<figure>`` with image and caption/credit; None when the image cannot be shown."""
        placed = self.place_image(image)
        if placed is None:
            self.missing_image(parent, image)
            return None
        src, width, height = placed
        figure = self.el("figure", parent)
        alt = image.alt or inline_text(image.caption).strip()
        self.el("img", figure, src=src, alt=alt, width=str(width or ""), height=str(height or ""))
        if image.caption or image.credit:
            caption = self.el("figcaption", figure)
            self.inlines(caption, image.caption)
            if image.credit:
                if image.caption:
                    self.text(caption, " ")
                self.text(self.el("span", caption, class_="credit"), image.credit)
        return figure

    def related(self, parent: Element, links: Sequence[Link], label: str) -> None:
        """A titled list of related links."""
        urls = [(safe(link.url), link.title or link.url) for link in links]
        urls = [(u, t) for u, t in urls if u]
        if not urls:
            return
        box = self.el("div", parent, class_="related")
        self.text(self.el("h2", box), label)
        listing = self.el("ul", box)
        for url, title in urls:
            self.text(self.el("a", self.el("li", listing), href=url), title)

    def article_body(self, parent: Element, article: Article) -> None:
        """Lead figure, body (dateline before the first paragraph), related links, editor."""
        if article.lead_image:
            self.figure(parent, article.lead_image)
        at = furniture.dateline_index(article)
        for index, block in enumerate(article.body):
            if index == at and isinstance(block, Paragraph):
                para = self.el("p", parent)
                self.text(self.el("span", para, class_="dateline"), f"{article.dateline.upper()}: ")
                self.inlines(para, block.children)
            else:
                self.block(parent, block)
        if article.related:
            self.related(parent, article.related, "Related")
        edited = furniture.editors(article)
        if edited:
            self.text(self.el("em", self.el("p", parent, class_="editor")), edited)


def article_html(article: Article) -> str:
    """The article's content (no headline) as an HTML fragment string."""
    builder = HtmlBuilder()
    wrapper = builder.el("div")
    builder.article_body(wrapper, article)
    parts = [etree.tostring(child, method="html", encoding="unicode") for child in wrapper]
    text = xml_safe(wrapper.text or "") + "".join(parts)
    return text.replace("]]>", "]]&gt;")
