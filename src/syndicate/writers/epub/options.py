"""Options of the EPUB digest writer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from syndicate.model import Article

Fetcher = Callable[[str], "bytes | None"]
"""Returns an image's bytes for its URL, or None; must not raise."""


@dataclass(frozen=True, slots=True, kw_only=True)
class EpubOptions:
    """How to build a digest.

    ``title`` names the publication (default: the feed's title); the book title adds the
    edition date. ``group_by`` maps an article to its section (default: section, else
    kicker, else "News"). ``cover`` is an image to use instead of the generated one.
    ``fetch`` supplies image bytes (no network unless the caller's fetcher goes there);
    ``max_image_px`` downscales larger images. ``stylesheet`` replaces the default CSS.
    """

    title: str = ""
    language: str = ""
    group_by: Callable[[Article], str] | None = None
    cover: bytes | None = None
    fetch: Fetcher | None = None
    max_image_px: int | None = None
    stylesheet: str | None = None
    generate_cover: bool = True
