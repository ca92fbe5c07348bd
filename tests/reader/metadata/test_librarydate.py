from __future__ import annotations

import syndicate

PAGE = (
    '<html><body><div data-stamp="2021-03-04 10:20:30"><p>Notes for the spring meeting of'
    " the club, kept by the secretary for the members and their guests.</p></div></body></html>"
)


def test_a_page_that_states_its_date_nowhere_else_is_dated_by_htmldate() -> None:
    article = syndicate.read(PAGE, url="https://example.org/notes")
    assert article.published is not None and article.published.date().isoformat() == "2021-03-04"
    source = next(f for f in article.evidence.fields if f.field == "published")
    assert source.source == "htmldate" and source.precision == "date"


def test_htmldate_is_not_asked_when_the_page_states_a_date() -> None:
    page = PAGE.replace("<body>", "<body><h1>Club notes</h1><p>Published 5 May 2022</p>")
    article = syndicate.read(page, url="https://example.org/notes")
    source = next(f for f in article.evidence.fields if f.field == "published")
    assert source.source == "dateline" and article.published is not None
    assert article.published.date().isoformat() == "2022-05-05"


def test_htmldate_reads_the_page_as_cleaned_for_the_body() -> None:
    """A stamp in the page's footer dates the footer (another page's teaser, the site's
    news), not the article: htmldate reads the page without its boilerplate."""
    notes = "<p>Notes for the spring meeting of the club, kept by the secretary.</p>" * 3
    footer = '<footer><div data-stamp="2021-03-04 10:20:30">Latest site news</div></footer>'
    article = syndicate.read(f"<html><body><div>{notes}</div>{footer}</body></html>")
    assert article.published is None
    assert "Notes for the spring meeting" in article.body_text
    inside = syndicate.read(PAGE.replace("</div>", f"{notes}</div>{footer}"))
    assert inside.published is not None and inside.published.date().isoformat() == "2021-03-04"
