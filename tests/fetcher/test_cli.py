"""The command line on URLs: convert, feed, fulltext and digest against the live server."""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from pathlib import Path

import feedparser
import pytest

from syndicate import cli, cli_fetch
from tests.fetcher.server import LocalServer, Route, article_page, rss_feed

NET = ["--allow-private-hosts", "--delay", "0"]


def _site(server: LocalServer, items: int = 3) -> str:
    base = server.url("")
    for i in range(items):
        server.add(f"/article/{i}", Route(article_page(i, base=base)))
    feed = rss_feed(base, [(f"g{i}", f"{base}/article/{i}") for i in range(items)])
    return server.add("/feed.xml", Route(feed, content_type="application/rss+xml"))


def test_convert_url(
    server: LocalServer, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    url = server.add("/a", Route(article_page(7)))
    cache = tmp_path / "c.sqlite"
    for _ in range(2):
        code = cli.main(["convert", url, "-t", "text", "--cache", str(cache), *NET])
        out, err = capsysbinary.readouterr()
        assert code == 0 and err == b""
        assert b"Story number 7" in out and b"BODY-7 paragraph 4" in out
    assert cache.exists() and server.count("/a", 304) == 1


def test_convert_refuses_private_hosts_by_default(
    server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.add("/a", Route(article_page(7)))
    code = cli.main(["convert", url, "--no-cache"])
    assert code == 10
    assert "non-public address" in capsys.readouterr().err
    assert server.requests == []


def test_default_cache_in_the_user_cache_dir(
    server: LocalServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    url = server.add("/a", Route(article_page(1)))
    assert cli.main(["convert", url, *NET]) == 0
    assert (tmp_path / "xdg" / "syndicate" / "fetch.sqlite").exists()
    assert cli.main(["convert", url, "--no-cache", *NET]) == 0
    assert server.count("/a", 200) == 2 and server.count("/a", 304) == 0
    capsys.readouterr()


def test_feed_of_pages_and_feeds(
    server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_url = _site(server)
    page = server.add("/extra", Route(article_page(9)))
    out = tmp_path / "feed.xml"
    argv = ["feed", page, feed_url, "-t", "rss", "--title", "Mixed", "-o", str(out), "--no-cache"]
    assert cli.main([*argv, *NET]) == 0
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo
    assert sorted(e.id for e in parsed.entries) == ["g0", "g1", "g2", page]
    assert server.count("/article/0") == 0  # feed items as the feed gives them
    assert cli.main([*argv, "--fulltext", *NET]) == 0
    parsed = feedparser.parse(out.read_bytes())
    assert "BODY-1 paragraph 4" in next(e for e in parsed.entries if e.id == "g1").content[0].value
    capsys.readouterr()


def test_fulltext_command(
    server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_url = _site(server)
    server.add("/feed2.xml", Route(rss_feed(server.url(""), [("bad", server.url("/gone"))])))
    out = tmp_path / "full.xml"
    cache = ["--cache", str(tmp_path / "c.sqlite")]
    assert cli.main(["fulltext", feed_url, "-t", "atom", "-o", str(out), *cache, *NET]) == 0
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo and parsed.feed.title == "Test Gazette"
    guids = sorted(e.id.rpartition("/")[2] for e in parsed.entries)  # Atom: inside a tag: IRI
    assert guids == ["g0", "g1", "g2"]
    assert all(f"BODY-{e.id[-1]} paragraph 4" in e.content[0].value for e in parsed.entries)
    assert capsys.readouterr().err == ""
    # a failing item keeps its summary, with a warning, and the run succeeds
    code = cli.main(["fulltext", server.url("/feed2.xml"), "-o", str(out), *cache, *NET])
    assert code == 0
    assert "fulltext-failed" in capsys.readouterr().err
    assert "Summary of bad." in out.read_text()
    assert cli.main(["fulltext", server.url("/feed2.xml"), "--strict", *cache, *NET]) == 10
    assert cli.main(["fulltext", feed_url, "-t", "text", *NET]) == 8
    capsys.readouterr()


def test_digest_from_feeds(
    server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_url = _site(server, items=2)
    book = tmp_path / "paper.epub"
    argv = ["digest", feed_url, "-o", str(book), "--title", "Morning", "--no-cache", *NET]
    assert cli.main(argv) == 0
    with zipfile.ZipFile(book) as epub:
        text = b"".join(epub.read(n) for n in epub.namelist() if n.endswith(".xhtml"))
    assert b"BODY-0 paragraph 4" in text and b"BODY-1 paragraph 4" in text
    capsys.readouterr()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    args = argparse.Namespace(quiet=False)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with cli_fetch.progress_bar(args) as progress:
        assert progress is None
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with cli_fetch.progress_bar(args) as progress:
        assert progress is not None
        for done in range(1, 4):
            progress(done, 3)
    assert "/3 " in terminal.getvalue()  # the bar was drawn
    with cli_fetch.progress_bar(argparse.Namespace(quiet=True)) as progress:
        assert progress is None
