"""The HTTP client against a live server: limits, redirects, content types, charsets, retries."""

from __future__ import annotations

import dataclasses
import gzip

import pytest

import syndicate
from syndicate import FetchError, FetchOptions
from syndicate.fetcher.client import content_type_of, retry_after
from tests.fetcher.server import LocalServer, Route, article_page, endless


def test_fetch_sends_a_clear_user_agent(server: LocalServer, options: FetchOptions) -> None:
    url = server.add("/a", Route(article_page(1)))
    got = syndicate.fetch(url, options=options)
    assert got.status == 200 and got.body == article_page(1)
    agent = next(h["user-agent"] for p, h in server.requests if p == "/a")
    assert agent == f"syndicate/{syndicate.__version__} (+https://pypi.org/project/syndicate/)"
    custom = dataclasses.replace(options, user_agent="MyBot/2.0 (+https://bot.example/)")
    syndicate.fetch(url, options=custom)
    assert server.requests[-1][1]["user-agent"] == "MyBot/2.0 (+https://bot.example/)"


def test_slow_endpoint_times_out(server: LocalServer, options: FetchOptions) -> None:
    url = server.add("/slow", Route(article_page(1), delay=30.0))
    quick = dataclasses.replace(options, read_timeout=0.3, retries=0)
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(url, options=quick)
    assert caught.value.code == "timeout"


def test_total_budget_cuts_a_slow_drip(server: LocalServer, options: FetchOptions) -> None:
    def drip():  # type: ignore[no-untyped-def]
        import time

        for _ in range(200):
            time.sleep(0.05)
            yield b"<p>x</p>"

    url = server.add("/drip", Route(drip))
    budget = dataclasses.replace(options, total_timeout=0.5, read_timeout=5.0)
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(url, options=budget)
    assert caught.value.code == "timeout"


def test_endless_body_is_cut_at_the_size_cap(server: LocalServer, options: FetchOptions) -> None:
    url = server.add("/endless", Route(endless))
    capped = dataclasses.replace(options, max_bytes=1024 * 1024)
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(url, options=capped)
    assert caught.value.code == "too-large"


def test_gzip_bomb_is_cut_on_the_decoded_size(server: LocalServer, options: FetchOptions) -> None:
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 300 * 1024
    url = server.add("/bomb", Route(bomb, headers={"Content-Encoding": "gzip"}))
    capped = dataclasses.replace(options, max_bytes=2 * 1024 * 1024)
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(url, options=capped)
    assert caught.value.code == "too-large"


def test_gzip_and_deflate_bodies_are_decoded(server: LocalServer, options: FetchOptions) -> None:
    import zlib

    page = article_page(3)
    one = server.add("/gz", Route(gzip.compress(page), headers={"Content-Encoding": "gzip"}))
    two = server.add("/df", Route(zlib.compress(page), headers={"Content-Encoding": "deflate"}))
    assert syndicate.fetch(one, options=options).body == page
    assert syndicate.fetch(two, options=options).body == page
    assert server.requests[0][1]["accept-encoding"] == "gzip, deflate"


def test_redirect_loop_is_detected(server: LocalServer, options: FetchOptions) -> None:
    server.add("/loop-a", Route(status=302, headers={"Location": "/loop-b"}))
    url = server.add("/loop-b", Route(status=301, headers={"Location": "/loop-a"}))
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(url, options=options)
    assert caught.value.code == "redirect-loop"
    assert server.count("/loop-a") == 1 and server.count("/loop-b") == 1


def test_redirects_are_followed_up_to_the_limit(server: LocalServer, options: FetchOptions) -> None:
    for i in range(4):
        server.add(f"/hop{i}", Route(status=307, headers={"Location": f"/hop{i + 1}"}))
    server.add("/hop4", Route(article_page(4)))
    got = syndicate.fetch(server.url("/hop0"), options=options)
    assert got.final_url == server.url("/hop4")
    assert got.redirects == tuple(server.url(f"/hop{i}") for i in range(4))
    short = dataclasses.replace(options, max_redirects=3)
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(server.url("/hop0"), options=short)
    assert caught.value.code == "too-many-redirects"


def test_wrong_content_type_is_refused(server: LocalServer, options: FetchOptions) -> None:
    url = server.add("/image", Route(b"\x89PNG\r\n\x1a\n", content_type="image/png"))
    with pytest.raises(FetchError) as caught:
        syndicate.read_url(url, options=options)
    assert caught.value.code == "content-type"
    assert "image/png" in str(caught.value)


def test_charset_only_in_the_http_header(server: LocalServer, options: FetchOptions) -> None:
    text = "Совет обсудил бюджет города и новую библиотеку в центре. " * 6
    page = (
        "<html><head><title>Новости города</title></head><body><article><h1>Новости города</h1>"
        + "".join(f"<p>{text}</p>" for _ in range(4))
        + "</article></body></html>"
    ).encode("windows-1251")
    url = server.add("/ru", Route(page, content_type="text/html; charset=windows-1251"))
    article = syndicate.read_url(url, options=options)
    assert article.headline == "Новости города"
    assert "обсудил бюджет" in article.body_text
    assert article.evidence.encoding_source == "transport"


def test_http_error_status_is_a_fetch_error(server: LocalServer, options: FetchOptions) -> None:
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(server.url("/missing"), options=options)
    assert caught.value.code == "http-status" and "404" in str(caught.value)
    assert isinstance(caught.value, syndicate.InputError) and caught.value.exit_code == 10


def test_retries_on_429_and_503_honour_retry_after(
    server: LocalServer, options: FetchOptions
) -> None:
    busy = Route(article_page(5), fail_first=2, fail_status=429, fail_headers={"Retry-After": "0"})
    url = server.add("/busy", busy)
    got = syndicate.fetch(url, options=dataclasses.replace(options, retries=2))
    assert got.body == article_page(5)
    assert server.count("/busy", 429) == 2 and server.count("/busy", 200) == 1


def test_retries_are_bounded(server: LocalServer, options: FetchOptions) -> None:
    url = server.add("/down", Route(article_page(6), fail_first=100, fail_status=503))
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(url, options=dataclasses.replace(options, retries=2))
    assert caught.value.code == "http-status"
    assert server.count("/down", 503) == 3


def test_a_retry_after_beyond_the_bound_is_not_waited_for(
    server: LocalServer, options: FetchOptions
) -> None:
    late = Route(article_page(7), fail_first=1, fail_headers={"Retry-After": "3600"})
    url = server.add("/late", late)
    with pytest.raises(FetchError):
        syndicate.fetch(url, options=dataclasses.replace(options, max_retry_after=5.0))
    assert server.count("/late") == 1


def test_only_http_urls_are_fetched(options: FetchOptions) -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)", "/relative"):
        with pytest.raises(FetchError) as caught:
            syndicate.fetch(url, options=options)
        assert caught.value.code == "bad-url"


def test_header_helpers() -> None:
    assert content_type_of('text/html; charset="ISO-8859-1"') == ("text/html", "ISO-8859-1")
    assert content_type_of("") == ("", "")
    assert retry_after("120", 0.0) == 120.0
    assert retry_after("Thu, 01 Jan 1970 00:01:00 GMT", 30.0) == 30.0
    assert retry_after("soon", 0.0) is None


def test_options_are_bounded() -> None:
    for bad in ({"concurrency": 0}, {"per_host_concurrency": 1000}, {"retries": 99}):
        with pytest.raises(ValueError):
            FetchOptions(**bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        FetchOptions(user_agent="a\r\nX-Evil: 1")
