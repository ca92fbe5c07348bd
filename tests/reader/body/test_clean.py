"""The cleaning rules of ``clean.py`` one at a time, on small trees: what goes as junk or
boilerplate, what stays, and the repeats a layout or a quotation makes."""

from __future__ import annotations

import syndicate
from syndicate.reader.body.clean import (
    drop_boilerplate,
    drop_junk,
    drop_repeats,
    is_hidden,
    signal_attrs,
)
from syndicate.reader.dom import Element, parse, text_of

LONG = "This sentence is part of the story, and it goes on for a while. " * 8
STORY = "".join(f"<p>{LONG}</p>" for _ in range(5))  # enough prose to hold a whole article
SUMMARY = "A summary of the story that runs well past sixty characters of text."
LINE = "The bridge opens to walkers in May."


def body(html: str) -> Element:
    root = parse(f"<body>{html}</body>").find("body")
    assert root is not None
    return root


def junk_cleaned(html: str) -> str:
    root = body(html)
    drop_junk(root)
    return text_of(root)


def boilerplate_cleaned(html: str) -> str:
    root = body(html)
    drop_boilerplate(root)
    return text_of(root)


def repeats_dropped(html: str) -> list[str]:
    """The text of each leaf block left after ``drop_repeats`` (an emptied wrapper aside)."""
    root = body(html)
    drop_repeats([root], lambda: False)
    leaves = (
        " ".join(el.text_content().split())
        for el in root.iter("p", "div", "td", "pre")
        if next(el.iterdescendants("p", "div", "td", "pre"), None) is None
    )
    return [text for text in leaves if text]


def test_aria_hidden_hides_an_icon_but_not_a_link() -> None:
    root = body(
        "<a aria-hidden='true' href='/story'>Read the story</a><span aria-hidden='true'>icon</span>"
        "<a hidden href='/gone'>gone</a>"
    )
    link, icon, hidden_link = root.iter("a", "span")
    assert not is_hidden(link)  # a card's duplicate link, kept out of the accessibility tree
    assert is_hidden(icon) and is_hidden(hidden_link)
    drop_junk(root)
    assert text_of(root) == "Read the story"


def test_a_form_to_fill_in_goes_even_with_prose() -> None:
    typed = "".join(f"<input name='f{i}'>" for i in range(6)) + "<select></select>" * 3
    typed += "<textarea></textarea>" * 2 + "<input type='email'>"  # 12 typed fields
    assert "story" not in junk_cleaned(f"<form>{typed}{STORY}</form><p>kept</p>")
    assert "story" not in junk_cleaned(f"<form><div>{typed}</div>{STORY}</form>")


def test_a_form_wrapping_a_page_stays() -> None:
    untyped = "".join(
        f"<input type='{kind}'>"
        for kind in ("hidden", "checkbox", "radio", "submit", "button", "image", "reset")
    )
    typed = "".join(f"<input name='f{i}'>" for i in range(11))
    wrapped = junk_cleaned(f"<form id='aspnetForm'>{typed}{untyped * 3}{STORY}</form>")
    assert LONG.strip() in wrapped  # eleven typed fields and buttons: a page in a form
    assert junk_cleaned(f"<form>{typed}<p>Short.</p></form><p>kept</p>") == "kept"


def test_a_negated_class_word_says_nothing() -> None:
    def words(classes: str) -> str:
        return signal_attrs(body(f"<div class='{classes}'>x</div>").find("div"))

    assert words("hide-read-more-ad grid") == "grid"
    assert words("no-sidebar content") == "content"
    assert words("without-comments disabled_share") == ""
    assert words("sidebar nothing") == "sidebar nothing"  # "no" only as a prefix word
    text = boilerplate_cleaned(
        "<div class='hide-read-more-ad grid'><p>The council met.</p></div>"
        "<div class='no-sidebar'><p>It voted.</p></div>"
        "<div class='read-more-ad'><p>An ad.</p></div><div class='sidebar'><p>Side.</p></div>"
    )
    assert text == "The council met.It voted."


def test_a_section_anchor_is_not_a_class_word() -> None:
    section = (
        "<div class='section' id='sharing-with-a-single-developer'>"
        "<h2>Sharing with a single developer¶</h2>"
        "<p>Push drafts between your own clones.</p></div>"
    )
    kept = boilerplate_cleaned(section + "<h2 id='related-work'>Related work</h2><p>Prior art.</p>")
    assert "Push drafts" in kept  # the id spells the heading: a documentation anchor
    markdown = boilerplate_cleaned(
        "<h2 id='sharing-your-first-draft'>Sharing your first draft</h2>"
    )
    assert markdown == "Sharing your first draft"  # a heading's own anchor
    assert "Related work" not in kept  # two words: a component's name as much as an anchor
    named = "<div id='share-this-story-now'><h3>Share this story</h3><p>Facebook</p></div>"
    assert boilerplate_cleaned(named + "<p>kept</p>") == "kept"  # words differ from the heading
    chrome = "<div class='social-share' id='sharing-with-a-single-developer'>"
    assert "Push" not in boilerplate_cleaned(
        chrome + "<h2>Sharing with a single developer</h2><p>Push</p></div>"
    )


def test_a_teaser_card_header_stays() -> None:
    card = (
        f"<article><header><h2><a href='/a'>Headline of the teaser</a></h2><p>{SUMMARY}</p>"
        "</header><a href='/a'>More</a></article>"
    )
    assert SUMMARY in boilerplate_cleaned(card)


def test_a_header_that_is_not_a_teaser_card_still_goes() -> None:
    headline_only = (
        "<article><header><h2>A headline long enough to be most of the card's text, and more"
        "</h2></header><p>Short.</p></article>"
    )
    assert boilerplate_cleaned(headline_only) == "Short."
    short_summary = "<article><header><h2>Headline</h2><p>Short summary.</p></header></article>"
    assert boilerplate_cleaned(short_summary) == ""
    over_a_story = (  # the header of an article, not the whole of a card
        f"<article><header><h2>Headline</h2><p>{SUMMARY}</p></header><p>{LONG}</p></article>"
    )
    assert SUMMARY not in boilerplate_cleaned(over_a_story)
    outside = f"<div><header><h2>Headline</h2><p>{SUMMARY}</p></header></div>"
    assert boilerplate_cleaned(outside) == ""


def test_a_text_repeated_for_another_screen_size_is_kept_once() -> None:
    for earlier, later in (
        ("d-none d-md-block", "d-md-none"),
        ("mobile-only", ""),
        ("", "slick-slide slick-cloned"),
        ("hide-desktop", "col"),
    ):
        html = f"<div class='{earlier}'><p>{LINE}</p></div><div class='{later}'><p>{LINE}</p></div>"
        assert repeats_dropped(html) == [LINE], (earlier, later)


def test_the_authors_own_repeats_stay() -> None:
    assert repeats_dropped(f"<p>{LINE}</p><p>{LINE}</p>") == [LINE, LINE]
    modifier = f"<div class='columns is-mobile'><p>{LINE}</p></div><p>{LINE}</p>"
    assert repeats_dropped(modifier) == [LINE, LINE]  # Bulma's layout modifier, not a copy
    assert repeats_dropped("<div class='d-none'><p>Word</p></div><p>Word</p>") == ["Word", "Word"]
    data = (
        f"<div class='d-none'><table><tr><td>{LINE}</td></tr></table><pre>{LINE}</pre></div>"
        f"<table><tr><td>{LINE}</td></tr></table><pre>{LINE}</pre>"
    )
    assert repeats_dropped(data) == [LINE] * 4  # tables and code are data


def test_a_quoted_post_left_with_its_chrome_goes_whole() -> None:
    html = (
        f"<p>{LINE}</p><blockquote><div>Ann said:</div><p>{LINE}</p>"
        "<div>Click to expand...</div></blockquote><p>I agree with that entirely.</p>"
    )
    assert repeats_dropped(html) == [LINE, "I agree with that entirely."]


def test_a_quotation_with_words_of_its_own_keeps_them() -> None:
    own = "And I would add that the path along the river should be lit at night for everyone."
    html = f"<p>{LINE}</p><blockquote><p>{LINE}</p><p>{own}</p></blockquote>"
    assert repeats_dropped(html) == [LINE, own]
    quoted_first = f"<blockquote><p>{LINE}</p></blockquote><p>{LINE}</p>"
    assert repeats_dropped(quoted_first) == [LINE, LINE]  # the later copy is not the quote


def test_looking_for_repeats_stops_when_time_is_up() -> None:
    filler = "<span>x</span>" * 300
    root = body(f"<div class='mobile-only'><p>{LINE}</p></div>{filler}<p>{LINE}</p>")
    drop_repeats([root], lambda: True)
    assert text_of(root).count(LINE) == 2


def test_a_reader_sees_a_quoted_post_once() -> None:
    post = "".join(f"<p>{LINE} It is the {i}th time the council said so.</p>" for i in range(6))
    reply = "<p>Good news for everyone who walks along the river in the evening, at last.</p>"
    html = (
        f"<html><body><article><div class='post'>{post}</div><div class='post'><blockquote>"
        f"<div>Ann said:</div>{post}<div>Click to expand...</div></blockquote>{reply}</div>"
        "</article></body></html>"
    )
    text = syndicate.read(html).body_text
    assert text.count("5th time") == 1 and "Ann said" not in text and "at last." in text


def test_the_node_read_is_not_its_own_layout_copy() -> None:
    root = body(f"<div class='mobile-only'><p>{LINE}</p><p>{LINE}</p></div>")
    wrapper = root.find("div")
    assert wrapper is not None
    drop_repeats([wrapper], lambda: False)  # the copy marked is the whole node: both stay
    assert text_of(root).count(LINE) == 2
    drop_repeats([root], lambda: False)  # from the body, the marked copy is inside
    assert text_of(root).count(LINE) == 1
