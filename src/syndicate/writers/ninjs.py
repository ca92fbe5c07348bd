"""IPTC ninjs (News in JSON) 2.2 by default, 3.1 on request.

One article is one ninjs object; a feed is a ``composite`` object whose associations
are the articles, in feed order. ninjs 3.x renamed the properties to camelCase; the
writer builds 2.2 names and renames them through one table for 3.1.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from syndicate.context import Context
from syndicate.model import Article, Feed
from syndicate.urls import safe
from syndicate.writers import feedtools, plain
from syndicate.writers.base import TypedWriter, flag
from syndicate.writers.fragment import article_html
from syndicate.writers.identity import article_iri, feed_id
from syndicate.writers.presentation import FigureView, present
from syndicate.writers.safetext import utf8

VERSIONS = ("2.2", "3.1")
GENRE_URI = "http://cv.iptc.org/newscodes/genre/"
CAMEL_CASE_3X = {
    "firstcreated": "firstCreated",
    "versioncreated": "versionCreated",
    "contentcreated": "contentCreated",
    "pubstatus": "pubStatus",
    "contenttype": "contentType",
    "charcount": "charCount",
    "wordcount": "wordCount",
    "infosources": "infoSources",
    "altids": "altIds",
    "representationtype": "representationType",
}
"""ninjs 2.2 property names that ninjs 3.x spells in camelCase."""


@dataclass(frozen=True, slots=True, kw_only=True)
class NinjsOptions(feedtools.ItemOptions):
    """Item order and count as in ``ItemOptions``; ``version``: "2.2" (default) or "3.1"; ``genre``: an IPTC genre NewsCode."""

    version: str = field(
        default="2.2",
        metadata=flag(
            "--ninjs-version", "ninjs: schema version to write (default: 2.2)", choices=VERSIONS
        ),
    )
    genre: str = "Current"

    def __post_init__(self) -> None:
        if self.version not in VERSIONS:
            raise ValueError(f"ninjs version must be one of {VERSIONS}, got {self.version!r}")


def _stamp(value: Any) -> str:
    return str(value.isoformat(timespec="seconds"))


def _picture(article: Article, shown: FigureView, context: Context) -> dict[str, Any]:
    image, caption = shown.image, shown.caption_text
    rendition: dict[str, Any] = {
        "name": "original",
        "href": safe(image.url),
        "contenttype": feedtools.image_type(image.url),
    }
    if image.width:
        rendition["width"] = image.width
    if image.height:
        rendition["height"] = image.height
    picture: dict[str, Any] = {
        "name": "leadimage",
        "uri": f"{article_iri(article)}#lead-image",
        "type": "picture",
        "versioncreated": _stamp(context.now),
        "renditions": [rendition],
    }
    if caption:
        picture["headlines"] = [{"role": "main", "value": caption}]
    if image.alt:
        picture["descriptions"] = [{"role": "alt", "value": image.alt}]
    if image.credit:
        picture["by"] = image.credit
    return picture


def _uri(url: str) -> dict[str, str]:
    """A person's ``uri`` (web page or ``mailto:``), when there is a safe one."""
    found = safe(url, mailto=True)
    return {"uri": found} if found else {}


def article_object(article: Article, context: Context, options: NinjsOptions) -> dict[str, Any]:
    """One article as a ninjs 2.2 object."""
    shown = present(article)
    item: dict[str, Any] = {
        "uri": article_iri(article),
        "type": "text",
        "representationtype": "full",
        "version": "1",
        "standard": {
            "name": "ninjs",
            "version": "2.2",
            "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json",
        },
    }
    if article.published:
        item["firstcreated"] = item["contentcreated"] = _stamp(article.published)
    item["versioncreated"] = _stamp(context.now)
    item["pubstatus"] = "usable"
    if article.language:
        item["language"] = article.language
    headlines = [{"role": "main", "value": shown.title}]
    if article.dek:
        headlines.append({"role": "sub", "value": article.dek})
    item["headlines"] = headlines
    if summary := shown.summary:
        item["descriptions"] = [{"role": "summary", "contenttype": "text/plain", "value": summary}]
    text = plain.body(shown)
    item["bodies"] = [
        {"role": "main", "contenttype": "text/html", "value": article_html(shown)},
        {
            "role": "main",
            "contenttype": "text/plain",
            "value": text,
            "charcount": len(text),
            "wordcount": len(text.split()),
        },
    ]
    if shown.byline:
        item["by"] = shown.byline
    people = [
        {"name": p.name, "rel": p.role.value, **_uri(p.url)}
        for p in (*article.authors, *article.contributors)
    ]
    if people:
        item["people"] = people
    if article.credit:
        item["organisations"] = [
            {"name": c.strip(), "rel": "credit"} for c in article.credit.split(",")
        ]
    subjects = [{"name": t, "literal": t} for t in shown.categories]
    if subjects:
        item["subjects"] = subjects
    if article.dateline:
        item["located"] = article.dateline
        item["places"] = [{"name": article.dateline, "rel": "located"}]
    if article.kicker:
        item["slugline"] = article.kicker
    if article.site_name:
        item["infosources"] = [{"name": article.site_name, "role": "originfo"}]
    if safe(article.link):
        item["altids"] = [{"role": "url", "value": safe(article.link)}]
    if options.genre:
        item["genres"] = [{"name": options.genre, "uri": GENRE_URI + options.genre}]
    if shown.lead is not None and safe(shown.lead.image.url):
        item["associations"] = [_picture(article, shown.lead, context)]
    return item


def feed_object(feed: Feed, context: Context, options: NinjsOptions) -> dict[str, Any]:
    """A feed as a ninjs ``composite`` whose associations are its articles."""
    members = [article_object(a, context, options) for a in feedtools.items(feed, options)]
    for index, member in enumerate(members, 1):
        member["name"] = f"item-{index}"
    composite: dict[str, Any] = {
        "uri": feed_id(feed),
        "type": "composite",
        "version": "1",
        "versioncreated": _stamp(context.now),
        "pubstatus": "usable",
        "headlines": [{"role": "main", "value": feed.title}],
    }
    if feed.description:
        composite["descriptions"] = [{"role": "summary", "value": feed.description}]
    if feed.language:
        composite["language"] = feed.language
    composite["associations"] = members
    return composite


def _to_3x(value: Any) -> Any:
    if isinstance(value, dict):
        out = {CAMEL_CASE_3X.get(k, k): _to_3x(v) for k, v in value.items()}
        if isinstance(out.get("standard"), dict):
            out["standard"] = {
                "name": "ninjs",
                "version": "3.1",
                "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
            }
        return out
    if isinstance(value, list):
        return [_to_3x(v) for v in value]
    return value


class NinjsWriter(TypedWriter[NinjsOptions]):
    """The ``ninjs`` format."""

    name = "ninjs"
    media_type = "application/json"
    suffix = ".json"
    description = "IPTC ninjs 2.2 (or 3.1) news in JSON"
    options_type = NinjsOptions

    def render(self, obj: Article | Feed, context: Context, opts: NinjsOptions) -> bytes:
        doc = (
            article_object(obj, context, opts)
            if isinstance(obj, Article)
            else feed_object(obj, context, opts)
        )
        if opts.version.startswith("3."):
            doc = _to_3x(doc)
        return utf8(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
