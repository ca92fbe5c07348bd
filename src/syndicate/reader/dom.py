"""Parse text once into an lxml HTML tree, never resolving external entities."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeAlias

import lxml.html
from lxml import etree

from syndicate.reader.budget import clock
from syndicate.reader.nesting import flatten
from syndicate.urls import resolve
from syndicate.xmlchars import c1_as_windows_1252, without_controls, xml_safe

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _html_parser(*, huge_tree: bool) -> lxml.html.HTMLParser:
    """An HTML parser of UTF-8 bytes whose elements are all ``HtmlElement`` (comments, PIs
    and entities lxml.html's own classes), chosen in C: lxml.html's lookup, a Python call
    each time an element of the tree is touched, only adds form-field classes the reader
    never uses."""
    parser = lxml.html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=huge_tree,
        encoding="utf-8",
    )
    lookup = etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
    parser.set_element_class_lookup(lookup)
    return parser


_ENCODING_DECLARED = re.compile(r"^(<\?xml[^>]+)\s+encoding\s*=\s*[\"'][^\"']*[\"'](\s*\?>|)")
"""What lxml refuses at the start of a str (its ``_hasEncodingDeclaration``): such a text
is unparsable, as it was when the parser was handed the str itself."""
_PARSER = _html_parser(huge_tree=False)
_HUGE_PARSER = _html_parser(huge_tree=True)
"""For the rare page past libxml2's default limits (a text node over 10 MB); the reader's
own limits (input size, element count, budget) still bound the work."""

Element: TypeAlias = lxml.html.HtmlElement


def select(node: Element, path: str | etree.XPath) -> list[Element]:
    """The elements an XPath selects (other result kinds are skipped)."""
    found = node.xpath(path) if isinstance(path, str) else path(node)
    return [el for el in found if isinstance(el, etree._Element)] if isinstance(found, list) else []


def select_strings(node: Element, path: str | etree.XPath) -> list[str]:
    """The strings (attribute values, text) an XPath selects."""
    found = node.xpath(path) if isinstance(path, str) else path(node)
    return [str(v) for v in found if isinstance(v, str)] if isinstance(found, list) else []


def _resource_limit(error: etree._LogEntry) -> bool:
    """libxml2 hit a resource limit (its error type has no name in older releases)."""
    message = error.message.lower()
    return (
        error.type_name == "ERR_RESOURCE_LIMIT" or "excessive depth" in message or "huge" in message
    )


_CONTROL_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127)(?!\d)|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])"
    r"(?![0-9a-fA-F]));?"
)
"""A character reference to a C0 control or DEL (not tab or a line break), which the
parser would turn into the character: an ESC sequence written as ``&#27;[31m``."""


_C1_REFERENCE = re.compile(r"&#(?:0*(1[2-5]\d)(?!\d)|[xX]0*([89][0-9a-fA-F])(?![0-9a-fA-F]));?")
"""A character reference in the C1 range, which HTML reads as Windows-1252 (``&#146;`` is
’) and older libxml2 versions read as the control character."""


_BAD_REFERENCE = re.compile(f"&#(?:{_CONTROL_REFERENCE.pattern[2:]}|{_C1_REFERENCE.pattern[2:]})")
"""Either kind of reference above: on most pages neither is there, and one scan finds so."""
_BAD_REFERENCE_BYTES = re.compile(_BAD_REFERENCE.pattern.encode("ascii"))
"""The same, in the text's UTF-8 bytes (a reference is ASCII; bytes are scanned quicker)."""


_C0_AND_DEL = bytes(c for c in range(0x20) if c not in b"\t\n\r") + b"\x7f"
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")


def _unsafe(text: str) -> tuple[bool, bytes | None]:
    """Whether ``text`` holds a character ``xml_safe`` or ``without_controls`` changes (a C0
    control but tab and line breaks, DEL, a C1 control, a surrogate, U+FFFE or U+FFFF; a
    reference turned into a character never gives one: a C1 reference reads as
    Windows-1252 punctuation), and its UTF-8 bytes (None when a surrogate has none). On
    the bytes, C-speed passes find them faster than a character class scanning the text."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return True, None
    unsafe = (
        len(data.translate(None, _C0_AND_DEL)) != len(data)
        or (b"\xc2" in data and _C1_UTF8.search(data) is not None)
        or "\ufffe" in text
        or "\uffff" in text
    )
    return unsafe, data


def _c1_reference(match: re.Match[str]) -> str:
    code = int(match[1]) if match[1] else int(match[2], 16)
    return c1_as_windows_1252(chr(code)) if 0x80 <= code <= 0x9F else match[0]


FLATTEN_DEPTH = 200
"""Levels kept when nesting past the parser's limit is flattened (halved while the
parser still refuses the text, down to ``_FLATTEST``)."""
_FLATTEST = 25


def parse_document(text: str) -> tuple[Element, bool]:
    """The ``<html>`` tree for ``text`` and whether it hit one of the parser's limits.

    An empty or unparsable text gives an empty document. The HTML parser neither loads
    DTDs nor expands entity declarations, so XXE and entity bombs stay inert text. Control
    characters, raw or as references, are removed first. Nesting past the parser's depth
    limit, which would end the document there, is flattened (``nesting.flatten``) and the
    text read again, so what the deep levels hold is kept.
    """
    declaration = _XML_DECL.match(text)  # (``sub`` would try every position of the text)
    text = (text[declaration.end() :] if declaration else text).replace("\x0c", " ")
    unsafe, data = _unsafe(text)  # when safe, both passes below leave it as it is
    text = xml_safe(text) if unsafe else text
    referenced = text
    if unsafe or data is None:
        bad = _BAD_REFERENCE.search(text) is not None
    else:  # (the same text, scanned quicker as its bytes)
        bad = _BAD_REFERENCE_BYTES.search(data) is not None
    if bad:
        referenced = _C1_REFERENCE.sub(_c1_reference, _CONTROL_REFERENCE.sub("", text))
    if unsafe or referenced is not text:  # (``sub`` returns the text itself when no match)
        data = None
    text = without_controls(referenced) if unsafe else referenced
    if text and not text.isspace():  # (``strip`` would copy the text)
        root, limits = _parse_limited(text, data)
        limited = bool(limits)
        depth = FLATTEN_DEPTH
        while root is not None and any("depth" in e for e in limits) and depth >= _FLATTEST:
            flat, limits = _parse_limited(flatten(text, depth))
            root = flat if flat is not None else root
            depth //= 2
        if root is not None:
            _into_body(root)
            return root, limited
    empty = b"<html><head></head><body></body></html>"
    return lxml.html.document_fromstring(empty, parser=_PARSER), False


def _parse_limited(text: str, data: bytes | None = None) -> tuple[Element | None, list[str]]:
    """The tree (None when unparsable) and the resource limits the parser hit, with the
    default limits and then, past one, without them. ``data``: ``text`` in UTF-8, when
    already encoded."""
    if _ENCODING_DECLARED.match(text):
        return None, []  # lxml refuses such a str (ValueError)
    if data is None:
        data = text.encode("utf-8")  # libxml2 reads UTF-8 faster than lxml's str buffers
    for parser in (_PARSER, _HUGE_PARSER):
        try:
            root = lxml.html.document_fromstring(data, parser=parser)
        except (etree.ParserError, ValueError):
            return None, []
        limits = [e.message.lower() for e in parser.error_log if _resource_limit(e)]
        if not limits or parser is _HUGE_PARSER:
            return root, limits
    return None, []  # pragma: no cover - the loop always returns


def _into_body(root: Element) -> None:
    """Move what libxml2 left outside ``<body>`` into it, as browsers do: elements beside
    the body, and a second ``<html>`` libxml2 starts after a stray ``</html>`` (a template
    that closes the document early) with everything after it."""
    body = root.find("body")
    if body is None:
        return
    at = 0
    for el in list(root):
        if el is body:
            at = -1
        elif isinstance(el.tag, str) and el.tag != "head":
            if at < 0:
                body.append(el)
            else:
                body.insert(at, el)
                at += 1
    for later in root.itersiblings():
        if isinstance(later.tag, str):
            for el in list(later):
                if el.tag in ("head", "body"):
                    body.extend(list(el))
                elif isinstance(el.tag, str):
                    body.append(el)


def parse(text: str) -> Element:
    """The ``<html>`` tree for ``text`` (see ``parse_document``)."""
    return parse_document(text)[0]


def base_url(root: Element, page_url: str, hrefs: list[str] | None = None) -> str:
    """The base for relative links: ``<base href>`` resolved against the page URL (the
    ``href`` of each ``<base>`` in a ``<head>``, in document order: ``hrefs``, when known)."""
    hrefs = select_strings(root, "//head/base/@href") if hrefs is None else hrefs
    for href in hrefs[:1]:
        resolved = resolve(page_url, str(href))
        if resolved:
            return resolved
    return page_url


def text_content(node: Element) -> str:
    """``node.text_content()``: all text under ``node`` (the tail left out). lxml.html
    evaluates an XPath ``string()`` for it; its text serialiser gives the same string in
    about half the time, and an element without children holds only its ``text``."""
    if not len(node):
        return node.text or ""
    return etree.tostring(node, method="text", encoding=str, with_tail=False)


def text_of(node: Element) -> str:
    """All text under ``node`` with whitespace collapsed."""
    return " ".join(text_content(node).split())


_LINE_BREAKS = frozenset({"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"})


def shown_text(node: Element) -> str:
    """The text under ``node`` as a browser lays it out on one line: like ``text_of``, with
    a space where a ``<br>`` or a block element breaks the line ("2025 (US)<br>Your
    Guide" is not "(US)Your"). Comments are not text."""
    if not len(node):  # a leaf: its own text, with no walk
        return " ".join(node.text.split()) if isinstance(node.tag, str) and node.text else ""
    parts: list[str] = []
    for event, el in etree.iterwalk(node, events=("start", "end")):
        broken = el.tag in _LINE_BREAKS
        if event == "start":
            if broken:
                parts.append(" ")
            if isinstance(el.tag, str) and el.text:
                parts.append(el.text)
            continue
        if broken:
            parts.append(" ")
        if el is not node and el.tail:
            parts.append(el.tail)
    return " ".join("".join(parts).split())


def texts_after(node: Element) -> Iterator[tuple[str, Element]]:
    """The text nodes after ``node`` (its own content left out) in document order, each
    with the element it is the text or tail of: XPath's ``following::text()`` (whose
    ``getparent()`` is that element)."""
    while node is not None:
        if node.tail:
            yield node.tail, node
        for sibling in node.itersiblings():
            for event, el in etree.iterwalk(sibling, events=("start", "end")):
                text = el.text if event == "start" and isinstance(el.tag, str) else None
                text = el.tail if event == "end" else text
                if text:
                    yield text, el
        node = node.getparent()


def texts_before(node: Element) -> Iterator[tuple[str, Element]]:
    """The text nodes before ``node`` (its ancestors' own text included), nearest first,
    each with the element it is the text or tail of: XPath's ``preceding::text()``."""
    parent = node.getparent()
    while parent is not None:
        for sibling in node.itersiblings(preceding=True):
            yield from _texts_backwards(sibling)
        if parent.text:
            yield parent.text, parent
        node, parent = parent, parent.getparent()


def _texts_backwards(top: Element) -> Iterator[tuple[str, Element]]:
    """The text nodes of ``top`` and its tail, last first."""
    stack: list[tuple[Element, bool]] = [(top, False)]
    while stack:
        el, opened = stack.pop()
        if opened:
            if isinstance(el.tag, str) and el.text:
                yield el.text, el
            continue
        if el.tail:
            yield el.tail, el
        stack.append((el, True))
        stack.extend((child, False) for child in el)


def link_density(el: Element) -> float:
    """Share of ``el``'s text (whitespace collapsed) that sits inside links; 1.0 when empty."""
    total = len(text_of(el))
    links = sum(len(text_of(a)) for a in el.iter("a"))
    return links / total if total else 1.0


class Within:
    """Whether an element is one of ``nodes`` or inside one: each ancestor is looked at once
    over all calls, however deep the tree (the tree must not change meanwhile)."""

    def __init__(self, nodes: list[Element]) -> None:
        self.known: dict[Element, bool] = dict.fromkeys(nodes, True)

    def __call__(self, el: Element | None) -> bool:
        chain: list[Element] = []
        node: Element | None = el
        tick = clock().tick
        while node is not None and node not in self.known:
            tick()
            chain.append(node)
            node = node.getparent()
        verdict = node is not None and self.known[node]
        for unknown in chain:
            self.known[unknown] = verdict
        return verdict
