from __future__ import annotations

from datetime import timedelta

from syndicate.reader.metadata.merge import PRECEDENCE, merge, strip_site_suffix
from syndicate.reader.metadata.partial import Partial
from syndicate.reader.report import Report


def test_precedence_and_provenance() -> None:
    partials = [
        Partial(source="dom", headline="Site name in a big h1", published="2021-01-01"),
        Partial(source="opengraph", headline="OG headline", site_name="Site"),
        Partial(source="jsonld", headline="LD headline", published="2021-01-02T10:00:00+01:00"),
    ]
    found = merge(partials, base_url="https://s/", default_tz=None, report=Report(strict=False))
    assert found.headline == "LD headline"
    headline = next(s for s in found.sources if s.field == "headline")
    assert headline.source == "jsonld" and headline.disagreed == ("opengraph", "dom")
    published = next(s for s in found.sources if s.field == "published")
    assert published.source == "jsonld" and published.precision == "time"


def _headline(*partials: Partial) -> tuple[str, str]:
    found = merge(
        list(partials), base_url="https://s/", default_tz=None, report=Report(strict=False)
    )
    return found.headline, next(s.source for s in found.sources if s.field == "headline")


def test_the_visible_headline_wins_over_a_declared_title_that_decorates_it() -> None:
    h1 = Partial(source="dom", headline="The 12 best espresso machines of 2025")
    og = Partial(source="opengraph", headline="The 12 best espresso machines of 2025 • Brew Mag")
    assert _headline(h1, og) == ("The 12 best espresso machines of 2025", "dom")


def test_a_declared_title_that_rewords_the_visible_one_is_kept() -> None:
    h1 = Partial(source="dom", headline="Brew Mag blog")
    seo = Partial(source="jsonld", headline="Why crema fades: a field guide")
    assert _headline(h1, seo) == ("Why crema fades: a field guide", "jsonld")
    h1 = Partial(source="dom", headline="Why crema fades Posted on July 1, 2025")
    og = Partial(source="opengraph", headline="Why crema fades")
    assert _headline(h1, og) == ("Why crema fades", "opengraph")


def test_the_pages_only_h1_wins_over_a_declared_title_that_rewords_it() -> None:
    shown = "Perfect your pour: the five best gooseneck kettles"
    h1 = Partial(source="dom", headline=shown, sole_heading=shown)
    og = Partial(source="opengraph", headline="5 Best Gooseneck Kettles (2025 Tested)")
    assert _headline(h1, og) == (shown, "dom")
    masthead = Partial(source="dom", headline="Brew Mag Daily", sole_heading="Brew Mag Daily")
    assert _headline(masthead, og)[1] == "opengraph"  # shares no word with the declared title
    label = Partial(source="dom", headline="Gooseneck guides", sole_heading="Gooseneck guides")
    assert _headline(label, og)[1] == "opengraph"  # a section label, not a headline
    rule = Partial(source="siterule", headline="5 Best Gooseneck Kettles")
    assert _headline(h1, rule) == ("5 Best Gooseneck Kettles", "siterule")
    same = Partial(source="dom", headline="5 Best Gooseneck Kettles (2025 Tested)")
    same.sole_heading = same.headline
    assert _headline(same, og)[1] == "opengraph"  # the same words: the source stays
    dated = "Dec 18 2025 5 Best Gooseneck Kettles (2025 Tested)"
    cluttered = Partial(source="dom", headline=dated, sole_heading=dated)
    assert _headline(cluttered, og)[1] == "opengraph"  # a date line run into the heading
    guide = "Buying Guide: 5 Best Gooseneck Kettles (2025 Tested)"
    labelled_h1 = Partial(source="dom", headline=guide, sole_heading=guide)
    assert _headline(labelled_h1, og)[1] == "opengraph"  # a label before the declared title
    escaped = "5 Best Gooseneck Kettles &#x26; Scales (2025 Tested)"
    twice = Partial(source="dom", headline=escaped, sole_heading=escaped)
    scales = Partial(source="opengraph", headline="5 Best Gooseneck Kettles & Scales (2025 Tested)")
    assert _headline(twice, scales)[1] == "opengraph"  # escaped twice, still the same words
    labelled = "Perfect your pour: the five best gooseneck kettles | Opinion"
    opinion = Partial(source="dom", headline=labelled, sole_heading=labelled)
    assert _headline(opinion, og) == (shown, "dom")  # the h1 loses its label like any title


def test_a_heading_with_characters_lost_to_question_marks_is_not_the_headline() -> None:
    og = Partial(source="opengraph", headline="Event Planning: A Beginner's Guide")
    broken = "Event Planning? A Beginner? Guide"
    h1 = Partial(source="dom", headline=broken, sole_heading=broken)
    assert _headline(h1, og) == ("Event Planning: A Beginner's Guide", "opengraph")
    asked = "Is event planning hard? A beginner's guide"
    h1 = Partial(source="dom", headline=asked, sole_heading=asked)
    assert _headline(h1, og)[1] == "dom"  # a real question mark, other words


def test_markdown_emphasis_and_an_aggregators_source_note_leave_the_title() -> None:
    og = Partial(source="opengraph", headline="*A Treatise on Coffee* (1792)")
    assert _headline(og) == ("A Treatise on Coffee (1792)", "opengraph")
    code = Partial(source="opengraph", headline="Use *args and **kwargs in Python")
    assert _headline(code)[0] == "Use *args and **kwargs in Python"
    linked = Partial(source="title", headline="Grads find degrees no longer pay (latimes.com)")
    assert _headline(linked)[0] == "Grads find degrees no longer pay"
    assert _headline(Partial(source="title", headline="Why we moved (part 2)"))[0].endswith(
        "(part 2)"
    )


def test_the_part_of_a_title_the_page_shows_as_a_heading_is_the_headline() -> None:
    og = Partial(source="opengraph", headline="Defer, Panic, and Recover - The Go Language")
    dom = Partial(
        source="dom", headline="The Go Blog", headings=["The Go Blog", "Defer, Panic, and Recover"]
    )
    assert _headline(og, dom) == ("Defer, Panic, and Recover", "opengraph")
    short = Partial(source="title", headline="Webcams - Yosemite National Park")
    assert _headline(short, Partial(source="dom", headings=["Webcams"]))[0] == short.headline
    about = Partial(source="title", headline="About - State of AI newsletter")
    shown = Partial(source="dom", headings=["State of AI newsletter"])
    assert _headline(about, shown)[0] == about.headline  # only the first part, the headline's


def test_a_summary_set_as_the_only_h1_is_not_the_headline() -> None:
    og = Partial(source="opengraph", headline="The 10 Best Home Improvement ROI Projects")
    summary = (
        "Learn which home renovations have the best ROI? Get expert tips on how to calculate"
        " home improvement ROI and what your renovation project may be worth."
    )
    h1 = Partial(source="dom", headline=summary, sole_heading=summary)
    assert _headline(h1, og)[1] == "opengraph"


def test_a_headline_cut_at_a_length_limit_is_made_whole() -> None:
    whole = (
        "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers"
        " Find Solutions (Including One Universal Trick That 9/10 Works)"
    )
    cut = Partial(source="jsonld", headline=whole[:107].rstrip())
    og = Partial(source="opengraph", headline=whole)
    assert _headline(cut, og)[0] == whole
    short = Partial(source="jsonld", headline="Best Travel Insurance for Seniors")
    longer = Partial(source="opengraph", headline="Best Travel Insurance for Seniors in 2025")
    assert _headline(short, longer)[0] == "Best Travel Insurance for Seniors"  # not cut


def test_the_visible_headline_is_the_declared_one_without_what_decorates_its_ends() -> None:
    og = Partial(source="opengraph", headline="How we broke into Vercel, Discord and others")
    word = Partial(source="dom", headline="Discord")
    assert _headline(word, og)[1] == "opengraph"  # a word from its middle is not the headline
    site = Partial(source="opengraph", headline="Vercel outage explained • Infra Weekly")
    shown = Partial(source="dom", headline="Vercel outage explained")
    assert _headline(shown, site) == ("Vercel outage explained", "dom")


def test_character_references_escaped_twice_are_decoded() -> None:
    og = Partial(source="opengraph", headline="Tips &#8211; tricks &amp; more", dek="It&#8217;s")
    found = merge([og], base_url="", default_tz=None, report=Report(strict=False))
    assert (found.headline, found.dek) == ("Tips – tricks & more", "It’s")


def test_unusable_values_fall_through_to_the_next_source() -> None:
    partials = [
        Partial(source="jsonld", published="sometime", canonical_url="javascript:x"),
        Partial(source="opengraph", published="2021-01-02T10:00:00Z", canonical_url="/canon"),
    ]
    found = merge(partials, base_url="https://s/a", default_tz=None, report=Report(strict=False))
    assert found.published is not None and found.published.day == 2
    assert found.canonical_url == "https://s/canon"


def test_site_suffix_is_removed_only_when_it_names_the_site() -> None:
    assert strip_site_suffix("Big news | Daily Planet", "Daily Planet", "") == "Big news"
    assert strip_site_suffix("Daily Planet - Big news", "Daily Planet", "") == "Big news"
    assert strip_site_suffix("Big news - theprint.in", "", "https://theprint.in/x") == "Big news"
    assert strip_site_suffix("Left - right: a story", "Daily Planet", "") == "Left - right: a story"
    assert strip_site_suffix("Big news • Daily Planet", "Daily Planet", "") == "Big news"
    assert strip_site_suffix("大新闻｜每日星球", "每日星球", "") == "大新闻"


def test_a_short_last_label_after_a_bar_is_not_part_of_the_headline() -> None:
    assert strip_site_suffix("How meditation rewires brains | Opinion", "", "") == (
        "How meditation rewires brains"
    )
    assert strip_site_suffix("Top trends | Blog | Encore Realty", "", "") == "Top trends | Blog"
    assert strip_site_suffix("Cats | Dogs", "", "") == "Cats | Dogs"


def test_every_field_has_a_precedence_row() -> None:
    assert set(PRECEDENCE) >= {"headline", "authors", "published", "modified", "dek", "image"}


def test_one_outlier_source_loses_to_agreement() -> None:
    partials = [
        Partial(
            source="jsonld",
            headline="matrix equal to its conjugate-transpose",
            alt_headline="Hermitian matrix",
        ),
        Partial(source="title", headline="Hermitian matrix - Wikipedia"),
        Partial(source="dom", headline="Hermitian matrix"),
    ]
    found = merge(
        partials,
        base_url="https://en.wikipedia.org/wiki/X",
        default_tz=None,
        report=Report(strict=False),
    )
    assert found.headline == "Hermitian matrix"


def test_agency_author_is_a_credit_and_the_byline_still_counts() -> None:
    partials = [
        Partial(source="jsonld", authors=[("AFP", "")]),
        Partial(source="dom", authors=[("By Jane Doe", "")]),
    ]
    found = merge(partials, base_url="", default_tz=None, report=Report(strict=False))
    assert [p.name for p in found.authors] == ["Jane Doe"] and found.credits == ("AFP",)


def test_a_page_dated_only_by_its_update_is_published_then_and_says_so() -> None:
    report = Report(strict=False)
    partials = [Partial(source="visible", modified="2025-12-04")]
    found = merge(partials, base_url="", default_tz=None, report=report)
    assert found.published == found.modified and found.published is not None
    published = next(s for s in found.sources if s.field == "published")
    assert published.source == "modified" and published.precision == "date"
    assert any(d.code == "published-from-modified" for d in report.items)


def test_a_cms_timestamp_alone_does_not_date_the_page() -> None:
    for source in ("opengraph", "meta"):
        report = Report(strict=False)
        partials = [Partial(source=source, modified="2026-01-16T00:00:35-05:00")]
        found = merge(partials, base_url="", default_tz=None, report=report)
        assert found.published is None and found.modified is not None, source
        assert not any(d.code == "published-from-modified" for d in report.items)
    shown = [Partial(source="opengraph", modified="2026-01-16"), Partial(source="dateline")]
    shown[1].modified = "2026-01-16"
    found = merge(shown, base_url="", default_tz=None, report=Report(strict=False))
    assert found.published == found.modified  # the page shows its readers the update too


def test_control_characters_from_json_strings_are_removed() -> None:
    ld = Partial(
        source="jsonld",
        headline="Head \x1b[31mline",
        dek="Dek \x9b2J",
        authors=[("Ann \x1bLee", "")],
    )
    found = merge([ld], base_url="", default_tz=None, report=Report(strict=False))
    assert (found.headline, found.dek) == ("Head [31mline", "Dek ›2J")
    assert [p.name for p in found.authors] == ["Ann Lee"]


def test_a_day_shown_well_before_the_declared_one_is_the_publication_day() -> None:
    def published(shown: str) -> tuple[str, str, list[str]]:
        report = Report(strict=False)
        partials = [
            Partial(source="jsonld", published="2025-12-01T09:00:00+00:00"),
            Partial(source="dateline", published=shown),
        ]
        found = merge(partials, base_url="", default_tz=None, report=report)
        assert found.published is not None
        source = next(s.source for s in found.sources if s.field == "published")
        return found.published.date().isoformat(), source, [d.code for d in report.items]

    assert published("2000-04-24") == ("2000-04-24", "dateline", ["published-as-shown"])
    assert published("2025-11-28") == ("2025-12-01", "jsonld", [])  # a zone or a schedule
    assert published("2025-12-20") == ("2025-12-01", "jsonld", [])  # later: an update shown


def test_a_utc_time_is_written_in_the_offset_the_page_gives_for_the_same_moment() -> None:
    partials = [
        Partial(source="opengraph", published="2025-12-19T03:05:00+00:00"),
        Partial(source="dom", published="2025-12-18T19:05:00-08:00"),
    ]
    found = merge(partials, base_url="", default_tz=None, report=Report(strict=False))
    assert found.published is not None
    assert found.published.isoformat() == "2025-12-18T19:05:00-08:00"  # the same moment
    published = next(s for s in found.sources if s.field == "published")
    assert published.source == "opengraph" and published.disagreed == ()
    later = [partials[0], Partial(source="dom", published="2025-12-19T09:05:00-08:00")]
    found = merge(later, base_url="", default_tz=None, report=Report(strict=False))
    assert found.published is not None and found.published.utcoffset() == timedelta(0)
