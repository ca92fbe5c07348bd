"""Feeds as input: RSS 0.91, 1.0 (RDF), 2.0, Atom and JSON Feed, with each entry's link, id,
dates, authors and summary."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from syndicate import InputError
from syndicate.fetcher.feeds import is_feed, parse_feed

BASE = "https://news.example/feed"

RSS20 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Gazette</title><link>https://news.example/</link><description>All news</description>
<language>en-gb</language>
<item><title>First</title><link>/a/1</link><guid isPermaLink="false">urn:gazette:1</guid>
<pubDate>Tue, 02 Jan 2024 10:00:00 +0530</pubDate><author>jane@news.example (Jane Doe)</author>
<dc:creator>Bob Roe</dc:creator>
<description>One line about it.</description>
<content:encoded><![CDATA[<p>The whole <b>story</b>.</p>]]></content:encoded>
<category>Politics</category></item>
</channel></rss>"""

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>
<link>https://news.example/</link><description>d</description>
<item><title>Ancient</title><link>https://news.example/old</link><description>Text</description></item>
</channel></rss>"""

RSS10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>RDF</title><link>https://news.example/</link>
<description>d</description></channel>
<item rdf:about="https://news.example/rdf/1"><title>Resource</title>
<link>https://news.example/rdf/1</link><dc:date>2024-01-02T10:00:00+01:00</dc:date>
<dc:creator>Ann Example</dc:creator><description>Short.</description></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:uuid:feed-1</id>
<link href="https://news.example/"/><updated>2024-01-03T00:00:00Z</updated>
<entry><title>Entry</title><id>tag:news.example,2024:entry-1</id>
<link rel="alternate" href="https://news.example/e/1"/>
<published>2024-01-02T10:00:00-05:00</published><updated>2024-01-02T12:00:00-05:00</updated>
<author><name>Cy Writer</name></author><summary>Sum.</summary>
<content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON News",
        "home_page_url": "https://news.example/",
        "feed_url": "https://news.example/feed.json",
        "language": "fr",
        "items": [
            {
                "id": 42,
                "url": "https://news.example/j/42",
                "title": "Numbered",
                "summary": "In short.",
                "content_text": "Plain <text>",
                "date_published": "2024-01-02T10:00:00+02:00",
                "authors": [{"name": "Dee Author"}],
                "tags": ["x"],
            },
            {"id": "no-url", "content_html": "<p>Hi</p>", "author": {"name": "Old Style"}},
        ],
    }
).encode()


def test_rss20() -> None:
    feed = parse_feed(RSS20, url=BASE)
    assert (feed.title, feed.link, feed.language, feed.format) == (
        "Gazette",
        "https://news.example/",
        "en-gb",
        "rss20",
    )
    (entry,) = feed.entries
    assert entry.id == "urn:gazette:1"
    assert entry.link == "https://news.example/a/1"  # resolved against the feed's URL
    assert entry.published == datetime(
        2024, 1, 2, 10, tzinfo=timezone(timedelta(hours=5, minutes=30))
    )
    assert entry.updated is None
    assert entry.authors == ("Jane Doe", "Bob Roe")
    assert entry.summary == "One line about it."
    assert "<b>story</b>" in entry.content
    assert entry.tags == ("Politics",)


def test_rss091_and_rss10() -> None:
    old = parse_feed(RSS091, url=BASE)
    assert old.format == "rss091u" or old.format.startswith("rss09")
    assert old.entries[0].link == "https://news.example/old"
    assert old.entries[0].id == ""
    rdf = parse_feed(RSS10, url=BASE)
    assert rdf.format == "rss10"
    entry = rdf.entries[0]
    assert entry.link == "https://news.example/rdf/1"
    assert entry.authors == ("Ann Example",)
    assert entry.published == datetime(2024, 1, 2, 10, tzinfo=timezone(timedelta(hours=1)))


def test_atom() -> None:
    feed = parse_feed(ATOM, url=BASE)
    assert (feed.title, feed.id, feed.format) == ("Atom News", "urn:uuid:feed-1", "atom10")
    entry = feed.entries[0]
    assert entry.id == "tag:news.example,2024:entry-1"
    assert entry.updated == datetime(2024, 1, 2, 12, tzinfo=timezone(timedelta(hours=-5)))
    assert entry.authors == ("Cy Writer",) and entry.content == "<p>Body</p>"


def test_json_feed() -> None:
    feed = parse_feed(JSON_FEED, url=BASE)
    assert (feed.title, feed.language, feed.format) == ("JSON News", "fr", "json11")
    first, second = feed.entries
    assert first.id == "42" and first.link == "https://news.example/j/42"
    assert first.content == "<pre>Plain &lt;text&gt;</pre>"
    assert first.authors == ("Dee Author",) and first.tags == ("x",)
    assert second.authors == ("Old Style",) and second.link == ""


def test_sniffing() -> None:
    for feed in (RSS20, RSS091, RSS10, ATOM, JSON_FEED, b"\xef\xbb\xbf  " + ATOM):
        assert is_feed(feed)
    for other in (b"<!DOCTYPE html><html><body>rss</body></html>", b'{"a": 1}', b""):
        assert not is_feed(other)


def test_not_a_feed() -> None:
    with pytest.raises(InputError):
        parse_feed(b"<html><body><p>hello</p></body></html>", url=BASE)
    with pytest.raises(InputError):
        parse_feed(b'{"version": "1"}', url=BASE)
