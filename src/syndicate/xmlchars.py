"""Characters XML 1.0 cannot hold: C0 controls (but tab, LF, CR), lone surrogates and
U+FFFE/U+FFFF. The reader strips them before parsing (lxml accepts them there but refuses
them in any later edit) and every XML writer strips them from what it writes."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _NOT_XML.sub("", text)
