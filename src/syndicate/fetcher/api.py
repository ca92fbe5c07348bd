"""The network verbs: ``fetch``, ``read_url``, ``read_feed``, ``fulltext`` and ``gather``.

Each call opens one ``Fetcher`` (its connections, politeness gates, robots.txt rules and
cache file) for its own run and closes it at the end.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo

from syndicate.api import RulesArg, feed, rules_from
from syndicate.context import Context
from syndicate.errors import FetchError, SyndicateError
from syndicate.fetcher.client import PAGE_TYPES, Accept, Fetched, Fetcher, Stats
from syndicate.fetcher.feeds import SourceFeed, is_feed, parse_feed
from syndicate.fetcher.fulltext import (
    Progress,
    entry_article,
    full_entry,
    parallel,
    unique,
)
from syndicate.fetcher.options import FetchOptions
from syndicate.fetcher.pages import read_page
from syndicate.model import Article, Feed
from syndicate.options import ReadOptions
from syndicate.reader.siterules.store import DEFAULT_RULES


def fetch(
    url: str,
    *,
    accept: str = "page",
    options: FetchOptions | None = None,
    context: Context | None = None,
) -> Fetched:
    """Fetch one URL politely and safely: its body, final URL, content type and transport
    charset. ``accept`` is ``page`` (HTML), ``feed``, ``image`` or ``any``. Raises
    ``FetchError``."""
    with Fetcher(options, context=context) as fetcher:
        return fetcher.get(url, Accept(accept))


def _read_options(strict: bool, default_tz: tzinfo | None, site_rules: RulesArg) -> ReadOptions:
    return ReadOptions(strict=strict, default_tz=default_tz, site_rules=rules_from(site_rules))


def read_url(
    url: str,
    *,
    options: FetchOptions | None = None,
    strict: bool = False,
    default_tz: tzinfo | None = None,
    site_rules: RulesArg = DEFAULT_RULES,
    context: Context | None = None,
) -> Article:
    """Fetch the page at ``url`` (and the further pages of a multi-page article) and read it
    into an ``Article``. A failure to fetch the page raises ``FetchError``."""
    read = _read_options(strict, default_tz, site_rules)
    with Fetcher(options, context=context) as fetcher:
        return read_page(fetcher, url, read)


def _source(fetcher: Fetcher, url: str) -> SourceFeed:
    got = fetcher.get(url, Accept.FEED)
    if not is_feed(got.body):
        raise FetchError(
            f"{got.final_url} is not an RSS, Atom or JSON feed", url=url, code="not-a-feed"
        )
    return parse_feed(got.body, url=got.final_url, content_type=got.content_type)


def _feed_of(source: SourceFeed, articles: Sequence[Article]) -> Feed:
    return feed(
        articles,
        title=source.title or source.link or source.url,
        link=source.link,
        description=source.description,
        language=source.language,
        id=source.id,
        updated=source.updated,
    )


def read_feed(
    url: str,
    *,
    options: FetchOptions | None = None,
    context: Context | None = None,
) -> Feed:
    """The RSS, Atom or JSON feed at ``url`` as a ``Feed`` of its entries as they are (their
    content or summary; use ``fulltext`` for the whole articles)."""
    read = _read_options(False, None, None)
    with Fetcher(options, context=context) as fetcher:
        source = _source(fetcher, url)
    return _feed_of(source, [entry_article(e, read, source=source.url) for e in source.entries])


def fulltext(
    feed_url: str,
    *,
    options: FetchOptions | None = None,
    strict: bool = False,
    default_tz: tzinfo | None = None,
    site_rules: RulesArg = DEFAULT_RULES,
    only_new: bool = False,
    context: Context | None = None,
    progress: Progress | None = None,
) -> Feed:
    """The feed at ``feed_url`` with every item's whole article, fetched from its link.

    Items keep the feed's id for them, and its link, dates and authors where the page gives
    none; an item whose page fails keeps its summary and gets a ``fulltext-failed``
    diagnostic (``strict``: the run fails). Repeats (same canonical URL or text) are kept
    once; ``only_new`` also drops articles an earlier run on the same cache gathered.
    ``progress(done, total)`` is called as items finish.
    """
    found = gather(
        [feed_url],
        fulltext=True,
        options=options,
        strict=strict,
        default_tz=default_tz,
        site_rules=site_rules,
        only_new=only_new,
        context=context,
        progress=progress,
    )
    if found.failures:
        raise found.failures[0].error
    if not found.feeds:
        raise FetchError(f"{feed_url} is a page, not a feed", url=feed_url, code="not-a-feed")
    return _feed_of(found.feeds[0], found.articles)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input URL that gave nothing, and why."""

    url: str
    error: SyndicateError


@dataclass(frozen=True, slots=True, kw_only=True)
class Gathered:
    """What ``gather`` found: the articles in input order, the feeds read, the failures and
    the run's request counts."""

    articles: tuple[Article, ...]
    feeds: tuple[SourceFeed, ...]
    failures: tuple[Failure, ...]
    stats: Stats


@dataclass(frozen=True, slots=True)
class _Job:
    url: str
    page: Fetched | None = None
    entry_of: SourceFeed | None = None
    index: int = 0


def gather(
    urls: Sequence[str],
    *,
    fulltext: bool = False,
    options: FetchOptions | None = None,
    strict: bool = False,
    default_tz: tzinfo | None = None,
    site_rules: RulesArg = DEFAULT_RULES,
    only_new: bool = False,
    context: Context | None = None,
    progress: Progress | None = None,
) -> Gathered:
    """Articles from URLs that may be pages or feeds, in input order.

    A page is read (all its parts); a feed gives its entries, as whole articles with
    ``fulltext`` or else as the feed gives them. A URL that cannot be fetched or read is a
    ``Failure`` and the others go on. Repeats are kept once, as in ``fulltext``.
    """
    read = _read_options(strict, default_tz, site_rules)
    run = uuid.uuid4().hex
    with Fetcher(options, context=context) as fetcher:
        workers = fetcher.options.concurrency
        firsts = parallel(
            lambda url: _first(fetcher, url), list(urls), workers=workers, progress=None
        )
        failures: list[Failure] = []
        jobs: list[_Job] = []
        feeds: list[SourceFeed] = []
        for url, got in zip(urls, firsts, strict=True):
            if isinstance(got, SyndicateError):
                failures.append(Failure(url, got))
            elif isinstance(got, SourceFeed):
                feeds.append(got)
                jobs += [_Job(url, entry_of=got, index=i) for i in range(len(got.entries))]
            else:
                jobs.append(_Job(url, page=got))

        def work(job: _Job) -> Article | SyndicateError:
            try:
                if job.entry_of is not None:
                    entry = job.entry_of.entries[job.index]
                    if fulltext:
                        return full_entry(fetcher, entry, read, source=job.entry_of.url)
                    return entry_article(entry, read, source=job.entry_of.url)
                return read_page(fetcher, job.url, read, first=job.page)
            except SyndicateError as exc:
                return exc

        done = parallel(work, jobs, workers=workers, progress=progress)
        articles: list[Article] = []
        failed: set[str] = set()
        for job, result in zip(jobs, done, strict=True):
            if isinstance(result, Article):
                articles.append(result)
            elif job.url not in failed:
                failed.add(job.url)
                failures.append(Failure(job.url, result))
        kept = unique(articles, fetcher, run=run, only_new=only_new)
        order = {url: i for i, url in enumerate(urls)}
        failures.sort(key=lambda f: order.get(f.url, len(order)))
        return Gathered(
            articles=tuple(kept),
            feeds=tuple(feeds),
            failures=tuple(failures),
            stats=fetcher.stats,
        )


def _first(fetcher: Fetcher, url: str) -> Fetched | SourceFeed | SyndicateError:
    """The page's response, or the parsed feed, or the error."""
    try:
        got = fetcher.get(url, Accept.ANY)
        if is_feed(got.body):  # also a feed served as text/html, as some servers do
            return parse_feed(got.body, url=got.final_url, content_type=got.content_type)
        if not got.content_type or got.content_type in PAGE_TYPES:
            return got
        raise FetchError(
            f"{got.content_type} from {got.final_url} is neither a page nor a feed",
            url=url,
            code="content-type",
        )
    except SyndicateError as exc:
        return exc


__all__ = [
    "Failure",
    "Gathered",
    "fetch",
    "fulltext",
    "gather",
    "read_feed",
    "read_url",
]
