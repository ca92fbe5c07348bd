"""Hypothesis strategies that build any value the model accepts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from syndicate import (
    Article,
    Code,
    Diagnostic,
    Embed,
    Emphasis,
    Feed,
    FieldSource,
    Figure,
    Heading,
    Image,
    InlineLink,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Person,
    Preformatted,
    PullQuote,
    Quote,
    RelatedLinks,
    Role,
    Rule,
    Severity,
    SourceEvidence,
    Strong,
    Subscript,
    Superscript,
    Table,
    TableCell,
    TableRow,
    Text,
)

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=24)
names = texts.filter(lambda s: bool(s.strip()))
urls = st.builds(
    lambda path: f"https://example.com/{path}", st.from_regex(r"[a-z0-9/._-]{0,16}", fullmatch=True)
)
offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
aware = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=offsets
)
sizes = st.none() | st.integers(min_value=1, max_value=10_000)


def _tuple(strategy: st.SearchStrategy, max_size: int = 3) -> st.SearchStrategy:  # type: ignore[type-arg]
    return st.lists(strategy, max_size=max_size).map(tuple)


inlines = st.recursive(
    st.builds(Text, text=texts) | st.builds(Code, text=texts) | st.just(LineBreak()),
    lambda children: st.one_of(
        st.builds(Emphasis, children=_tuple(children)),
        st.builds(Strong, children=_tuple(children)),
        st.builds(Subscript, children=_tuple(children)),
        st.builds(Superscript, children=_tuple(children)),
        st.builds(InlineLink, url=urls, children=_tuple(children), title=texts),
    ),
    max_leaves=6,
)
inline_runs = _tuple(inlines, 4)
links = st.builds(Link, url=urls, title=texts)
images = st.builds(
    Image, url=urls, alt=texts, caption=inline_runs, credit=texts, width=sizes, height=sizes
)
paragraphs = st.builds(Paragraph, children=inline_runs)
cells = st.builds(
    TableCell,
    children=inline_runs,
    header=st.booleans(),
    colspan=st.integers(1, 4),
    rowspan=st.integers(1, 4),
)
blocks = st.recursive(
    st.one_of(
        paragraphs,
        st.builds(Heading, level=st.integers(1, 6), children=inline_runs),
        st.builds(PullQuote, children=inline_runs, attribution=texts),
        st.builds(Figure, image=images),
        st.builds(
            Table, rows=_tuple(st.builds(TableRow, cells=_tuple(cells))), caption=inline_runs
        ),
        st.builds(Preformatted, text=texts, language=st.sampled_from(["", "python"])),
        st.builds(Embed, provider=names, url=urls, fallback=texts),
        st.just(Rule()),
        st.builds(RelatedLinks, links=_tuple(links), label=texts),
    ),
    lambda children: st.one_of(
        st.builds(ListBlock, ordered=st.booleans(), items=_tuple(_tuple(children))),
        st.builds(Quote, children=_tuple(children), attribution=texts),
    ),
    max_leaves=8,
)
people = st.builds(Person, name=names, url=st.just("") | urls, role=st.sampled_from(Role))
evidence = st.builds(
    SourceEvidence,
    encoding=st.sampled_from(["", "utf-8", "cp1252"]),
    encoding_source=texts,
    content_source=texts,
    fields=_tuple(
        st.builds(
            FieldSource,
            field=names,
            source=names,
            disagreed=_tuple(names),
            precision=st.sampled_from(["", "date", "time"]),
            zone_assumed=st.booleans(),
        )
    ),
)
articles = st.builds(
    Article,
    headline=texts,
    url=st.just("") | urls,
    canonical_url=st.just("") | urls,
    kicker=texts,
    section=texts,
    dek=texts,
    authors=_tuple(people),
    contributors=_tuple(people),
    credit=texts,
    published=st.none() | aware,
    modified=st.none() | aware,
    dateline=texts,
    language=st.sampled_from(["", "en", "en-IN", "fr"]),
    site_name=texts,
    tags=_tuple(names),
    lead_image=st.none() | images,
    body=_tuple(blocks, 5),
    related=_tuple(links),
    evidence=evidence,
    diagnostics=_tuple(
        st.builds(Diagnostic, code=names, message=texts, severity=st.sampled_from(Severity))
    ),
)
feeds = st.builds(
    Feed,
    title=names,
    link=urls,
    id=texts,
    description=texts,
    language=st.sampled_from(["", "en"]),
    authors=_tuple(people),
    updated=st.none() | aware,
    articles=_tuple(articles, 2),
)
