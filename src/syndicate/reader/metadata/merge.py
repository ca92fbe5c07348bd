"""One precedence table merges the sources' partial results, recording provenance."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo

from syndicate.content import Image, Text
from syndicate.model import FieldSource, Person, Role
from syndicate.reader import selectors
from syndicate.reader.metadata.dates import ParsedDate, parse_date
from syndicate.reader.metadata.partial import ImageHint, Partial
from syndicate.reader.metadata.people import people
from syndicate.reader.metadata.textdates import find_dates
from syndicate.reader.metadata.zones import region_of
from syndicate.reader.page import unescaped
from syndicate.reader.report import Report
from syndicate.urls import dropped_kind, host_and_path, resolve
from syndicate.xmlchars import without_controls

PRECEDENCE: dict[str, tuple[str, ...]] = {
    "headline": (
        "jsonld",
        "siterule",
        "dublincore",
        "opengraph",
        "twitter",
        "meta",
        "microdata",
        "title",
        "dom",
    ),
    "kicker": ("dom",),
    "section": ("jsonld", "opengraph", "meta"),
    "dek": ("jsonld", "dublincore", "opengraph", "twitter", "meta", "microdata"),
    "authors": (
        "siterule",
        "jsonld",
        "dublincore",
        "meta",
        "opengraph",
        "microdata",
        "dom",
        "byline",
        "cardlabel",
    ),
    "published": (
        "jsonld",
        "siterule",
        "opengraph",
        "meta",
        "microdata",
        "dom",
        "url",
        "dateline",
        "visible",
        "htmldate",
    ),
    "modified": ("jsonld", "opengraph", "meta", "microdata", "dateline", "visible"),
    "language": ("jsonld", "meta", "dublincore", "opengraph"),
    "canonical_url": ("meta", "opengraph", "jsonld"),
    "site_name": ("opengraph", "jsonld", "meta"),
    "tags": ("jsonld", "opengraph", "meta"),
    "image": ("opengraph", "jsonld", "twitter"),
}
"""Per field, the sources in the order they are trusted. The first usable value wins."""

_TIMESTAMPS = frozenset({"opengraph", "meta"})
"""Sources whose modification date is a CMS's timestamp, shown to no reader."""
_REWORDED_GROWTH = 2
"""A shown heading more than this many times the declared title's words is a summary
set as a heading (a standfirst in an ``<h1>``), not the headline reworded."""
_SAME_MOMENT = timedelta(hours=1)
"""Two sources' times this close name the same moment (a page's markup and its
``<time>`` element written minutes apart by the CMS)."""
_CUT_AT = 100
"""A headline this long may have been cut to a structured-data length limit."""
_CONSENSUS = 3
_REDATED = timedelta(days=7)
"""A declared publication this much later than the day shown at the headline is a
re-publication date (a day or two is a time-zone or scheduling difference)."""
_LABEL_WORDS = 3
"""A last " | " segment this short is a section or brand label, not part of the headline."""
_HEADING_WORDS = 3
_CONTENT_WORD = 4
"""Shorter words (articles, prepositions) say nothing of two titles' topic."""
_WORD = re.compile(r"\w+")
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}([^*\s](?:[^*]*[^*\s])?)\*{1,2}(?![\w*])")
"""Markdown emphasis left in a title written as Markdown ("*A Treatise* (1792)")."""
_SOURCE_DOMAIN = re.compile(r"\s+\((?:[a-z0-9-]+\.)+[a-z]{2,}\)$", re.I)
"""A link aggregator's note of the story's site after its title ("… (latimes.com)")."""
_LABEL = re.compile(r"\w+(?: \w+)?: ")
"""A label of one or two words before a heading's colon."""
_LOST = r".{1,3}"
"""What one "?" of a wrongly encoded heading may stand for (a letter, "'s", "–")."""
_MAX_LOST = 6
"""Lost characters compared at most (each multiplies the ways a pattern can match)."""
_TEXT_FIELDS = (
    "headline",
    "alt_headline",
    "sole_heading",
    "kicker",
    "section",
    "dek",
    "site_name",
)


@dataclass(slots=True)
class Metadata:
    """The merged metadata with one provenance record per field found."""

    headline: str = ""
    kicker: str = ""
    section: str = ""
    dek: str = ""
    authors: tuple[Person, ...] = ()
    contributors: tuple[Person, ...] = ()
    """Editors, photographers… named in the byline itself ("Edited by …")."""
    credits: tuple[str, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    language: str = ""
    canonical_url: str = ""
    site_name: str = ""
    tags: tuple[str, ...] = ()
    image: ImageHint | None = None
    sources: list[FieldSource] = field(default_factory=list)


def _norm(value: object) -> str:
    return " ".join(str(value).casefold().split())


def _cleaned(partial: Partial) -> Partial:
    """Text fields with character references decoded (pages escape twice: ``&amp;#8211;`` in
    a ``content`` attribute, ``&#8217;`` inside JSON-LD) and control characters removed
    (JSON strings can carry an ESC that parsing never saw)."""
    for name in _TEXT_FIELDS:
        setattr(partial, name, _text(getattr(partial, name)))
    partial.authors = [(_text(n), u) for n, u in partial.authors]
    partial.tags = [_text(t) for t in partial.tags]
    if partial.image is not None:
        for name in ("alt", "caption", "credit"):
            setattr(partial.image, name, _text(getattr(partial.image, name)))
    return partial


def _text(value: str) -> str:
    return without_controls(unescaped(value))


def lacks(partials: Sequence[Partial], names: Sequence[str]) -> bool:
    """No partial has a usable value for any of ``names`` (a date that parses, a byline
    that names a person other than the site: an agency, a desk or the publisher alone
    leaves the reporter to be found)."""
    _, site, _ = _pick("site_name", {p.source: p for p in partials})
    for name in names:
        for partial in partials:
            value = getattr(partial, name)
            if name == "authors" and value and people(value, site_name=str(site or ""))[0]:
                return False
            if name in ("published", "modified") and value and parse_date(str(value), None):
                return False
    return True


def _pick(
    name: str,
    partials: dict[str, Partial],
    usable: Callable[[object], bool] = bool,
) -> tuple[str, object, tuple[str, ...]]:
    """(winning source, value, sources that disagreed) for one field."""
    winner, value = "", None
    disagreed: list[str] = []
    for source in PRECEDENCE[name]:
        partial = partials.get(source)
        candidate = getattr(partial, name) if partial else None
        if not candidate or not usable(candidate):
            continue
        if not winner:
            winner, value = source, candidate
        elif _norm(_key(candidate)) != _norm(_key(value)):
            disagreed.append(source)
    return winner, value, tuple(disagreed)


def _key(value: object) -> object:
    return value.url if isinstance(value, ImageHint) else value


def strip_site_suffix(title: str, site_name: str, url: str) -> str:
    """Remove " | Site" / "Site - " decorations when they name the site or domain."""
    parts = selectors.TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    host, _ = host_and_path(url)
    names = {_norm(site_name), _norm(host.removeprefix("www.")), _norm(host.split(".")[-2:][0])}
    names.discard("")
    for candidate in (parts[-1], parts[0]):
        folded = _norm(candidate)
        if folded in names or any(len(n) > 3 and n in folded for n in names):
            kept = [p for p in parts if p is not candidate]
            return _join_like(title, kept)
    head, bar, tail = title.rpartition(" | ")
    if bar and len(tail.split()) <= _LABEL_WORDS < len(head.split()):
        return head.strip()  # "Headline | Opinion", "Headline | Blog | Brand"
    return title


def _join_like(title: str, kept: Sequence[str]) -> str:
    if not kept:
        return title
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(kept)


def merge(
    partials: Sequence[Partial], *, base_url: str, default_tz: tzinfo | None, report: Report
) -> Metadata:
    """Merge partial results by ``PRECEDENCE``; dates parsed, URLs resolved."""
    by_source = {p.source: _cleaned(p) for p in partials}
    meta = Metadata()

    def record(
        name: str,
        source: str,
        disagreed: tuple[str, ...],
        precision: str = "",
        zone_assumed: bool = False,
    ) -> None:
        meta.sources.append(
            FieldSource(
                field=name,
                source=source,
                disagreed=disagreed,
                precision=precision,
                zone_assumed=zone_assumed,
            )
        )

    for name in ("site_name", "kicker", "section", "dek", "language"):
        source, value, disagreed = _pick(name, by_source)
        if source:
            setattr(meta, name, str(value).strip())
            record(name, source, disagreed)
    _report_unsafe_urls(by_source.values(), base_url, report)
    _merge_people(meta, by_source, base_url, record)
    _merge_headline(meta, by_source, base_url, record)
    _merge_dates(meta, by_source, default_tz, region_of(base_url, meta.language), report, record)
    source, value, disagreed = _pick(
        "canonical_url",
        by_source,
        lambda v: bool(resolve(base_url, str(v))),
    )
    if source:
        meta.canonical_url = resolve(base_url, str(value))
        record("canonical_url", source, disagreed)
    source, value, disagreed = _pick("tags", by_source)
    if source and isinstance(value, list):
        meta.tags = tuple(dict.fromkeys(t for t in value if len(t) <= 80))
        record("tags", source, disagreed)
    source, value, disagreed = _pick(
        "image", by_source, lambda v: isinstance(v, ImageHint) and bool(resolve(base_url, v.url))
    )
    if source and isinstance(value, ImageHint):
        value.url = resolve(base_url, value.url)
        meta.image = value
        record("image", source, disagreed)
    return meta


Recorder = Callable[..., None]
_MAX_LISTED = 5


def _report_unsafe_urls(partials: Iterable[Partial], base_url: str, report: Report) -> None:
    """One diagnostic naming the URLs with a scheme the model refuses (``javascript:``,
    ``data:text/html``, ``file:``…, also obfuscated) that the sources offered: the merge
    never takes them (``resolve`` drops them), and the reader says so. An inline image
    and a relative URL with no base to resolve it against go to ``report.dropped``."""
    found: list[str] = []
    counted: set[str] = set()
    for partial in partials:
        urls = [("author URL", u, True) for _, u in partial.authors if u]
        urls.append(("canonical URL", partial.canonical_url, False))
        urls.append(("image URL", partial.image.url if partial.image else "", False))
        for what, url, mailto in urls:
            kind = dropped_kind(base_url, url, mailto=mailto) if url else ""
            if kind == "data-image" and what != "image URL":
                kind = "data"  # a person or a page is never an inline image
            if kind in ("data-image", "relative"):
                if url not in counted:
                    counted.add(url)
                    report.dropped.add(kind, url)
            elif kind:
                found.append(f"{partial.source} {what} ({kind}:)")
    if found:
        listed = ", ".join(found[:_MAX_LISTED]) + (", …" if len(found) > _MAX_LISTED else "")
        report.info("unsafe-url", f"dropped {len(found)} URL(s) with an unsafe scheme: {listed}")


def _merge_headline(
    meta: Metadata, by_source: dict[str, Partial], base_url: str, record: Recorder
) -> None:
    """The most trusted source's headline (after removing site and author decorations),
    unless no other source agrees with it while at least ``_CONSENSUS`` sources agree on
    another: one source's odd value (Wikipedia's JSON-LD puts a description in
    ``headline``) loses to what the page, its title and OpenGraph say."""

    def undecorated(value: str) -> str:
        value = _SOURCE_DOMAIN.sub("", _EMPHASIS.sub(r"\1", value))
        cleaned = strip_site_suffix(value, meta.site_name, base_url)
        for person in meta.authors:  # "Headline | Author Name" (The Guardian's og:title)
            cleaned = strip_site_suffix(cleaned, person.name, "")
        return cleaned

    candidates: list[tuple[str, str]] = []
    for source in PRECEDENCE["headline"]:
        partial = by_source.get(source)
        if partial is None:
            continue
        for value in (partial.headline, partial.alt_headline):
            if value.strip():
                candidates.append((source, undecorated(value)))
    if not candidates:
        return

    def support(value: str) -> int:
        return sum(1 for _, other in candidates if _agree(value, other))

    best = 0  # the most trusted source, unless nothing else agrees with it and others agree
    challenger = max(range(len(candidates)), key=lambda i: (support(candidates[i][1]), -i))
    if support(candidates[0][1]) == 1 and support(candidates[challenger][1]) >= _CONSENSUS:
        best = challenger
    source, headline = candidates[best]
    headline = _untruncated(headline, [value for _, value in candidates])
    dom = by_source.get("dom")
    if dom and source not in ("dom", "siterule"):  # a site rule's title is site knowledge
        if dom.headline and _shown_as(dom.headline, headline):
            source, headline = "dom", dom.headline
        elif dom.sole_heading and _reworded(undecorated(dom.sole_heading), headline):
            source, headline = "dom", undecorated(dom.sole_heading)
    if dom and source != "siterule":
        headline = _shown_part(headline, dom.headings)
    meta.headline = headline
    disagreed = tuple(s for s, v in candidates if not _agree(v, headline))
    record("headline", source, disagreed)


def _shown_part(headline: str, headings: list[str]) -> str:
    """The headline's first part when the page shows that part alone as a heading: what
    follows the separator is the site or a section the suffix rule did not know ("Defer,
    Panic, and Recover - The Go Programming Language" under an ``<h1>`` "Defer, Panic, and
    Recover")."""
    first, *rest = selectors.TITLE_SEPARATORS.split(headline)
    if not rest or len(first.split()) < _HEADING_WORDS:
        return headline
    shown = _norm(first)
    return first.strip() if any(_norm(text) == shown for text in headings) else headline


def _untruncated(headline: str, others: list[str]) -> str:
    """The whole headline when the chosen one was cut to a length limit (structured-data
    plugins cut ``headline`` at Google's 110 characters): another source's title that goes
    on from it in mid-phrase, with no separator where it was cut."""
    if len(headline) < _CUT_AT:
        return headline
    for other in sorted(others, key=len):
        if len(other) > len(headline) and other.startswith(headline):
            rest = other[len(headline) :]
            if rest[:1].isspace() and rest.strip()[:1].isalnum():
                return other
    return headline


def _shown_as(visible: str, declared: str) -> bool:
    """Whether the page's visible headline is the declared one as readers see it: the
    declared title is the visible one plus decoration (a site name or a tagline the
    suffix rule did not know). A declared title that rewords the visible one is kept (the
    publisher chose it), and so is one the visible heading only adds clutter to (a date,
    "Posted on")."""
    shown, said = _norm(visible), _norm(declared)
    at_an_end = said.startswith(shown) or said.endswith(shown)  # decoration is at the ends
    return bool(shown) and at_an_end and shown != said


def _reworded(shown: str, declared: str) -> bool:
    """Whether the page's only ``<h1>`` is the declared headline reworded for the page
    (SEO and social titles differ from what the page shows): a headline of at least
    ``_HEADING_WORDS`` words sharing a content word with the declared one, not the site's name in a
    masthead ``<h1>``, which shares none, nor the declared headline with clutter around it
    (a date, "Posted on … by …")."""
    words = _WORD.findall(shown.casefold())
    declared_words = _WORD.findall(declared.casefold())
    said = {word for word in declared_words if len(word) >= _CONTENT_WORD}
    differs = _norm(shown) != _norm(declared) and not _cluttered(shown, declared)
    differs = differs and not _damaged(shown, declared)
    sized = _HEADING_WORDS <= len(words) <= _REWORDED_GROWTH * len(declared_words)
    return differs and sized and not said.isdisjoint(words)


def _damaged(shown: str, declared: str) -> bool:
    """The shown heading is the declared headline with characters lost to "?" or "\ufffd"
    (a page saved in the wrong encoding: "Planning? Beginner? Guide" for "Planning:
    Beginner's Guide")."""
    lost = shown.count("?") + shown.count("\ufffd")
    if not lost or lost > _MAX_LOST:  # a heading all "?" shares no word to be taken for
        return False
    pattern = "".join(
        _LOST if char in "?\ufffd" else re.escape(char) for char in " ".join(shown.split())
    )
    return re.fullmatch(pattern, " ".join(declared.split()), re.I) is not None


def _cluttered(shown: str, declared: str) -> bool:
    """The shown heading is the declared headline with a date line run into it, or with a
    label before it ("Blog: …", "Buying Guide: …", a forum's "Thread: …")."""
    before, found, after = _norm(shown).partition(_norm(declared))
    if not found:
        return False
    label = _LABEL.fullmatch(before)
    titled = label is not None and not after.strip() and len(found.split()) >= _HEADING_WORDS
    return bool(find_dates(f"{before} {after}")) or titled


def _agree(one: str, other: str) -> bool:
    a, b = _norm(one), _norm(other)
    return bool(a and b) and (a == b or a in b or b in a)


def _merge_people(
    meta: Metadata, by_source: dict[str, Partial], base_url: str, record: Recorder
) -> None:
    """Persons from the most trusted source that names a person; agency credits from the
    most trusted source that names an agency (a JSON-LD author "AFP" is a credit, and the
    byline under the headline may still name the reporter)."""

    def persons(value: object) -> bool:
        return isinstance(value, list) and bool(people(value, site_name=meta.site_name)[0])

    def agencies(value: object) -> bool:
        return isinstance(value, list) and bool(people(value, site_name=meta.site_name)[1])

    source, value, disagreed = _pick("authors", by_source, persons)
    if source and isinstance(value, list):
        found = people(value, site_name=meta.site_name, base_url=base_url)[0]
        meta.authors = tuple(p for p in found if p.role is Role.AUTHOR)
        meta.contributors = tuple(p for p in found if p.role is not Role.AUTHOR)
        record("authors", source, disagreed)
    source, value, _ = _pick("authors", by_source, agencies)
    if source and isinstance(value, list):
        meta.credits = people(value, site_name=meta.site_name)[1]
        record("credit", source, ())


def _merge_dates(
    meta: Metadata,
    by_source: dict[str, Partial],
    default_tz: tzinfo | None,
    region: tuple[str, ...],
    report: Report,
    record: Recorder,
) -> None:
    """Each date from the most trusted source that gives a usable one; the sources that
    name another calendar day are recorded as disagreeing (not those that write the same
    moment differently)."""
    stated_update = False
    for name in ("published", "modified"):
        parsed_by: dict[str, ParsedDate] = {}
        for source in PRECEDENCE[name]:
            partial = by_source.get(source)
            raw = str(getattr(partial, name)) if partial else ""
            parsed = parse_date(raw, default_tz, region) if raw else None
            if parsed is not None:
                parsed_by[source] = parsed
        if not parsed_by:
            continue
        stated_update = name == "modified" and not set(parsed_by) <= _TIMESTAMPS
        source, parsed = _earlier_shown(name, parsed_by, report)
        parsed = _in_local_time(parsed, parsed_by.values())
        day = parsed.value.date()
        disagreed = tuple(s for s, p in parsed_by.items() if _day_in(p, parsed) != day)
        setattr(meta, name, parsed.value)
        record(
            name, source, disagreed, precision=parsed.precision, zone_assumed=parsed.zone_assumed
        )
        if parsed.zone_assumed and parsed.precision == "time":
            report.info(
                "timezone-assumed",
                f"{name} time {getattr(by_source[source], name)!r} has no UTC offset;"
                f" read as {parsed.value.tzname()}",
            )
    if meta.published is None and stated_update:
        _dated_by_update(meta, report, record)


def _earlier_shown(
    name: str, parsed_by: dict[str, ParsedDate], report: Report
) -> tuple[str, ParsedDate]:
    """The most trusted source's date, unless the page's date line shows its readers a
    publication day well before it: a declared publication date later than the one the
    article shows is a re-publication or a move to a new system, not the day it first
    appeared. A permalink's day is not declared later: it went up with the page."""
    source, parsed = next(iter(parsed_by.items()))
    shown = parsed_by.get("dateline")
    if name != "published" or shown is None or source in ("dateline", "url"):
        return source, parsed
    if parsed.value.date() - shown.value.date() <= _REDATED:
        return source, parsed
    report.info(
        "published-as-shown",
        f"the page shows {shown.value.date().isoformat()} at its headline;"
        f" its {source} date {parsed.value.date().isoformat()} is later",
    )
    return "dateline", shown


def _day_in(other: ParsedDate, chosen: ParsedDate) -> date:
    """The calendar day ``other`` names, read in ``chosen``'s offset when it gives a time
    (the same moment written in UTC and in local time is the same day)."""
    if other.precision == "time" and not other.zone_assumed:
        return other.value.astimezone(chosen.value.tzinfo).date()
    return other.value.date()


def _in_local_time(parsed: ParsedDate, others: Iterable[ParsedDate]) -> ParsedDate:
    """A UTC time written in the page's own offset, when another source on the page gives
    a time within ``_SAME_MOMENT`` of it in a local offset: the same moment, on the calendar
    day the publisher's readers saw (03:05 UTC on the 19th is 19:05 on the 18th in
    California)."""
    if parsed.precision != "time" or parsed.value.utcoffset() != timedelta(0):
        return parsed
    for other in others:
        offset = other.value.utcoffset()
        local = other.precision == "time" and not other.zone_assumed and offset
        if local and abs(other.value - parsed.value) <= _SAME_MOMENT:
            return replace(parsed, value=parsed.value.astimezone(other.value.tzinfo))
    return parsed


def _dated_by_update(meta: Metadata, report: Report, record: Recorder) -> None:
    """A page that states only when it was updated is dated by that day: feeds and readers
    need a publication date, and it is the only one the publisher gives. The provenance
    says so (source "modified"), and so does a diagnostic. Not when the update is only an
    OpenGraph or ``<meta>`` timestamp (``_TIMESTAMPS``): with no publication date beside
    it, that is when the CMS last wrote the page (often the day it was fetched), not a
    date the publisher gives its readers."""
    update = next(s for s in meta.sources if s.field == "modified")
    meta.published = meta.modified
    record(
        "published", "modified", (), precision=update.precision, zone_assumed=update.zone_assumed
    )
    report.info(
        "published-from-modified",
        "the page gives no publication date; dated by its last update",
    )


def to_image(hint: ImageHint) -> Image:
    """The model ``Image`` for a merged lead-image hint."""
    caption = (Text(text=hint.caption),) if hint.caption else ()
    return Image(
        url=hint.url,
        alt=hint.alt,
        caption=caption,
        credit=hint.credit,
        width=hint.width,
        height=hint.height,
    )
