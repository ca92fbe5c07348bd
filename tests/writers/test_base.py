"""Typed writer options: every writer declares its options class, refuses another one with
a clear ``WriteError``, and the CLI's flags come from those classes."""

from __future__ import annotations

import dataclasses

import pytest

import syndicate
from syndicate import Article, MarkdownOptions, TextOptions, WriteError
from syndicate.writers.base import flags_of, options_from


@pytest.mark.parametrize("fmt", sorted(syndicate.WRITERS))
def test_every_writer_declares_a_dataclass_of_options(fmt: str) -> None:
    writer = syndicate.get_writer(fmt)
    assert dataclasses.is_dataclass(writer.options_type)
    writer.options_type()  # every option has a default


@pytest.mark.parametrize("fmt", sorted(set(syndicate.WRITERS) - {"text"}))
def test_options_of_another_format_are_refused(fmt: str) -> None:
    article = Article(headline="H", url="https://x.example/a")
    with pytest.raises(WriteError, match=rf"the {fmt} writer takes \w+Options, not TextOptions"):
        syndicate.write(article, fmt, options=TextOptions(width=20))


def test_markdown_options_are_not_silently_ignored_by_text() -> None:
    with pytest.raises(WriteError, match="TextOptions, not MarkdownOptions"):
        syndicate.write(Article(headline="H"), "text", options=MarkdownOptions(tables=False))


def test_flags_come_from_the_options_classes() -> None:
    names = {spec.name for w in syndicate.WRITERS.values() for _, spec in flags_of(w.options_type)}
    assert {"--width", "--fragment", "--package", "--ninjs-version", "--order"} <= names
    options = options_from(syndicate.RssOptions, {"order": "oldest", "max_items": 3, "x": 1})
    assert options == syndicate.RssOptions(order=syndicate.Order.OLDEST, max_items=3)
