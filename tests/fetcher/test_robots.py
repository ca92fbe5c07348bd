"""robots.txt: honoured by default, once per origin and run, off on request."""

from __future__ import annotations

import dataclasses

import pytest

import syndicate
from syndicate import FetchError, FetchOptions
from tests.fetcher.server import LocalServer, Route, article_page

ROBOTS = b"User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n"
OWN_GROUP = b"User-agent: *\nDisallow: /\n\nUser-agent: syndicate\nDisallow: /no-bots/\n"


def test_robots_disallow(server: LocalServer, options: FetchOptions) -> None:
    server.add("/robots.txt", Route(ROBOTS, content_type="text/plain"))
    server.add("/private/a", Route(article_page(1)))
    server.add("/no-bots/a", Route(article_page(2)))
    server.add("/public/a", Route(article_page(3)))
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(server.url("/private/a"), options=options)
    assert caught.value.code == "robots-disallowed"
    assert server.count("/private/a") == 0
    assert syndicate.fetch(server.url("/public/a"), options=options).status == 200
    off = dataclasses.replace(options, robots=False)
    assert syndicate.fetch(server.url("/private/a"), options=off).status == 200
    # a group naming syndicate replaces the * group (RFC 9309)
    server.add("/robots.txt", Route(OWN_GROUP, content_type="text/plain"))
    with pytest.raises(FetchError):
        syndicate.fetch(server.url("/no-bots/a"), options=options)
    assert syndicate.fetch(server.url("/public/a"), options=options).status == 200
    assert server.count("/no-bots/a") == 0


def test_robots_fetched_once_per_run(server: LocalServer, options: FetchOptions) -> None:
    server.add("/robots.txt", Route(ROBOTS, content_type="text/plain"))
    urls = [server.add(f"/p/{i}", Route(article_page(i))) for i in range(4)]
    found = syndicate.gather(urls, options=options)
    assert len(found.articles) == 4 and not found.failures
    assert server.count("/robots.txt") == 1


def test_robots_server_error_disallows(server: LocalServer, options: FetchOptions) -> None:
    server.add("/robots.txt", Route(b"oops", status=500, content_type="text/plain"))
    url = server.add("/a", Route(article_page(1)))
    with pytest.raises(FetchError) as caught:
        syndicate.fetch(url, options=dataclasses.replace(options, retries=0))
    assert caught.value.code == "robots-disallowed"
    assert server.count("/a") == 0


def test_crawl_delay_spaces_requests(server: LocalServer) -> None:
    from syndicate.fetcher.client import Fetcher

    server.add("/robots.txt", Route(b"User-agent: *\nCrawl-delay: 7\n", content_type="text/plain"))
    url = server.add("/a", Route(article_page(1)))
    options = FetchOptions(allow_private_hosts=True, per_host_delay=0.0, max_crawl_delay=3.0)
    with Fetcher(options) as fetcher:
        fetcher.get(url)
        host = fetcher.gates._host(f"127.0.0.1:{server.port}")
        assert host.delay == 3.0  # the host's 7 s, bounded by max_crawl_delay


def test_robots_from_the_cache(server: LocalServer, cached: FetchOptions) -> None:
    server.add("/robots.txt", Route(ROBOTS, content_type="text/plain"))
    server.add("/private/a", Route(article_page(1)))
    url = server.add("/public/a", Route(article_page(2)))
    for _ in range(2):
        assert syndicate.fetch(url, options=cached).body == article_page(2)
        with pytest.raises(FetchError):
            syndicate.fetch(server.url("/private/a"), options=cached)
    assert server.count("/robots.txt", 304) == 3
