"""Multi-page articles (rel=next, site rules), AMP variants, and their limits."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import syndicate
from syndicate import FetchOptions, LimitError
from syndicate.fetcher.pages import is_continuation
from tests.fetcher.server import LocalServer, Route, article_page


def _codes(article: syndicate.Article) -> list[str]:
    return [d.code for d in article.diagnostics]


def test_two_page_article_is_merged(server: LocalServer, options: FetchOptions) -> None:
    first = server.add(
        "/story", Route(article_page(1, extra_head='<link rel="next" href="/story/2">'))
    )
    second = server.add(
        "/story/2",
        Route(article_page(1, marker="SECOND-PAGE", extra_head='<link rel="prev" href="/story">')),
    )
    article = syndicate.read_url(first, options=options)
    assert "BODY-1 paragraph 4" in article.body_text
    assert "SECOND-PAGE paragraph 4" in article.body_text
    assert article.body_text.index("BODY-1") < article.body_text.index("SECOND-PAGE")
    assert article.evidence.pages == (first, second)
    assert article.headline == "Story number 1"


def test_next_article_link_is_not_a_next_page(server: LocalServer, options: FetchOptions) -> None:
    nav = '<a rel="next" href="/another-story">Next story</a>'
    url = server.add("/story", Route(article_page(1, extra_body=nav)))
    server.add("/another-story", Route(article_page(2)))
    article = syndicate.read_url(url, options=options)
    assert article.evidence.pages == (url,)
    assert server.count("/another-story") == 0


def test_page_limit(server: LocalServer, options: FetchOptions) -> None:
    for n in range(1, 8):
        nxt = f'<link rel="next" href="/long/{n + 1}">'
        server.add("/long" if n == 1 else f"/long/{n}", Route(article_page(n, extra_head=nxt)))
    three = dataclasses.replace(options, max_pages=3)
    article = syndicate.read_url(server.url("/long"), options=three)
    assert len(article.evidence.pages) == 3
    assert "page-limit" in _codes(article)
    assert server.count("/long/4") == 0
    with pytest.raises(LimitError):
        syndicate.read_url(server.url("/long"), options=three, strict=True)


def test_page_loop_stops(server: LocalServer, options: FetchOptions) -> None:
    server.add("/cyc", Route(article_page(1, extra_head='<link rel="next" href="/cyc?page=2">')))
    server.add(
        "/cyc?page=2", Route(article_page(2, extra_head='<link rel="next" href="/cyc?page=3">'))
    )
    server.add(
        "/cyc?page=3", Route(article_page(3, extra_head='<link rel="next" href="/cyc?page=2">'))
    )
    article = syndicate.read_url(server.url("/cyc"), options=options)
    assert len(article.evidence.pages) == 3
    assert "page-loop" in _codes(article)
    assert server.count("/cyc?page=2") == 1


def test_failing_next_page_keeps_the_first(server: LocalServer, options: FetchOptions) -> None:
    url = server.add("/b", Route(article_page(1, extra_head='<link rel="next" href="/b/2">')))
    article = syndicate.read_url(url, options=options)
    assert "BODY-1" in article.body_text and article.evidence.pages == (url,)
    assert "page-failed" in _codes(article)


def test_canonical_page_preferred_over_amp(server: LocalServer, options: FetchOptions) -> None:
    amp = article_page(
        1, marker="AMP-TEXT", extra_head='<link rel="canonical" href="/full">'
    ).replace(b'<html lang="en">', b'<html amp lang="en">')
    url = server.add("/amp/story", Route(amp))
    full = server.add("/full", Route(article_page(1, marker="FULL-TEXT")))
    article = syndicate.read_url(url, options=options)
    assert "FULL-TEXT" in article.body_text and "AMP-TEXT" not in article.body_text
    assert article.evidence.pages == (full,)
    assert "amp-canonical" in _codes(article)


def test_site_rule_links_and_headers(
    server: LocalServer, options: FetchOptions, tmp_path: Path
) -> None:
    (tmp_path / "127.0.0.1.txt").write_text(
        "single_page_link: //a[@class='print']\n"
        "next_page_link: //a[@class='onward']\n"
        "http_header(x-rule): yes\n"
        "http_header(user-agent): Mozilla/5.0 pretend\n"
    )
    onward = "<a class='onward' href='/elsewhere/part-two'>more</a>"
    server.add(
        "/r/story", Route(article_page(1, extra_body="<a class='print' href='/r/print'>print</a>"))
    )
    server.add("/r/print", Route(article_page(1, marker="ALL-IN-ONE", extra_body=onward)))
    server.add("/elsewhere/part-two", Route(article_page(1, marker="PART-TWO")))
    article = syndicate.read_url(server.url("/r/story"), options=options, site_rules=tmp_path)
    assert "ALL-IN-ONE" in article.body_text and "PART-TWO" in article.body_text
    assert article.evidence.pages == (server.url("/r/print"), server.url("/elsewhere/part-two"))
    sent = dict(server.requests)
    assert sent["/r/print"]["x-rule"] == "yes"
    assert sent["/r/print"]["user-agent"].startswith("syndicate/")


@pytest.mark.parametrize(
    ("first", "candidate", "expected"),
    [
        ("https://a.example/s", "https://a.example/s/2", True),
        ("https://a.example/s/", "https://a.example/s/page/2/", True),
        ("https://a.example/s.html", "https://a.example/s-2.html", True),
        ("https://a.example/s?id=4", "https://a.example/s?id=4&page=2", True),
        ("https://a.example/s", "https://a.example/other", False),
        ("https://a.example/s", "https://b.example/s/2", False),
        ("https://a.example/s?id=4", "https://a.example/s?id=5&page=2", False),
        ("https://a.example/2024/01/s", "https://a.example/2024/01/t", False),
    ],
)
def test_is_continuation(first: str, candidate: str, expected: bool) -> None:
    assert is_continuation(first, candidate) is expected
