from __future__ import annotations

from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syndicate import Role
from syndicate.reader.metadata.dates import parse_date
from syndicate.reader.metadata.people import people


@pytest.mark.parametrize(
    ("raw", "names", "credits"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
        ("Jane Doe, Senior Correspondent", ["Jane Doe"], []),
        ("by Lucas Nolan22 Dec 2016651", ["Lucas Nolan"], []),
        ("By Erin Cunningham March 18 at 3:57 PM", ["Erin Cunningham"], []),
        ("Email the author", [], []),
        ("By Jane Doe Follow", ["Jane Doe"], []),
        ("PTI", [], ["PTI"]),
        ("Jane Doe with Reuters", ["Jane Doe"], ["Reuters"]),
        ("The Daily Planet", [], ["The Daily Planet"]),
        ("Everfit Team", [], ["Everfit Team"]),
        ("Text by Hunter Dukes", ["Hunter Dukes"], []),
        ("The Author", [], []),
        ("Par Sébastien Farcis", ["Sébastien Farcis"], []),
    ],
)
def test_byline_cleaning(raw: str, names: list[str], credits: list[str]) -> None:
    persons, found_credits = people([(raw, "")], site_name="The Daily Planet")
    assert [p.name for p in persons] == names
    assert list(found_credits) == credits


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
        ("Escrito por Ana Lima e João Silva", ["Ana Lima", "João Silva"]),
        ("Autor: Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("Af Mette Hansen og Jens Olsen", ["Mette Hansen", "Jens Olsen"]),
        ("Yazar: Ahmet Yılmaz ve Ayşe Kaya", ["Ahmet Yılmaz", "Ayşe Kaya"]),
        ("Napisała Anna Nowak", ["Anna Nowak"]),
        ("Scritto da Marco Rossi", ["Marco Rossi"]),
        ("Anna Schmidt, Redakteurin", ["Anna Schmidt"]),
        ("Juan Pérez, corresponsal en Madrid", ["Juan Pérez"]),
        ("Marie Dupont, journaliste", ["Marie Dupont"]),
        ("Par Marie Dupont Suivre", ["Marie Dupont"]),
        ("Von Anna Schmidt | Folgen", ["Anna Schmidt"]),
    ],
)
def test_bylines_in_more_languages(raw: str, names: list[str]) -> None:
    assert [p.name for p in people([(raw, "")])[0]] == names


def test_roles_and_profile_urls() -> None:
    persons, _ = people([("Jane Doe", "https://s/jd")], role=Role.EDITOR)
    assert persons[0].url == "https://s/jd" and persons[0].role is Role.EDITOR


def test_dates_keep_offset_precision_and_zone_evidence() -> None:
    parsed = parse_date("2021-04-06T19:53:56+05:30", None)
    assert parsed is not None and parsed.value.utcoffset() == timedelta(hours=5, minutes=30)
    assert parsed.precision == "time" and not parsed.zone_assumed

    parsed = parse_date("2021-04-06", None)
    assert parsed is not None and parsed.precision == "date" and parsed.zone_assumed
    assert parsed.value.tzinfo == timezone.utc

    parsed = parse_date("April 6, 2021 7:53 pm", ZoneInfo("Asia/Kolkata"))
    assert parsed is not None and parsed.zone_assumed and parsed.value.hour == 19
    assert parsed.value.utcoffset() == timedelta(hours=5, minutes=30)


@pytest.mark.parametrize("value", ["", "soon", "0001-01-01", "3000-01-01", "x" * 200])
def test_implausible_dates_are_rejected(value: str) -> None:
    assert parse_date(value, None) is None


def test_role_phrases_in_a_byline_give_contributors() -> None:
    persons, _ = people([("Written by Rob Ewaschuk\n Edited by Betsy Beyer", "")])
    assert [(p.name, p.role) for p in persons] == [
        ("Rob Ewaschuk", Role.AUTHOR),
        ("Betsy Beyer", Role.EDITOR),
    ]
    persons, _ = people([("By Jane Doe and John Roe. Photographs by Ann Lee", "")])
    assert [p.role for p in persons] == [Role.AUTHOR, Role.AUTHOR, Role.PHOTOGRAPHER]
    persons, _ = people([("Written by Emily Way Fact-checked by John Roe", "")])  # hyphenated
    assert [(p.name, p.role) for p in persons] == [
        ("Emily Way", Role.AUTHOR),
        ("John Roe", Role.EDITOR),
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe, Senior Editor", [("Jane Doe", "Senior Editor")]),
        ("Liza Burke Marketing Director", [("Liza Burke", "Marketing Director")]),
        ("Anna Meier und Jan Berg", [("Anna Meier", ""), ("Jan Berg", "")]),
        ("Holly Wilgus, E-RYT 200", [("Holly Wilgus", "")]),
        ("Reviewed by Margaret James", []),
        (
            "Paul Frew, Home and Digital Security Expert",
            [("Paul Frew", "Home and Digital Security Expert")],
        ),
        ("Ben Ode | Sr. Director of Operations", [("Ben Ode", "Sr. Director of Operations")]),
        ("Ann Lee, John Smith at Reuters", [("Ann Lee", ""), ("John Smith", "at Reuters")]),
        (
            "Jane Doe, Senior Editor and John Roe, Reporter",
            [("Jane Doe", "Senior Editor"), ("John Roe", "Reporter")],
        ),
    ],
)
def test_job_titles_post_nominals_and_reviewers(raw: str, expected: list[tuple[str, str]]) -> None:
    persons, _ = people([(raw, "https://s/p")])
    assert [(p.name, p.title) for p in persons if p.role is Role.AUTHOR] == expected


def test_a_contributors_label_is_not_a_name() -> None:
    from syndicate.reader.metadata.people import people

    persons, _ = people([("Contributors: Janet Loughrey", "")])
    assert [p.name for p in persons] == ["Janet Loughrey"]


def test_a_label_glued_to_the_name_by_markup_is_removed() -> None:
    from syndicate.reader.metadata.people import people

    persons, _ = people([("Written byDan Pantelo", ""), ("Dan Pantelo", "")])
    assert [p.name for p in persons] == ["Dan Pantelo"]
    assert [p.name for p in people([("Byron Smith", "")])[0]] == ["Byron Smith"]


def test_a_job_title_alone_is_no_one_and_former_ends_a_name() -> None:
    from syndicate.reader.metadata.people import people

    persons, _ = people([("Liza Burke", ""), ("Marketing Director", "")])
    assert [p.name for p in persons] == ["Liza Burke"]
    persons, _ = people([("Guide by Will Judd Former", "")])
    assert [(p.name, p.title) for p in persons] == [("Will Judd", "Former")]


_BYLINE_PARTS = st.sampled_from(
    [
        "By", "Written by", "Fact-checked by", "Fact checked by", "Medically reviewed by",
        "Edited by", "Photographs by", "and", "&", ",", "|", ";", "\n", "Jane Doe", "J. R. Roe",
        "Senior Editor", "AFP", "Staff", "2025-12-04", "Updated", "@jdoe", "(", ")", "y", "und",
        "Yazar:", "Escrito por", "Par", "Von", "Автор",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_BYLINE_PARTS, st.text(max_size=12)), max_size=12))
def test_any_byline_text_gives_people_without_raising(parts: list[str]) -> None:
    persons, credits = people([(" ".join(parts), "")], site_name="Daily Planet")
    assert all(p.name.strip() for p in persons) and all(c.strip() for c in credits)
