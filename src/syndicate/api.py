"""The three verbs: ``read``, ``write`` and ``convert``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo
from os import PathLike
from pathlib import Path

from syndicate import codec
from syndicate.context import Context
from syndicate.errors import ModelError, WriteError
from syndicate.model import Article, Feed, Person
from syndicate.options import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_NODES,
    DEFAULT_TIME_BUDGET,
    ReadOptions,
)
from syndicate.reader.html import read_html
from syndicate.reader.siterules.store import DEFAULT_RULES, SiteRules, user_rules
from syndicate.writers.registry import get_writer

RulesArg = SiteRules | str | PathLike[str] | None
"""What ``read`` takes as ``site_rules``: a ``SiteRules``, a directory of your own rule
files (searched before the bundled ones), or None for no site rules."""


def read(
    source: bytes | str,
    *,
    url: str = "",
    charset: str = "",
    default_tz: tzinfo | None = None,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_nodes: int = DEFAULT_MAX_NODES,
    time_budget: float = DEFAULT_TIME_BUDGET,
    site_rules: RulesArg = DEFAULT_RULES,
) -> Article:
    """Read an HTML page (bytes or text) into an ``Article``.

    Lenient by default: problems become ``Article.diagnostics``. With
    ``strict=True`` the first problem raises its ``SyndicateError`` subclass.
    ``site_rules``: the bundled per-site rules by default; a directory of your own rule
    files (put in front of the bundled ones), a ``SiteRules``, or None for no rules.
    """
    options = ReadOptions(
        url=url,
        charset=charset,
        default_tz=default_tz,
        strict=strict,
        max_bytes=max_bytes,
        max_nodes=max_nodes,
        time_budget=time_budget,
        site_rules=rules_from(site_rules),
    )
    return read_html(source, options)


def rules_from(site_rules: RulesArg) -> SiteRules | None:
    """A ``SiteRules`` from what ``read`` accepts (a directory: the user's rules first)."""
    if site_rules is None or isinstance(site_rules, SiteRules):
        return site_rules
    return user_rules(Path(site_rules))


def write(
    obj: Article | Feed,
    format: str,
    *,
    context: Context | None = None,
    options: object | None = None,
) -> bytes:
    """Write an article or feed in ``format`` (see ``syndicate formats``)."""
    writer = get_writer(format)
    try:
        return writer.write(obj, context=context or Context.from_environment(), options=options)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise WriteError(f"{writer.name} writer failed: {exc}") from exc


def convert(
    source: bytes | str,
    format: str,
    *,
    url: str = "",
    strict: bool = False,
    context: Context | None = None,
    options: object | None = None,
) -> bytes:
    """``write(read(source), format)`` in one call."""
    get_writer(format)  # fail fast on a bad format name, before reading
    return write(read(source, url=url, strict=strict), format, context=context, options=options)


def load(data: bytes | str) -> Article | Feed:
    """Rebuild an article or feed from syndicate's native JSON (``write(x, "json")``)."""
    return codec.loads(data)


def feed(
    articles: Iterable[Article],
    *,
    title: str,
    link: str = "",
    self_url: str = "",
    description: str = "",
    language: str = "",
    authors: Iterable[Person] = (),
    updated: datetime | None = None,
    id: str = "",
    icon: str = "",
    logo: str = "",
    rights: str = "",
) -> Feed:
    """Gather articles into a ``Feed`` for the feed, digest and wire writers."""
    items = tuple(articles)
    if not all(isinstance(a, Article) for a in items):
        raise ModelError("feed() takes Article objects")
    return Feed(
        title=title,
        link=link,
        self_url=self_url,
        description=description,
        language=language,
        authors=tuple(authors),
        updated=updated,
        id=id,
        icon=icon,
        logo=logo,
        rights=rights,
        articles=items,
    )
