"""Full text: a summary-only feed whose items link to fixture pages becomes a feed carrying the
whole articles, validated by feedparser, keeping the feed's ids; failures keep the summary."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import feedparser
import pytest

import syndicate
from syndicate import Context, FetchError, FetchOptions
from syndicate.writers.identity import TAG_AUTHORITY
from tests.conftest import EXAMPLE
from tests.fetcher.server import LocalServer, Route, article_page, rss_feed

CONTEXT = Context(now=datetime(2024, 1, 5, tzinfo=timezone.utc))


def _serve(server: LocalServer) -> str:
    base = server.url("")
    server.add("/article/0", Route(article_page(0, base=base)))
    server.add("/article/1", Route(article_page(1, base=base, published="")))  # no date
    server.add("/theprint", Route(EXAMPLE.read_bytes()))
    server.add("/image", Route(b"GIF89a", content_type="image/gif"))
    items = [
        ("guid-0", f"{base}/article/0"),
        ("guid-1", f"{base}/article/1"),
        ("guid-print", f"{base}/theprint"),
        ("guid-404", f"{base}/gone"),
        ("guid-img", f"{base}/image"),
    ]
    return server.add("/feed.xml", Route(rss_feed(base, items), content_type="application/rss+xml"))


def test_fulltext_feed(server: LocalServer, options: FetchOptions) -> None:
    feed = syndicate.fulltext(_serve(server), options=options, context=CONTEXT)
    assert feed.title == "Test Gazette" and feed.language == "en"
    assert [a.id for a in feed.articles] == [
        "guid-0",
        "guid-1",
        "guid-print",
        "guid-404",
        "guid-img",
    ]
    zero, one, printed, gone, image = feed.articles
    assert "BODY-0 paragraph 4" in zero.body_text and not zero.diagnostics
    assert zero.published == datetime(2024, 1, 2, 10, tzinfo=timezone.utc)  # the page's
    assert one.published == datetime(2024, 1, 2, 11, tzinfo=timezone.utc)  # the entry's
    assert "S-400" in printed.body_text and len(printed.body_text) > 2000
    for failed, code in ((gone, "http-status"), (image, "content-type")):
        assert failed.body_text == f"Summary of {failed.id}."
        assert failed.headline == f"Item {failed.id}"
        (note,) = failed.diagnostics
        assert note.code == "fulltext-failed" and code in note.message


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_fulltext_output_validates(server: LocalServer, options: FetchOptions, fmt: str) -> None:
    feed = syndicate.fulltext(_serve(server), options=options, context=CONTEXT)
    data = syndicate.write(feed, fmt, context=CONTEXT)
    parsed = feedparser.parse(data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    ids = [a.id if fmt == "rss" else f"tag:{TAG_AUTHORITY}:guid/{a.id}" for a in feed.articles]
    assert sorted(e.id for e in parsed.entries) == sorted(ids)  # Atom ids must be IRIs
    content = {e.id.rpartition("/")[2]: e.content[0].value for e in parsed.entries}
    assert "BODY-0 paragraph 4" in content["guid-0"]
    assert "BODY-1 paragraph 4" in content["guid-1"]
    assert "S-400" in content["guid-print"]


def test_jsonfeed_output_keeps_ids(server: LocalServer, options: FetchOptions) -> None:
    feed = syndicate.fulltext(_serve(server), options=options, context=CONTEXT)
    doc = json.loads(syndicate.write(feed, "jsonfeed", context=CONTEXT))
    assert {item["id"] for item in doc["items"]} == {a.id for a in feed.articles}


def test_fulltext_is_deterministic(server: LocalServer, cached: FetchOptions) -> None:
    url = _serve(server)
    first = syndicate.write(syndicate.fulltext(url, options=cached, context=CONTEXT), "atom")
    second = syndicate.write(syndicate.fulltext(url, options=cached, context=CONTEXT), "atom")
    assert first == second
    assert server.count("/article/0", 304) == 1


def test_strict_fulltext_raises(server: LocalServer, options: FetchOptions) -> None:
    with pytest.raises(FetchError):
        syndicate.fulltext(_serve(server), options=options, strict=True)


def test_a_page_is_not_a_feed(server: LocalServer, options: FetchOptions) -> None:
    url = server.add("/page", Route(article_page(1)))
    with pytest.raises(FetchError) as caught:
        syndicate.fulltext(url, options=options)
    assert caught.value.code == "not-a-feed"


def test_read_feed_keeps_entries_as_they_are(server: LocalServer, options: FetchOptions) -> None:
    feed = syndicate.read_feed(_serve(server), options=options)
    assert [a.body_text for a in feed.articles][:2] == ["Summary of guid-0.", "Summary of guid-1."]
    assert server.count("/article/0") == 0


def test_gather_pages_and_feeds(server: LocalServer, options: FetchOptions) -> None:
    feed_url = _serve(server)
    page = server.url("/article/0")
    found = syndicate.gather([page, feed_url, server.url("/nothing")], options=options)
    assert [a.id for a in found.articles][:2] == ["", "guid-1"]  # the repeat of page 0 dropped
    assert [(f.url, type(f.error).__name__) for f in found.failures] == [
        (server.url("/nothing"), "FetchError")
    ]
    assert found.feeds[0].title == "Test Gazette"
