from __future__ import annotations

from syndicate import Figure, Image, InlineLink, Link, Paragraph, Strong, Text
from syndicate.reader import news


def _p(*children: object) -> Paragraph:
    return Paragraph(children=tuple(children))  # type: ignore[arg-type]


LONG = " ".join(["word"] * 30)


def test_related_editor_and_inputs_are_lifted() -> None:
    blocks = (
        _p(Text(text="NEW DELHI: " + LONG)),
        _p(
            Strong(
                children=(
                    Text(text="Also read: "),
                    InlineLink(url="https://s/r", children=(Text(text="Other"),)),
                )
            )
        ),
        _p(Text(text=LONG)),
        _p(Text(text="(Edited by Debalina Dey)")),
        _p(Text(text="(With inputs from PTI)")),
    )
    parts = news.apply(blocks, headline="H", dek="", kicker="", lead_image_url="")
    assert parts.related == [Link(url="https://s/r", title="Other")]
    assert parts.editors == ["Debalina Dey"]
    assert parts.credits == ["PTI"]
    assert parts.dateline == "NEW DELHI"
    assert parts.body == [_p(Text(text=LONG)), _p(Text(text=LONG))]


def test_related_leads_in_other_languages_are_lifted() -> None:
    for lead in ("Lesen Sie auch: ", "Baca juga: ", "Czytaj także: ", "関連記事："):
        link = InlineLink(url="https://s/r", children=(Text(text="Other"),))
        blocks = (_p(Text(text=LONG)), _p(Text(text=lead), link), _p(Text(text=LONG)))
        parts = news.apply(blocks, headline="H", dek="", kicker="", lead_image_url="")
        assert parts.related == [Link(url="https://s/r", title="Other")], lead
        assert len(parts.body) == 2, lead


def test_datelines_with_agency_and_dash() -> None:
    parts = news.apply(
        (_p(Text(text="WASHINGTON (Reuters) - " + LONG)),),
        headline="",
        dek="",
        kicker="",
        lead_image_url="",
    )
    assert parts.dateline == "WASHINGTON" and parts.credits == ["Reuters"]


def test_datelines_of_places_written_in_other_alphabets() -> None:
    for lead, place, agency in (
        ("München (dpa) - ", "München", "dpa"),
        ("SÃO PAULO — ", "SÃO PAULO", ""),
        ("İSTANBUL (AA) - ", "İSTANBUL", "AA"),
    ):
        parts = news.apply(
            (_p(Text(text=lead + LONG)),), headline="", dek="", kicker="", lead_image_url=""
        )
        assert parts.dateline == place and parts.credits == ([agency] if agency else []), lead


def test_no_false_datelines() -> None:
    for lead in ("Update: ", "He said: ", "Note - ", "the city - ", "über Nacht: ", "Übrigens: "):
        parts = news.apply(
            (_p(Text(text=lead + LONG)),), headline="", dek="", kicker="", lead_image_url=""
        )
        assert parts.dateline == "", lead


def test_headline_and_byline_repeats_are_dropped_the_dek_stays() -> None:
    """A paragraph the declared description repeats is often the article's first one (a
    CMS copies it there): it stays in the body, where feeds and NewsML carry it; writers
    then show it once (``presentation.labels.dek``)."""
    blocks = (
        _p(Text(text="The Headline")),
        _p(Text(text="The dek.")),
        _p(Text(text="By Jane Doe")),
        _p(Text(text=LONG)),
    )
    parts = news.apply(blocks, headline="The headline", dek="The dek", kicker="", lead_image_url="")
    assert parts.body == [_p(Text(text="The dek.")), _p(Text(text=LONG))]
    assert parts.byline == "By Jane Doe"


def test_lead_figure_is_lifted_and_merged() -> None:
    figure = Figure(
        image=Image(url="https://s/up/lead-696x392.jpg", caption=(Text(text="Cap"),), credit="AP")
    )
    parts = news.apply(
        (figure, _p(Text(text=LONG))),
        headline="",
        dek="",
        kicker="",
        lead_image_url="https://s/up/lead.jpg",
    )
    assert parts.lead_figure == figure and len(parts.body) == 1
    merged = news.merge_lead_image(Image(url="https://s/up/lead.jpg", width=1280), figure)
    assert merged == Image(
        url="https://s/up/lead.jpg", caption=(Text(text="Cap"),), credit="AP", width=1280
    )


def test_a_body_that_is_only_the_dek_is_kept() -> None:
    from syndicate.content import inline_text
    from syndicate.reader.news import apply

    text = "A trail association that builds and rides local off-road trails."
    blocks = (Paragraph(children=(Text(text=text),)),)
    parts = apply(blocks, headline="Trails", dek=text, kicker="", lead_image_url="")
    assert [inline_text(b.children) for b in parts.body if isinstance(b, Paragraph)] == [text]


def test_a_malformed_image_url_has_a_key_and_raises_nothing() -> None:
    assert news.image_key("http://[oops/photo-300x200.jpg") == ""
    assert news.image_key("https://e.com/a/photo-300x200.jpg") == "photo.jpg"
