"""JSON Feed 1.1: plain JSON, HTML and text content, authors, image, tags, language."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from syndicate.context import Context
from syndicate.model import Article, Feed, Person
from syndicate.urls import safe
from syndicate.writers import feedtools, plain
from syndicate.writers.base import TypedWriter
from syndicate.writers.fragment import article_html
from syndicate.writers.identity import article_id
from syndicate.writers.presentation import present
from syndicate.writers.safetext import inert_text, utf8

VERSION = "https://jsonfeed.org/version/1.1"


@dataclass(frozen=True, slots=True, kw_only=True)
class JsonFeedOptions(feedtools.FeedOptions):
    """JSON Feed options (see ``FeedOptions``)."""


def _authors(people: tuple[Person, ...]) -> list[dict[str, str]]:
    out = []
    for person in people:
        entry = {"name": person.name}
        if safe(person.url, mailto=True):
            entry["url"] = safe(person.url, mailto=True)
        out.append(entry)
    return out


def _item(article: Article) -> dict[str, Any]:
    item: dict[str, Any] = {"id": article_id(article)}
    if safe(article.link):
        item["url"] = safe(article.link)
    if article.headline:
        item["title"] = article.headline
    shown = present(article)
    item["content_html"] = article_html(shown)
    item["content_text"] = plain.body(shown)
    if summary := shown.summary:
        item["summary"] = inert_text(summary)
    if article.lead_image and safe(article.lead_image.url):
        item["image"] = safe(article.lead_image.url)
    if article.published:
        item["date_published"] = article.published.isoformat()
    if article.modified:
        item["date_modified"] = article.modified.isoformat()
    if article.authors:
        item["authors"] = _authors(article.authors)
    tags = shown.categories
    if tags:
        item["tags"] = list(tags)
    if article.language:
        item["language"] = article.language
    return item


class JsonFeedWriter(TypedWriter[JsonFeedOptions]):
    """The ``jsonfeed`` format."""

    name = "jsonfeed"
    media_type = "application/feed+json"
    suffix = ".json"
    description = "JSON Feed 1.1"
    options_type = JsonFeedOptions

    def render(self, obj: Article | Feed, context: Context, opts: JsonFeedOptions) -> bytes:
        feed = feedtools.as_feed(obj)
        articles = feedtools.items(feed, opts)
        doc: dict[str, Any] = {"version": VERSION, "title": feed.title}
        if safe(feed.link):
            doc["home_page_url"] = safe(feed.link)
        if safe(feed.self_url):
            doc["feed_url"] = safe(feed.self_url)
        if feed.description:
            doc["description"] = inert_text(feed.description)
        if safe(feed.logo or feed.icon):
            doc["icon"] = safe(feed.logo or feed.icon)
        if safe(feed.icon):
            doc["favicon"] = safe(feed.icon)
        if feed.authors:
            doc["authors"] = _authors(feed.authors)
        if feed.language:
            doc["language"] = feed.language
        if safe(opts.hub):
            doc["hubs"] = [{"type": "WebSub", "url": safe(opts.hub)}]
        if safe(opts.next_archive):
            doc["next_url"] = safe(opts.next_archive)
        doc["items"] = [_item(a) for a in articles]
        return utf8(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
