"""Stable identifiers for articles and feeds, the same in every writer."""

from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import quote

from syndicate import codec
from syndicate.model import Article, Feed
from syndicate.writers.safetext import utf8

TAG_AUTHORITY = "syndicate.invalid,2024"
"""The tagging entity of ``tag:`` URIs minted for articles without a URL (RFC 4151)."""


def content_hash(article: Article) -> str:
    """A hash of what the article says (not of how or when it was read)."""
    data = codec.to_data(article)
    for volatile in ("evidence", "diagnostics"):
        data.pop(volatile, None)
    blob = utf8(json.dumps(data, ensure_ascii=False, sort_keys=True))
    return hashlib.sha256(blob).hexdigest()[:32]


def article_id(article: Article) -> str:
    """The id a source feed gave the item, else the canonical URL (else the page URL), else a
    ``tag:`` URI from the content hash."""
    return article.id or article.link or f"tag:{TAG_AUTHORITY}:article/{content_hash(article)}"


_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def article_iri(article: Article) -> str:
    """``article_id`` where the format needs an IRI (Atom ``id``, ninjs ``uri``, NewsML
    ``guid``): a feed's guid that is not one (``guid-0``) is kept whole inside a ``tag:``
    URI, the same one every time."""
    found = article_id(article)
    return found if _IRI.match(found) else f"tag:{TAG_AUTHORITY}:guid/{quote(found, safe='')}"


def feed_id(feed: Feed) -> str:
    """The feed's own id, its link, or a ``tag:`` URI from its articles' ids."""
    if feed.id or feed.link:
        return feed.id or feed.link
    ids = "\n".join(article_id(a) for a in feed.articles)
    digest = hashlib.sha256(utf8(f"{feed.title}\n{ids}")).hexdigest()[:32]
    return f"tag:{TAG_AUTHORITY}:feed/{digest}"
