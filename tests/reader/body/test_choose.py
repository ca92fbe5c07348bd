"""Candidates compared by the page's prose, through the public reader."""

from __future__ import annotations

import json

import syndicate

PARA = "The council voted on Tuesday to widen the river path, after a long and heated debate. "


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>T</title>{head}</head><body>{body}</body></html>"


def paragraphs(n: int, tag: str = "p", word: str = "part") -> str:
    return "".join(f"<{tag}>{word} {i}: {PARA * 2}{word} {i}.</{tag}>" for i in range(n))


def test_page_builder_markup_is_content_not_widgets() -> None:
    widget = (
        "<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
        f"<div class='elementor-widget-container'>{paragraphs(5)}</div></div>"
    )
    share = (
        "<div class='elementor-widget elementor-widget-share-buttons'>"
        "<div class='elementor-widget-container'>Share on Facebook</div></div>"
    )
    html = page(f"<div class='elementor-section-wrap'>{widget}{share}</div>")
    article = syndicate.read(html)
    assert "part 4." in article.body_text
    assert "Share on Facebook" not in article.body_text


def test_a_tiny_trusted_container_grows_over_the_sibling_sections() -> None:
    sections = "".join(
        f"<section class='chapter'>{paragraphs(3, word=f's{i}')}</section>" for i in range(4)
    )
    html = page(
        f"<main><div class='story'><article><p>{PARA * 3}</p></article>{sections}</div></main>"
    )
    article = syndicate.read(html)
    assert "s3 2." in article.body_text and "s0 0." in article.body_text
    assert "held" in article.evidence.content_source


def test_an_article_nested_in_an_unclosed_nav_is_kept() -> None:
    html = page(f"<nav><a href='/'>Home</a><a href='/news'>News</a><main>{paragraphs(6)}</main>")
    article = syndicate.read(html)
    assert "part 5." in article.body_text and not article.diagnostics
    long_one = syndicate.read(page(f"<nav><a href='/'>Home</a><main>{paragraphs(12)}</main>"))
    assert "part 11." in long_one.body_text and long_one.evidence.content_source == "tag:main"


def test_an_article_nested_in_an_unclosed_button_is_kept() -> None:
    # A menu button whose inner <div>s are left open: libxml2 nests the page in the button.
    menu = "<button aria-label='Main menu'><div><div></button><a href='/'>Home</a>"
    article = syndicate.read(page(f"{menu}<div><div>{paragraphs(8)}</div></div>"))
    assert "part 7." in article.body_text and not article.diagnostics
    small = syndicate.read(page(f"<button>Menu<p>{PARA}</p></button>{paragraphs(8)}"))
    assert "part 7." in small.body_text and "Menu" not in small.body_text


def test_a_hidden_streaming_container_holding_the_article_is_kept() -> None:
    html = page(f"<div hidden id='S:0'><article>{paragraphs(6)}</article></div><p hidden>gone</p>")
    article = syndicate.read(html)
    assert "part 5." in article.body_text and "gone" not in article.body_text


def test_an_article_inside_a_share_block_is_rescued() -> None:
    html = page(f"<div class='share-button'><div class='fb-like'>{paragraphs(6)}</div></div>")
    article = syndicate.read(html)
    assert "part 5." in article.body_text
    assert article.evidence.content_source == "prose:rescued"


def test_json_ld_article_body_wins_over_a_teaser() -> None:
    full = "\n".join(f"{PARA * 2}line {i}." for i in range(8))
    data = {"@type": "NewsArticle", "headline": "River path", "articleBody": full}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    html = page(
        f"<article><p>{PARA}</p><div class='paywall'>Subscribe to read</div></article>", head
    )
    article = syndicate.read(html)
    assert article.evidence.content_source == "jsonld:articleBody"
    assert "line 7." in article.body_text and len(article.body) == 8


def test_json_ld_markup_body_is_cleaned() -> None:
    full = "".join(f"<p>{PARA * 2}line {i}.</p>" for i in range(4)) + "<script>alert(1)</script>"
    data = {"@type": "Article", "articleBody": full}
    escaped = json.dumps(data).replace("</", "<\\/")  # as pages escape it inside <script>
    head = f"<script type='application/ld+json'>{escaped}</script>"
    article = syndicate.read(page("<p>Teaser.</p>", head))
    assert "line 3." in article.body_text and "alert" not in article.body_text


def test_a_page_without_prose_still_gives_its_text() -> None:
    article = syndicate.read(
        page("<div><p>Opening hours: 9 to 5.</p><p>Closed on Sundays.</p></div>")
    )
    assert "Closed on Sundays." in article.body_text


def test_a_declared_thread_is_read_whole_not_one_post() -> None:
    data = {"@type": "QAPage", "name": "How to book flights?"}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    posts = "".join(
        f"<div class='answer'><div class='votes'>{i}</div><div class='post-body'>"
        f"{paragraphs(2, word=f'answer{i}')}</div><div class='user'>user {i}</div></div>"
        for i in range(5)
    )
    html = page(
        f"<div id='question'><div class='post-body'>{paragraphs(1, word='q')}</div></div>"
        f"<div id='answers'>{posts}</div>",
        head,
    )
    article = syndicate.read(html)
    assert all(f"answer{i} 1." in article.body_text for i in range(5))


def test_a_discourse_thread_in_noscript_is_read_but_a_noscript_copy_is_not_doubled() -> None:
    thread = page(f"<noscript><div class='post'>{paragraphs(10)}</div></noscript>")
    assert "part 7." in syndicate.read(thread).body_text
    doubled = page(f"<main>{paragraphs(8)}<noscript>{paragraphs(8)}</noscript></main>")
    assert syndicate.read(doubled).body_text.count("part 7.") == 1


def test_a_noscript_thread_whose_words_are_also_in_preloaded_json_is_read() -> None:
    """An app (Flarum, Discourse) puts the thread in ``<noscript>`` for readers without
    JavaScript and the same words in a script's JSON: that is not a second visible copy."""
    posts = paragraphs(10)
    preload = json.dumps({"posts": [posts]}).replace("</", "<\\/")
    html = page(
        f"<div id='app'></div><script>app.load({preload})</script>"
        f"<noscript id='content'><article>{posts}</article></noscript>"
    )
    assert syndicate.read(html).body_text.count("part 7.") == 1


def test_a_landing_page_of_short_sections_is_read_whole() -> None:
    cards = "".join(
        f"<div class='card'><div class='inner'><h3>Feature {i}</h3><div>Fast {i}.</div>"
        f"<div>Safe {i}.</div><div>Cheap {i}.</div></div></div>"
        for i in range(20)
    )
    body = (
        f"<section class='hero'><div><div><p>{PARA}</p><p>{PARA}</p></div></div></section>"
        f"<section class='features'><div class='grid'>{cards}</div></section>"
    )
    article = syndicate.read(page(body))
    assert "Feature 19" in article.body_text and "Cheap 0." in article.body_text
    assert article.evidence.content_source == "body (no article container)"
    declared = page(body, '<meta property="og:type" content="article">')
    assert "Feature 19" not in syndicate.read(declared).body_text  # an article: its text


def test_json_ld_bodies_with_control_characters_or_broken_markup_never_raise() -> None:
    for body in (
        "\n".join(f"{PARA}\x00\x0b line {i}." for i in range(8)),
        "<p>" + PARA * 6 + "<div><table><tr><td>" + "</p></div>" * 3,
    ):
        data = {"@type": "Article", "articleBody": body}
        escaped = json.dumps(data).replace("</", "<\\/")
        head = f"<script type='application/ld+json'>{escaped}</script>"
        for strict in (False, True):
            article = syndicate.read(page("<p>Teaser.</p>", head), strict=strict)
            assert "council voted" in article.body_text


ROOMS = "".join(
    f"<li>Room {i}: open from 9 to 5 on weekdays, 10 to 4 on Saturdays</li>" for i in range(8)
)


def test_a_page_without_prose_wrapped_in_a_form_or_hidden_is_unwrapped() -> None:
    for wrapped in (
        f"<form id='aspnetForm'><input type='hidden' name='__VIEWSTATE'><ul>{ROOMS}</ul></form>",
        f"<div hidden id='app'><ul>{ROOMS}</ul></div>",
        f"<p>Welcome to the centre.</p><form><ul>{ROOMS}</ul></form>",
    ):
        article = syndicate.read(page(wrapped))
        assert article.evidence.content_source == "body:unwrapped", wrapped
        assert "Room 7: open" in article.body_text


def test_a_page_with_text_of_its_own_is_not_unwrapped() -> None:
    halls = "".join(
        f"<div><span>Hall {i} opens at nine</span></div><div>Ask at the desk</div>"
        for i in range(8)
    )
    shown = page(f"{halls}<form><ul>{ROOMS * 3}</ul></form>")
    assert "Room 7" not in syndicate.read(shown).body_text  # over 200 characters shown
    little = page(f"<div hidden><ul>{ROOMS[:150]}</ul></div><p>Opening hours, in short.</p>")
    article = syndicate.read(little)  # the wrapped text is not four times the shown text
    assert article.evidence.content_source != "body:unwrapped" and "Room" not in article.body_text


def test_a_declared_article_body_is_preferred_to_an_unwrapped_page() -> None:
    from syndicate.reader.body.choose import candidates
    from syndicate.reader.dom import parse
    from syndicate.reader.page import Page

    def sources(head: str) -> list[str]:
        html = page(f"<form><ul>{ROOMS}</ul></form>", head)
        found, _ = candidates(Page.build(parse(html), "https://example.com/"), None)
        return [c.source for c in found]

    assert sources("")[0] == "body:unwrapped"
    data = {"@type": "Article", "articleBody": "\n".join([PARA * 2] * 3)}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    assert sources(head) == ["jsonld:articleBody", "body"]


def test_one_post_of_a_declared_thread() -> None:
    from syndicate.reader.body.choose import one_post
    from syndicate.reader.body.locate import Located
    from syndicate.reader.dom import parse
    from syndicate.reader.page import Page

    def post_alone(body: str, head: str, rule: str = "question") -> bool:
        built = Page.build(parse(page(body, head)), "https://example.com/")
        selected = built.root.find(f".//div[@id='{rule}']")
        assert selected is not None
        return one_post(built, Located([selected], "site-rule:test"))

    qa = f"<script type='application/ld+json'>{json.dumps({'@type': 'QAPage'})}</script>"
    answers = "".join(f"<div class='answer'>{paragraphs(2, word=f'a{i}')}</div>" for i in range(4))
    thread = f"<div id='thread'><div id='question'>{paragraphs(1, word='q')}</div>{answers}</div>"
    assert post_alone(thread, qa)
    assert not post_alone(thread, "")  # not a forum page: the rule's body is the content
    assert not post_alone(thread, qa, rule="thread")  # the rule's body holds the thread
    short = f"<div id='question'><p>Is the path open?</p></div><p>{PARA * 2}</p>"
    assert not post_alone(short, qa)  # too little prose to tell a post from the thread
