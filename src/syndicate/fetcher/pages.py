"""One article from the web: the page, read by syndicate's reader, with its variants and parts.

* An AMP page that names its canonical page gives way to it (when that one can be fetched).
* A site rule's ``single_page_link`` (the "print / view as one page" link) is followed first.
* The next parts — the site rule's ``next_page_link``, else a ``rel=next`` link whose URL
  is the first page's with a page number added — are fetched and their bodies appended, up to
  ``FetchOptions.max_pages`` pages and never twice the same URL. Every page's URL is kept in
  ``Article.evidence.pages``.

A site rule's ``http_headers`` are sent with its pages (all but ``User-Agent``: syndicate
always says who it is).
"""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from syndicate.errors import FetchError, LimitError
from syndicate.fetcher.client import Accept, Fetched, Fetcher
from syndicate.model import Article, Diagnostic, Severity
from syndicate.options import ReadOptions
from syndicate.reader.decode import decode
from syndicate.reader.dom import Element, parse
from syndicate.reader.html import read_html
from syndicate.reader.report import Report
from syndicate.reader.siterules.apply import RuleRun
from syndicate.reader.siterules.rule import SiteRule
from syndicate.urls import resolve

_HINT = re.compile(
    rb"""rel\s*=\s*["']?[^"'>]*\b(?:next|canonical)\b|<html[^>]*\s(?:amp|\xe2\x9a\xa1)""", re.I
)
_PAGE_SUFFIX = re.compile(r"^[/_-]?(?:page|p|seite|pagina|pag)?[/_-]?\d{1,3}/?$", re.I)
_PAGE_PARAMS = frozenset({"page", "p", "pg", "paged", "pagina", "seite", "pagenum", "pn"})
_FORBIDDEN_HEADERS = frozenset({"user-agent", "host", "content-length", "connection"})


def rule_headers(rule: SiteRule | None) -> dict[str, str]:
    """The extra request headers a site rule asks for (never another User-Agent)."""
    if rule is None:
        return {}
    return {
        name: value
        for name, value in rule.http_headers
        if name.lower() not in _FORBIDDEN_HEADERS and "\n" not in value and "\r" not in value
    }


def read_fetched(fetched: Fetched, options: ReadOptions) -> Article:
    """Read one fetched page, its transport charset and final URL handed to the reader."""
    return read_html(
        fetched.body, dataclasses.replace(options, url=fetched.final_url, charset=fetched.charset)
    )


def read_page(
    fetcher: Fetcher, url: str, options: ReadOptions, *, first: Fetched | None = None
) -> Article:
    """The article at ``url`` (``first``: its response, when already fetched), with every
    part of a multi-page article; problems with the extra pages are diagnostics (errors in
    strict mode), a failure of the first page a ``FetchError``."""
    rule = options.site_rules.for_url(url) if options.site_rules is not None else None
    headers = rule_headers(rule)
    page = first or fetcher.get(url, Accept.PAGE, headers)
    notes: list[Diagnostic] = []
    root = _tree(page, rule)
    if root is not None:
        page, root = _prefer_canonical(fetcher, page, root, headers, notes)
    if root is not None and rule is not None and rule.single_page_link:
        page, root = _single_page(fetcher, page, root, rule, headers, notes)
    article = read_fetched(page, options)
    parts = [article]
    pages = [page.final_url]
    seen = {url, page.url, page.final_url}
    limit = fetcher.options.max_pages
    while root is not None:
        target = _next_page(root, page.final_url, pages[0], rule)
        if not target:
            break
        if target in seen:
            _note(notes, options, "page-loop", f"the next page {target} was read already")
            break
        if len(pages) >= limit:
            _note(notes, options, "page-limit", f"stopped after {limit} pages", limit=True)
            break
        seen.add(target)
        try:
            page = fetcher.get(target, Accept.PAGE, headers)
        except FetchError as exc:
            if options.strict:
                raise
            _note(notes, options, "page-failed", f"page {len(pages) + 1}: {exc}")
            break
        if page.final_url in seen and page.final_url != target:
            _note(notes, options, "page-loop", f"{target} redirects to a page read already")
            break
        seen.add(page.final_url)
        parts.append(read_fetched(page, options))
        pages.append(page.final_url)
        root = _tree(page, rule)
    return _merged(parts, pages, notes)


def _merged(parts: list[Article], pages: list[str], notes: list[Diagnostic]) -> Article:
    first = parts[0]
    body = tuple(block for part in parts for block in part.body)
    diagnostics = list(first.diagnostics)
    for number, part in enumerate(parts[1:], start=2):
        diagnostics += [
            dataclasses.replace(d, message=f"page {number}: {d.message}") for d in part.diagnostics
        ]
    return dataclasses.replace(
        first,
        body=body,
        evidence=dataclasses.replace(first.evidence, pages=tuple(pages)),
        diagnostics=(*diagnostics, *notes),
    )


def _note(
    notes: list[Diagnostic], options: ReadOptions, code: str, message: str, *, limit: bool = False
) -> None:
    if options.strict:
        raise (LimitError if limit else FetchError)(f"{code}: {message}")
    notes.append(Diagnostic(code=code, message=message, severity=Severity.WARNING))


def _tree(page: Fetched, rule: SiteRule | None) -> Element | None:
    """The page's tree, when it may have a canonical, AMP or next-page link to follow."""
    wanted = rule is not None and bool(rule.next_page_link or rule.single_page_link)
    if not wanted and not _HINT.search(page.body):
        return None
    text = decode(page.body, Report(strict=False), transport=page.charset).text
    return parse(text)


def _prefer_canonical(
    fetcher: Fetcher,
    page: Fetched,
    root: Element,
    headers: dict[str, str],
    notes: list[Diagnostic],
) -> tuple[Fetched, Element | None]:
    """The canonical page instead of an AMP variant, when it can be had."""
    html = root if root.tag == "html" else None
    if html is None or not ({"amp", "⚡"} & set(html.attrib)):
        return page, root
    canonical = _first_url(root, page.final_url, "//link[@rel][@href]", "canonical")
    if not canonical or canonical in (page.url, page.final_url):
        return page, root
    try:
        found = fetcher.get(canonical, Accept.PAGE, headers)
    except FetchError as exc:
        notes.append(_info("amp-kept", f"the canonical page {canonical} failed: {exc}"))
        return page, root
    notes.append(_info("amp-canonical", f"read {canonical} instead of its AMP variant"))
    return found, _tree(found, None)


def _single_page(
    fetcher: Fetcher,
    page: Fetched,
    root: Element,
    rule: SiteRule,
    headers: dict[str, str],
    notes: list[Diagnostic],
) -> tuple[Fetched, Element | None]:
    """The rule's single-page view instead of the first part, when it can be had."""
    target = _rule_link(root, page.final_url, rule, rule.single_page_link)
    if not target or target in (page.url, page.final_url):
        return page, root
    try:
        found = fetcher.get(target, Accept.PAGE, headers)
    except FetchError as exc:
        notes.append(_info("single-page-failed", f"{target}: {exc}"))
        return page, root
    notes.append(_info("single-page", f"read the single-page view {target}"))
    return found, _tree(found, rule)


def _info(code: str, message: str) -> Diagnostic:
    return Diagnostic(code=code, message=message, severity=Severity.INFO)


def _rule_link(root: Element, base: str, rule: SiteRule, links: tuple[tuple[str, str], ...]) -> str:
    """The URL the first matching (XPath, if_page_contains) pair of a rule selects."""
    run = RuleRun(rule)
    for expression, condition in links:
        if condition and not run.evaluate(root, condition):
            continue
        for found in run.evaluate(root, expression):
            href = found.get("href") if isinstance(found, etree._Element) else found
            url = resolve(base, str(href or "").strip())
            if url:
                return url
    return ""


def _first_url(root: Element, base: str, path: str, rel: str) -> str:
    for el in root.xpath(path):
        if isinstance(el, etree._Element) and rel in (el.get("rel") or "").lower().split():
            url = resolve(base, (el.get("href") or "").strip())
            if url:
                return url
    return ""


def _next_page(root: Element, base: str, first: str, rule: SiteRule | None) -> str:
    """The next part's URL: the rule's ``next_page_link``, else a ``rel=next`` link that
    looks like the first page's URL with a page number."""
    if rule is not None and rule.next_page_link:
        return _rule_link(root, base, rule, rule.next_page_link)
    for el in root.xpath("//link[@rel][@href] | //a[@rel][@href]"):
        if (
            not isinstance(el, etree._Element)
            or "next" not in (el.get("rel") or "").lower().split()
        ):
            continue
        url = resolve(base, (el.get("href") or "").strip())
        if url and is_continuation(first, url):
            return url
    return ""


def is_continuation(first: str, candidate: str) -> bool:
    """Whether ``candidate`` is a later part of the article at ``first``: same host, and the
    same path with a page number added (``/story/2``, ``/story-2.html``, ``?page=2``) —
    unlike the "next article" link many sites also mark ``rel=next``."""
    one, other = urlsplit(first), urlsplit(candidate)
    if one.netloc.lower() != other.netloc.lower():
        return False
    base, path = one.path.rstrip("/"), other.path.rstrip("/")
    if path == base:
        before = [(k, v) for k, v in parse_qsl(one.query) if k.lower() not in _PAGE_PARAMS]
        after = parse_qsl(other.query)
        paged = [(k, v) for k, v in after if k.lower() in _PAGE_PARAMS and v.isdigit()]
        rest = [(k, v) for k, v in after if k.lower() not in _PAGE_PARAMS]
        return bool(paged) and rest == before
    stem, dot, suffix = base.rpartition(".")
    if dot and "/" not in suffix and path.endswith("." + suffix):
        base, path = stem, path[: -len(suffix) - 1]
    return path.startswith(base) and bool(_PAGE_SUFFIX.match(path[len(base) :]))
