"""The one URL parser: resolution against the page, and the allow-list that keeps every
scheme but http(s) out of the model and every output.

Only absolute ``http``/``https`` URLs with a host pass, plus, where a caller asks for
them, ``mailto:`` addresses (a person's contact) and inline raster images
(``data:image/png;base64,…``). ``javascript:``, ``vbscript:``, ``data:text/html``,
``data:image/svg+xml``, ``file:``, ``ftp:``, ``tel:`` and the rest are refused, also
when obfuscated: scheme case is ignored, controls and whitespace are stripped first (as
browsers do), and a scheme hidden behind character references (``jav&#x09;ascript:``)
is decoded before it is judged.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

WEB_SCHEMES = frozenset({"http", "https"})
"""The schemes the model carries."""
_DATA_IMAGE = re.compile(
    r"^data:image/(?:png|jpeg|jpg|gif|webp|avif);base64,[A-Za-z0-9+/=\s]*$", re.I
)
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
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


def _stripped(href: str) -> str:
    """``href`` as a browser reads it: controls and whitespace removed (inline images
    keep theirs: base64 may be wrapped)."""
    href = href.strip()
    return href if href[:5].lower() == "data:" else _CONTROL.sub("", href)


def scheme_of(href: str) -> str:
    """The lower-cased scheme ``href`` names once de-obfuscated ("" for a relative
    reference): controls and whitespace removed, character references decoded."""
    probe = _stripped(href)
    if "&" in probe:
        probe = _stripped(html.unescape(probe))
    found = _SCHEME.match(probe)
    return found.group(1).lower() if found else ""


def unsafe_scheme(href: str, *, mailto: bool = False) -> str:
    """The scheme of ``href`` when it is one the model refuses (``javascript``, ``file``…),
    else "": relative references and http(s) are not unsafe, only unresolvable."""
    scheme = scheme_of(href)
    allowed = WEB_SCHEMES | ({"mailto"} if mailto else set())
    if not scheme or scheme in allowed:
        return ""
    if scheme == "data" and _DATA_IMAGE.match(_stripped(href)):
        return ""
    return scheme


def resolve(
    base: str,
    href: str,
    *,
    keep_relative: bool = False,
    mailto: bool = False,
    allow_data_image: bool = True,
) -> str:
    """``href`` made absolute against ``base``; "" when it is unsafe or empty.

    With no base, ``keep_relative`` keeps a relative reference (no scheme, no host) as it
    is: a page read from disk keeps ``img/photo.png`` for a digest to find next to it,
    while every writer that needs absolute URLs drops it through ``safe``. ``mailto``
    lets a ``mailto:`` address through (a person's contact); inline raster images pass
    unless ``allow_data_image`` is False.
    """
    if unsafe_scheme(href, mailto=mailto):
        return ""
    href = _stripped(href)
    if not href or href.startswith("#"):
        return ""
    if not base and keep_relative and is_relative(href):
        return href
    try:
        url = urljoin(base, href) if base else href
    except ValueError:
        return ""
    return url if is_safe(url, allow_data_image=allow_data_image, mailto=mailto) else ""


def is_relative(href: str) -> bool:
    """A relative reference: no scheme (even an obfuscated one) and no host."""
    if not href or href.startswith("//") or scheme_of(href):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return not parts.scheme and not parts.netloc


@lru_cache(maxsize=8192)
def is_safe(url: str, *, allow_data_image: bool = False, mailto: bool = False) -> bool:
    """True for absolute http(s) URLs with a host; also for ``mailto:`` addresses with
    ``mailto`` and for inline raster images with ``allow_data_image``."""
    if url[:5].lower() == "data:":
        return allow_data_image and len(url) <= MAX_DATA_URI and bool(_DATA_IMAGE.match(url))
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme in WEB_SCHEMES:
        return bool(parts.netloc)
    return mailto and scheme == "mailto" and bool(parts.path)


def safe(url: str, *, allow_data_image: bool = False, mailto: bool = False) -> str:
    """``url`` itself when it is safe, else ""; writers call this on every URL."""
    return url if url and is_safe(url, allow_data_image=allow_data_image, mailto=mailto) else ""


def model_url(
    url: str, *, mailto: bool = False, data_image: bool = False, relative: bool = False
) -> bool:
    """Whether the model may hold ``url``: empty, or an absolute http(s) URL; with
    ``mailto`` also a ``mailto:`` address (a person's); with ``data_image`` an inline
    raster image (an image's, or a link's: ``resolve`` lets them through, they are inert
    and no writer links to one); with ``relative`` a relative reference (an image of a
    page read from disk, kept for a digest to find beside it)."""
    if not url or is_safe(url, allow_data_image=data_image, mailto=mailto):
        return True
    return relative and is_relative(url) and url == _stripped(url)
