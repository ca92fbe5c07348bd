"""Options of the HTML reader."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""Largest input the reader parses whole (the biggest real article pages are ~2 MB)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """How to read a page.

    ``url`` is the page address (for relative links); ``charset`` the transport
    (HTTP header) charset, which wins over the page's own declaration;
    ``default_tz`` the zone for times the page gives without an offset (UTC when
    unset). ``strict`` turns diagnostics into exceptions.
    """

    url: str = ""
    charset: str = ""
    default_tz: tzinfo | None = None
    strict: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
