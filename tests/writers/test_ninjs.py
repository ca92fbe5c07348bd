"""ninjs 2.2 (and 3.1) against IPTC's JSON Schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import syndicate
from syndicate import Article, Context
from syndicate.writers.ninjs import NinjsOptions
from tests.conftest import CORPUS, EXAMPLE, EXAMPLE_URL
from tests.writers import feedcases

SCHEMAS = Path(__file__).parent.parent / "schemas/ninjs"


def validator(version: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMAS / f"ninjs-schema_{version}.json").read_text())
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def valid(data: bytes, version: str = "2.2") -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(data)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator(version).iter_errors(doc)]
    assert not errors, errors
    return doc


def _pages() -> list[Path]:
    return [EXAMPLE, *sorted(CORPUS.glob("*/source.html"))]


@pytest.mark.parametrize(
    "page", _pages(), ids=lambda p: p.parent.name if p.name == "source.html" else p.stem
)
@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_every_fixture_page_is_schema_valid(page: Path, version: str, context: Context) -> None:
    article = syndicate.read(page.read_bytes(), url="https://fixture.example/page")
    valid(
        syndicate.write(article, "ninjs", context=context, options=NinjsOptions(version=version)),
        version,
    )


@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_feed_is_a_valid_composite(version: str, context: Context) -> None:
    doc = valid(
        syndicate.write(
            feedcases.feed(), "ninjs", context=context, options=NinjsOptions(version=version)
        ),
        version,
    )
    assert doc["type"] == "composite" and len(doc["associations"]) == len(feedcases.feed().articles)


def test_validator_rejects_bad_documents() -> None:
    errors = list(
        validator("2.2").iter_errors({"uri": "not a uri", "type": "text", "pubstatus": "maybe"})
    )
    assert len(errors) >= 2


def test_example_fields(context: Context) -> None:
    article: Article = syndicate.read(EXAMPLE.read_bytes(), url=EXAMPLE_URL)
    doc = valid(syndicate.write(article, "ninjs", context=context))
    assert doc["uri"] == EXAMPLE_URL and doc["type"] == "text" and doc["version"] == "1"
    assert doc["firstcreated"] == "2021-04-06T19:53:56+05:30"
    assert doc["versioncreated"] == "2026-01-02T03:04:05+00:00"
    assert doc["headlines"] == [
        {"role": "main", "value": article.headline},
        {"role": "sub", "value": article.dek},
    ]
    assert doc["by"] == "By Nayanima Basu" and doc["located"] == "New Delhi"
    assert {"name": "Debalina Dey", "rel": "editor"} in doc["people"]
    assert [b["contenttype"] for b in doc["bodies"]] == ["text/html", "text/plain"]
    assert "NEW DELHI: Despite pressure" in doc["bodies"][1]["value"]
    picture = doc["associations"][0]
    assert picture["type"] == "picture" and picture["by"] == "Twitter | @DrSJaishankar"
    assert picture["renditions"][0]["href"] == article.lead_image.url  # type: ignore[union-attr]
    assert {"name": "Diplomacy", "literal": "Diplomacy"} in doc["subjects"]
    three = valid(
        syndicate.write(article, "ninjs", context=context, options=NinjsOptions(version="3.1")),
        "3.1",
    )
    assert three["firstCreated"] == doc["firstcreated"] and three["standard"]["version"] == "3.1"
