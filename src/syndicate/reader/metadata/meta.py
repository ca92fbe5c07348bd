"""Plain ``<meta>`` tags (author, description, keywords, Dublin Core, Parse.ly,
Sailthru), the ``<title>``, ``<html lang>`` and ``<link rel=canonical>``."""

from __future__ import annotations

import re

from syndicate.reader.dom import text_of
from syndicate.reader.metadata.partial import Partial, split_keywords
from syndicate.reader.page import Page
from syndicate.reader.report import Report

_AUTHOR_KEYS = (
    "author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "article.author",
)
_PUBLISHED_KEYS = (
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "datepublished",
    "article_date_original",
    "og:pubdate",
    "published",
    "published-date",
    "published_date",
    "publication-date",
    "publication_date",
    "citation_publication_date",
    "citation_online_date",
    "citation_date",
)
_MAX_SCHOLARLY = 30
_TWITTER_LABELS = 4
_WRITTEN_BY = re.compile(
    r"\s*(?:written\s+by|authors?|by|geschrieben\s+von|von|écrit\s+par|par|escrito\s+por|por)\s*:?\s*$",
    re.I,
)
_DC_PREFIXES = ("dc:", "dcterm:", "dcterms:", "dc.", "dcterms.", "dcterm.")
"""Property-style names (RDFa ``property="dc:title"``) before ``name="dc.title"``."""
_MODIFIED_KEYS = (
    "article.updated",
    "dcterms.modified",
    "last-modified",
    "datemodified",
    "updated",
    "last-updated",
    "lastmod",
)


_NAME_WORDS = 3
"""Words at most on each side of a scholarly "Last, First" name."""


def extract(page: Page, report: Report) -> Partial:
    """Fields from generic meta tags; ``<title>`` is the headline of last resort."""
    found = Partial(source="meta")
    root = page.root
    found.headline = page.first("parsely-title", "sailthru.title", "title")
    found.dek = page.first("description")
    found.site_name = page.first("application-name", "publisher", "dc.publisher")
    found.section = page.first("parsely-section", "section", "article.section")
    found.published = page.first(*_PUBLISHED_KEYS)
    found.modified = page.first(*_MODIFIED_KEYS)
    found.language = page.first("language", "content-language", "dc.language")
    for value in page.all(*_AUTHOR_KEYS):
        if not value.startswith(("http://", "https://")):
            found.authors.append((value, ""))
        if found.authors:
            break
    if not found.authors:
        scholarly = page.all("citation_author")[:_MAX_SCHOLARLY]
        found.authors = [(_name_order(name), "") for name in scholarly]
    for key in ("news_keywords", "keywords", "parsely-tags", "sailthru.tags"):
        found.tags = [t for value in page.all(key) for t in split_keywords(value)]
        if found.tags:
            break
    for href in page.canonical()[:1]:
        found.canonical_url = str(href)
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    found.language = found.language or lang.strip()
    return found


def _name_order(name: str) -> str:
    """A scholarly "Last, First" author ("Roy, Aniruddha", "van der Merwe, Marna") in reading
    order; a name with post-nominals after its comma ("Jane Doe, MD") stays as it is."""
    family, comma, given = name.partition(",")
    family, given = family.strip(), given.strip()
    if not comma or "," in given or not given or given.isupper():
        return name
    if len(family.split()) > _NAME_WORDS or len(given.split()) > _NAME_WORDS:
        return name
    return f"{given} {family}"


def extract_card_byline(page: Page, report: Report) -> Partial:
    """The author a Twitter card's labelled data names ("Written by" → "Jane Doe", as
    WordPress SEO plugins write it): the account that posted, trusted less than a byline
    the page shows."""
    found = Partial(source="cardlabel")
    for n in range(1, _TWITTER_LABELS + 1):
        if _WRITTEN_BY.match(page.first(f"twitter:label{n}")):
            found.authors = [(name, "") for name in page.all(f"twitter:data{n}")[:1]]
            break
    return found


def extract_dublin_core(page: Page, report: Report) -> Partial:
    """Dublin Core (``dc.*``, ``dc:*``, ``dcterms.*``): rare on news sites, precise when there."""
    found = Partial(source="dublincore")

    def first(term: str) -> str:
        return page.first(*(f"{prefix}{term}" for prefix in _DC_PREFIXES))

    found.headline = first("title")
    found.dek = first("description")
    creator = first("creator")
    if creator and not creator.startswith(("http://", "https://")):
        found.authors.append((creator, ""))
    found.language = first("language")
    return found


def extract_title(page: Page, report: Report) -> Partial:
    """The document ``<title>``: a headline candidate with a likely site suffix."""
    found = Partial(source="title")
    title = page.root.find(".//title")
    if title is not None:
        found.headline = text_of(title)
    return found
