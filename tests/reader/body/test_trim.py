from __future__ import annotations

import pytest

from syndicate.content import Block, Heading, InlineLink, Paragraph, Text, block_text
from syndicate.reader.body.trim import trim

PROSE = "The story goes on with a long paragraph of its own words, well past a teaser. " * 3


def para(text: str) -> Paragraph:
    return Paragraph(children=(Text(text=text),))


def link(title: str, url: str) -> Paragraph:
    return Paragraph(children=(InlineLink(url=url, children=(Text(text=title),)),))


def texts(blocks: list[Block]) -> list[str]:
    return [block_text((b,)) for b in blocks]


def test_a_trailing_related_rail_is_cut_and_its_links_kept() -> None:
    blocks: list[Block] = [
        para(PROSE),
        para(PROSE),
        Heading(level=2, children=(Text(text="Related articles"),)),
        link("Another story", "https://example.com/a"),
        para("A short teaser."),
        link("Third story", "https://example.com/b"),
    ]
    body, related = trim(blocks)
    assert texts(body) == [PROSE.strip(), PROSE.strip()]
    assert [r.url for r in related] == ["https://example.com/a", "https://example.com/b"]


def test_a_rail_heading_followed_by_more_article_is_not_a_rail() -> None:
    blocks: list[Block] = [
        para(PROSE),
        Heading(level=2, children=(Text(text="Comments"),)),
        para(PROSE + " It is the article's own section on comments."),
    ]
    body, related = trim(blocks)
    assert len(body) == 3 and related == []


def test_a_rail_heading_above_more_text_than_the_body_is_not_a_rail() -> None:
    specs = [para(f"Capacity {n} litres, weight {n} kg, steel body and lid") for n in range(20)]
    blocks: list[Block] = [
        para(PROSE),
        para(PROSE),
        Heading(level=2, children=(Text(text="You may also like"),)),
    ]
    body, related = trim([*blocks, *specs])
    assert len(body) == 23 and not related  # the product's details go on below it
    body, _ = trim([*blocks, *specs[:3]])
    assert len(body) == 2  # a short rail after the body is cut
    feed = [
        link(f"Sponsored teaser headline number {n}", f"https://ads.example/{n}") for n in range(30)
    ]
    body, _ = trim([*blocks, *feed])
    assert len(body) == 2  # a long feed of teaser links is a rail too


@pytest.mark.parametrize(
    "heading",
    [
        "Other Posts You May Enjoy",
        "Recipes you'll love",
        "Stories you may have missed",
        "Articles that you might also like",
        "You might also enjoy these",
    ],
)
def test_a_rail_heading_naming_what_the_reader_may_like_is_cut(heading: str) -> None:
    blocks: list[Block] = [
        para(PROSE),
        para(PROSE),
        Heading(level=2, children=(Text(text=heading),)),
    ]
    body, related = trim([*blocks, link("Another story", "https://example.com/a")])
    assert texts(body) == [PROSE.strip(), PROSE.strip()]
    assert [r.url for r in related] == ["https://example.com/a"]


@pytest.mark.parametrize("heading", ["Why you'll love this recipe", "What you may not know"])
def test_a_heading_addressing_the_reader_is_not_a_rail(heading: str) -> None:
    blocks: list[Block] = [
        para(PROSE),
        para(PROSE),  # enough text above for a rail heading to cut (see the test above)
        Heading(level=2, children=(Text(text=heading),)),
    ]
    body, related = trim([*blocks, link("A source", "https://example.com/a")])
    assert len(body) == 4 and not related


def test_an_about_the_author_rail_is_cut_without_related_links() -> None:
    blocks: list[Block] = [para(PROSE), para(PROSE)]
    blocks.append(Heading(level=3, children=(Text(text="About the author"),)))
    blocks.append(para("Jane writes about things."))
    body, related = trim(blocks)
    assert texts(body) == [PROSE.strip(), PROSE.strip()] and related == []


def test_metadata_lines_before_the_first_paragraph_go() -> None:
    blocks: list[Block] = [
        para("September 4, 2025"),
        para("Jane Doe"),
        para("Updated: 10/31/2024"),
        para("5 min read"),
        para("Share"),
        Heading(level=2, children=(Text(text="Why it matters"),)),
        para(PROSE),
        para("March 3, 2024"),  # after the first paragraph: the article's own words
    ]
    body, _ = trim(blocks, authors=("Jane Doe",))
    assert texts(body) == ["Why it matters", PROSE.strip(), "March 3, 2024"]


@pytest.mark.parametrize(
    "line",
    ["Sign up for our newsletter!", "Follow us on Facebook", "Join our mailing list", "Log in"],
)
def test_a_newsletter_follow_or_log_in_line_goes(line: str) -> None:
    body, _ = trim([para(PROSE), link(line, "https://example.com/join"), para(PROSE)])
    assert texts(body) == [PROSE.strip(), PROSE.strip()]


def test_calls_to_action_and_short_repeats_go_but_long_repeats_stay() -> None:
    blocks: list[Block] = [
        para(PROSE),
        link("Learn more", "https://example.com/more"),
        para("Shop the X5 Pro now"),
        Heading(level=2, children=(Text(text="Go above and beyond"),)),
        Heading(level=2, children=(Text(text="Go above and beyond"),)),
        para(PROSE),
        para(PROSE),
        para("Best"),
        para("Best"),
    ]
    body, _ = trim(blocks)
    assert texts(body) == [
        PROSE.strip(),
        "Go above and beyond",
        PROSE.strip(),
        PROSE.strip(),
        "Best",
        "Best",
    ]


def test_boxes_of_links_and_tables_of_contents_inside_the_article_go() -> None:
    from syndicate.content import ListBlock

    toc = ListBlock(ordered=False, items=((link("Intro", "https://e.com/#intro"),),))
    box = ListBlock(
        ordered=False,
        items=((link("A guide", "https://e.com/a"),), (link("Another guide", "https://e.com/b"),)),
    )
    blocks: list[Block] = [
        para("Table of contents"),
        toc,
        para(PROSE),
        para("More on travel insurance:"),
        box,
        para(PROSE),
        para("Posted on"),
        para("Nov 21, 2018"),
        para(PROSE),
    ]
    body, related = trim(blocks)
    assert texts(body) == [PROSE.strip()] * 3
    assert [r.url for r in related] == ["https://e.com/a", "https://e.com/b"]


def test_counts_and_trailing_copyright_lines_go() -> None:
    blocks: list[Block] = [
        para(PROSE),
        para("2192 Shares"),
        para(PROSE),
        *(
            para(label)
            for label in ("Total Shares", "Shares", "Tweet 0", "Pin it 12", "Share 1.2K")
        ),
        para("© Copyright 2004-2025 Example Ltd. All Rights Reserved."),
    ]
    body, _ = trim(blocks)
    assert texts(body) == [PROSE.strip(), PROSE.strip()]


def test_a_live_blog_keeps_its_timestamps() -> None:
    blocks: list[Block] = []
    for minute in range(4):
        blocks += [para(f"10:0{minute}"), para(PROSE + f" entry {minute}")]
    body, _ = trim(blocks)
    assert texts(body)[0] == "10:00" and len(body) == 8


def test_documentation_page_chrome_goes() -> None:
    blocks: list[Block] = [
        para(PROSE),
        para(PROSE),
        link("Next", "https://docs.example/next"),
        Heading(level=2, children=(Text(text="Was this page helpful?"),)),
        para("Thanks for the feedback."),
    ]
    body, _ = trim(blocks)
    assert texts(body) == [PROSE.strip(), PROSE.strip()]


def test_a_comment_thread_is_cut_though_its_comments_are_prose() -> None:
    comment = "I read this twice and still think the author is wrong about the river path. " * 3
    for heading in ("124 Reader Comments", "3 thoughts on “Why the river path matters”"):
        blocks: list[Block] = [para(PROSE), para(PROSE)]
        blocks += [Heading(level=2, children=(Text(text=heading),)), para(comment), para(comment)]
        body, _ = trim(blocks)
        assert texts(body) == [PROSE.strip(), PROSE.strip()], heading


def test_the_reply_form_under_a_thread_does_not_make_a_second_thread() -> None:
    comment = "I read this twice and still think the author is wrong about the river path. " * 3
    blocks: list[Block] = [para(PROSE), para(PROSE)]
    blocks += [Heading(level=3, children=(Text(text="109 Comments"),)), para(comment)]
    blocks += [Heading(level=3, children=(Text(text="Leave a Reply"),)), para(comment)]
    body, _ = trim(blocks)
    assert texts(body) == [PROSE.strip(), PROSE.strip()]


def test_an_invitation_under_every_post_is_left_alone() -> None:
    answer = "You can await the task directly; the event loop runs it in the meantime. " * 3
    blocks: list[Block] = [para(PROSE), para(PROSE)]
    for _ in range(3):
        blocks += [para(answer), Heading(level=4, children=(Text(text="Add a comment"),))]
    blocks.append(para(answer))
    body, _ = trim(blocks)
    assert len(body) == len(blocks)


def test_per_answer_comment_headings_are_left_alone() -> None:
    answer = "You can await the task directly; the event loop runs it in the meantime. " * 3
    blocks: list[Block] = [para(PROSE), para(PROSE)]
    for count in (2, 5):
        blocks += [para(answer), Heading(level=3, children=(Text(text=f"{count} Comments"),))]
        blocks.append(para("Thanks, that fixed it for me."))
    blocks.append(para(answer))
    body, _ = trim(blocks)
    assert len(body) == len(blocks)


def test_the_author_box_that_ends_the_body_goes() -> None:
    bio = "Irene is a writer with five years of experience covering phones and smart homes."
    blocks: list[Block] = [para(PROSE), para(PROSE), para(PROSE)]
    boxed = [
        *blocks,
        para("By"),
        para("Irene Okpanachi Author"),
        para(bio),
        para("View author page"),
    ]
    body, _ = trim(boxed, authors=("Irene Okpanachi",))
    assert texts(body) == [PROSE.strip()] * 3
    named = [*blocks, para("Irene Okpanachi"), para(PROSE)]  # the name, then more of the article
    assert len(trim(named, authors=("Irene Okpanachi",))[0]) == len(named)
    assert len(trim(boxed)[0]) > 3  # no author known: nothing to recognise the box by
    german = [*blocks, para("Autorin"), para("Irene Okpanachi"), para(bio)]
    assert texts(trim(german, authors=("Irene Okpanachi",))[0]) == [PROSE.strip()] * 3


def test_interface_labels_alone_are_calls_to_action() -> None:
    labels = ["Click to expand...", "Click to collapse", "Sort by", "Filters", "Loading..."]
    body, _ = trim([para(PROSE), *(para(label) for label in labels), para(PROSE)])
    assert texts(body) == [PROSE.strip(), PROSE.strip()]
    sentences = ["Sort by date", "Filters on the water pipes", "Loading bay", "Click to expand it"]
    body, _ = trim([para(PROSE), *(para(s) for s in sentences), para(PROSE)])
    assert texts(body)[1:-1] == sentences  # the words in a line of the article's own
    heading = Heading(level=3, children=(Text(text="Filters"),))
    assert len(trim([para(PROSE), heading, para(PROSE)])[0]) == 3


def test_comment_threads_rails_and_labels_in_other_languages() -> None:
    comment = "Ich habe das zweimal gelesen und finde den Weg am Fluss trotzdem falsch. " * 3
    for heading in (
        "12 Kommentare",
        "Schreibe einen Kommentar",
        "コメント（3）",
        "15 комментариев",
    ):
        blocks: list[Block] = [para(PROSE), para(PROSE)]
        blocks += [Heading(level=2, children=(Text(text=heading),)), para(comment), para(comment)]
        assert texts(trim(blocks)[0]) == [PROSE.strip(), PROSE.strip()], heading
    teasers = [link(f"Teaser {n}", f"https://news.example/{n}") for n in range(4)]
    for heading in ("Czytaj także", "Lesen Sie auch", "関連記事", "Baca juga"):
        rail = [para(PROSE), Heading(level=2, children=(Text(text=heading),)), *teasers]
        assert texts(trim(rail)[0]) == [PROSE.strip()], heading
    labels = ["Weiterlesen", "Partager", "Anzeige", "Udostępnij", "続きを読む"]
    body, _ = trim([para(PROSE), *(para(label) for label in labels), para(PROSE)])
    assert texts(body) == [PROSE.strip(), PROSE.strip()]


def test_a_metadata_line_below_the_standfirst_is_still_before_the_prose() -> None:
    standfirst = (
        "A standfirst long enough to read as prose, which the page also declares as its dek."
    )
    blocks: list[Block] = [para(standfirst), para("March 3, 2024"), para(PROSE)]
    body, _ = trim(blocks, dek=standfirst)
    assert texts(body) == [standfirst, PROSE.strip()]
    body, _ = trim(blocks)  # without the dek it is the article's first paragraph
    assert len(body) == 3
