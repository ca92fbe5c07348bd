"""Options of the HTML reader."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from syndicate.reader.siterules.store import DEFAULT_RULES, SiteRules

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""Largest input the reader parses whole (the biggest real article pages are ~2 MB)."""
DEFAULT_MAX_NODES = 100_000
"""Most elements the reader works on (the dev corpus peaks at ~3,000)."""
DEFAULT_MAX_BLOCKS = 20_000
"""Most body blocks kept (long real articles have a few hundred)."""
DEFAULT_MAX_BODY_CHARS = 2_000_000
"""Most body text kept, in characters (a very long article has ~100,000)."""
DEFAULT_TIME_BUDGET = 1.5
"""Seconds a read may take: finding the body stops at two thirds of it (the whole body is
then converted unjudged), converting the body at the end, and the reader keeps what it
has (see ``reader.budget``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """How to read a page.

    ``url`` is the page address (for relative links); ``charset`` the transport
    (HTTP header) charset, which wins over the page's own declaration;
    ``default_tz`` the zone for times the page gives without an offset (UTC when
    unset). ``strict`` turns diagnostics into exceptions. The ``max_*`` limits and
    ``time_budget`` (seconds of the reading thread's CPU time) keep pathological pages
    fast and bounded; hitting one is a
    ``LimitError`` in strict mode and a diagnostic otherwise. ``site_rules`` are the
    per-site extraction rules (the bundled ones by default; None: none).
    """

    url: str = ""
    charset: str = ""
    default_tz: tzinfo | None = None
    strict: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    max_nodes: int = DEFAULT_MAX_NODES
    max_blocks: int = DEFAULT_MAX_BLOCKS
    max_body_chars: int = DEFAULT_MAX_BODY_CHARS
    time_budget: float = DEFAULT_TIME_BUDGET
    site_rules: SiteRules | None = DEFAULT_RULES
