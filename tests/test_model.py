from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from syndicate import (
    Article,
    Feed,
    FieldSource,
    ModelError,
    Paragraph,
    Person,
    Role,
    SourceEvidence,
    Text,
)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ModelError, match="timezone-aware"):
        Article(published=datetime(2021, 4, 6, 19, 53))
    with pytest.raises(ModelError):
        Article(modified=datetime(2021, 4, 6))
    with pytest.raises(ModelError):
        Feed(title="t", updated=datetime(2021, 4, 6))


def test_aware_datetimes_keep_their_offset() -> None:
    ist = timezone(timedelta(hours=5, minutes=30))
    article = Article(published=datetime(2021, 4, 6, 19, 53, tzinfo=ist))
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=5, minutes=30)


def test_model_types_are_frozen_slotted_and_keyword_only() -> None:
    for cls in (Article, Person, Feed, Paragraph, Text):
        params = cls.__dataclass_params__
        assert params.frozen
        assert "__slots__" in cls.__dict__
        assert all(f.kw_only for f in dataclasses.fields(cls))
    article = Article(headline="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.headline = "y"  # type: ignore[misc]


def test_person_needs_a_name() -> None:
    with pytest.raises(ModelError):
        Person(name="  ")


def test_body_text_and_editors() -> None:
    article = Article(
        body=(Paragraph(children=(Text(text="One."),)), Paragraph(children=(Text(text="Two."),))),
        contributors=(
            Person(name="Debalina Dey", role=Role.EDITOR),
            Person(name="P", role=Role.PHOTOGRAPHER),
        ),
    )
    assert article.body_text == "One.\n\nTwo."
    assert [p.name for p in article.editors] == ["Debalina Dey"]


def test_link_prefers_canonical() -> None:
    assert Article(url="http://a/", canonical_url="http://b/").link == "http://b/"
    assert Article(url="http://a/").link == "http://a/"


def test_evidence_lookup() -> None:
    evidence = SourceEvidence(fields=(FieldSource(field="headline", source="jsonld"),))
    assert evidence.source_of("headline") == FieldSource(field="headline", source="jsonld")
    assert evidence.source_of("dek") is None
