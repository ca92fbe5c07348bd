"""Articles the feed tests run every writer over."""

from __future__ import annotations

from functools import cache

import syndicate
from syndicate import Article, codec
from tests.conftest import CORPUS, EXAMPLE, EXAMPLE_URL, GOLDENS

CORPUS_PAGES = ("nytimes-1", "guardian-1", "wordpress", "videos-1", "keep-tabular-data")


@cache
def articles() -> tuple[Article, ...]:
    """The example page, five corpus pages, the rich article and one without a URL."""
    found = [syndicate.read(EXAMPLE.read_bytes(), url=EXAMPLE_URL)]
    for name in CORPUS_PAGES:
        found.append(
            syndicate.read(
                (CORPUS / name / "source.html").read_bytes(), url=f"http://fakehost/{name}/"
            )
        )
    rich = codec.loads((GOLDENS / "rich-article.json").read_text())
    assert isinstance(rich, Article)
    found.append(rich)
    found.append(Article(headline="No URL here", body=rich.body[:2]))
    return tuple(found)


def feed() -> syndicate.Feed:
    return syndicate.feed(
        articles(),
        title="Test feed",
        link="https://news.example/",
        self_url="https://news.example/feed",
        description="All the tests",
        language="en",
    )
