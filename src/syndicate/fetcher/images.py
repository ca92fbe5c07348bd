"""Image downloads for EPUB digests, through the guarded client.

The EPUB writer takes a callable that gives an image's bytes for its URL (or None) and never
touches the network itself; ``image_fetcher`` makes that callable from a ``Fetcher``, so every
image request gets the same address guard on every hop, timeouts, User-Agent, robots.txt,
politeness and cache as pages do, with the body capped at ``MAX_IMAGE_BYTES`` and any
``Content-Type`` other than ``image/*`` refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from syndicate.context import Context
from syndicate.errors import SyndicateError
from syndicate.fetcher.client import Accept, Fetcher
from syndicate.fetcher.options import FetchOptions

MAX_IMAGE_BYTES = 10 * 1024 * 1024
"""The most bytes one image may have (decoded)."""

ImageFetch = Callable[[str], "bytes | None"]
"""An image's bytes for its URL, or None; never raises (the EPUB writer's ``fetch``)."""
OnError = Callable[[str, SyndicateError], None]
"""Told about each image that could not be had: its URL and why."""


def image_options(options: FetchOptions | None = None) -> FetchOptions:
    """``options`` (or the defaults) with the body capped at ``MAX_IMAGE_BYTES``."""
    base = options or FetchOptions()
    return dataclasses.replace(base, max_bytes=min(base.max_bytes, MAX_IMAGE_BYTES))


@contextmanager
def image_fetcher(
    options: FetchOptions | None = None,
    *,
    context: Context | None = None,
    on_error: OnError | None = None,
) -> Iterator[ImageFetch]:
    """A fetch callable for ``EpubOptions.fetch``, open for the ``with`` block.

    Only http(s) URLs are fetched (others give None). Private addresses are refused unless
    ``options.allow_private_hosts``; an image that fails (refused, HTTP error, not an image
    type, over ``MAX_IMAGE_BYTES``, timeout…) gives None and is passed to ``on_error``.
    """
    with Fetcher(image_options(options), context=context) as fetcher:

        def fetch(url: str) -> bytes | None:
            if urlsplit(url).scheme.lower() not in ("http", "https"):
                return None
            try:
                return fetcher.get(url, Accept.IMAGE).body or None
            except SyndicateError as exc:
                if on_error is not None:
                    on_error(url, exc)
                return None

        yield fetch


__all__ = ["MAX_IMAGE_BYTES", "ImageFetch", "image_fetcher", "image_options"]
