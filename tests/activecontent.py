"""Active content in a writer's output, looked for after the format's own decoding.

Each format is decoded the way a reader would: the XML parsed, the fields that carry
HTML (RSS ``description``/``content:encoded``, Atom ``type="html"``, JSON Feed
``content_html``, ninjs ``text/html`` bodies) parsed as HTML, XHTML (EPUB pages, NewsML
``inlineXML``) checked as a tree, Markdown rendered to HTML, feeds also run through
feedparser. Fields a format calls plain text but some readers render anyway (JSON Feed
``summary``, NewsML and EPUB ``description``) are parsed as HTML too. Every URL field of
the native JSON must be absolute http(s) (``mailto:`` for a person): no inline ``data:``
image, no relative reference (issue 17).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import feedparser
import html5lib
import lxml.html
from lxml import etree
from markdown_it import MarkdownIt

import syndicate
from syndicate import Article, Context, Feed
from syndicate.writers.pagestyle import CONTENT_SECURITY_POLICY, STYLESHEET

ACTIVE_ELEMENTS = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "form",
        "input",
        "button",
        "base",
        "style",
        "svg",
        "math",
        "template",
        "noscript",
    }
)
"""Elements no output may hold (our HTML never uses them; svg and math can run script)."""
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "data",
        "background",
        "poster",
        "codebase",
        "cite",
        "longdesc",
        "lowsrc",
        "dynsrc",
        "usemap",
        "values",
        "to",
        "from",
        "srcset",
    }
)
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:text/html", "data:image/svg")
NS_LESS = {"xhtml": "http://www.w3.org/1999/xhtml"}
RSS_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
ATOM = "{http://www.w3.org/2005/Atom}"
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
OPF_DC = "{http://purl.org/dc/elements/1.1/}"
_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable("table")
_CONTEXT = Context(now=syndicate.Context.from_environment().now)


def _normal_url(value: str) -> str:
    return "".join(c for c in value if c > " " and c != "\x7f").lower()


def element_findings(root: etree._Element) -> list[str]:
    """Active content in a parsed (X)HTML tree: elements, on* handlers, script URLs, CSS."""
    found: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.rsplit("}", 1)[-1].lower()  # QName refuses what an HTML parser accepts
        if tag in ACTIVE_ELEMENTS:
            found.append(f"<{tag}>")
        if tag == "meta" and (el.get("http-equiv") or "").strip():
            found.append("<meta http-equiv>")
        if tag == "link" and "import" in (el.get("rel") or "").lower():
            found.append("<link rel=import>")
        for key, value in el.attrib.items():
            name = etree.QName(key).localname.lower() if key.startswith("{") else key.lower()
            if name.startswith("on"):
                found.append(f"{name}=")
            elif name == "srcdoc":
                found.append("srcdoc=")
            elif name == "style" and any(
                s in value.lower() for s in ("expression", "javascript:", "behavior", "url(")
            ):
                found.append("style=")
            elif name in URL_ATTRIBUTES and _normal_url(value).startswith(DANGEROUS_SCHEMES):
                found.append(f"{name}={value[:30]}")
    return found


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _parse_html(fragment: str) -> etree._Element:
    """A fragment parsed as a browser would (which reads a control character as U+FFFD;
    lxml cannot hold one)."""
    return lxml.html.fragment_fromstring(_NOT_XML.sub("\ufffd", fragment), create_parent="div")


def html_findings(fragment: str) -> list[str]:
    """Active content in an HTML fragment as a browser would parse it."""
    return element_findings(_parse_html(fragment)) if fragment.strip() else []


def html_text(fragment: str) -> str:
    """The text an HTML fragment shows, whitespace collapsed."""
    return " ".join(_parse_html(fragment).text_content().split()) if fragment.strip() else ""


def write_all(article: Article) -> dict[str, bytes]:
    """Every format's output for ``article`` (RSS gets a one-item feed with a link)."""
    out: dict[str, bytes] = {}
    for fmt in syndicate.WRITERS:
        obj: Article | Feed = article
        if fmt == "rss" and not article.link:
            obj = syndicate.feed([article], title="T", link="https://safe.example/")
        out[fmt] = syndicate.write(obj, fmt, context=_CONTEXT)
    return out


def decoded(fmt: str, data: bytes) -> Iterator[tuple[str, str, Any]]:
    """(field, kind, value) for each field of one output: kind "html" (a fragment readers
    render), "tree" (parsed XHTML), "url" (a URL field), "person-url", "image-url"."""
    match fmt:
        case "rss":
            root = etree.fromstring(data)
            for el in root.iter("description", RSS_CONTENT):
                yield etree.QName(el).localname, "html", el.text or ""
            for el in root.iter("link"):
                yield "link", "url", el.text or ""
            for el in root.iter("enclosure", "{*}content", "{*}thumbnail"):
                yield etree.QName(el).localname, "image-url", el.get("url") or ""
            yield from _feedparser(data)
        case "atom":
            root = etree.fromstring(data)
            for el in root.iter(*(f"{ATOM}{n}" for n in ("title", "subtitle", "summary"))):
                if el.get("type") == "html":
                    yield etree.QName(el).localname, "html", el.text or ""
                elif el.get("type") == "xhtml":
                    yield etree.QName(el).localname, "tree", el
            for el in root.iter(f"{ATOM}content"):
                yield "content", "html" if el.get("type") == "html" else "tree", el.text or el
            for el in root.iter(f"{ATOM}link"):
                yield "link", "url", el.get("href") or ""
            for el in root.iter(f"{ATOM}uri"):
                yield "uri", "url", el.text or ""
            yield from _feedparser(data)
        case "jsonfeed":
            doc = json.loads(data)
            yield "description", "html", doc.get("description", "")
            for item in doc["items"]:
                for key in ("content_html", "summary"):
                    yield key, "html", item.get(key, "")
                yield "url", "url", item.get("url", "")
                yield "image", "image-url", item.get("image", "")
                for author in item.get("authors", []):
                    yield "author.url", "person-url", author.get("url", "")
        case "ninjs":
            for obj in _ninjs_objects(json.loads(data)):
                for body in obj.get("bodies", []):
                    if body["contenttype"] == "text/html":
                        yield "body_html", "html", body["value"]
                for person in obj.get("people", []):
                    yield "people.uri", "person-url", person.get("uri", "")
        case "newsml":
            root = etree.fromstring(data)
            for el in root.iter(f"{NAR}inlineXML"):
                yield "inlineXML", "tree", el
            for el in root.iter(f"{NAR}description"):
                yield "description", "html", el.text or ""
            for el in root.iter(f"{NAR}link", f"{NAR}remoteContent"):
                yield etree.QName(el).localname, "image-url", el.get("href") or ""
            for el in root.iter(f"{NAR}creator", f"{NAR}contributor"):
                yield etree.QName(el).localname, "person-url", el.get("uri") or ""
        case "epub":
            archive = zipfile.ZipFile(io.BytesIO(data))
            for name in archive.namelist():
                if name.endswith((".xhtml", ".opf", ".ncx")):
                    root = etree.fromstring(archive.read(name))
                    if name.endswith(".xhtml"):
                        yield name, "tree", root
                    for el in root.iter(f"{OPF_DC}description"):
                        yield f"{name} dc:description", "html", el.text or ""
        case "markdown":
            yield "rendered", "html", _MARKDOWN.render(data.decode("utf-8"))
        case "json":
            yield from _native_urls(json.loads(data), "")
        case "html":
            yield from _page(data)
        case "text":
            return
        case _:
            raise AssertionError(f"no decoding for {fmt}")


def _page(data: bytes) -> Iterator[tuple[str, str, Any]]:
    """The reader view parsed as a browser parses it (html5lib). Its own head (the embedded
    stylesheet, the Content-Security-Policy) must be exactly what the writer embeds; it is
    then left out of the search, and everything else is searched like any other tree."""
    root = html5lib.parse(data, treebuilder="lxml", namespaceHTMLElements=False).getroot()
    for el in list(root.iter("style", "meta")):
        parent = el.getparent()
        own = (el.tag == "style" and el.text == STYLESHEET) or (
            el.get("http-equiv") == "Content-Security-Policy"
            and el.get("content") == CONTENT_SECURITY_POLICY
        )
        if own and parent is not None and parent.tag == "head":
            parent.remove(el)
    yield "page", "tree", root
    for el in root.iter("img"):
        yield "img", "image-url", el.get("src") or ""
    for el in root.iter("link"):
        yield "link", "url", el.get("href") or ""


def _ninjs_objects(obj: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield obj
    for member in obj.get("associations", []):
        yield from _ninjs_objects(member)


def _feedparser(data: bytes) -> Iterator[tuple[str, str, Any]]:
    parsed = feedparser.parse(data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    yield "feedparser subtitle", "html", parsed.feed.get("subtitle", "")
    for entry in parsed.entries:
        yield "feedparser summary", "html", entry.get("summary", "")
        for content in entry.get("content", []):
            yield "feedparser content", "html", content.value


_NATIVE_URL_KEYS = {"url", "canonical_url", "link", "self_url", "icon", "logo"}
_NATIVE_KINDS = {
    "authors": "person-url",
    "contributors": "person-url",
    "lead_image": "image-url",
    "image": "image-url",
}


def _native_urls(value: Any, path: str, kind: str = "url") -> Iterator[tuple[str, str, Any]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in _NATIVE_URL_KEYS and isinstance(inner, str):
                yield f"{path}.{key}", kind, inner
            else:
                yield from _native_urls(inner, f"{path}.{key}", _NATIVE_KINDS.get(key, "url"))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _native_urls(inner, f"{path}[{index}]", kind)


_ABSOLUTE = re.compile(r"^https?://[^/?#\s]")


def url_ok(kind: str, url: str) -> bool:
    """The model's URL rule, written out here independently of ``syndicate.urls``: empty,
    absolute http(s) with a host, or ``mailto:`` for a person."""
    low = _normal_url(url)
    if not low or _ABSOLUTE.match(low):
        return True
    return kind == "person-url" and low.startswith("mailto:")


def native_urls(article: Article) -> list[tuple[str, str, str]]:
    """(path, kind, URL) for every URL field in the article's native JSON."""
    return list(_native_urls(json.loads(syndicate.write(article, "json")), ""))


def findings(outputs: dict[str, bytes]) -> list[tuple[str, str, str]]:
    """(format, field, finding) for every piece of active content or unsafe URL."""
    found: list[tuple[str, str, str]] = []
    for fmt, data in outputs.items():
        for field, kind, value in decoded(fmt, data):
            if kind == "html":
                found += [(fmt, field, f) for f in html_findings(value)]
            elif kind == "tree":
                found += [(fmt, field, f) for f in element_findings(value)]
            elif not url_ok(kind, value):
                found.append((fmt, field, f"unsafe URL {value[:40]!r}"))
    return found
