from __future__ import annotations

import pytest

import syndicate
from tests.conftest import EXAMPLE, EXAMPLE_URL

PINNED_EXPORTS = [
    "DEFAULT_RULES",
    "WRITERS",
    "Article",
    "AtomOptions",
    "Block",
    "Code",
    "Context",
    "DecodeError",
    "Diagnostic",
    "Embed",
    "Emphasis",
    "EpubOptions",
    "ExtractionError",
    "Failure",
    "Feed",
    "FeedOptions",
    "FetchError",
    "FetchOptions",
    "Fetched",
    "FieldSource",
    "Figure",
    "Gathered",
    "Heading",
    "HtmlOptions",
    "Image",
    "Inline",
    "InlineLink",
    "InputError",
    "JsonFeedOptions",
    "LimitError",
    "LineBreak",
    "Link",
    "ListBlock",
    "MarkdownOptions",
    "ModelError",
    "NewsmlOptions",
    "NinjsOptions",
    "Order",
    "Paragraph",
    "Person",
    "Preformatted",
    "PullQuote",
    "Quote",
    "ReadOptions",
    "RelatedLinks",
    "Role",
    "RssOptions",
    "Rule",
    "Severity",
    "SiteRules",
    "SourceEvidence",
    "Strong",
    "Subscript",
    "Superscript",
    "SyndicateError",
    "Table",
    "TableCell",
    "TableRow",
    "Text",
    "TextOptions",
    "UnknownFormatError",
    "WriteError",
    "convert",
    "default_cache_path",
    "feed",
    "fetch",
    "fulltext",
    "gather",
    "get_writer",
    "load",
    "read",
    "read_feed",
    "read_url",
    "write",
]


def test_public_exports_are_pinned_and_sorted() -> None:
    assert syndicate.__all__ == PINNED_EXPORTS

    # isort-style order (constants, classes, functions), as ruff's RUF022 keeps it
    def kind(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert sorted(syndicate.__all__, key=kind) == syndicate.__all__
    for name in syndicate.__all__:
        assert hasattr(syndicate, name)


def test_three_verbs(context: syndicate.Context) -> None:
    data = EXAMPLE.read_bytes()
    article = syndicate.read(data, url=EXAMPLE_URL)
    assert isinstance(article, syndicate.Article)
    text = syndicate.write(article, "text", context=context)
    assert syndicate.convert(data, "text", url=EXAMPLE_URL, context=context) == text


@pytest.mark.parametrize("fmt", sorted(syndicate.WRITERS))
def test_same_input_gives_same_bytes(fmt: str, context: syndicate.Context) -> None:
    data = EXAMPLE.read_bytes()
    first = syndicate.convert(data, fmt, url=EXAMPLE_URL, context=context)
    second = syndicate.convert(data, fmt, url=EXAMPLE_URL, context=context)
    assert first == second


def test_unknown_format_fails_before_reading() -> None:
    with pytest.raises(syndicate.UnknownFormatError):
        syndicate.convert(b"\xff" * 10, "pdf")


def test_formats_are_registered_by_name() -> None:
    assert set(syndicate.WRITERS) >= {"text", "markdown", "json"}
    assert syndicate.get_writer("md").name == "markdown"
