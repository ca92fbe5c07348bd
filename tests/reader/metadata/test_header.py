"""The article's header: the element showing the title on a page without headings, and the
short lines read after the headline."""

from __future__ import annotations

from syndicate.reader.dom import parse
from syndicate.reader.metadata.header import header
from syndicate.reader.page import Page

_TITLE = "Council plans new market"


def _page(body: str) -> Page:
    html = f"<html><head><title>{_TITLE} | Gazette</title></head><body>{body}</body></html>"
    return Page.build(parse(html), "")


def test_without_headings_the_element_showing_the_title_is_the_headline() -> None:
    page = _page(
        f'<a href="/">{_TITLE}</a><script>var t = "{_TITLE}";</script>'
        f'<div class="hero"><b>Top story</b> {_TITLE} </div><div class="title">{_TITLE}</div>'
    )
    found = header(page).headline
    assert found is not None
    assert found.tag == "b"  # the title is the tail of <b>: XPath's text() parent is <b>
    assert found.getparent() is not None and found.getparent().get("class") == "hero"


def test_the_shown_title_may_be_the_part_before_the_site_name() -> None:
    page = _page(f'<nav>Menu</nav><div class="t"> {_TITLE} </div><p>Text.</p>')
    found = header(page).headline
    assert found is not None and found.get("class") == "t"


def test_lines_after_the_headline_stop_at_the_second_paragraph_of_prose() -> None:
    prose = "A long paragraph of the article's text, well past a short header line. " * 3
    page = _page(
        f"<h1>{_TITLE}</h1><p>By Ann Lee</p><p>{prose}</p><p>March 3, 2025</p>"
        f"<p>{prose}</p><p>After the prose</p>"
        '<div class="comments"><p>Comment line</p></div>'
    )
    assert header(page).after == ("By Ann Lee", "\n", "March 3, 2025")
