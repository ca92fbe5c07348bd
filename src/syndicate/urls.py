"""URL resolution and the allow-list that keeps unsafe schemes out of every output."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "ftp", "tel"})
_DATA_IMAGE = re.compile(
    r"^data:image/(?:png|jpeg|jpg|gif|webp|avif);base64,[A-Za-z0-9+/=\s]*$", re.I
)
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
MAX_DATA_URI = 2 * 1024 * 1024
"""Inline ``data:`` images larger than this are dropped (no article image needs more)."""


def host_and_path(url: str) -> tuple[str, str]:
    """The lower-cased host name and the path of ``url``; ("", "") when it does not parse
    (a malformed IPv6 host raises in ``urlsplit`` and in ``.hostname``)."""
    try:
        parts = urlsplit(url)
        return parts.hostname or "", parts.path
    except ValueError:
        return "", ""


def resolve(base: str, href: str, *, keep_relative: bool = False) -> str:
    """``href`` made absolute against ``base``; "" when it is unsafe or empty.

    With no base, ``keep_relative`` keeps a relative reference (no scheme, no host) as it
    is: a page read from disk keeps ``img/photo.png`` for a digest to find next to it,
    while every writer that needs absolute URLs drops it through ``safe``.
    """
    href = _CONTROL.sub("", href.strip()) if not href.startswith("data:") else href.strip()
    if not href or href.startswith("#"):
        return ""
    if not base and keep_relative:
        try:
            parts = urlsplit(href)
        except ValueError:
            return ""
        if not parts.scheme and not parts.netloc and not href.startswith("//"):
            return href
    try:
        url = urljoin(base, href) if base else href
    except ValueError:
        return ""
    return url if is_safe(url, allow_data_image=True) else ""


@lru_cache(maxsize=8192)
def is_safe(url: str, *, allow_data_image: bool = False) -> bool:
    """True for absolute http(s)/mailto/ftp/tel URLs (and inline images if allowed)."""
    if allow_data_image and url[:5].lower() == "data:":
        return len(url) <= MAX_DATA_URI and bool(_DATA_IMAGE.match(url))
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme.lower() not in _SAFE_SCHEMES:
        return False
    return bool(parts.netloc) or parts.scheme.lower() in {"mailto", "tel"}


def safe(url: str, *, allow_data_image: bool = False) -> str:
    """``url`` itself when it is safe, else ""; writers call this on every URL."""
    return url if url and is_safe(url, allow_data_image=allow_data_image) else ""
