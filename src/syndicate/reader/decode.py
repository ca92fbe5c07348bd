"""Bytes to text, once, with the evidence of which signal chose the encoding.

Order: byte-order mark, transport charset, the page's own declaration
(``<meta charset>``, ``http-equiv``, XML declaration), valid UTF-8, the
charset-normalizer detector, then windows-1252 with replacement. Labels are
cleaned and mapped the way browsers map them (WHATWG): latin-1 and ASCII mean
windows-1252, gb2312 means gb18030.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from syndicate.errors import DecodeError
from syndicate.reader.report import Report

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([^"'\s/>;]+(?:[,;][^"'>]*)?)""", re.I
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I)
_ALIASES = {
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "l1": "windows-1252",
    "ascii": "windows-1252",
    "us-ascii": "windows-1252",
    "cp1252": "windows-1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-9": "windows-1254",
    "tis-620": "windows-874",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "ks_c_5601-1987": "euc-kr",
}
_IGNORED = frozenset({"none", "x-user-defined", "unknown", "default", "auto"})
_UTF16 = frozenset({"utf-16", "utf-16le", "utf-16be", "utf-16-le", "utf-16-be", "utf-32"})


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the evidence: the codec name and the signal that won."""

    text: str
    encoding: str
    source: str


_NOT_CHARSETS = frozenset(
    {"undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape", "uu", "mbcs"}
)
"""Text codecs Python knows that no web page is encoded in."""


def normalise_label(label: str) -> str:
    """A Python codec name for a charset label, or "" when it is bogus or unknown."""
    token = re.split(r"[,;\s]", label.strip().strip("\"'").lower(), maxsplit=1)[0]
    if not token or token in _IGNORED:
        return ""
    token = _ALIASES.get(token, token)
    try:
        info = codecs.lookup(token)
    except LookupError:
        return ""
    if info.name in _NOT_CHARSETS or not getattr(info, "_is_text_encoding", True):
        return ""  # "undefined", "punycode", "base64"…: codecs, but no page is written in one
    return info.name


def declared_charset(data: bytes) -> str:
    """The charset label the document declares in its first bytes, if any."""
    head = data[:_PRESCAN_BYTES]
    found = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii", "replace") if found else ""


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):
        return None


def decode(data: bytes, report: Report, *, transport: str = "") -> Decoded:
    """Decode ``data``; records a diagnostic (or raises in strict mode) on doubt."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(name, errors="replace")
            return Decoded(text, codecs.lookup(name).name, "bom")
    if transport:
        found = _from_label(data, transport, "transport", report)
        if found:
            return found
    declared = declared_charset(data)
    if declared:
        found = _from_label(data, declared, "declared", report)
        if found:
            return found
    utf8 = _try(data, "utf-8")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", "utf-8-valid")
    return _detect(data, report)


def _from_label(data: bytes, label: str, source: str, report: Report) -> Decoded | None:
    name = normalise_label(label)
    if not name:
        report.info("charset-ignored", f"{source} charset {label!r} is not a usable encoding")
        return None
    if name in _UTF16 and b"\x00" not in data[:200]:  # ASCII-compatible bytes: label is wrong
        report.info("charset-ignored", f"{source} charset {label!r} contradicts the bytes")
        return None
    text = _try(data, name)
    if text is None:
        report.note(
            "charset-mismatch",
            f"{source} charset {label!r} does not decode the bytes; guessing",
            error=DecodeError,
        )
        return None
    if name != "utf-8" and not data.isascii() and _try(data, "utf-8") is not None:
        if not _single_byte_plausible(name):
            return Decoded(text, name, source)
        report.info("charset-overridden", f"{source} charset {label!r} but the bytes are UTF-8")
        return Decoded(data.decode("utf-8"), "utf-8", f"utf-8-valid (over {source} {name})")
    return Decoded(text, name, source)


def _single_byte_plausible(name: str) -> bool:
    """Single-byte codecs decode anything; valid multi-byte UTF-8 beats them."""
    try:
        return codecs.lookup(name).name.startswith(("cp", "windows", "iso8859", "koi8", "mac"))
    except LookupError:  # pragma: no cover
        return False


def _detect(data: bytes, report: Report) -> Decoded:
    best = from_bytes(data[:200_000]).best()
    if best is not None:
        name = codecs.lookup(best.encoding).name
        text = _try(data, name)
        if text is not None:
            report.info("charset-detected", f"no usable declaration; detected {name}")
            return Decoded(text, name, "detector")
    report.note(
        "charset-unknown",
        "could not determine the encoding; decoded as windows-1252 with replacements",
        error=DecodeError,
    )
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252", "fallback")
