"""What the feed writers share: options, item order, ids, dates, image types."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from syndicate.context import Context
from syndicate.model import Article, Feed
from syndicate.urls import safe
from syndicate.writers.base import flag
from syndicate.writers.identity import article_id

GENERATOR = "syndicate"
GENERATOR_URI = "https://pypi.org/project/syndicate/"


class Order(str, Enum):
    """Item order in a feed."""

    NEWEST = "newest"
    OLDEST = "oldest"
    GIVEN = "given"


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemOptions:
    """Which items of a feed a writer writes, in which order (duplicates always collapse)."""

    order: Order = field(
        default=Order.NEWEST,
        metadata=flag(
            "--order",
            "item order (default: newest first)",
            feed_only=True,
            choices=tuple(o.value for o in Order),
        ),
    )
    max_items: int | None = field(
        default=None,
        metadata=flag("--max-items", "keep only the first N items", feed_only=True, kind=int),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedOptions(ItemOptions):
    """Options every syndication feed format takes.

    ``hub`` adds a WebSub hub link; ``next_archive``/``prev_archive``/``current``
    add RFC 5005 archive links.
    """

    hub: str = field(default="", metadata=flag("--hub", "WebSub hub URL", feed_only=True))
    next_archive: str = ""
    prev_archive: str = ""
    current: str = ""

    def archive_links(self) -> list[tuple[str, str]]:
        """(rel, href) pairs of the hub and archive links that are set and safe."""
        pairs = [
            ("hub", self.hub),
            ("next-archive", self.next_archive),
            ("prev-archive", self.prev_archive),
            ("current", self.current),
        ]
        return [(rel, safe(href)) for rel, href in pairs if safe(href)]


def as_feed(obj: Article | Feed) -> Feed:
    """A feed as is; a single article as a one-item feed named after its site."""
    if isinstance(obj, Feed):
        return obj
    return Feed(
        title=obj.site_name or obj.headline or "Untitled",
        link=obj.link,
        description=obj.dek,
        language=obj.language,
        articles=(obj,),
    )


def _sort_key(article: Article) -> float:
    when = article.published or article.modified
    return when.timestamp() if when else float("-inf")


def items(feed: Feed, options: ItemOptions) -> list[Article]:
    """Articles in the chosen order, duplicates (same id) collapsed, cut to max_items."""
    seen: set[str] = set()
    unique: list[Article] = []
    for article in feed.articles:
        key = article_id(article)
        if key not in seen:
            seen.add(key)
            unique.append(article)
    if options.order is Order.NEWEST:
        unique.sort(key=_sort_key, reverse=True)
    elif options.order is Order.OLDEST:
        unique.sort(key=_sort_key)
    return unique[: options.max_items] if options.max_items is not None else unique


def last_change(article: Article) -> datetime | None:
    """When the article last changed: modified, else published."""
    return article.modified or article.published


def feed_updated(feed: Feed, articles: list[Article], context: Context) -> datetime:
    """The latest item date, else the feed's own date, else the context's now."""
    dates = [d for d in map(last_change, articles) if d is not None]
    return max(dates, default=None) or feed.updated or context.now


def image_type(url: str) -> str:
    """A MIME type for an image URL (by extension; JPEG when unknown)."""
    guessed, _ = mimetypes.guess_type(url.split("?", 1)[0])
    return guessed if guessed and guessed.startswith("image/") else "image/jpeg"
