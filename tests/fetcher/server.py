"""A real HTTP server on 127.0.0.1 for the fetch tests and benchmark (``http.server`` in a
thread). Routes answer with fixed bodies, ETag/Last-Modified validators (and 304s), delays,
redirects, streamed endless bodies and compressed bodies; every answer is counted.

Nothing here talks to any other address; streamed bodies stop by themselves.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

LAST_MODIFIED = "Tue, 02 Jan 2024 10:00:00 GMT"


@dataclass
class Route:
    """How one path answers."""

    body: bytes | Callable[[], Iterator[bytes]] = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    validators: bool = True
    """Send ETag and Last-Modified, and answer a matching conditional request with 304."""
    fail_first: int = 0
    """Answer the first N requests with ``fail_status`` and ``fail_headers`` instead."""
    fail_status: int = 503
    fail_headers: dict[str, str] = field(default_factory=dict)


class LocalServer:
    """``with LocalServer() as server: server.add("/a", Route(b"..."))``; ``server.url("/a")``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.counts: Counter[tuple[str, int]] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    server._answer(self)
                finally:
                    with server._lock:
                        server.in_flight -= 1

        class Quiet(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that hangs up mid-body is what several tests want

        self._httpd = Quiet(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def count(self, path: str, status: int | None = None) -> int:
        with self._lock:
            return sum(n for (p, s), n in self.counts.items() if p == path and status in (None, s))

    def total(self, status: int) -> int:
        with self._lock:
            return sum(n for (_, s), n in self.counts.items() if s == status)

    def _record(self, path: str, status: int, headers: dict[str, str]) -> None:
        with self._lock:
            self.counts[(path, status)] += 1
            self.requests.append((path, headers))

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        headers = {k.lower(): v for k, v in handler.headers.items()}
        route = self.routes.get(path) or self.routes.get(path.split("?", 1)[0])
        if route is None:
            self._record(path, 404, headers)
            self._send(handler, 404, {"Content-Type": "text/plain"}, b"not found")
            return
        if route.delay and self._stop.wait(route.delay):
            return
        if route.fail_first and self.count(path, route.fail_status) < route.fail_first:
            self._record(path, route.fail_status, headers)
            failed = {"Content-Type": "text/plain", **route.fail_headers}
            self._send(handler, route.fail_status, failed, b"try later")
            return
        out = {"Content-Type": route.content_type, **route.headers}
        if not route.content_type:
            del out["Content-Type"]
        if callable(route.body):
            self._record(path, route.status, headers)
            self._stream(handler, route.status, out, route.body())
            return
        if route.validators and route.status == 200:
            etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            out.setdefault("ETag", etag)
            out.setdefault("Last-Modified", LAST_MODIFIED)
            if headers.get("if-none-match") == out["ETag"] or (
                "if-none-match" not in headers
                and headers.get("if-modified-since") == out["Last-Modified"]
            ):
                self._record(path, 304, headers)
                self._send(handler, 304, {"ETag": out["ETag"]}, b"")
                return
        self._record(path, route.status, headers)
        self._send(handler, route.status, out, route.body)

    def _send(
        self, handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes
    ) -> None:
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            if status != 304:
                handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except OSError:
            pass

    def _stream(
        self,
        handler: BaseHTTPRequestHandler,
        status: int,
        headers: dict[str, str],
        chunks: Iterator[bytes],
    ) -> None:
        """A body without a length, ended by closing the connection."""
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Connection", "close")
            handler.end_headers()
            for chunk in chunks:
                if self._stop.is_set():
                    break
                handler.wfile.write(chunk)
        except OSError:
            pass  # the client hung up, as it should
        handler.close_connection = True


def endless(chunk: int = 64 * 1024, limit: int = 256 * 1024 * 1024) -> Iterator[bytes]:
    """A body that goes on (up to ``limit`` bytes, so the server stops by itself)."""
    piece = b"<p>" + b"x" * (chunk - 7) + b"</p>\n"
    sent = 0
    while sent < limit:
        yield piece
        sent += len(piece)


def article_page(
    number: int,
    *,
    base: str = "",
    paragraphs: int = 5,
    marker: str = "",
    extra_head: str = "",
    extra_body: str = "",
    published: str = "2024-01-02T10:00:00+00:00",
) -> bytes:
    """A news page whose body holds ``marker`` (default ``BODY-<number>``) in every paragraph."""
    marker = marker or f"BODY-{number}"
    canonical = f'<link rel="canonical" href="{base}/article/{number}">' if base else ""
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    text = "".join(
        f"<p>{marker} paragraph {i}: the council met on Tuesday to discuss the budget, and "
        f"members spoke at length about schools, roads and the new library in the centre of "
        f"town, which has been closed since the flood of last spring.</p>"
        for i in range(paragraphs)
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Story number {number}</title>{canonical}{date}{extra_head}</head><body>"
        f"<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<article><h1>Story number {number}</h1><p class='byline'>By Jane Doe</p>{text}"
        f"{extra_body}</article><footer>Copyright The Test Gazette</footer></body></html>"
    ).encode()


def rss_feed(base: str, items: list[tuple[str, str]], *, title: str = "Test Gazette") -> bytes:
    """An RSS 2.0 feed whose items (guid, link) carry only a title and a one-line summary."""
    entries = "".join(
        f"<item><title>Item {guid}</title><link>{link}</link>"
        f'<guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>Tue, 02 Jan 2024 1{i % 10}:00:00 +0000</pubDate>"
        f"<description>Summary of {guid}.</description></item>"
        for i, (guid, link) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{base}/</link><description>News</description>"
        f"<language>en</language>{entries}</channel></rss>"
    ).encode()
