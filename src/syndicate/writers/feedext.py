"""A small feedgen extension for what feedgen lacks: the Media RSS and ``dcterms``
namespaces (``rssitem`` writes the items that use them), RSS hub and archive links, and
Atom entry links that keep their ``rel`` and ``type``."""

from __future__ import annotations

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from lxml import etree

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
    """Atom entry links with their attributes (RSS items are written by ``rssitem``)."""

    def __init__(self) -> None:
        self.links: list[dict[str, str]] = []

    def extend_atom(self, entry: etree._Element) -> etree._Element:
        """Entry links with their attributes (feedgen 1.0 drops rel and type on entries)."""
        for attrs in self.links:  # feedgen builds Atom in the default namespace, unprefixed
            etree.SubElement(entry, "link", attrs)
        return entry
