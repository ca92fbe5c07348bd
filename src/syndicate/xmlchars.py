"""Characters XML 1.0 cannot hold: C0 controls (but tab, LF, CR), lone surrogates and
U+FFFE/U+FFFF. The reader strips them before parsing (lxml accepts them there but refuses
them in any later edit) and every XML writer strips them from what it writes. Metadata
decoded from JSON after parsing is stripped of every C0/C1 control (``without_controls``)."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


_C0 = bytes(c for c in range(0x20) if c not in b"\t\n\r")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    try:  # the quick check: a lone surrogate cannot be encoded, C0 controls are bytes
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return _NOT_XML.sub("", text)
    if (
        len(data.translate(None, _C0)) == len(data)
        and "\ufffe" not in text
        and "\uffff" not in text
    ):
        return text
    return _NOT_XML.sub("", text)


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _windows_1252(code: int) -> str:
    try:
        return bytes([code]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


_C1_AS_WINDOWS_1252 = {chr(code): _windows_1252(code) for code in range(0x80, 0xA0)}
"""What a C1 character in a page means: the Windows-1252 character of that byte (as HTML
maps ``&#146;``), nothing for the five bytes Windows-1252 leaves undefined."""


def c1_as_windows_1252(char: str) -> str:
    """The Windows-1252 character a C1 control stands for ("" when undefined)."""
    return _C1_AS_WINDOWS_1252.get(char, "")


def without_controls(text: str) -> str:
    """``text`` without control characters (tab and line breaks kept), so no terminal acts
    on an ESC sequence taken from a page: C0 controls and DEL are removed, C1 controls are
    read as the Windows-1252 punctuation they almost always are ("we\x92re" → "we’re")."""
    return _CONTROLS.sub(lambda m: c1_as_windows_1252(m.group()), text)
