"""The HTTP client (httpx): one ``Fetcher`` per run, shared by its threads.

A fetch follows redirects itself (so that every hop passes the URL check, robots.txt and
the address guard, and a loop is seen as one), sends the cache's validators, reads the body
within the size and time limits, retries 429/503 a bounded number of times honouring
``Retry-After``, and refuses content types the caller did not ask for.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from enum import Enum
from urllib.parse import urljoin, urlsplit

import httpx

from syndicate.context import Context
from syndicate.errors import FetchError
from syndicate.fetcher.cache import Cache, Stored
from syndicate.fetcher.limits import ACCEPT_ENCODING, read_body
from syndicate.fetcher.options import FetchOptions
from syndicate.fetcher.politeness import Gates
from syndicate.fetcher.robots import Robots
from syndicate.fetcher.safety import PrivateAddressError, check_url, transport


class Accept(str, Enum):
    """What a fetch is for, and so which content types it takes."""

    PAGE = "page"
    FEED = "feed"
    ANY = "any"
    IMAGE = "image"


PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
        "text/plain",  # many servers send feeds this way; the feed reader checks the bytes
    }
)
_ACCEPT_HEADER = {
    Accept.PAGE: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    Accept.FEED: "application/rss+xml,application/atom+xml,application/feed+json,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
    Accept.ANY: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/feed+json,application/xml;q=0.9,*/*;q=0.1",
    Accept.IMAGE: "image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1",
}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY = frozenset({429, 503})


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """A response body and what the reader needs to know about it."""

    url: str
    """The URL asked for."""
    final_url: str
    """Where the body came from, after redirects."""
    content_type: str
    """The media type, lower-cased, without parameters ("" when the server sent none)."""
    charset: str
    """The charset the ``Content-Type`` header names (the transport charset), or ""."""
    body: bytes
    status: int = 200
    """The last status the server sent (304 when the cached body was reused)."""
    from_cache: bool = False
    redirects: tuple[str, ...] = ()
    """Every URL redirected through, in order."""


@dataclass(slots=True)
class Stats:
    """Requests of one run, by kind (for reports and the benchmark)."""

    requests: int = 0
    conditional: int = 0
    not_modified: int = 0
    retries: int = 0


def content_type_of(header: str) -> tuple[str, str]:
    """(media type, charset) from a ``Content-Type`` header value."""
    message = Message()
    message["content-type"] = header
    media = message.get_content_type() if header.strip() else ""
    charset = message.get_param("charset")
    return media.lower(), (charset if isinstance(charset, str) else "").strip().strip("'\"")


def accepts(accept: Accept, media: str) -> bool:
    """Whether a fetch for ``accept`` takes ``media`` ("" always: the bytes decide)."""
    if not media:
        return True
    if accept is Accept.PAGE:
        return media in PAGE_TYPES
    if accept is Accept.FEED:
        return media in FEED_TYPES or media.endswith(("+xml", "+json"))
    if accept is Accept.IMAGE:
        return media.startswith("image/")
    return media in PAGE_TYPES or media in FEED_TYPES or media.endswith(("+xml", "+json"))


def retry_after(value: str, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (seconds or an HTTP date), or None."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)


class Fetcher:
    """Fetches URLs politely and safely; use as a context manager (or call ``close``)."""

    def __init__(self, options: FetchOptions | None = None, *, context: Context | None = None):
        self.options = options or FetchOptions()
        self.context = context or Context.from_environment()
        self.stats = Stats()
        self._stats_lock = threading.Lock()
        opts = self.options
        self.cache = Cache(opts.cache) if opts.cache is not None else None
        self._client = httpx.Client(
            transport=transport(
                allow_private_hosts=opts.allow_private_hosts,
                connections=opts.concurrency,
            ),
            trust_env=False,
            follow_redirects=False,
            headers={"User-Agent": opts.agent, "Accept-Encoding": ACCEPT_ENCODING},
        )
        self.gates = Gates(
            per_host=opts.per_host_concurrency, delay=opts.per_host_delay, total=opts.concurrency
        )
        self.robots = Robots(opts.robots_token, self._robots_txt, self._crawl_delay)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections and the cache file."""
        self._client.close()
        if self.cache is not None:
            self.cache.close()

    def _count(self, **add: int) -> None:
        with self._stats_lock:
            for name, value in add.items():
                setattr(self.stats, name, getattr(self.stats, name) + value)

    def _crawl_delay(self, host: str, delay: float) -> None:
        self.gates.set_delay(host, min(delay, self.options.max_crawl_delay))

    def _robots_txt(self, url: str) -> tuple[int, bytes]:
        got = self._fetch(url, Accept.ANY, {}, robots=False, any_status=True)
        return (200 if got.from_cache else got.status), got.body

    def get(
        self, url: str, accept: Accept = Accept.PAGE, headers: Mapping[str, str] | None = None
    ) -> Fetched:
        """Fetch ``url`` (its body, or the cached one on a 304); ``FetchError`` on failure."""
        return self._fetch(url, accept, dict(headers or {}), robots=self.options.robots)

    def _fetch(
        self,
        url: str,
        accept: Accept,
        headers: dict[str, str],
        *,
        robots: bool,
        any_status: bool = False,
    ) -> Fetched:
        opts = self.options
        check_url(url)
        end = time.monotonic() + opts.total_timeout
        stored = self.cache.lookup(url) if self.cache is not None else None
        headers = {"Accept": _ACCEPT_HEADER[accept], **headers}
        if stored is not None:
            if stored.etag:
                headers["If-None-Match"] = stored.etag
            if stored.last_modified:
                headers["If-Modified-Since"] = stored.last_modified
        for attempt in range(opts.retries + 1):
            got, after = self._follow(url, accept, headers, robots=robots, end=end, stored=stored)
            if got.status in _RETRY and attempt < opts.retries:
                wait = self._retry_wait(after, attempt, end)
                if wait is not None:
                    self._count(retries=1)
                    time.sleep(wait)
                    continue
            break
        if got.status == 304 and stored is not None:
            return got
        if not any_status and got.status != 200:
            raise FetchError(f"HTTP {got.status} from {got.final_url}", url=url, code="http-status")
        return got

    def _retry_wait(self, after: str, attempt: int, end: float) -> float | None:
        """How long to wait before the next try (``after``: the server's ``Retry-After``),
        or None to give up."""
        opts = self.options
        wait = opts.backoff * 2**attempt
        given = retry_after(after, time.time()) if after else None
        if given is not None:
            if given > opts.max_retry_after:
                return None
            wait = max(wait, given)
        return wait if time.monotonic() + wait < end else None

    def _follow(
        self,
        url: str,
        accept: Accept,
        headers: dict[str, str],
        *,
        robots: bool,
        end: float,
        stored: Stored | None,
    ) -> tuple[Fetched, str]:
        """One try: request, follow redirects, read the body. Also the ``Retry-After`` of a
        429/503."""
        opts = self.options
        current, hops, seen = url, list[str](), {url}
        while True:
            check_url(current)
            if robots:
                self.robots.check(current)
            with self._open(current, headers, end) as response:
                status = response.status_code
                location = response.headers.get("location", "")
                if status in _REDIRECTS and location:
                    target = urljoin(current, location.strip())
                    if target in seen:
                        raise FetchError(
                            f"redirect loop at {target}", url=url, code="redirect-loop"
                        )
                    if len(hops) >= opts.max_redirects:
                        raise FetchError(
                            f"more than {opts.max_redirects} redirects",
                            url=url,
                            code="too-many-redirects",
                        )
                    hops.append(current)
                    seen.add(target)
                    current = target
                    continue
                if status == 304 and stored is not None:
                    self._count(not_modified=1)
                    self._refresh(url, stored, response.headers)
                    media, charset = content_type_of(stored.content_type)
                    cached = Fetched(
                        url=url,
                        final_url=stored.final_url,
                        content_type=media,
                        charset=charset,
                        body=stored.body,
                        status=304,
                        from_cache=True,
                        redirects=tuple(hops),
                    )
                    return cached, ""
                if status in _RETRY:
                    empty = Fetched(
                        url=url,
                        final_url=current,
                        content_type="",
                        charset="",
                        body=b"",
                        status=status,
                    )
                    return empty, response.headers.get("retry-after", "")
                raw_type = response.headers.get("content-type", "")
                media, charset = content_type_of(raw_type)
                if status == 200 and not accepts(accept, media):
                    raise FetchError(
                        f"{media} is not {accept.value} content ({current})",
                        url=url,
                        code="content-type",
                    )
                body = read_body(
                    response.iter_raw(),
                    encoding=response.headers.get("content-encoding", ""),
                    max_bytes=opts.max_bytes,
                    url=url,
                    expired=lambda: time.monotonic() > end,
                )
                if status == 200:
                    self._keep(url, current, raw_type, body, response.headers)
                got = Fetched(
                    url=url,
                    final_url=current,
                    content_type=media,
                    charset=charset,
                    body=body,
                    status=status,
                    redirects=tuple(hops),
                )
                return got, ""

    @contextmanager
    def _open(self, url: str, headers: dict[str, str], end: float) -> Iterator[httpx.Response]:
        """A streamed GET holding the host's politeness slot until its body is read; what
        httpx or the address guard raises, here or while reading, becomes a ``FetchError``."""
        opts = self.options
        remaining = end - time.monotonic()
        if remaining <= 0:
            raise FetchError("total time budget exhausted", url=url, code="timeout")
        timeout = httpx.Timeout(
            connect=min(opts.connect_timeout, remaining),
            read=min(opts.read_timeout, remaining),
            write=min(opts.read_timeout, remaining),
            pool=remaining,
        )
        conditional = "If-None-Match" in headers or "If-Modified-Since" in headers
        with self.gates.slot(urlsplit(url).netloc.lower()):
            self._count(requests=1, conditional=int(conditional))
            try:
                request = self._client.build_request("GET", url, headers=headers, timeout=timeout)
                response = self._client.send(request, stream=True)
                try:
                    yield response
                finally:
                    response.close()
            except (httpx.HTTPError, PrivateAddressError) as exc:
                raise _mapped(exc, url) from None

    def _keep(
        self, url: str, final_url: str, raw_type: str, body: bytes, headers: httpx.Headers
    ) -> None:
        etag = headers.get("etag", "")
        modified = headers.get("last-modified", "")
        if self.cache is None or not (etag or modified):
            return
        if "no-store" in headers.get("cache-control", "").lower():
            return
        stored = Stored(
            final_url=final_url,
            etag=etag,
            last_modified=modified,
            content_type=raw_type,
            body=body,
        )
        self.cache.store(url, stored, when=self.context.now.isoformat())

    def _refresh(self, url: str, stored: Stored, headers: httpx.Headers) -> None:
        """Keep the validators of a 304 (new ones replace the old)."""
        etag = headers.get("etag", "") or stored.etag
        modified = headers.get("last-modified", "") or stored.last_modified
        if self.cache is None or (etag, modified) == (stored.etag, stored.last_modified):
            return
        fresh = Stored(
            final_url=stored.final_url,
            etag=etag,
            last_modified=modified,
            content_type=stored.content_type,
            body=stored.body,
        )
        self.cache.store(url, fresh, when=self.context.now.isoformat())


def _mapped(exc: Exception, url: str) -> FetchError:
    """A ``FetchError`` for what httpx or the address guard raised (others unchanged)."""
    if isinstance(exc, PrivateAddressError):
        return FetchError(f"refused: {exc}", url=url, code="private-address")
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(f"timed out ({type(exc).__name__})", url=url, code="timeout")
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return FetchError(f"not a fetchable URL: {exc}", url=url, code="bad-url")
    return FetchError(f"network error: {exc}", url=url, code="network")
