"""Bylines the page shows without marking them up for machines: a "By …" line under the
headline ("Von …", "Par …", "Por …", "Di …", "Door …", "Автор …"), elements whose class
or itemprop names an author, and links to an author page — nearest the headline first,
outside comments and teasers — then a "Written by …" line anywhere in the article (an
author box after the text). Read only when no other source names an author."""

from __future__ import annotations

import re
from itertools import pairwise

from lxml import etree

from syndicate.reader import selectors
from syndicate.reader.dom import Element
from syndicate.reader.metadata.header import Header, header
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.metadata.people import people
from syndicate.reader.page import Page
from syndicate.reader.report import Report

_MAX_NAME = 80
_AUTHOR_MARK = selectors.Caseless(
    r"author|byline|writer|autor|auteur|verfasser|reporter|contributor|journalist"
)
_AUTHOR_HREF = selectors.Caseless(
    r"/(?:authors?|contributors?|writers?|people|person|profiles?|team|staff|autor(?:en)?"
    r"|auteurs?|redactie|journalists?|reporters?|columnists?)/[^/?#]+/?(?:$|[?#])"
)
_BY_LINE = re.compile(
    r"^(?:written\s+by|words\s+by|story\s+by|posted\s+by|reported\s+by|by|von|par|por"
    r"|di|door|av|af|автор|contributors?\s*:|geschrieben\s+von|écrit\s+par|escrito\s+por"
    r"|scritto\s+da|skrevet\s+a[fv]|autor(?:in|ka)?\s*:|yazar\s*:|szerző\s*:|tekijä\s*:"
    r"|teksti\s*:|текст\s*:|napsal[a]?|napisał[a]?)\s*:?\s+(?P<names>[^\d|•·]{2,100})",
    re.I,
)
_CJK_BY_LINE = re.compile(
    r"^[（(【]?\s*(?:本报)?(?:(?:作者|记者|記者|撰文|编辑|編輯)(?:\s*[:：/／]\s*|\s+)"
    r"|(?:文|글)\s*[:：/／]\s*)"
    r"(?P<names>[^\d|•·）)】]{2,40})"
    r"|^(?P<reporter>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)(?!\w)"
)
"""A Chinese, Japanese or Korean byline: "作者：张三", "（记者 张三）", "文／山田太郎" (the role,
then a colon, a slash or a space); a Korean one puts the role after the name ("홍길동 기자")."""

_SENTENCE = re.compile(r"^\s*[a-z]\S*(?:\s+\S+){3,}")
"""Four or more words opening in lower case: "By continuing you agree…", not a name."""
_MARKED = 12
_BYLINE_DEPTH = 2
"""Levels above the first author element that still hold the same byline."""


def extract(page: Page, report: Report) -> Partial:
    """Raw (name, URL) pairs from a By-line, else from author-marked elements and links."""
    found = Partial(source="byline")
    for finder in (_by_line, _marked, _written_by):
        pairs = finder(page)
        if pairs and any(people(pairs)):
            found.authors = pairs
            break
    return found


def _by_line(page: Page) -> list[tuple[str, str]]:
    """A short line opening with "By", "Von", "Par", "Por", "Di", "Door", "Автор"…, else
    the line after one that is only such a label ("Written by", "Author:")."""
    top = header(page)
    for line in (*top.after, *top.before):
        match = _BY_LINE.match(line) if len(line) <= _MAX_NAME else None
        if match and not _SENTENCE.match(match["names"]):
            return [(match["names"], "")]
        cjk = _CJK_BY_LINE.match(line) if len(line) <= _MAX_NAME else None
        if cjk:
            return [(cjk["names"] or cjk["reporter"], "")]
    for lines in (top.after, top.before):
        for label, name in pairwise(lines):
            if selectors.BYLINE_LABEL.fullmatch(label) and _short_name(name):
                return [(name, "")]
    return []


def _short_name(line: str) -> bool:
    return line != "\n" and len(line) <= _MAX_NAME and not _SENTENCE.match(line)


def _marked(page: Page) -> list[tuple[str, str]]:
    """Short elements whose class or itemprop names an author, and links to an author
    page, nearest the headline first (after it, then before it)."""
    top = header(page)
    links = [a for a in page.index.tagged("a") if _AUTHOR_HREF.found_in(a.get("href") or "")]
    found = {*page.index.marked(_AUTHOR_MARK), *links}
    start = page.index.order(top.headline) if top.headline is not None else ()
    after: list[tuple[Element, str, str]] = []
    before: list[tuple[Element, str, str]] = []
    for node in sorted(found, key=page.index.order):
        text = " ".join(" ".join(node.itertext()).split())
        if not text or len(text) > _MAX_NAME or top.elsewhere(node):
            continue
        href = node.get("href") if node.tag == "a" else None
        bucket = after if page.index.order(node) > start else before
        if len(bucket) < _MARKED:
            bucket.append((node, text, page.absolute(href, mailto=True) if href else ""))
    for bucket in (after, before[::-1]):
        named = [(node, text, url) for node, text, url in bucket if people([(text, url)])[0]]
        if named:
            return _one_byline(named, top)
    return []


def _one_byline(named: list[tuple[Element, str, str]], top: Header) -> list[tuple[str, str]]:
    """The first name and those beside it in the same byline (a few levels up, below the
    wrappers that hold the headline), not other stories' authors further down the page."""
    first = named[0][0]
    box = first
    for depth, ancestor in enumerate(first.iterancestors()):
        if depth >= _BYLINE_DEPTH or ancestor in top.shelter:
            break
        box = ancestor
    inside = set(box.iter())
    found: list[tuple[str, str]] = []
    for node, text, url in named:
        if node in inside and (text, url) not in found:
            found.append((text, url))
    return found


_WRITTEN_FORMS = tuple(
    form
    for stem in ("ritten by", "ords by", "rticle by")
    for form in (stem, stem.removesuffix("by") + "By", stem.upper())
)
_WRITTEN_TEXT = etree.XPath(
    "//text()[" + " or ".join(f"contains(., '{form}')" for form in _WRITTEN_FORMS) + "]"
)
"""Text nodes that may hold "Written by"/"Words by" (plain ``contains``: cheap on big pages)."""
_STEMS = {
    by: tuple(form.removesuffix(by) for form in _WRITTEN_FORMS if form.endswith(by))
    for by in (" by", " By", " BY")
}
"""What comes before each spelling of " by" in ``_WRITTEN_FORMS``."""
_ALL_TEXT = etree.XPath("string(/)")
"""Every text node of the document in one string: on most pages none of the forms is in
it, and the text nodes need no look each."""
_WRITTEN_BY = re.compile(
    r"^(?:this\s+(?:post|article|story)\s+was\s+)?(?:written|words|article)\s+by\s*:?\s+"
    r"(?P<names>[^\d|•·,]{2,60}?)(?:,.*)?$",
    re.I,
)


def _written_by(page: Page) -> list[tuple[str, str]]:
    """A "Written by …" line anywhere in the article (an author box after the text), not in
    comments, teasers or other stories."""
    shown = _ALL_TEXT(page.root)
    if not isinstance(shown, str) or not _says_written_by(shown):
        return []
    top = header(page)
    found = _WRITTEN_TEXT(page.root)
    for text in found if isinstance(found, list) else []:
        owner = text.getparent() if isinstance(text, etree._ElementUnicodeResult) else None
        if owner is None or top.elsewhere(owner):
            continue
        line = " ".join(" ".join(str(t) for t in owner.itertext()).split())
        match = _WRITTEN_BY.match(line) if len(line) <= 2 * _MAX_NAME else None
        if match and not _SENTENCE.match(match["names"]):
            return [(match["names"], "")]
        if selectors.BYLINE_LABEL.fullmatch(line):  # "Written by" alone; the name follows
            name = _NEXT_TEXT(owner)
            shown = " ".join(str(name[0]).split()) if isinstance(name, list) and name else ""
            if shown and _short_name(shown):
                return [(shown, "")]
    return []


def _says_written_by(text: str) -> bool:
    """Any of ``_WRITTEN_FORMS`` is in ``text``: each " by" looked behind, not each form
    searched for through the whole text (a page's text holds few " by")."""
    for by, stems in _STEMS.items():
        at = text.find(by)
        while at >= 0:
            if text.endswith(stems, 0, at):
                return True
            at = text.find(by, at + 1)
    return False


_NEXT_TEXT = etree.XPath("following::text()[normalize-space()][1]")
