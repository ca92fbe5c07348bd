"""A small feedgen extension for what feedgen lacks: per-item modified dates
(``dcterms:modified``), a lead image as Media RSS with its caption and credit, RSS hub and
archive links, and Atom entry links that keep their ``rel`` and ``type``."""

from __future__ import annotations

from datetime import datetime

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from lxml import etree

from syndicate.writers.presentation import FigureView
from syndicate.writers.safetext import xml_safe

MEDIA_NS = "http://search.yahoo.com/mrss/"
DCTERMS_NS = "http://purl.org/dc/terms/"
ATOM_NS = "http://www.w3.org/2005/Atom"


class NewsExtension(BaseExtension):  # type: ignore[misc]
    """Declares the namespaces; adds ``atom:link`` hub and archive links to the channel;
    types the Atom ``subtitle`` as HTML (the writer escapes it; feedgen cannot type it)."""

    def __init__(self) -> None:
        self.links: list[tuple[str, str]] = []

    def extend_ns(self) -> dict[str, str]:
        return {"media": MEDIA_NS, "dcterms": DCTERMS_NS}

    def extend_rss(self, rss: etree._Element) -> etree._Element:
        channel = rss.find("channel")
        if channel is not None:
            for rel, href in self.links:
                etree.SubElement(channel, f"{{{ATOM_NS}}}link", {"rel": rel, "href": href})
        return rss

    def extend_atom(self, atom: etree._Element) -> etree._Element:
        subtitle = atom.find("subtitle")  # feedgen builds Atom unprefixed, in no namespace
        if subtitle is not None:
            subtitle.set("type", "html")
        return atom


class NewsEntryExtension(BaseEntryExtension):  # type: ignore[misc]
    """Adds ``dcterms:modified`` and ``media:content``/``media:thumbnail`` to an item."""

    def __init__(self) -> None:
        self.modified: datetime | None = None
        self.image: FigureView | None = None
        self.image_type = ""
        self.links: list[dict[str, str]] = []

    def extend_rss(self, item: etree._Element) -> etree._Element:
        if self.modified is not None:
            etree.SubElement(item, f"{{{DCTERMS_NS}}}modified").text = self.modified.isoformat()
        if self.image is not None:
            shown = self.image
            image = shown.image
            attrs = {"url": image.url, "medium": "image", "type": self.image_type}
            if image.width:
                attrs["width"] = str(image.width)
            if image.height:
                attrs["height"] = str(image.height)
            content = etree.SubElement(item, f"{{{MEDIA_NS}}}content", attrs)
            caption = xml_safe(shown.description)
            if caption:
                etree.SubElement(content, f"{{{MEDIA_NS}}}description").text = caption
            if image.credit:
                etree.SubElement(content, f"{{{MEDIA_NS}}}credit").text = xml_safe(image.credit)
            etree.SubElement(item, f"{{{MEDIA_NS}}}thumbnail", {"url": image.url})
        return item

    def extend_atom(self, entry: etree._Element) -> etree._Element:
        """Entry links with their attributes (feedgen 1.0 drops rel and type on entries)."""
        for attrs in self.links:  # feedgen builds Atom in the default namespace, unprefixed
            etree.SubElement(entry, "link", attrs)
        return entry
