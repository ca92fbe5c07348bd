"""Atom 1.0 (RFC 4287) through feedgen: one id/title/updated per entry, authors with
uri, editors as contributors, HTML content, the lead image as an enclosure link."""

from __future__ import annotations

from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from syndicate.context import Context
from syndicate.model import Article, Feed, Person
from syndicate.urls import safe
from syndicate.writers import feedtools
from syndicate.writers.base import TypedWriter
from syndicate.writers.feedext import NewsEntryExtension, NewsExtension
from syndicate.writers.fragment import article_html
from syndicate.writers.identity import article_iri, feed_id
from syndicate.writers.presentation import present
from syndicate.writers.safetext import html_text, xml_safe, xml_text


@dataclass(frozen=True, slots=True, kw_only=True)
class AtomOptions(feedtools.FeedOptions):
    """Atom options (see ``FeedOptions``)."""


def _person(person: Person) -> dict[str, str]:
    found = {"name": xml_text(person.name, "Unknown")}
    if safe(person.url) and person.url.startswith(("http://", "https://")):
        found["uri"] = person.url
    return found


class AtomWriter(TypedWriter[AtomOptions]):
    """The ``atom`` format."""

    name = "atom"
    media_type = "application/atom+xml"
    suffix = ".atom"
    description = "Atom 1.0 with full HTML content"
    options_type = AtomOptions

    def render(self, obj: Article | Feed, context: Context, opts: AtomOptions) -> bytes:
        feed = feedtools.as_feed(obj)
        articles = feedtools.items(feed, opts)
        updated = feedtools.feed_updated(feed, articles, context)
        gen = FeedGenerator()
        gen.register_extension("news", NewsExtension, NewsEntryExtension, atom=True, rss=False)
        gen.id(feed_id(feed))
        gen.title(xml_text(feed.title, "Untitled"))
        gen.updated(updated)
        if safe(feed.link):
            gen.link(href=safe(feed.link), rel="alternate", type="text/html")
        if safe(feed.self_url):
            gen.link(href=safe(feed.self_url), rel="self", type=self.media_type)
        for rel, href in opts.archive_links():
            gen.link(href=href, rel=rel)
        if feed.description:
            gen.subtitle(html_text(feed.description))  # typed "html" by NewsExtension
        if feed.language:
            gen.language(feed.language)
        authors = list(feed.authors)
        if not authors and any(not a.authors for a in articles):
            authors = [
                Person(name=xml_text(feed.title, "Unknown"))
            ]  # RFC 4287: an author at feed or entry level
        for person in authors:
            gen.author(_person(person))
        gen.generator(feedtools.GENERATOR, uri=feedtools.GENERATOR_URI)
        if safe(feed.icon):
            gen.icon(safe(feed.icon))
        if safe(feed.logo):
            gen.logo(safe(feed.logo))
        if feed.rights:
            gen.rights(xml_safe(feed.rights))
        for article in articles:
            _entry(gen, article, updated)
        atom: bytes = gen.atom_str(pretty=True)
        return atom


def _entry(gen: FeedGenerator, article: Article, fallback_updated: object) -> None:
    entry = gen.add_entry(order="append")
    entry.id(article_iri(article))
    entry.title(xml_text(article.headline, "Untitled"))
    entry.updated(feedtools.last_change(article) or fallback_updated)
    if article.published:
        entry.published(article.published)
    news: NewsEntryExtension = entry.news
    if safe(article.link):
        news.links.append({"rel": "alternate", "type": "text/html", "href": safe(article.link)})
    for person in article.authors:
        entry.author(_person(person))
    for person in article.contributors:
        entry.contributor(_person(person))
    shown = present(article)
    if summary := shown.summary:
        entry.summary(html_text(summary), type="html")
    entry.content(article_html(shown), type="html")
    for term in shown.categories:
        entry.category(term=xml_safe(term))
    image = article.lead_image
    if image and safe(image.url):
        news.links.append(
            {"rel": "enclosure", "type": feedtools.image_type(image.url), "href": image.url}
        )
