"""The reader's time budget bounds finding the body too (issue 17, item 5): the passes that
find it tick a clock and stop once the deadline has passed. No wall-clock assertions here:
speed is shown by ``python -m bench.pathological``."""

from __future__ import annotations

import pytest

import syndicate
from syndicate import LimitError
from syndicate.reader.body.choose import choose
from syndicate.reader.budget import Clock, OutOfTime, clock, timed
from syndicate.reader.dom import parse
from syndicate.reader.page import Page

SENTENCE = "A sentence of the story, long enough to be prose with its commas and its words. "


def _links_page(links: int = 3_000) -> str:
    """The shape of the attack page: a body of prose among many (nested) links."""
    return (
        "<html><head><title>Links</title></head><body><div>"
        + "".join(
            f'<a href="/l/{n}">link {n} <div><a href="/m/{n}">more</a></div></a> '
            for n in range(links)
        )
        + "".join(f"<p>{SENTENCE * 3}</p>" for _ in range(20))
        + "</div></body></html>"
    )


def test_ticks_raise_once_the_deadline_has_passed() -> None:
    passed = Clock(lambda: True, expired=lambda: True)
    with timed(passed):
        with pytest.raises(OutOfTime):
            for _ in range(10_000):
                clock().tick()
        assert passed.spent
        with pytest.raises(OutOfTime):  # and every tick after that
            clock().tick()
    for _ in range(10_000):  # outside a read, the clock never runs out
        clock().tick()


def test_the_chooser_falls_back_to_the_whole_body_when_out_of_time() -> None:
    page = Page.build(parse(_links_page(300)), "")
    with timed(Clock(lambda: True, expired=lambda: True)):
        ordered, note = choose(page)
        found = list(ordered)
    assert note == "out of time"
    assert [c.source for c in found] == ["body:unjudged"]
    assert found[0].nodes[0] is not page.root.find("body")  # a copy: the page is untouched


def test_a_tiny_budget_gives_a_time_budget_diagnostic_and_some_body() -> None:
    data = _links_page()
    article = syndicate.read(data, time_budget=1e-9)
    codes = {d.code for d in article.diagnostics}
    assert "time-budget" in codes
    assert article.body  # conversion still gets its share after the chooser gave up
    with pytest.raises(LimitError):
        syndicate.read(data, time_budget=1e-9, strict=True)


def test_with_time_to_spare_the_same_page_is_judged() -> None:
    article = syndicate.read(_links_page(), time_budget=120)
    assert "time-budget" not in {d.code for d in article.diagnostics}
    assert SENTENCE.strip() in article.body_text
    assert article.evidence.content_source != "body:unjudged"
