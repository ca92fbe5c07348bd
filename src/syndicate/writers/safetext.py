"""Text every output can hold: XML 1.0 forbids control characters, lone surrogates and
U+FFFE/U+FFFF; UTF-8 cannot encode lone surrogates. Writers pass strings through here.

Text that goes into a field readers render as HTML (RSS ``description``, Atom
``type="html"``) is HTML-escaped with ``html_text``, so a dek that holds markup as text
(``<img src=x onerror=…>``) shows as that text and never runs; a field its format calls
plain text but some readers render anyway gets ``inert_text``. HTML written from the model
(``writers.fragment``, ``writers.html``) is escaped by construction and never passes through
either again.
"""

from __future__ import annotations

import html
import re

from syndicate.xmlchars import xml_safe

__all__ = ["html_safe", "html_text", "inert_text", "utf8", "xml_safe", "xml_text"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
"""A "<" that opens a tag, an end tag or a comment in HTML (any other "<" is text)."""


def utf8(text: str) -> bytes:
    """UTF-8 bytes of ``text``; a lone surrogate becomes U+FFFD instead of an error."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


_NOT_HTML = re.compile(
    "[\x7f-\x9f\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
    )
    + "]"
)
"""What an HTML document may not hold beyond XML's rule: DEL, C1 controls, noncharacters."""


def html_safe(text: str) -> str:
    """A serialised page without what the HTML syntax calls a parse error in the input
    stream: controls and noncharacters go, and a carriage return (which lxml writes as
    ``&#13;``, a forbidden reference) becomes the line feed an HTML parser makes of it."""
    return _NOT_HTML.sub("", text).replace("&#13;", "\n")


def xml_text(text: str, fallback: str) -> str:
    """``xml_safe(text)`` stripped, or ``fallback`` when nothing printable is left (a feed
    title or author name may not be empty)."""
    return xml_safe(text).strip() or fallback


def html_text(text: str) -> str:
    """Plain ``text`` as an HTML fragment that shows exactly that text: XML-safe, with
    ``&``, ``<`` and ``>`` escaped (the XML serialiser escapes the result once more)."""
    return html.escape(xml_safe(text), quote=False)


def inert_text(text: str) -> str:
    """Plain ``text`` for a field its format calls plain (JSON Feed ``summary``, EPUB
    ``dc:description``) that some readers render as HTML anyway: every "<" that would
    open a tag or comment is written ``&lt;``, so no renderer can make markup of it. Text
    without such a "<" (nearly all) is unchanged."""
    return _TAG_OPEN.sub("&lt;", text)
