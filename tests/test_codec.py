from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings

from syndicate import Article, Feed, ModelError, Paragraph, Person, Text, codec
from tests.strategies import articles, feeds


@settings(max_examples=150, deadline=None)
@given(articles)
def test_article_round_trip_is_lossless(article: Article) -> None:
    text = codec.dumps(article)
    back = codec.loads(text)
    assert back == article
    assert codec.dumps(back) == text  # offsets and key order survive too


@settings(max_examples=40, deadline=None)
@given(feeds)
def test_feed_round_trip_is_lossless(feed: Feed) -> None:
    assert codec.loads(codec.dumps(feed)) == feed


def test_schema_tag_first_and_defaults_left_out() -> None:
    article = Article(
        headline="H",
        authors=(Person(name="A"),),
        published=datetime(2021, 4, 6, 19, 53, 56, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        body=(Paragraph(children=(Text(text="p"),)),),
    )
    data = json.loads(codec.dumps(article))
    assert list(data) == ["schema", "headline", "authors", "published", "body"]
    assert data["schema"] == "syndicate/article@1"
    assert data["published"] == "2021-04-06T19:53:56+05:30"
    assert data["authors"] == [{"name": "A"}]
    assert data["body"] == [{"type": "paragraph", "children": [{"type": "text", "text": "p"}]}]


@pytest.mark.parametrize(
    "payload",
    [
        "[]",
        '{"headline": "no schema"}',
        '{"schema": "syndicate/article@9"}',
        '{"schema": "syndicate/article@1", "bogus": 1}',
        '{"schema": "syndicate/article@1", "published": "2021-04-06T10:00:00"}',
        '{"schema": "syndicate/article@1", "body": [{"type": "nope"}]}',
        '{"schema": "syndicate/article@1", "headline": 3}',
        "not json",
    ],
)
def test_bad_documents_raise_model_error(payload: str) -> None:
    with pytest.raises(ModelError):
        codec.loads(payload)
