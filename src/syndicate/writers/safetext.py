"""Text every output can hold: XML 1.0 forbids control characters, lone surrogates and
U+FFFE/U+FFFF; UTF-8 cannot encode lone surrogates. Writers pass strings through here."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _NOT_XML.sub("", text)


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
