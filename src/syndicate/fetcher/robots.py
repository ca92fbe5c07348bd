"""robots.txt, fetched once per origin and run (through the cache, so conditionally).

RFC 9309's reading of failures: a 4xx answer (no file) allows everything; a 5xx answer or an
unreachable server disallows everything for this run. Groups are matched on syndicate's
product token; a ``Crawl-delay`` is handed to the politeness gates.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from syndicate.errors import FetchError

_MAX_ROBOTS_BYTES = 512 * 1024
_REFUSED = frozenset({"private-address", "bad-url"})


@dataclass(frozen=True, slots=True)
class Rules:
    """The robots.txt verdict source for one origin."""

    parser: RobotFileParser | None
    allow_all: bool
    note: str = ""
    refused: str = ""
    """The error code when the origin itself is refused (a private address, a bad URL)."""

    def allows(self, token: str, url: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(token, url)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


Getter = Callable[[str], tuple[int, bytes]]
"""Fetches a robots.txt URL: (status, body); raises ``FetchError`` when unreachable."""


class Robots:
    """Per-origin robots.txt rules for one run."""

    def __init__(
        self, token: str, get: Getter, on_delay: Callable[[str, float], None] | None = None
    ) -> None:
        self._token = token
        self._get = get
        self._on_delay = on_delay
        self._rules: dict[str, Rules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> None:
        """Raise ``FetchError`` (code ``robots-disallowed``) when robots.txt forbids ``url``."""
        rules = self._for(origin_of(url))
        if rules.refused:
            raise FetchError(rules.note, url=url, code=rules.refused)
        if not rules.allows(self._token, url):
            why = rules.note or "robots.txt disallows it"
            raise FetchError(f"{why}: {url}", url=url, code="robots-disallowed")

    def _for(self, origin: str) -> Rules:
        with self._lock:
            if origin in self._rules:
                return self._rules[origin]
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per origin, other threads wait for it
            with self._lock:
                if origin in self._rules:
                    return self._rules[origin]
            rules = self._load(origin)
            with self._lock:
                self._rules[origin] = rules
            return rules

    def _load(self, origin: str) -> Rules:
        try:
            status, body = self._get(f"{origin}/robots.txt")
        except FetchError as exc:
            if exc.code in _REFUSED:
                return Rules(None, False, str(exc), refused=exc.code)
            return Rules(None, False, f"robots.txt unreachable ({exc.code}), not fetching")
        if 400 <= status < 500:
            return Rules(None, True)
        if status >= 500 or status < 200 or status >= 300:
            return Rules(None, False, f"robots.txt answered {status}, not fetching")
        parser = RobotFileParser()
        text = body[:_MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(self._token)
        if delay is not None and self._on_delay is not None:
            self._on_delay(urlsplit(origin).netloc, float(delay))
        return Rules(parser, True)
