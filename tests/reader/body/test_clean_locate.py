from __future__ import annotations

import copy

from syndicate.reader.body.clean import drop_boilerplate, drop_junk
from syndicate.reader.body.locate import by_score, by_selector, by_semantic_tag
from syndicate.reader.dom import parse, text_of
from syndicate.reader.index import TreeIndex

LONG = "This sentence is part of the story, and it goes on for a while. " * 8


def test_junk_and_hidden_elements_go() -> None:
    root = parse(
        "<body><script>x()</script><style>p{}</style><form>f</form><p hidden>h</p>"
        "<p aria-hidden='true'>a</p><p style='display: none'>d</p><iframe src='https://ads.example/'></iframe>"
        "<iframe src='https://player.vimeo.com/video/1'></iframe><p>kept</p></body>"
    )
    body = root.find("body")
    drop_junk(body)
    assert text_of(body) == "kept"
    assert len(body.findall(".//iframe")) == 1


def test_boilerplate_by_class_but_not_the_protected_node() -> None:
    root = parse(
        f"<body><div class='share-bar'>Share</div><div class='comments'>c</div>"
        f"<div class='related-content' id='main'><p>{LONG}</p></div><aside>side</aside></body>"
    )
    body = root.find("body")
    drop_boilerplate(body)
    text = text_of(body)
    assert "Share" not in text and "side" not in text and " c " not in f" {text} "
    assert LONG.strip() in text  # "related" but a large low-link block: kept


def test_known_selector_keeps_split_bodies_together() -> None:
    root = parse(
        f"<body><div class='story-body'><p>{LONG}</p></div><div class='ad'>x</div>"
        f"<div class='story-body'><p>{LONG} second</p></div></body>"
    )
    located = by_selector(TreeIndex(root))
    assert located is not None and len(located.nodes) == 2 and located.source == "selector:arc"


def test_semantic_tag_and_score_fallback() -> None:
    root = parse(f"<body><div>menu</div><article><p>{LONG}</p></article></body>")
    assert by_semantic_tag(root.find("body")) is not None
    plain = parse(
        f"<body><div class='nav'><a href='/'>Home</a> <a href='/x'>X</a></div>"
        f"<div class='text'><p>{LONG}</p><p>{LONG}</p></div><div class='footer'>c</div></body>"
    )
    located = by_score(copy.deepcopy(plain.find("body")))
    assert located is not None and "Home" not in " ".join(text_of(n) for n in located.nodes)


def test_noscript_images_replace_lazy_placeholders() -> None:
    root = parse(
        "<body><p>x</p><img src='data:image/gif;base64,R0lGOD' class='lazy'>"
        "<noscript><img src='/real.jpg' alt='Real'></noscript>"
        "<noscript><p>Enable JavaScript</p></noscript></body>"
    )
    body = root.find("body")
    drop_junk(body)
    images = body.findall(".//img")
    assert [i.get("src") for i in images] == ["/real.jpg"]
    assert "Enable JavaScript" not in text_of(body)


def test_page_builder_structure_says_nothing_but_its_purpose_words_do() -> None:
    from syndicate.reader.body.clean import signal_attrs

    def words(classes: str) -> str:
        return signal_attrs(parse(f"<div class='{classes}'>x</div>").find(".//div"))

    assert words("elementor-widget-container elementor-widget-wrap") == ""
    assert words("elementor-widget elementor-widget-share-buttons") == "share-buttons"
    assert words("et_pb_module et_pb_text et_pb_text_0") == "0"
    assert words("et_pb_social_media_follow") == "social_media_follow"
    assert words("wp-block-group wp-block-social-links") == "social-links"
    assert words("comment-text sidebar") == "comment-text sidebar"


def test_weak_boilerplate_words_yield_to_an_article_inside() -> None:
    story = "".join(f"<p>{LONG} {i}</p>" for i in range(3))
    root = parse(
        f"<body><div class='widget-span widget-type-rich_text'>{story}</div>"
        "<div class='widget'><p>Follow us</p></div><div class='comments'>" + story + "</div></body>"
    )
    body = root.find("body")
    drop_boilerplate(body)
    text = text_of(body)
    assert text.count(LONG.strip()) == 3 and "Follow us" not in text


def test_an_embed_with_a_malformed_url_has_no_provider() -> None:
    from syndicate.reader.body.clean import embed_provider

    assert embed_provider("http://[oops/embed") == ""
    assert embed_provider("https://www.youtube.com/embed/x") != ""


def test_a_forum_posters_stats_are_boilerplate() -> None:
    stats = "<dl class='pairs'><dt>Joined</dt><dd>Feb 8, 2023</dd><dt>Messages</dt><dd>5</dd></dl>"
    root = parse(
        "<body><article class='message--post'><section class='message-user'><h4>alice</h4>"
        f"<div class='message-userExtras'>{stats}</div></section><p>{LONG}</p></article>"
        f"<div class='post has-profile'><dl class='postprofile'><dt>bob</dt>{stats}</dl>"
        f"<p>{LONG}</p></div></body>"
    )
    body = root.find("body")
    drop_boilerplate(body)
    assert "alice" in text_of(body) and "Joined" not in text_of(body)
    assert text_of(body).count("part of the story") == 16
