"""RSS 2.0 through feedgen: ``content:encoded``, ``dc:creator`` per author, Media RSS
and an enclosure for the lead image, ``dcterms:modified`` for updates."""

from __future__ import annotations

from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from syndicate.context import Context
from syndicate.errors import WriteError
from syndicate.model import Article, Feed
from syndicate.urls import safe
from syndicate.writers import feedtools
from syndicate.writers.base import TypedWriter
from syndicate.writers.feedext import NewsEntryExtension, NewsExtension
from syndicate.writers.html import article_html
from syndicate.writers.identity import article_id
from syndicate.writers.presentation import present
from syndicate.writers.safetext import html_text, xml_safe, xml_text


@dataclass(frozen=True, slots=True, kw_only=True)
class RssOptions(feedtools.FeedOptions):
    """RSS 2.0 options (see ``FeedOptions``)."""


class RssWriter(TypedWriter[RssOptions]):
    """The ``rss`` format."""

    name = "rss"
    media_type = "application/rss+xml"
    suffix = ".rss"
    description = "RSS 2.0 with full content, Dublin Core and Media RSS"
    options_type = RssOptions

    def render(self, obj: Article | Feed, context: Context, opts: RssOptions) -> bytes:
        feed = feedtools.as_feed(obj)
        articles = feedtools.items(feed, opts)
        link = (
            safe(feed.link)
            or safe(feed.self_url)
            or next((safe(a.link) for a in articles if safe(a.link)), "")
        )
        if not link:
            raise WriteError("an RSS channel needs a link: give the feed a link (--link)")
        gen = FeedGenerator()
        gen.load_extension("dc")
        gen.register_extension("news", NewsExtension, NewsEntryExtension, atom=False, rss=True)
        gen.title(xml_text(feed.title, "Untitled"))
        if safe(feed.self_url):
            gen.link(href=safe(feed.self_url), rel="self")
        gen.link(href=link, rel="alternate")  # feedgen's RSS <link> is the last link given
        gen.news.links = opts.archive_links()
        gen.description(
            html_text(xml_text(feed.description, "") or xml_text(feed.title, "Untitled"))
        )
        if feed.language:
            gen.language(feed.language)
        gen.lastBuildDate(feedtools.feed_updated(feed, articles, context))
        gen.generator(feedtools.GENERATOR, uri=feedtools.GENERATOR_URI)
        if safe(feed.logo or feed.icon):
            gen.image(
                url=safe(feed.logo or feed.icon), title=xml_text(feed.title, "Untitled"), link=link
            )
        if feed.rights:
            gen.copyright(xml_safe(feed.rights))
        for article in articles:
            _item(gen, article)
        rss: bytes = gen.rss_str(pretty=True)
        return rss


def _item(gen: FeedGenerator, article: Article) -> None:
    shown = present(article)
    entry = gen.add_entry(order="append")
    item_id = article_id(article)
    entry.guid(item_id, permalink=item_id.startswith(("http://", "https://")))
    entry.title(xml_text(article.headline, "Untitled"))
    if safe(article.link):
        entry.link(href=safe(article.link))
    # with no description feedgen would move the content into <description>, which readers
    # render as HTML: the summary is plain text, so it goes in escaped
    summary = xml_text(shown.summary, "") or xml_text(article.headline, "-")
    entry.description(html_text(summary))
    entry.content(article_html(shown))
    for person in article.authors:
        entry.dc.dc_creator(xml_text(person.name, "Unknown"), replace=False)
    if article.published:
        entry.pubDate(article.published)
    for term in shown.categories:
        entry.category(term=xml_safe(term))
    if article.language:
        entry.dc.dc_language(article.language)
    news: NewsEntryExtension = entry.news
    if article.modified and article.modified != article.published:
        news.modified = article.modified
    lead = shown.lead
    if lead is not None and safe(lead.image.url):
        news.image = lead
        news.image_type = feedtools.image_type(lead.image.url)
        entry.enclosure(url=lead.image.url, length="0", type=news.image_type)
