"""The one URL parser: resolution against the page, and the allow-list that keeps every
scheme but http(s) out of the model and every output.

Only absolute ``http``/``https`` URLs with a host pass, plus, where a caller asks for
them, ``mailto:`` addresses (a person's contact). ``data:`` (inline images too),
``javascript:``, ``vbscript:``, ``file:``, ``ftp:``, ``tel:`` and the rest are refused,
also when obfuscated: scheme case is ignored, controls and whitespace are stripped first
(as browsers do), and a scheme hidden behind character references
(``jav&#x09;ascript:``) is decoded before it is judged. A relative reference with no base
to resolve it against is refused too; ``dropped_kind`` says why a URL was refused, for
the reader's diagnostics.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

WEB_SCHEMES = frozenset({"http", "https"})
"""The schemes the model carries."""
_WITH_MAILTO = WEB_SCHEMES | {"mailto"}
_DATA_IMAGE = re.compile(r"^data:image/(?:png|jpeg|jpg|gif|webp|avif)[;,]", re.I)
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def host_and_path(url: str) -> tuple[str, str]:
    """The lower-cased host name and the path of ``url``; ("", "") when it does not parse
    (a malformed IPv6 host raises in ``urlsplit`` and in ``.hostname``)."""
    try:
        parts = urlsplit(url)
        return parts.hostname or "", parts.path
    except ValueError:
        return "", ""


def _stripped(href: str) -> str:
    """``href`` as a browser reads it: controls and whitespace removed (a ``data:`` URI is
    left as it is: it is never kept, and may be megabytes long)."""
    href = href.strip()
    if " " not in href and href.isprintable():
        return href  # no control and no space: nothing to remove (most references)
    return href if href[:5].lower() == "data:" else _CONTROL.sub("", href)


def scheme_of(href: str) -> str:
    """The lower-cased scheme ``href`` names once de-obfuscated ("" for a relative
    reference): controls and whitespace removed, character references decoded."""
    return _scheme_of_stripped(_stripped(href))


def _scheme_of_stripped(probe: str) -> str:
    """``scheme_of`` a reference already ``_stripped``."""
    if "&" in probe:
        probe = _stripped(html.unescape(probe))
    found = _SCHEME.match(probe)
    return found.group(1).lower() if found else ""


def unsafe_scheme(href: str, *, mailto: bool = False) -> str:
    """The scheme of ``href`` when it is one the model refuses (``javascript``, ``file``…),
    else "": relative references and http(s) are not unsafe, only unresolvable."""
    scheme = scheme_of(href)
    allowed = WEB_SCHEMES | ({"mailto"} if mailto else set())
    return "" if not scheme or scheme in allowed else scheme


def dropped_kind(base: str, href: str, *, mailto: bool = False) -> str:
    """Why ``resolve(base, href)`` refuses ``href``: ``"data-image"`` (an inline raster
    image), ``"relative"`` (a reference with no scheme and no base to resolve it
    against), another refused scheme's name (``"javascript"``…), or "" (blank, a
    fragment, malformed, or not refused at all)."""
    scheme = scheme_of(href)
    if scheme == "data" and _DATA_IMAGE.match(href.strip()):
        return "data-image"
    if scheme:
        return "" if scheme in WEB_SCHEMES or (mailto and scheme == "mailto") else scheme
    if base:
        return ""
    href = _stripped(href)
    return "relative" if href and not href.startswith("#") else ""


def resolve(base: str, href: str, *, mailto: bool = False) -> str:
    """``href`` made absolute against ``base``; "" when it is unsafe, empty, a fragment
    or relative with no base (see ``dropped_kind``). ``mailto`` lets a ``mailto:`` address
    through (a person's contact)."""
    if len(href) > _CACHED_HREF:
        return _resolve.__wrapped__(base, href, mailto)
    return _resolve(base, href, mailto)


_CACHED_HREF = 2048
"""Longer references (a ``data:`` URI may be megabytes long) are resolved uncached."""


@lru_cache(maxsize=8192)
def _resolve(base: str, href: str, mailto: bool) -> str:
    """``resolve``, remembered: a page links the same addresses many times."""
    href = _stripped(href)
    scheme = _scheme_of_stripped(href)  # (``unsafe_scheme``, on the stripped reference)
    if scheme and scheme not in (_WITH_MAILTO if mailto else WEB_SCHEMES):
        return ""
    if not href or href.startswith("#"):
        return ""
    if _already_absolute(base, href):
        # (``is_safe(href)``: its host is empty only where a query or fragment starts it)
        return "" if href[href.find("//") + 2] in "?#" else href
    joined = _joined_as_text(base, href)
    if joined:
        return joined  # (an http(s) URL with the base's host: safe)
    try:
        url = urljoin(base, href) if base else href
    except ValueError:
        return ""
    return url if is_safe(url, mailto=mailto) else ""


def _already_absolute(base: str, href: str) -> bool:
    """``href`` is an absolute URL that ``urljoin`` would give back unchanged: a web
    scheme written in lower case (the base's too), a host, ASCII only, and none of the
    parts that ``urljoin`` rewrites when the schemes are the same (an empty query or
    fragment, ``;`` parameters, an IPv6 host; with another scheme it rewrites nothing)."""
    scheme = base[: base.find(":")] if base else ""
    if scheme not in WEB_SCHEMES or not href.startswith(("http://", "https://")):
        return False
    host = href.find("//") + 2
    return href[host : host + 1] not in ("", "/") and _kept_as_written(href)


def _kept_as_written(href: str) -> bool:
    """ASCII, and none of the parts ``urljoin`` rewrites: ``;`` parameters, brackets (an
    IPv6 host), an empty query or fragment."""
    return (
        href.isascii()
        and not any(c in href for c in ";[]")
        and "?#" not in href
        and not href.endswith(("?", "#"))
    )


def _joined_as_text(base: str, href: str) -> str:
    """``urljoin(base, href)`` when that is the base's origin and directory with ``href``
    appended as it is ("" otherwise, and ``urljoin`` does the work): an http(s) base, and
    a path from the root or relative to the base's directory, in ASCII, without dot
    segments, parameters, an empty query or fragment, or (when relative) the empty
    segments ``urljoin`` drops."""
    if not _kept_as_written(href) or "/." in href or href[0] in ".?#" or ":" in href:
        return ""
    origin, directory = _origin_and_directory(base)
    if not origin:
        return ""
    if href[0] == "/":
        return "" if href[1:2] == "/" else origin + href
    return origin + directory + href if directory and "//" not in href else ""


@lru_cache(maxsize=256)
def _origin_and_directory(base: str) -> tuple[str, str]:
    """The base's ``scheme://host`` ("" unless http(s) with a host) and the directory of
    its path that ``urljoin`` puts a relative path in ("" when it would rewrite that)."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return "", ""
    if parts.scheme not in WEB_SCHEMES or not parts.netloc or not base.isascii():
        return "", ""
    directory = parts.path[: parts.path.rfind("/") + 1] or "/"
    if "//" in directory or "/." in directory or any(c in base for c in ";[]"):
        directory = ""
    return f"{parts.scheme}://{parts.netloc}", directory


def is_safe(url: str, *, mailto: bool = False) -> bool:
    """True for absolute http(s) URLs with a host; also for ``mailto:`` addresses with
    ``mailto``."""
    return _plainly_web(url) or _is_safe(url, mailto)


def _plainly_web(url: str) -> bool:
    """An ASCII http(s) URL in lower case whose host starts with a letter or digit: safe
    without parsing it (``urlsplit`` finds its host; no bracket can make it raise)."""
    if not url.startswith(("http://", "https://")):
        return False
    host = url.find("//") + 2
    return url[host : host + 1].isalnum() and url.isascii() and "[" not in url and "]" not in url


@lru_cache(maxsize=8192)
def _is_safe(url: str, mailto: bool) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme in WEB_SCHEMES:
        return bool(parts.netloc)
    return mailto and scheme == "mailto" and bool(parts.path)


def safe(url: str, *, mailto: bool = False) -> str:
    """``url`` itself when it is safe, else ""; writers call this on every URL."""
    return url if url and is_safe(url, mailto=mailto) else ""


def model_url(url: str, *, mailto: bool = False) -> bool:
    """Whether the model may hold ``url``: empty, or an absolute http(s) URL; with
    ``mailto`` also a ``mailto:`` address (a person's)."""
    return not url or is_safe(url, mailto=mailto)
