"""Image fetchers for digests: local files next to the input pages, and (only when asked
for) HTTP with a timeout and a size limit. The writer itself never touches the network."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

from syndicate.writers.epub.options import Fetcher

MAX_IMAGE_BYTES = 10 * 1024 * 1024


def local_fetcher(directories: Sequence[Path], max_bytes: int = MAX_IMAGE_BYTES) -> Fetcher:
    """Find an image by its URL path (or just its file name) under the given directories."""
    roots = [d.resolve() for d in directories]

    def fetch(url: str) -> bytes | None:
        path = unquote(urlsplit(url).path).lstrip("/")
        if not path:
            return None
        for root in roots:
            for candidate in (root / path, root / Path(path).name):
                try:
                    resolved = candidate.resolve()
                    inside = root in resolved.parents and resolved.is_file()
                    if inside and resolved.stat().st_size <= max_bytes:
                        return resolved.read_bytes()
                except OSError:
                    continue
        return None

    return fetch


def http_fetcher(timeout: float = 10.0, max_bytes: int = MAX_IMAGE_BYTES) -> Fetcher:
    """Fetch http(s) images with a timeout and a size cap; failures give None."""

    def fetch(url: str) -> bytes | None:
        if urlsplit(url).scheme not in {"http", "https"}:
            return None
        request = urllib.request.Request(url, headers={"User-Agent": "syndicate (EPUB digest)"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                data: bytes = response.read(max_bytes + 1)
        except (urllib.error.URLError, OSError, ValueError):
            return None
        return data if len(data) <= max_bytes else None

    return fetch


def chain(*fetchers: Fetcher | None) -> Fetcher:
    """Try each fetcher in turn."""
    usable = [f for f in fetchers if f is not None]

    def fetch(url: str) -> bytes | None:
        for one in usable:
            found = one(url)
            if found:
                return found
        return None

    return fetch
