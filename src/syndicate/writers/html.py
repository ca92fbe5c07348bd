"""The page structure of the reader-view page, EPUB pages and NewsML-G2 ``inlineXML`` as
lxml elements (optionally in the XHTML namespace), escaped by construction: every element is
built from the typed model, every text goes in as text, every URL passes the allow-list.

The article's body is not built here: ``fragment.Markup`` writes it, the one renderer of
body blocks, and ``graft`` parses its markup into the tree. Pages serialise these elements
as HTML; EPUB and NewsML-G2 as XML.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from syndicate.writers.fragment import Markup
from syndicate.writers.presentation import Presentation
from syndicate.writers.safetext import xml_safe

XHTML_NS = "http://www.w3.org/1999/xhtml"

Element = etree._Element


class HtmlBuilder:
    """Builds elements, optionally in the XHTML namespace; the article's body comes from
    ``markup``."""

    def __init__(self, namespace: str = "", markup: Markup | None = None) -> None:
        self.namespace = namespace
        self.markup = markup or Markup(tree=True)
        """Writes the article's body (``tree``: as XML, to parse into the tree)."""
        if not self.markup.tree:
            raise ValueError("HtmlBuilder needs Markup(tree=True)")

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
        """Lead figure, body (with its dateline), related links, the editors' credit: the
        markup ``fragment`` writes, parsed."""
        graft(parent, self.markup.article(shown), self.namespace)


_PARSER = etree.XMLParser(resolve_entities=False, huge_tree=True, collect_ids=False)


def graft(parent: Element, markup: str, namespace: str = "") -> None:
    """Append what ``markup`` (written by ``Markup(tree=True)``) holds to ``parent``, in
    ``namespace`` when given."""
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    holder = etree.fromstring(f"<div{xmlns}>{markup}</div>", _PARSER)
    if holder.text:
        HtmlBuilder.text(parent, holder.text)
    parent.extend(list(holder))
