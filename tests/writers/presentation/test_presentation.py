"""Each presentation decision, made once: the dateline on the first text block whatever
its kind, dates with their precision, kicker and section, captions, direction; and every
writer showing the same decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

import syndicate
from syndicate import (
    Article,
    Block,
    FieldSource,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    PullQuote,
    Quote,
    SourceEvidence,
    Strong,
    Table,
    TableCell,
    TableRow,
    Text,
)
from syndicate.writers.presentation import present
from syndicate.writers.presentation.body import with_dateline
from syndicate.writers.presentation.figures import view
from syndicate.writers.presentation.labels import categories, dek, direction

LEAD = (Strong(children=(Text(text="CAIRO:"),)), Text(text=" "))
WORDS = (Text(text="Words."),)
PICTURE = Figure(image=Image(url="https://x.example/i.jpg", caption=WORDS))
TABLE = Table(rows=(TableRow(cells=(TableCell(children=WORDS),)),))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ((Paragraph(children=WORDS),), (Paragraph(children=LEAD + WORDS),)),
        ((Heading(level=2, children=WORDS),), (Heading(level=2, children=LEAD + WORDS),)),
        ((PullQuote(children=WORDS),), (PullQuote(children=LEAD + WORDS),)),
        (
            (Quote(children=(Paragraph(children=WORDS),)),),
            (Quote(children=(Paragraph(children=LEAD + WORDS),)),),
        ),
        (
            (ListBlock(ordered=True, items=((Paragraph(children=WORDS),),)),),
            (ListBlock(ordered=True, items=((Paragraph(children=LEAD + WORDS),),)),),
        ),
        (  # a figure and a table hold no running text: the next block gets it
            (PICTURE, TABLE, Paragraph(children=WORDS)),
            (PICTURE, TABLE, Paragraph(children=LEAD + WORDS)),
        ),
        (  # no text block at all: the dateline stands alone first
            (PICTURE,),
            (Paragraph(children=(Strong(children=(Text(text="CAIRO"),)),)), PICTURE),
        ),
    ],
)
def test_dateline_goes_on_the_first_text_block(
    body: tuple[Block, ...], expected: tuple[Block, ...]
) -> None:
    assert with_dateline(body, "Cairo") == expected


def test_no_dateline_leaves_the_body_alone() -> None:
    body = (Paragraph(children=WORDS),)
    assert with_dateline(body, " ") is body


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "jsonfeed", "ninjs", "newsml"])
def test_every_format_shows_the_dateline_before_a_list(fmt: str) -> None:
    article = Article(
        headline="H",
        url="https://x.example/a",
        dateline="Cairo",
        body=(ListBlock(ordered=False, items=((Paragraph(children=WORDS),),)),),
    )
    feed = syndicate.feed([article], title="T", link="https://x.example/")
    data = syndicate.write(feed if fmt == "jsonfeed" else article, fmt).decode()
    assert "CAIRO:" in data


def _dated(precision: str) -> Article:
    when = datetime(2021, 4, 6, 19, 32, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    fields = (FieldSource(field="published", source="jsonld", precision=precision),)
    return Article(published=when, modified=when, evidence=SourceEvidence(fields=fields))


def test_dates_keep_their_precision() -> None:
    exact = present(_dated("time"))
    assert exact.dates == "Published 6 April 2021, 19:32 UTC+05:30"  # same update: not repeated
    assert exact.published is not None
    assert exact.published.machine == "2021-04-06T19:32:00+05:30"
    day = present(_dated("date"))
    assert day.published is not None and day.published.machine == "2021-04-06"
    assert day.dates == "Published 6 April 2021 · Updated 6 April 2021, 19:32 UTC+05:30"


def test_kicker_over_the_headline_section_for_filing() -> None:
    both = Article(kicker="Exclusive", section="World", tags=("World", "India"))
    assert present(both).kicker == "Exclusive" and present(both).section == "World"
    assert categories(both) == ("World", "India")
    only_section = Article(section="World")
    assert present(only_section).kicker == "World"
    only_kicker = Article(kicker="Analysis")
    assert present(only_kicker).section == "Analysis"


def test_caption_and_credit_read_the_same_everywhere() -> None:
    shown = view(Image(url="https://x.example/i.jpg", caption=WORDS, credit="Reuters"))
    assert shown.text == "Words. (Reuters)" and shown.credit_note == "(Reuters)"
    alone = view(Image(url="https://x.example/i.jpg", alt="A boat", credit="AP"))
    assert (alone.text, alone.credit_note, alone.alt) == ("A boat (AP)", "AP", "A boat")
    article = Article(headline="H", lead_image=shown.image)
    for fmt in ("text", "markdown"):
        assert "Words. (Reuters)" in syndicate.write(article, fmt).decode()
    assert '<span class="credit">(Reuters)</span>' in syndicate.write(article, "html").decode()


@pytest.mark.parametrize(
    ("language", "sample", "expected"),
    [
        ("ar", "", "rtl"),
        ("he-IL", "", "rtl"),
        ("ur", "", "rtl"),
        ("pa-Arab", "", "rtl"),
        ("az-Latn", "", "ltr"),
        ("en", "مرحبا", "ltr"),
        ("", "مرحبا", "rtl"),
        ("", "123 שלום", "rtl"),
        ("", "Hello", "ltr"),
        ("", "", "ltr"),
    ],
)
def test_direction(language: str, sample: str, expected: str) -> None:
    assert direction(language, sample) == expected


def test_summary_is_the_dek_else_the_body_start() -> None:
    article = Article(body=(Paragraph(children=(Text(text="word " * 100),)),))
    summary = present(article).summary
    assert summary.endswith("…") and len(summary) <= 281
    assert present(replace(article, dek="Dek")).summary == "Dek"


OPENING = "The first paragraph, which the page's description repeats word for word."


@pytest.mark.parametrize("fmt", ["html", "markdown", "text"])
def test_a_dek_the_body_opens_with_is_shown_once(fmt: str) -> None:
    body = (Paragraph(children=(Text(text=OPENING),)), Paragraph(children=WORDS))
    article = Article(headline="H", dek=OPENING.rstrip("."), body=body)
    assert dek(article) == ""
    assert syndicate.write(article, fmt).decode().count("description repeats") == 1
    elsewhere = replace(article, dek="A standfirst of its own.")
    assert dek(elsewhere) == "A standfirst of its own."
    assert "A standfirst of its own." in syndicate.write(elsewhere, fmt).decode()


def test_a_feed_keeps_the_dek_as_its_summary_and_the_paragraph_in_its_content() -> None:
    body = (Paragraph(children=(Text(text=OPENING),)), Paragraph(children=WORDS))
    article = Article(headline="H", dek=OPENING, body=body, url="https://x.example/a")
    assert present(article).summary == OPENING
    rss = syndicate.write(article, "rss").decode()
    assert f"<description>{OPENING}</description>" in rss  # the item's summary
    assert f"<content:encoded>&lt;p&gt;{OPENING}&lt;/p&gt;" in rss
