"""The ``html`` format: a standalone reader-view page (``<article>`` with its ``<header>``,
figures with captions, dates in ``<time>``, related links in an ``<aside>``, ``lang`` and
``dir`` from the article, one embedded stylesheet, no scripts), the ``<article>`` alone
with ``fragment``, and for a feed an index page with one link per article. Built with the
shared HTML builder, so escaped by construction."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from syndicate.context import Context
from syndicate.model import Article, Feed
from syndicate.urls import safe
from syndicate.writers import feedtools
from syndicate.writers.base import TypedWriter, flag
from syndicate.writers.fragment import Markup
from syndicate.writers.html import Element, HtmlBuilder
from syndicate.writers.pagestyle import CONTENT_SECURITY_POLICY, STYLESHEET
from syndicate.writers.presentation import Presentation, labels, present
from syndicate.writers.safetext import html_safe, utf8

DOCTYPE = "<!DOCTYPE html>"


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlOptions(feedtools.ItemOptions):
    """``fragment``: the ``<article>`` alone (for a feed, the index list alone), to embed
    in a page of your own; item order and count of a feed's index as in ``ItemOptions``."""

    fragment: bool = field(
        default=False,
        metadata=flag("--fragment", "html: the <article> alone, to embed in another page"),
    )


_MARKUP = Markup(tree=True, related_tag="aside")
"""The shared body markup, with related links in an ``<aside>``."""


def _language(node: Element, language: str, sample: str) -> None:
    if language:
        node.set("lang", language)
    node.set("dir", labels.direction(language, sample))


def _article(builder: HtmlBuilder, parent: Element | None, shown: Presentation) -> Element:
    article = builder.el("article", parent)
    _language(article, shown.language, shown.headline or shown.dek)
    builder.header(article, shown)
    builder.article_body(article, shown)
    if shown.link:
        builder.source(builder.el("footer", article), shown)
    return article


def _document(builder: HtmlBuilder, title: str, link: str) -> tuple[Element, Element]:
    html = builder.el("html")
    head = builder.el("head", html)
    builder.el("meta", head, charset="utf-8")
    builder.el("meta", head, name="viewport", content="width=device-width, initial-scale=1")
    builder.el("meta", head, http_equiv="Content-Security-Policy", content=CONTENT_SECURITY_POLICY)
    builder.el("meta", head, name="referrer", content="no-referrer")
    builder.el("meta", head, name="generator", content=feedtools.GENERATOR)
    builder.text(builder.el("title", head), title)
    if link:
        builder.el("link", head, rel="canonical", href=link)
    builder.text(builder.el("style", head), STYLESHEET)
    return html, builder.el("main", builder.el("body", html))


def _entry(builder: HtmlBuilder, parent: Element, shown: Presentation) -> None:
    item = builder.el("article", builder.el("li", parent))
    _language(item, shown.language, shown.headline or shown.dek)
    if shown.kicker:
        builder.text(builder.el("p", item, class_="kicker"), shown.kicker)
    heading = builder.el("h2", item)
    builder.text(builder.el("a", heading, href=shown.link) if shown.link else heading, shown.title)
    if summary := shown.summary:
        builder.text(builder.el("p", item, class_="dek"), summary)
    if shown.byline or shown.published:
        line = builder.el("p", item, class_="byline")
        builder.text(line, shown.byline)
        if shown.published:
            builder.text(line, " · " if shown.byline else "")
            builder.text(
                builder.el("time", line, datetime=shown.published.machine), shown.published.text
            )


def _index(
    builder: HtmlBuilder, parent: Element | None, feed: Feed, options: HtmlOptions
) -> Element:
    listing = builder.el("ol", parent, class_="index")
    for article in feedtools.items(feed, options):
        _entry(builder, listing, present(article))
    return listing


def _serialise(root: Element, *, document: bool) -> bytes:
    text = etree.tostring(root, method="html", encoding="unicode", pretty_print=True).rstrip("\n")
    return utf8(html_safe(f"{DOCTYPE}\n{text}\n" if document else f"{text}\n"))


class HtmlWriter(TypedWriter[HtmlOptions]):
    """The ``html`` format."""

    name = "html"
    media_type = "text/html; charset=utf-8"
    suffix = ".html"
    description = "a standalone reader-view page (a feed: an index page)"
    options_type = HtmlOptions

    def render(self, obj: Article | Feed, context: Context, options: HtmlOptions) -> bytes:
        builder = HtmlBuilder(markup=_MARKUP)
        if isinstance(obj, Article):
            shown = present(obj)
            if options.fragment:
                return _serialise(_article(builder, None, shown), document=False)
            html, main = _document(builder, shown.title, shown.link)
            _language(html, shown.language, shown.headline or shown.dek)
            _article(builder, main, shown)
            return _serialise(html, document=True)
        if options.fragment:
            return _serialise(_index(builder, None, obj, options), document=False)
        title = obj.title or "Untitled"
        html, main = _document(builder, title, safe(obj.link))
        _language(html, obj.language, title)
        header = builder.el("header", main)
        builder.text(builder.el("h1", header), title)
        if obj.description:
            builder.text(builder.el("p", header, class_="dek"), obj.description)
        _index(builder, main, obj, options)
        return _serialise(html, document=True)
