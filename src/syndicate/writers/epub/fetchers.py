"""Image fetchers for digests: local files next to the input pages, and a chain of fetchers.
Neither the writer nor this module touches the network: downloads come from
``syndicate.fetcher.image_fetcher`` (the guarded client), handed in by the caller."""

from __future__ import annotations

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
