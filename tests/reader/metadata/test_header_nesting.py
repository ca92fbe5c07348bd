"""Unclosed headings nest inside one another in libxml2's tree; finding the headline and
telling a listing apart still reads each heading's text once (issue 17, item 5)."""

from __future__ import annotations

import re

import pytest

from syndicate.reader.body import lengths as lengths_module
from syndicate.reader.body.kind import page_kind
from syndicate.reader.dom import Element, parse, text_of
from syndicate.reader.metadata import header as header_module
from syndicate.reader.metadata.header import header
from syndicate.reader.page import Page

_WORD = re.compile(r"\w+")


def _unclosed_headings(count: int, title: str = "Council plans new market") -> Page:
    heads = "".join(
        f'<h2><a href="/{n}">A teaser headline number {n} here</a> text {n} <br>'
        for n in range(count)
    )
    html = f"<html><head><title>{title}</title></head><body>{heads}<h1>{title}</h1></body></html>"
    return Page.build(parse(html), "")


def _headline_by_reading_each(page: Page, declared: str) -> Element | None:
    """``header._headline`` as first written: every heading's whole text, one by one."""
    words = set(_WORD.findall(declared.casefold()))
    first = None
    for node in page.index.tagged("h1") + page.index.tagged("h2"):
        seen = _WORD.findall(" ".join(node.itertext()).casefold())
        if not seen:
            continue
        if node.tag == "h1" and first is None:
            first = node
        if words and sum(1 for w in seen if w in words) >= 0.5 * len(seen):
            return node
    return first


@pytest.mark.parametrize("title", ["Council plans new market", "Unrelated words entirely"])
def test_the_headline_among_nested_headings_is_the_one_found_by_reading_each(title: str) -> None:
    page = _unclosed_headings(300, title)
    assert len(list(page.index.tagged("h2")[-1].iterancestors("h2"))) == 299  # nested
    assert header(page).headline is _headline_by_reading_each(page, title)


def test_word_counts_read_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _unclosed_headings(1_000)
    read: list[int] = []
    findall = header_module._WORD.findall

    class Counting:
        def findall(self, text: str) -> list[str]:
            read.append(len(text))
            return findall(text)

    monkeypatch.setattr(header_module, "_WORD", Counting())
    header(page)
    assert sum(read) < 3 * len(text_of(page.root))  # one heading after another: ~n²/2


def test_a_listing_of_nested_teaser_headings_is_found_reading_links_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _unclosed_headings(1_000)
    read: list[int] = []

    def counted(el: Element) -> str:
        text = text_of(el)
        read.append(len(text))
        return text

    monkeypatch.setattr(lengths_module, "text_of", counted)
    kind, reason = page_kind(page)
    assert kind == "listing" and reason.startswith("1000 of its 1000 headings")
    assert sum(read) < 3 * len(text_of(page.root))
