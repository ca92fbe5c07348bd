"""The HTML reader: bytes -> decode -> parse once -> metadata + body -> ``Article``."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from syndicate.content import Block, Figure, Heading, Paragraph, Text, block_text, inline_text
from syndicate.context import deadline
from syndicate.errors import DecodeError, ExtractionError, InputError, LimitError
from syndicate.model import Article, FieldSource, Person, Role, SourceEvidence
from syndicate.options import ReadOptions
from syndicate.reader import mojibake, news
from syndicate.reader.body.choose import choose, one_post
from syndicate.reader.body.clean import drop_repeats
from syndicate.reader.body.convert import Converter
from syndicate.reader.body.kind import page_kind
from syndicate.reader.body.locate import Located
from syndicate.reader.budget import CHOOSING_SHARE, CONVERSION_FLOOR, TIME, Budget, Clock, timed
from syndicate.reader.decode import Decoded, decode
from syndicate.reader.dom import FLATTEN_DEPTH, Element, parse_document
from syndicate.reader.metadata import (
    bylines,
    domhints,
    jsonld,
    librarydate,
    meta,
    microdata,
    opengraph,
    pagedates,
)
from syndicate.reader.metadata.merge import Metadata, lacks, merge, to_image
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.metadata.people import people
from syndicate.reader.page import Page
from syndicate.reader.report import Report
from syndicate.reader.siterules.apply import RuleRun
from syndicate.reader.siterules.reading import (
    declared_url,
    guessed_url,
    rule_body,
    rule_for,
    same_host,
)
from syndicate.urls import safe

Source = Callable[[Page, Report], Partial]

SOURCES: tuple[Source, ...] = (
    jsonld.extract,
    opengraph.extract,
    opengraph.extract_twitter,
    meta.extract,
    meta.extract_dublin_core,
    microdata.extract,
    domhints.extract,
    meta.extract_title,
    pagedates.extract_dateline,
    pagedates.extract_url,
)
"""Every metadata source, each reading the same parsed page."""

FALLBACKS: tuple[tuple[tuple[str, ...], Source], ...] = (
    (("published",), pagedates.extract),
    (("authors",), bylines.extract),
    (("authors",), meta.extract_card_byline),
)
"""Sources that search the visible page, read only when no source above gives a usable
value for their fields (they cost more and are trusted less)."""
_MAX_RULE_NOTES = 5
_PER_TAG, _IMPLIED = 2, 16
"""Elements the parser makes at most: one per ``<`` (a start tag), one more per ``<`` for a
``<p>`` it implies around stray text after a tag, and the ``<html>``, ``<head>`` and
``<body>`` it implies (with room to spare); a page with few enough ``<`` is not counted."""


def _decode_input(data: bytes | str, options: ReadOptions, report: Report) -> Decoded:
    if len(data) > options.max_bytes:
        unit = "characters" if isinstance(data, str) else "bytes"
        report.note(
            "input-too-large",
            f"input of {len(data)} {unit} exceeds max_bytes={options.max_bytes}; truncated",
            error=LimitError,
        )
        data = data[: options.max_bytes]
    if isinstance(data, str):
        return Decoded(data, "", "str")
    if not data or data.isspace():  # (``strip`` would copy the input)
        report.note("empty-input", "the input is empty", error=InputError)
    elif _looks_binary(data):
        report.note("binary-input", "the input looks like binary data, not HTML", error=DecodeError)
    return decode(data, report, transport=options.charset)


def _looks_binary(data: bytes) -> bool:
    head = data[:2048]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 20 or (b"\x00" in head and b"<" not in head[:512])


def _parse(text: str, options: ReadOptions, report: Report) -> Element:
    """Parse once; a tree past ``max_nodes`` elements is re-parsed from a proportional
    prefix of the text, so every later stage works on a bounded tree."""
    root, limited = parse_document(text)
    if limited:
        report.note(
            "parser-limit",
            "the page nests elements deeper than the HTML parser reads; the levels past "
            f"{FLATTEN_DEPTH} were flattened, keeping their text",
            error=LimitError,
        )
    if not limited and _PER_TAG * text.count("<") + _IMPLIED <= options.max_nodes:
        return root  # (counting the elements costs an XPath over the whole tree)
    count = int(root.xpath("count(//*)"))
    if count > options.max_nodes:
        report.note(
            "too-many-nodes",
            f"the page has {count} elements; read the first part (about {options.max_nodes})",
            error=LimitError,
        )
        root, _ = parse_document(text[: len(text) * options.max_nodes // count])
    return root


def _body(
    page: Page, options: ReadOptions, report: Report, run: RuleRun | None, clock: Clock
) -> tuple[tuple[Block, ...], str]:
    """The body and where it was found. ``clock`` runs from the start of the read: the
    passes that find the body tick it, and conversion stops at its deadline (given at
    least ``CONVERSION_FLOOR`` of the budget once the body is found)."""
    expired = clock.expired
    if run is not None and run.rule.body:
        located = rule_body(run, page)
        thread = located is not None and one_post(page, located)
        if located is not None and not thread:
            blocks, source = _convert(page, located, options, expired, report)
            if blocks:
                return blocks, source
        if thread:
            report.info(
                "site-rule-one-post",
                f"{run.rule.name}: its body holds one post of this thread; read the thread",
            )
        elif not run.rule.flag("autodetect_on_failure"):
            return (), ""
        else:
            report.info("site-rule-no-body", f"{run.rule.name}: its body matched nothing here")
    with timed(clock):
        found = _chosen_body(page, options, clock, report)
    if clock.spent:
        _out_of_time(report, options, "finding the body; it was taken without comparing candidates")
    return found


def _chosen_body(
    page: Page, options: ReadOptions, clock: Clock, report: Report
) -> tuple[tuple[Block, ...], str]:
    ordered, note = choose(page)
    floor = deadline(options.time_budget * CONVERSION_FLOOR)

    def expired() -> bool:
        return clock.expired() and floor()

    for index, located in enumerate(ordered):
        blocks, source = _convert(page, located, options, expired, report)
        if blocks:
            return blocks, f"{source} ({note})" if note and index == 0 else source
    return (), ""


def _out_of_time(report: Report, options: ReadOptions, what: str) -> None:
    if not any(d.code == "time-budget" for d in report.items):
        report.note(
            "time-budget",
            f"the reader's time budget ({options.time_budget:g} s) ran out {what}",
            error=LimitError,
        )


def _convert(
    page: Page,
    located: Located,
    options: ReadOptions,
    expired: Callable[[], bool],
    report: Report,
) -> tuple[tuple[Block, ...], str]:
    """The blocks ``located`` converts to, none when they hold no text; the inline
    images and relative URLs left out of a body that is kept go to ``report.dropped``."""
    budget = Budget(
        max_blocks=options.max_blocks, max_chars=options.max_body_chars, expired=expired
    )
    try:
        converter = Converter(page.base, budget)
        drop_repeats(located.nodes, expired)
        blocks = converter.convert(located.nodes)
        if not any(block_text((block,)).strip() for block in blocks):  # (first with text)
            blocks = ()
        else:
            report.dropped.update(converter.dropped)
        if budget.exhausted:
            report.note(
                "body-truncated",
                f"stopped converting the body at its {budget.exhausted}"
                " limit; the rest of the page was left out",
                error=LimitError,
            )
        if budget.exhausted == TIME:
            _out_of_time(report, options, "converting the body")
        return blocks, located.source
    except RecursionError:
        report.note("too-deep", "the content is nested too deeply; kept as plain text")
        text = " ".join(" ".join(n.text_content().split()) for n in located.nodes)
        return ((Paragraph(children=(Text(text=text),)),) if text else ()), located.source


def _page_figure(root: Element, base: str, url: str) -> Figure | None:
    """The figure that shows the lead image somewhere on the page (with its caption)."""
    key = news.image_key(url)
    for img in root.iter("img"):
        srcs = [img.get(a) or "" for a in ("src", "data-src", "data-lazy-src", "data-original")]
        if not any(s and news.image_key(s) == key for s in srcs):
            continue
        holder = next((a for a in img.iterancestors("figure")), img)
        return Converter(base).figure(copy.deepcopy(holder))
    return None


def read_html(data: bytes | str, options: ReadOptions) -> Article:
    """Read one HTML page. Lenient by default; ``options.strict`` raises on any doubt."""
    report = Report(strict=options.strict)
    clock = Clock(
        deadline(options.time_budget * CHOOSING_SHARE), expired=deadline(options.time_budget)
    )
    decoded = _decode_input(data, options, report)
    decoded = dataclasses.replace(decoded, text=mojibake.repair(decoded.text, report))
    run = rule_for(options.site_rules, options.url)
    declared = None if run or options.site_rules is None else _guessed_rule(decoded.text, options)
    rewriting = run or declared
    markup = rewriting.rewrite(decoded.text) if rewriting else decoded.text
    page = Page.build(_parse(markup, options, report), options.url)
    if run is None and options.site_rules is not None:
        run, page = _declared_rule(decoded.text, markup, page, options, declared)
    root = page.root
    partials = [source(page, report) for source in SOURCES]
    if run is not None:
        if run.rule.flag("skip_json_ld"):
            partials = [p for p in partials if p.source != "jsonld"]
        partials.insert(0, run.metadata(root, page.index))
        if run.native_ad(root, page.index):
            report.info("native-ad", f"{run.rule.name} marks this page as sponsored content")
    for fields, fallback in FALLBACKS:
        if lacks(partials, fields):
            partials.append(fallback(page, report))
    if run is not None and not run.rule.body and run.rule.shapes_tree and run.shape(root):
        page = Page.build(root, options.url)  # cleanup-only rule: detect on the cleaned page
    blocks, content_source = _body(page, options, report, run, clock)
    # The date's last resort, htmldate, reads the page as cleaned for finding the body.
    if lacks(partials, ("published", "modified")):
        partials.append(librarydate.extract(page, report))
    found = merge(
        partials,
        base_url=page.base,
        default_tz=options.default_tz,
        report=report,
    )
    if run is not None:
        for failure in run.failures[:_MAX_RULE_NOTES]:
            report.info("site-rule-xpath", f"{run.rule.name}: {failure}")
    lead = to_image(found.image) if found.image else None
    if run is not None and not run.rule.flag("insert_detected_image"):
        lead = None
    parts = news.apply(
        blocks,
        headline=found.headline,
        dek=found.dek,
        kicker=found.kicker,
        lead_image_url=lead.url if lead else "",
        authors=tuple(p.name for p in found.authors),
    )
    figure = parts.lead_figure or (_page_figure(root, page.base, lead.url) if lead else None)
    headline = found.headline or _first_heading(parts.body)
    kind, reason = page_kind(page)
    if kind:
        report.note(
            "not-article",
            f"the page looks like a {kind} page, not an article ({reason}); "
            "the body is its main content",
            error=ExtractionError,
        )
    if not headline and not parts.body:
        report.note("no-article", "no headline and no article body found", error=ExtractionError)
    elif not parts.body:
        report.note("no-body", "no article body found", error=ExtractionError)
    page_url = _page_url(options.url, report)
    report.note_dropped()
    return Article(
        headline=headline,
        url=page_url,
        canonical_url=found.canonical_url,
        kicker=found.kicker,
        section=found.section,
        dek=found.dek,
        authors=found.authors or _byline_authors(parts.byline, found.site_name),
        contributors=_unique(found.contributors + _editors(parts.editors, found.site_name)),
        credit=", ".join(dict.fromkeys((*found.credits, *parts.credits))),
        published=found.published,
        modified=found.modified,
        dateline=parts.dateline,
        language=found.language.replace("_", "-"),
        site_name=found.site_name,
        tags=found.tags,
        lead_image=news.merge_lead_image(lead, figure),
        body=tuple(parts.body),
        related=tuple(dict.fromkeys(parts.related)),
        evidence=SourceEvidence(
            encoding=decoded.encoding,
            encoding_source=decoded.source,
            content_source=content_source,
            fields=tuple(_provenance(found, parts)),
            site_rule=run.rule.name if run else "",
            site_rule_directives=tuple(run.fired) if run else (),
        ),
        diagnostics=tuple(report.items),
    )


def _guessed_rule(text: str, options: ReadOptions) -> RuleRun | None:
    """The rule for the address the page most likely declares, when that rule rewrites
    markup (applied before parsing, the page is parsed once)."""
    url = guessed_url(text, options.url)
    if not url or (options.url and same_host(url, options.url)):
        return None
    run = rule_for(options.site_rules, url)
    return run if run is not None and run.rule.rewrites_markup else None


def _declared_rule(
    text: str, parsed: str, page: Page, options: ReadOptions, guessed: RuleRun | None
) -> tuple[RuleRun | None, Page]:
    """The rule for the address the page declares, when the given URL has none (a page
    read from a file, a mirror). ``parsed``: the markup ``page`` was parsed from, rewritten
    by ``guessed`` (the rule guessed before parsing); when the declared rule is another,
    the page is parsed again from ``text`` as that rule rewrites it."""
    url = declared_url(page)
    run = None
    if url and not (options.url and same_host(url, options.url)):
        run = rule_for(options.site_rules, url)
    if run is not None and guessed is not None and run.rule.name == guessed.rule.name:
        return guessed, page
    markup = run.rewrite(text) if run is not None and run.rule.rewrites_markup else text
    if markup == parsed:
        return run, page
    return run, Page.build(_parse(markup, options, Report(strict=False)), options.url)


def _page_url(url: str, report: Report) -> str:
    """The page URL the caller gave, when it is one the model may hold (absolute http(s))."""
    if url and not safe(url):
        report.note(
            "unsafe-page-url",
            f"the page URL {url[:80]!r} is not an absolute http(s) URL; left out",
            error=InputError,
        )
        return ""
    return url


def _first_heading(blocks: list[Block]) -> str:
    return next((inline_text(b.children) for b in blocks if isinstance(b, Heading)), "")


def _byline_authors(byline: str, site_name: str) -> tuple[Person, ...]:
    return people([(byline, "")], site_name=site_name)[0] if byline else ()


def _unique(persons: tuple[Person, ...]) -> tuple[Person, ...]:
    return tuple({(p.name.casefold(), p.role): p for p in persons}.values())


def _editors(names: list[str], site_name: str) -> tuple[Person, ...]:
    found, _ = people([(n, "") for n in names], site_name=site_name, role=Role.EDITOR)
    return found


def _provenance(found: Metadata, parts: news.NewsParts) -> list[FieldSource]:
    fields = list(found.sources)
    for name, value in (
        ("dateline", parts.dateline),
        ("contributors", parts.editors),
        ("related", parts.related),
    ):
        if value:
            fields.append(FieldSource(field=name, source="body"))
    return fields
