"""Feeds as input: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed 1.0/1.1 by hand.

Each entry keeps what the feed says about it — id, link, title, dates, authors, summary and
content — so that a full-text run can fall back on it, and the feed's guid stays the item's
identity.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import feedparser
from dateutil import parser as dateparser

from syndicate.errors import InputError
from syndicate.urls import resolve
from syndicate.xmlchars import without_controls, xml_safe

_JSON_FEED = re.compile(r"^https?://jsonfeed\.org/version/")
_XML_FEED = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*>\s*)*"
    rb"<(?:[a-zA-Z0-9_]+:)?(?:rss|feed|RDF)\b",
    re.S,
)
_EMAIL = re.compile(r"^\S+@\S+$")
_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One item of a source feed, as the feed gives it."""

    id: str = ""
    link: str = ""
    title: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    authors: tuple[str, ...] = ()
    summary: str = ""
    """HTML (or text) the feed gives as the item's summary."""
    content: str = ""
    """HTML the feed gives as the item's full content, if any."""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceFeed:
    """A parsed feed: its own fields and its entries, in feed order."""

    url: str
    title: str = ""
    link: str = ""
    id: str = ""
    description: str = ""
    language: str = ""
    updated: datetime | None = None
    entries: tuple[Entry, ...] = ()
    format: str = ""
    """feedparser's version name (``rss20``, ``atom10``…) or ``json1``/``json11``."""


def is_feed(body: bytes) -> bool:
    """Whether ``body`` looks like an RSS/Atom/RDF document or a JSON Feed."""
    head = body[:4096]
    if _XML_FEED.match(head):
        return True
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        try:
            data = json.loads(body.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return False
        return isinstance(data, dict) and bool(_JSON_FEED.match(str(data.get("version", ""))))
    return False


def parse_feed(body: bytes, *, url: str, content_type: str = "") -> SourceFeed:
    """The feed in ``body`` (fetched from ``url``); ``InputError`` when it is not one."""
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return _json_feed(body, url)
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed: Any = feedparser.parse(body, response_headers=headers, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        raise InputError(f"{url}: not an RSS, Atom or JSON feed")
    info = parsed.feed
    return SourceFeed(
        url=url,
        title=_text(info.get("title", "")),
        link=_url(url, info.get("link", "")),
        id=_text(info.get("id", "")),
        description=_text(info.get("subtitle", "")),
        language=_text(info.get("language", "")),
        updated=_date(dict.get(info, "updated", ""), dict.get(info, "updated_parsed")),
        entries=tuple(_xml_entry(url, e) for e in parsed.entries),
        format=str(parsed.get("version", "")),
    )


def _xml_entry(base: str, entry: Any) -> Entry:
    authors = [a.get("name", "") for a in entry.get("authors", []) if isinstance(a, dict)]
    if not any(authors) and entry.get("author"):
        authors = [entry.get("author", "")]
    content = ""
    for part in entry.get("content", []):
        if part.get("value"):
            content = part["value"]
            break
    published = _date(entry.get("published", ""), entry.get("published_parsed"))
    # dict.get: feedparser's own get() maps a missing "updated" to "published", with a warning
    updated = _date(dict.get(entry, "updated", ""), dict.get(entry, "updated_parsed"))
    if published is None:  # an entry with one date (RSS 1.0's dc:date, Atom's updated)
        published, updated = updated, None
    return Entry(
        id=_text(entry.get("id", "")),
        link=_url(base, entry.get("link", "")),
        title=_text(entry.get("title", "")),
        published=published,
        updated=updated if updated != published else None,
        authors=tuple(n for n in map(_person, authors) if n),
        summary=_clean(str(entry.get("summary", ""))),
        content=_clean(str(content)),
        tags=tuple(_text(t.get("term", "")) for t in entry.get("tags", []) if t.get("term")),
    )


def _json_feed(body: bytes, url: str) -> SourceFeed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{url}: not a JSON Feed ({exc})") from None
    if not isinstance(data, dict) or not _JSON_FEED.match(str(data.get("version", ""))):
        raise InputError(f"{url}: not a JSON Feed (no jsonfeed.org version)")
    items = data.get("items")
    version = str(data["version"]).rstrip("/").rsplit("/", 1)[-1].replace(".", "")
    return SourceFeed(
        url=url,
        title=_text(data.get("title", "")),
        link=_url(url, data.get("home_page_url", "")),
        id=_url(url, data.get("feed_url", "")),
        description=_text(data.get("description", "")),
        language=_text(data.get("language", "")),
        entries=tuple(_json_entry(url, i) for i in items if isinstance(i, dict))
        if isinstance(items, list)
        else (),
        format=f"json{version}",
    )


def _json_entry(base: str, item: dict[str, Any]) -> Entry:
    people = item.get("authors")
    if not isinstance(people, list):
        people = [item["author"]] if isinstance(item.get("author"), dict) else []
    names = [_text(p.get("name", "")) for p in people if isinstance(p, dict)]
    text = item.get("content_text")
    content = item.get("content_html") or (f"<pre>{_escape(text)}</pre>" if text else "")
    tags = item.get("tags")
    return Entry(
        id=_text(item.get("id", "")),
        link=_url(base, item.get("url", "") or item.get("external_url", "")),
        title=_text(item.get("title", "")),
        published=_date(item.get("date_published", ""), None),
        updated=_date(item.get("date_modified", ""), None),
        authors=tuple(n for n in names if n),
        summary=_clean(_plain(item.get("summary", ""))),
        content=_clean(_plain(content)),
        tags=tuple(_text(t) for t in tags if _text(t)) if isinstance(tags, list) else (),
    )


def _person(value: object) -> str:
    """A name from an RSS author: ``jane@example.com (Jane Doe)`` gives Jane Doe; a bare
    address gives nothing."""
    text = _text(value)
    if "(" in text and ")" not in text:
        # feedparser reads only 2-4 letter TLDs as part of an address: from
        # "jane@news.example (Jane Doe)" it keeps "ple (Jane Doe" as the name
        text = text.rsplit("(", 1)[1].strip()
    found = _EMAIL_NAME.match(text)
    if found:
        return found.group(1).strip()
    return "" if _EMAIL.match(text) else text


def _escape(value: object) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain(value: object) -> str:
    return value if isinstance(value, str) else ""


def _text(value: object) -> str:
    """One line of text: numbers as text (a JSON Feed id may be one), controls removed."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    return " ".join(_CONTROL.sub(" ", _clean(str(value))).split())


def _url(base: str, href: object) -> str:
    return resolve(base, href) if isinstance(href, str) and href.strip() else ""


def _date(raw: object, parsed: object) -> datetime | None:
    """The date as the feed wrote it (its own UTC offset kept), else feedparser's UTC
    reading, else None; a date without a zone is taken as UTC."""
    if isinstance(raw, str) and raw.strip():
        try:
            found = dateparser.parse(raw)
        except (ValueError, OverflowError):
            found = None
        if found is not None:
            return found if found.tzinfo is not None else found.replace(tzinfo=timezone.utc)
    if isinstance(parsed, time.struct_time):
        return datetime(*parsed[:6], tzinfo=timezone.utc)
    return None
    return None


def _clean(text: str) -> str:
    """``text`` without characters XML cannot hold or a terminal would act on."""
    return without_controls(xml_safe(text))
