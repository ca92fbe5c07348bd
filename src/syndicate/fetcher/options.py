"""How to fetch: timeouts, size and redirect limits, retries, politeness, safety, cache.

Every limit is bounded: ``FetchOptions`` refuses values outside the ranges below, so no
configuration can make a run hammer a host or wait forever.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_URL = "https://pypi.org/project/syndicate/"
"""Where a site operator reading the User-Agent finds out what syndicate is."""

_BOUNDS: dict[str, tuple[float, float]] = {
    "connect_timeout": (0.01, 300.0),
    "read_timeout": (0.01, 300.0),
    "total_timeout": (0.01, 3600.0),
    "max_bytes": (1, 1024**3),
    "max_redirects": (0, 30),
    "retries": (0, 10),
    "backoff": (0.0, 60.0),
    "max_retry_after": (0.0, 600.0),
    "per_host_concurrency": (1, 32),
    "per_host_delay": (0.0, 60.0),
    "max_crawl_delay": (0.0, 60.0),
    "concurrency": (1, 64),
    "max_pages": (1, 50),
}


def default_user_agent() -> str:
    """``syndicate/<version> (+<project URL>)``."""
    from syndicate import __version__

    return f"syndicate/{__version__} (+{PROJECT_URL})"


def default_cache_path() -> Path:
    """The user's cache file: ``$XDG_CACHE_HOME/syndicate/fetch.sqlite`` (``~/.cache`` when
    unset; ``%LOCALAPPDATA%`` on Windows)."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if not base and os.name == "nt":
        base = os.environ.get("LOCALAPPDATA", "").strip()
    root = Path(base) if base else Path.home() / ".cache"
    return root / "syndicate" / "fetch.sqlite"


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchOptions:
    """How syndicate talks to web servers.

    Timeouts are in seconds: ``connect_timeout`` and ``read_timeout`` per socket operation,
    ``total_timeout`` for one URL (every redirect hop, retry wait and byte of the body).
    ``max_bytes`` caps the decoded body (checked while streaming, so a compression bomb is
    cut too). ``retries`` bounds the new tries on 429/503, waiting ``backoff`` seconds doubled
    each time or the server's ``Retry-After`` (given up on beyond ``max_retry_after``).
    Politeness: robots.txt (``robots``), at most ``per_host_concurrency`` requests to one
    host at a time, their starts at least ``per_host_delay`` apart (or the host's
    robots.txt ``Crawl-delay``, up to ``max_crawl_delay``), and ``concurrency`` requests in
    all. Hosts that resolve to loopback, private, link-local or other non-public addresses
    are refused on every hop unless ``allow_private_hosts``. ``user_agent`` replaces
    ``syndicate/<version> (+URL)``. ``cache`` is the SQLite file for conditional GET and
    seen articles (None: no cache). ``max_pages`` bounds a multi-page article.
    """

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 16 * 1024 * 1024
    max_redirects: int = 10
    retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 60.0
    robots: bool = True
    per_host_concurrency: int = 2
    per_host_delay: float = 1.0
    max_crawl_delay: float = 10.0
    concurrency: int = 8
    allow_private_hosts: bool = False
    user_agent: str = ""
    cache: str | os.PathLike[str] | None = None
    max_pages: int = 10

    def __post_init__(self) -> None:
        for name, (low, high) in _BOUNDS.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ValueError(f"FetchOptions.{name} must be in [{low:g}, {high:g}], not {value}")
        if any(c in self.user_agent for c in "\r\n"):
            raise ValueError("FetchOptions.user_agent must be one line")

    @property
    def agent(self) -> str:
        """The User-Agent header sent."""
        return self.user_agent or default_user_agent()

    @property
    def robots_token(self) -> str:
        """The product token robots.txt groups are matched against (``syndicate``)."""
        return self.agent.split("/", 1)[0].split()[0] if self.agent.strip() else "syndicate"
