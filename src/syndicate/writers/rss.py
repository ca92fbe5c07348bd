"""RSS 2.0: the channel through feedgen, the items written by ``rssitem`` as feedgen
would (``content:encoded``, ``dc:creator`` per author, Media RSS and an enclosure for the
lead image, ``dcterms:modified`` for updates) and placed where feedgen places them."""

from __future__ import annotations

from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from syndicate.context import Context
from syndicate.errors import WriteError
from syndicate.model import Article, Feed
from syndicate.urls import safe
from syndicate.writers import feedtools, rssitem
from syndicate.writers.base import TypedWriter
from syndicate.writers.feedext import NewsEntryExtension, NewsExtension
from syndicate.writers.safetext import html_text, xml_safe, xml_text

_CLOSE = b"  </channel>\n</rss>\n"
"""How feedgen ends the channel: the items go right before it."""


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
        channel: bytes = gen.rss_str(pretty=True)
        if not channel.endswith(_CLOSE):
            raise WriteError("feedgen wrote an RSS channel this writer does not know")
        items = [rssitem.item(article).encode("utf-8") for article in articles]
        return b"".join([channel[: -len(_CLOSE)], *items, _CLOSE])
