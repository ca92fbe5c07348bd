"""The SQLite cache: conditional GET (the server counts 200s and 304s), validators kept, the
seen-articles store, and two concurrent runs on one file."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import syndicate
from syndicate import FetchOptions
from syndicate.fetcher.cache import Cache, Stored
from tests.conftest import ROOT
from tests.fetcher.server import LocalServer, Route, article_page, rss_feed


def test_conditional_get_reuses_the_stored_body(server: LocalServer, cached: FetchOptions) -> None:
    url = server.add("/a", Route(article_page(1)))
    first = syndicate.fetch(url, options=cached)
    second = syndicate.fetch(url, options=cached)
    third = syndicate.fetch(url, options=cached)
    assert not first.from_cache and second.from_cache and third.from_cache
    assert first.body == second.body == third.body == article_page(1)
    assert server.count("/a", 200) == 1 and server.count("/a", 304) == 2
    sent = [h for p, h in server.requests if p == "/a"]
    assert "if-none-match" not in sent[0]
    # the validators are kept after a 304 and sent again
    for headers in sent[1:]:
        assert headers["if-none-match"].startswith('"')
        assert headers["if-modified-since"] == "Tue, 02 Jan 2024 10:00:00 GMT"


def test_changed_page_is_fetched_again(server: LocalServer, cached: FetchOptions) -> None:
    url = server.add("/a", Route(article_page(1)))
    syndicate.fetch(url, options=cached)
    server.add("/a", Route(article_page(2)))
    assert syndicate.fetch(url, options=cached).body == article_page(2)
    assert server.count("/a", 200) == 2
    assert syndicate.fetch(url, options=cached).from_cache


def test_no_cache_sends_no_validators(server: LocalServer, options: FetchOptions) -> None:
    url = server.add("/a", Route(article_page(1)))
    syndicate.fetch(url, options=options)
    syndicate.fetch(url, options=options)
    assert server.count("/a", 200) == 2
    assert all("if-none-match" not in h for _, h in server.requests)


def test_last_modified_alone_is_a_validator(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite")
    stored = Stored(
        final_url="https://x.example/a",
        etag="",
        last_modified="Mon",
        content_type="text/html",
        body=b"x",
    )
    cache.store("https://x.example/a", stored, when="2024-01-01T00:00:00+00:00")
    assert cache.lookup("https://x.example/a") == stored
    assert cache.lookup("https://x.example/b") is None
    mode = cache._db.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    cache.close()


def test_seen_store_drops_repeats_across_feeds_and_runs(
    server: LocalServer, cached: FetchOptions
) -> None:
    base = server.url("")
    server.add("/article/1", Route(article_page(1, base=base)))
    server.add("/article/2", Route(article_page(2, base=base)))
    # two feeds pointing at one story (one through a tracking query)
    one = server.add(
        "/one.xml",
        Route(rss_feed(base, [("a1", f"{base}/article/1")]), content_type="application/rss+xml"),
    )
    two = server.add(
        "/two.xml",
        Route(
            rss_feed(base, [("b1", f"{base}/article/1?utm_source=x"), ("b2", f"{base}/article/2")]),
            content_type="application/rss+xml",
        ),
    )
    server.add("/article/1?utm_source=x", Route(article_page(1, base=base)))
    found = syndicate.gather([one, two], fulltext=True, options=cached)
    assert [a.id for a in found.articles] == ["a1", "b2"]
    again = syndicate.gather([one, two], fulltext=True, options=cached)
    assert [a.id for a in again.articles] == ["a1", "b2"]  # a later run still gets them all
    new = syndicate.gather([one, two], fulltext=True, options=cached, only_new=True)
    assert new.articles == ()  # ... unless it asks for new ones only


_RUN = """
import sys
from datetime import datetime, timezone
import syndicate
options = syndicate.FetchOptions(allow_private_hosts=True, per_host_delay=0.0, cache=sys.argv[2])
context = syndicate.Context(now=datetime(2024, 1, 3, tzinfo=timezone.utc))
for _ in range(3):
    feed = syndicate.fulltext(sys.argv[1], options=options, context=context)
    assert len(feed.articles) == 12, len(feed.articles)
    assert all(not a.diagnostics for a in feed.articles), [a.diagnostics for a in feed.articles]
sys.stdout.buffer.write(syndicate.write(feed, "atom", context=context))
"""


def test_two_concurrent_runs_on_one_cache_file(server: LocalServer, tmp_path: Path) -> None:
    base = server.url("")
    for i in range(12):
        server.add(f"/article/{i}", Route(article_page(i, base=base)))
    feed = rss_feed(base, [(f"g{i}", f"{base}/article/{i}") for i in range(12)])
    url = server.add("/feed.xml", Route(feed, content_type="application/rss+xml"))
    cache = tmp_path / "shared.sqlite"
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(_RUN), url, str(cache)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (_, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err.decode()
    assert outputs[0][0] == outputs[1][0] and b"BODY-11" in outputs[0][0]
    with sqlite3.connect(cache) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM responses").fetchone()[0] == 13
        assert db.execute("SELECT count(*) FROM seen").fetchone()[0] == 12
    assert server.total(304) > 0  # later runs were conditional
    assert dataclasses.is_dataclass(Stored)
