"""Politeness gates: per-host concurrency and spacing, a global bound (timing-free tests)."""

from __future__ import annotations

import dataclasses

import syndicate
from syndicate import FetchOptions
from syndicate.fetcher.politeness import Gates
from tests.fetcher.server import LocalServer, Route, article_page


def test_per_host_delay_spaces_request_starts() -> None:
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    gates = Gates(per_host=4, delay=2.0, total=4, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        with gates.slot("a.example"):
            pass
    with gates.slot("b.example"):  # another host does not wait
        pass
    assert waits == [2.0, 2.0]


def test_per_host_concurrency_is_bounded(server: LocalServer, options: FetchOptions) -> None:
    urls = [server.add(f"/s/{i}", Route(article_page(i), delay=0.15)) for i in range(8)]
    two = dataclasses.replace(options, per_host_concurrency=2, concurrency=8, robots=False)
    found = syndicate.gather(urls, options=two)
    assert len(found.articles) == 8
    assert 1 <= server.max_in_flight <= 2
