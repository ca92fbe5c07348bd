"""Full text: every entry of a feed as the whole article its link points at.

The page gives the article; the entry keeps its identity (the feed's guid or id becomes
``Article.id``, never a new one) and fills in the link, title, dates and authors where the
page gives none. An entry whose page fails keeps its summary and gets a ``fulltext-failed``
diagnostic; the run goes on (in strict mode the failure is raised).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from syndicate.content import Block, Paragraph, Text
from syndicate.errors import FetchError, SyndicateError
from syndicate.fetcher.client import Fetcher
from syndicate.fetcher.feeds import Entry, SourceFeed
from syndicate.fetcher.pages import read_page
from syndicate.model import Article, Diagnostic, Person, Severity, SourceEvidence
from syndicate.options import ReadOptions
from syndicate.reader.html import read_html

Progress = Callable[[int, int], None]
"""Called with (done, total) as the items of a run finish."""

T = TypeVar("T")
R = TypeVar("R")


def parallel(
    work: Callable[[T], R], items: Sequence[T], *, workers: int, progress: Progress | None
) -> list[R]:
    """``work`` over ``items`` in threads, results in the order of ``items``."""
    if not items:
        return []
    results: list[R] = []
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(items)))) as pool:
        for done, result in enumerate(pool.map(work, items), start=1):
            results.append(result)
            if progress is not None:
                progress(done, len(items))
    return results


def _html_blocks(html: str, url: str, options: ReadOptions) -> tuple[Block, ...]:
    """The body blocks of an HTML fragment from a feed, read by the reader itself."""
    if not html.strip():
        return ()
    if "<" not in html:
        text = " ".join(html.split())
        return (Paragraph(children=(Text(text=text),)),) if text else ()
    page = f"<!DOCTYPE html><html><body><article>{html}</article></body></html>"
    read = read_html(page, dataclasses.replace(options, url=url, strict=False, site_rules=None))
    return read.body


def _safe_url(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else ""


def entry_article(entry: Entry, options: ReadOptions, *, source: str = "") -> Article:
    """An article of what the entry itself says (its content, else its summary)."""
    link = _safe_url(entry.link)
    body = _html_blocks(entry.content or entry.summary, link, options)
    dek = ""
    if entry.content and entry.summary:
        dek = " ".join(b.text for b in _text_runs(_html_blocks(entry.summary, link, options)))
    return Article(
        id=entry.id or link,
        headline=entry.title,
        url=link,
        dek=dek,
        authors=tuple(Person(name=n) for n in entry.authors),
        published=entry.published,
        modified=entry.updated,
        tags=entry.tags,
        body=body,
        evidence=SourceEvidence(origin=source),
    )


def _text_runs(blocks: Iterable[Block]) -> Iterable[Text]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from (c for c in block.children if isinstance(c, Text))


def merge_entry(page: Article, entry: Entry) -> Article:
    """The page's article, keeping the entry's id, and its link, title, dates and authors
    where the page gives none."""
    link = _safe_url(entry.link)
    return dataclasses.replace(
        page,
        id=entry.id or link,
        url=page.url or link,
        headline=page.headline or entry.title,
        published=page.published or entry.published,
        modified=page.modified or entry.updated,
        authors=page.authors or tuple(Person(name=n) for n in entry.authors),
        tags=page.tags or entry.tags,
    )


def full_entry(
    fetcher: Fetcher, entry: Entry, options: ReadOptions, *, source: str = ""
) -> Article:
    """The entry as a full article; on failure its summary and a diagnostic (strict: raise)."""
    link = _safe_url(entry.link)
    try:
        if not link:
            raise FetchError(f"the entry has no http(s) link ({entry.link!r:.100})", code="no-link")
        return merge_entry(read_page(fetcher, link, options), entry)
    except Exception as exc:
        if options.strict:
            raise
        code = getattr(exc, "code", "") or type(exc).__name__
        reason = str(exc) if isinstance(exc, SyndicateError) else f"internal error: {exc!r}"
        summary = entry_article(entry, options, source=source)
        note = Diagnostic(
            code="fulltext-failed",
            message=f"{link or entry.id}: {code}: {reason}"[:500],
            severity=Severity.WARNING,
        )
        return dataclasses.replace(summary, diagnostics=(*summary.diagnostics, note))


def fingerprint(article: Article) -> str:
    """A hash of the article's headline and words (case and spacing aside); of its headline
    and link when it has no body."""
    words = " ".join(article.body_text.split()) or article.link
    words = f"{' '.join(article.headline.split())}\n{words}".casefold()
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:32]


def unique(
    articles: Iterable[Article], fetcher: Fetcher, *, run: str, only_new: bool
) -> list[Article]:
    """Articles without repeats (same canonical URL or same text; the first one stays),
    recorded in the cache's seen-articles store; with ``only_new`` also without those an
    earlier run gathered."""
    kept: list[Article] = []
    urls: set[str] = set()
    prints: set[str] = set()
    cache = fetcher.cache
    when = fetcher.context.now.isoformat()
    for article in articles:
        url, mark = article.link, fingerprint(article)
        if (url and url in urls) or mark in prints:
            continue
        if cache is not None:
            if only_new and cache.seen_before(url, mark, run):
                continue
            cache.remember(url, mark, run=run, when=when)
        urls.add(url)
        prints.add(mark)
        kept.append(article)
    return kept


def fulltext_articles(
    fetcher: Fetcher,
    feed: SourceFeed,
    options: ReadOptions,
    *,
    progress: Progress | None = None,
) -> list[Article]:
    """Every entry of ``feed`` as a full article, in feed order."""

    def one(entry: Entry) -> Article:
        return full_entry(fetcher, entry, options, source=feed.url)

    return parallel(one, list(feed.entries), workers=fetcher.options.concurrency, progress=progress)


def source_meta(feed: SourceFeed) -> dict[str, object]:
    """The ``syndicate.feed`` keywords that carry a source feed's own fields over."""
    return {
        "title": feed.title or feed.link or feed.url,
        "link": _safe_url(feed.link),
        "description": feed.description,
        "language": feed.language,
        "id": feed.id,
        "updated": feed.updated,
    }


__all__ = [
    "Progress",
    "entry_article",
    "fingerprint",
    "full_entry",
    "fulltext_articles",
    "merge_entry",
    "parallel",
    "source_meta",
    "unique",
]
