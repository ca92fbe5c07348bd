"""The ``Writer`` protocol every output format implements."""

from __future__ import annotations

from typing import Protocol

from syndicate.context import Context
from syndicate.model import Article, Feed


class Writer(Protocol):
    """One output format: its name, media type, file suffix and ``write``."""

    name: str
    media_type: str
    suffix: str
    description: str

    def write(
        self, obj: Article | Feed, *, context: Context, options: object | None = None
    ) -> bytes:
        """Serialise ``obj``; ``options`` is the format's own options dataclass or None."""
        ...


def articles_of(obj: Article | Feed) -> tuple[Article, ...]:
    """The articles to write: a feed's articles, or the single article."""
    return obj.articles if isinstance(obj, Feed) else (obj,)
