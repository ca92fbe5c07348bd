"""Text every output can hold: XML 1.0 forbids control characters, lone surrogates and
U+FFFE/U+FFFF; UTF-8 cannot encode lone surrogates. Writers pass strings through here."""

from __future__ import annotations

import re

from syndicate.xmlchars import xml_safe

__all__ = ["utf8", "xml_safe", "xml_text"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8(text: str) -> bytes:
    """UTF-8 bytes of ``text``; a lone surrogate becomes U+FFFD instead of an error."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def xml_text(text: str, fallback: str) -> str:
    """``xml_safe(text)`` stripped, or ``fallback`` when nothing printable is left (a feed
    title or author name may not be empty)."""
    return xml_safe(text).strip() or fallback
