"""Text that any XML 1.0 document can hold: control characters, lone surrogates and
the non-characters U+FFFE/U+FFFF are removed before a string reaches an XML writer."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _NOT_XML.sub("", text)
