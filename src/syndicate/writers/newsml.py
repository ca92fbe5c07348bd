"""IPTC NewsML-G2 2.35: a ``newsItem`` per article, a ``newsMessage`` for a feed,
optionally a ``packageItem`` grouping each text with its lead picture.

The body travels as XHTML in ``inlineXML``, written from the typed model by the shared
body renderer (``fragment``) and parsed into the tree, so nothing from the publisher's page
is copied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree

from syndicate.content import Image
from syndicate.context import Context
from syndicate.model import Article, Feed, Person, Role
from syndicate.urls import safe
from syndicate.writers import feedtools
from syndicate.writers.base import TypedWriter, flag
from syndicate.writers.html import XHTML_NS, HtmlBuilder
from syndicate.writers.identity import article_iri, feed_id
from syndicate.writers.presentation import Presentation, present
from syndicate.writers.presentation.figures import view
from syndicate.writers.safetext import inert_text, xml_safe

NAR = "http://iptc.org/std/nar/2006-10-01/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STANDARD_VERSION = "2.35"
CATALOG_VERSIONS = {"2.35": 41}
"""IPTC G2 NewsCodes catalog paired with each schema version (IPTC's own newsmlg2 1.1
examples pair 2.35 with catalog 41)."""
CONTRIBUTOR_ROLES = {
    Role.EDITOR: "ctrol:editor",
    Role.PHOTOGRAPHER: "ctrol:photographer",
    Role.ILLUSTRATOR: "ctrol:illustrator",
    Role.TRANSLATOR: "ctrol:translator",
    Role.CONTRIBUTOR: "ctrol:contributor",
    Role.AUTHOR: "ctrol:author",
}

Element = etree._Element
_NSMAP: Any = {None: NAR}  # the stubs do not allow the default namespace's None key


@dataclass(frozen=True, slots=True, kw_only=True)
class NewsmlOptions(feedtools.ItemOptions):
    """Item order and count as in ``ItemOptions``; ``provider``: who provides the items (default: the site name); ``package``: group
    each text with a picture item for its lead image in a ``packageItem``; ``genre``: an
    IPTC genre NewsCode."""

    provider: str = ""
    package: bool = field(
        default=False,
        metadata=flag(
            "--package", "newsml: group each text with its lead picture in a packageItem"
        ),
    )
    genre: str = "Current"


def catalog_href(version: str = STANDARD_VERSION) -> str:
    """The IPTC catalog URL for a NewsML-G2 version."""
    return (
        f"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_{CATALOG_VERSIONS[version]}.xml"
    )


def _el(parent: Element | None, local: str, text: str = "", /, **attrs: str) -> Element:
    """A NAR element with the non-empty attributes (``lang`` becomes ``xml:lang``)."""
    clean = {(XML_LANG if k == "lang" else k): xml_safe(v) for k, v in attrs.items() if v}
    name = f"{{{NAR}}}{local}"
    if parent is None:
        node = etree.Element(name, clean, nsmap=_NSMAP)
    else:
        node = etree.SubElement(parent, name, clean)
    if text:
        node.text = xml_safe(text)
    return node


def _stamp(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


class _ItemBuilder:
    """Builds the items of one document."""

    def __init__(self, context: Context, options: NewsmlOptions) -> None:
        self.context = context
        self.options = options

    def root_attrs(self, guid: str, language: str) -> dict[str, str]:
        return {
            "guid": guid,
            "version": "1",
            "standard": "NewsML-G2",
            "standardversion": STANDARD_VERSION,
            "conformance": "power",
            "lang": language,
        }

    def item_meta(self, item: Element, item_class: str, article: Article) -> Element:
        meta = _el(item, "itemMeta")
        _el(meta, "itemClass", qcode=item_class)
        _el(meta, "provider", literal=self.options.provider or article.site_name or "syndicate")
        _el(meta, "versionCreated", _stamp(self.context.now))
        if article.published:
            _el(meta, "firstCreated", _stamp(article.published))
        _el(meta, "pubStatus", qcode="stat:usable")
        if article.modified and article.published and article.modified > article.published:
            _el(meta, "signal", qcode="sig:update")
        return meta

    def news_item(self, parent: Element | None, article: Article) -> Element:
        item = _el(parent, "newsItem", **self.root_attrs(article_iri(article), article.language))
        _el(item, "catalogRef", href=catalog_href())
        meta = self.item_meta(item, "ninat:text", article)
        self.links(meta, article)
        shown = present(article)
        self.content_meta(item, shown)
        self.content_set(item, shown)
        return item

    def links(self, meta: Element, article: Article) -> None:
        if safe(article.link):
            _el(
                meta,
                "link",
                rel="irel:seeAlso",
                href=safe(article.link),
                contenttype="text/html",
                title="Web page",
            )
        image = article.lead_image
        if image and safe(image.url) and not self.options.package:
            _el(
                meta,
                "link",
                rel="irel:seeAlso",
                href=safe(image.url),
                contenttype=feedtools.image_type(image.url),
                title=view(image).caption_text or "Lead image",
            )
        for link in article.related:
            if safe(link.url):
                _el(
                    meta,
                    "link",
                    rel="irel:seeAlso",
                    href=safe(link.url),
                    contenttype="text/html",
                    title=link.title,
                )

    def content_meta(self, item: Element, shown: Presentation) -> None:
        article = shown.article
        meta = _el(item, "contentMeta")
        if article.published:
            _el(meta, "contentCreated", _stamp(article.published))
        if article.modified:
            _el(meta, "contentModified", _stamp(article.modified))
        if article.dateline:
            _el(_el(meta, "located"), "name", article.dateline)
        if article.site_name:
            source = _el(meta, "infoSource", role="isrol:originfo")
            _el(source, "name", article.site_name)
        for person in article.authors:
            _person(meta, "creator", person)
        for person in article.contributors:
            _person(meta, "contributor", person, role=CONTRIBUTOR_ROLES[person.role])
        if article.language:
            _el(meta, "language", tag=article.language)
        if self.options.genre:
            _el(_el(meta, "genre", qcode=f"genre:{self.options.genre}"), "name", self.options.genre)
        for term in shown.categories:
            _el(_el(meta, "subject", type="cpnat:abstract", literal=term), "name", term)
        if article.kicker:
            _el(meta, "slugline", article.kicker)
        _el(meta, "headline", shown.title)
        if article.dek:
            _el(meta, "headline", article.dek, role="hlrole:sub")
        if article.dateline:
            _el(meta, "dateline", article.dateline)
        if shown.byline:
            _el(meta, "by", shown.byline)
        credits = [
            c
            for c in (article.credit, article.lead_image.credit if article.lead_image else "")
            if c
        ]
        for credit in credits:
            _el(meta, "creditline", credit)
        if summary := shown.summary:
            _el(meta, "description", inert_text(summary), role="drol:summary")

    def content_set(self, item: Element, shown: Presentation) -> None:
        article = shown.article
        content = _el(item, "contentSet")
        words = len(article.body_text.split())
        inline = _el(
            content, "inlineXML", contenttype="application/xhtml+xml", wordcount=str(words)
        )
        builder = HtmlBuilder(XHTML_NS)
        html = builder.el("html", inline)
        head = builder.el("head", html)
        builder.text(builder.el("title", head), shown.title)
        body = builder.el("body", html)
        builder.text(builder.el("h1", body), shown.title)
        builder.article_body(body, shown)

    def picture_item(self, parent: Element, article: Article, image: Image) -> Element:
        guid = f"{article_iri(article)}#lead-image"
        item = _el(parent, "newsItem", **self.root_attrs(guid, article.language))
        _el(item, "catalogRef", href=catalog_href())
        self.item_meta(item, "ninat:picture", article)
        meta = _el(item, "contentMeta")
        _el(meta, "headline", view(image).caption_text or article.headline or "Lead image")
        if image.credit:
            _el(meta, "creditline", image.credit)
        if image.alt:
            _el(meta, "description", inert_text(image.alt), role="drol:alternativeText")
        content = _el(item, "contentSet")
        size = {"width": str(image.width or ""), "height": str(image.height or "")}
        _el(
            content,
            "remoteContent",
            href=safe(image.url),
            contenttype=feedtools.image_type(image.url),
            **size,
        )
        return item


def _person(meta: Element, tag: str, person: Person, role: str = "") -> None:
    node = _el(meta, tag, role=role, uri=safe(person.url, mailto=True))
    _el(node, "name", person.name)


class NewsmlWriter(TypedWriter[NewsmlOptions]):
    """The ``newsml`` format."""

    name = "newsml"
    media_type = "application/vnd.iptc.g2.newsitem+xml"
    suffix = ".xml"
    description = "IPTC NewsML-G2 2.35 newsItem / newsMessage"
    options_type = NewsmlOptions

    def render(self, obj: Article | Feed, context: Context, opts: NewsmlOptions) -> bytes:
        builder = _ItemBuilder(context, opts)
        if isinstance(obj, Article) and not (opts.package and obj.lead_image):
            root = builder.news_item(None, obj)
        else:
            feed = obj if isinstance(obj, Feed) else feedtools.as_feed(obj)
            root = self._message(builder, feed, context, opts)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    def _message(
        self, builder: _ItemBuilder, feed: Feed, context: Context, opts: NewsmlOptions
    ) -> Element:
        message = etree.Element(f"{{{NAR}}}newsMessage", nsmap=_NSMAP)
        header = _el(message, "header")
        _el(header, "sent", _stamp(context.now))
        items = _el(message, "itemSet")
        articles = feedtools.items(feed, opts)
        if opts.package:
            self._package(builder, items, feed, articles, context)
        for article in articles:
            builder.news_item(items, article)
            if opts.package and article.lead_image and safe(article.lead_image.url):
                builder.picture_item(items, article, article.lead_image)
        return message

    def _package(
        self,
        builder: _ItemBuilder,
        items: Element,
        feed: Feed,
        articles: list[Article],
        context: Context,
    ) -> None:
        package = _el(
            items, "packageItem", **builder.root_attrs(f"{feed_id(feed)}#package", feed.language)
        )
        _el(package, "catalogRef", href=catalog_href())
        meta = _el(package, "itemMeta")
        _el(meta, "itemClass", qcode="ninat:composite")
        _el(meta, "provider", literal=builder.options.provider or feed.title)
        _el(meta, "versionCreated", _stamp(context.now))
        _el(meta, "pubStatus", qcode="stat:usable")
        content = _el(package, "contentMeta")
        _el(content, "headline", feed.title)
        groups = _el(package, "groupSet", root="G1")
        root_group = _el(groups, "group", id="G1", role="group:main", mode="pgrmod:seq")
        for index in range(1, len(articles) + 1):
            _el(root_group, "groupRef", idref=f"G{index + 1}")
        for index, article in enumerate(articles, 1):
            group = _el(groups, "group", id=f"G{index + 1}", role="group:story", mode="pgrmod:bag")
            _el(
                group,
                "itemRef",
                residref=article_iri(article),
                version="1",
                contenttype="application/vnd.iptc.g2.newsitem+xml",
            )
            if article.lead_image and safe(article.lead_image.url):
                _el(
                    group,
                    "itemRef",
                    residref=f"{article_iri(article)}#lead-image",
                    version="1",
                    contenttype="application/vnd.iptc.g2.newsitem+xml",
                )
