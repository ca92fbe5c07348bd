"""Full-text fetching benchmark: a 50-item summary-only feed on a local server (127.0.0.1) that
answers every request after 100 ms, made full-text with 1 and with 4 connections to that host,
then again on a warm cache (every request conditional, answered 304, same output bytes).

    python -m bench.fetch [--items 50] [--latency 0.1]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from tests.fetcher.server import LocalServer, Route, article_page, rss_feed

import syndicate
from syndicate import Context, FetchOptions

CONTEXT = Context(now=datetime(2024, 1, 5, tzinfo=timezone.utc))


def serve(server: LocalServer, items: int, latency: float) -> str:
    base = server.url("")
    robots = b"User-agent: *\nDisallow: /private/\n"
    server.add("/robots.txt", Route(robots, content_type="text/plain", delay=latency))
    links = []
    for i in range(items):
        server.add(f"/article/{i}", Route(article_page(i, base=base), delay=latency))
        links.append((f"guid-{i}", f"{base}/article/{i}"))
    feed = rss_feed(base, links)
    return server.add("/feed.xml", Route(feed, content_type="application/rss+xml", delay=latency))


def run(
    server: LocalServer, url: str, per_host: int, cache: Path | None
) -> tuple[bytes, float, int, int, int]:
    """Output bytes, seconds, requests, 200s and 304s of one full-text run."""
    options = FetchOptions(
        allow_private_hosts=True,
        per_host_delay=0.0,
        per_host_concurrency=per_host,
        concurrency=8,
        cache=cache,
    )
    before = (len(server.requests), server.total(200), server.total(304))
    started = time.perf_counter()
    feed = syndicate.fulltext(url, options=options, context=CONTEXT)
    seconds = time.perf_counter() - started
    failed = [a.id for a in feed.articles if a.diagnostics]
    assert not failed, failed
    data = syndicate.write(feed, "atom", context=CONTEXT)
    after = (len(server.requests), server.total(200), server.total(304))
    requests, ok, not_modified = (b - a for a, b in zip(before, after, strict=True))
    return data, seconds, requests, ok, not_modified


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.1)
    args = parser.parse_args()
    with LocalServer() as server, tempfile.TemporaryDirectory() as tmp:
        url = serve(server, args.items, args.latency)
        syndicate.fulltext(url, options=FetchOptions(allow_private_hosts=True, per_host_delay=0))
        rows = []
        one = run(server, url, 1, None)
        rows.append(("cold, 1 connection/host", 1, *one[1:]))
        four = run(server, url, 4, None)
        rows.append(("cold, 4 connections/host", 4, *four[1:]))
        cache = Path(tmp) / "cache.sqlite"
        filled = run(server, url, 4, cache)
        rows.append(("cold, 4, filling the cache", 4, *filled[1:]))
        warm = run(server, url, 4, cache)
        rows.append(("warm cache, 4", 4, *warm[1:]))
    print(f"{args.items}-item full-text feed, server latency {args.latency * 1000:.0f} ms")
    print(f"{'run':<28} {'conn':>4} {'seconds':>8} {'requests':>8} {'200':>5} {'304':>5}")
    for name, conn, seconds, requests, ok, not_modified in rows:
        print(f"{name:<28} {conn:>4} {seconds:>8.2f} {requests:>8} {ok:>5} {not_modified:>5}")
    speedup = one[1] / four[1]
    identical = warm[0] == filled[0] == one[0] == four[0]
    all_304 = warm[3] == 0 and warm[4] == warm[2]
    print(f"speed-up, 4 vs 1 connections: {speedup:.1f}x (target >= 3x)")
    print(
        f"warm run: {warm[4]}/{warm[2]} requests answered 304; output byte-identical: {identical}"
    )
    if not (all_304 and identical):
        raise SystemExit("warm run was not all 304 or output differs")


if __name__ == "__main__":
    main()
