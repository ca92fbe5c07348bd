"""Text a CMS encoded twice is repaired once, and only where its marks are."""

from __future__ import annotations

import syndicate
from syndicate.reader.mojibake import repair
from syndicate.reader.report import Report


def test_text_encoded_twice_is_repaired_and_said() -> None:
    page = (
        "<html><head><title>Itâ€™s here</title></head><body><h1>Itâ€™s here</h1>"
        "<p>Now letâ\x80\x99s take a peek at â€œquotedâ€\x9d text.</p></body></html>"
    )
    article = syndicate.read(page)
    assert article.headline == "It’s here"
    assert article.body_text == "Now let’s take a peek at “quoted” text."
    assert [d.code for d in article.diagnostics] == ["mojibake-repaired"]
    assert article.diagnostics[0].severity.value == "info"


def test_a_lone_accent_pair_and_clean_text_are_left_alone() -> None:
    report = Report(strict=True)
    for text in ("São Paulo, Ã© as written", "Déjà vu, naïve café — “quoted”"):
        assert repair(text, report) == text
    assert not report.items


def test_marks_are_counted_across_their_first_characters() -> None:
    report = Report(strict=False)
    mixed = "CafÃ© and a Â\xa0space, itâ€™s done"  # one mark opening with each of Ã, Â, â
    assert repair(mixed, report) == "Café and a \xa0space, it’s done"
    accents = "Âge, âme, bâton, Ãtna"  # the first characters without a mark after them
    assert repair(accents, report) == accents
    assert [d.code for d in report.items] == ["mojibake-repaired"]
