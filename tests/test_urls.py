from __future__ import annotations

from urllib.parse import urljoin

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syndicate import (
    Article,
    Embed,
    Feed,
    Image,
    InlineLink,
    Link,
    ModelError,
    Person,
    Text,
)
from syndicate.urls import (
    _already_absolute,
    _is_safe,
    _joined_as_text,
    _plainly_web,
    dropped_kind,
    is_safe,
    resolve,
    safe,
    unsafe_scheme,
)


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        ("https://a.com/x/y.html", "z.html", "https://a.com/x/z.html"),
        ("https://a.com/x/", "/root", "https://a.com/root"),
        ("https://a.com/", "//cdn.com/i.jpg", "https://cdn.com/i.jpg"),
        ("https://a.com/", "javascript:alert(1)", ""),
        ("https://a.com/", " jav\tascript:alert(1)", ""),
        ("https://a.com/", "vbscript:x", ""),
        ("https://a.com/", "data:text/html,<script>", ""),
        ("https://a.com/", "#top", ""),
        ("", "relative.html", ""),
        ("https://a.com/", "mailto:x@y.z", ""),  # only for people: resolve(..., mailto=True)
        ("https://a.com/", "JaVaScRiPt:alert(1)", ""),
        ("https://a.com/", "java\nscript:alert(1)", ""),
        ("https://a.com/", "\x01javascript:alert(1)", ""),
        ("https://a.com/", "jav&#x09;ascript:alert(1)", ""),
        ("https://a.com/", "&#106;avascript:alert(1)", ""),
        ("https://a.com/", "javascript&colon;alert(1)", ""),
        ("https://a.com/", "data:image/svg+xml;base64,PHN2Zz4=", ""),
        ("https://a.com/", "data:image/png;base64,iVBORw0KGgo=", ""),
        ("https://a.com/", "file:///etc/passwd", ""),
        ("https://a.com/", "ftp://files.example/x", ""),
        ("https://a.com/", "tel:+15550100", ""),
        ("https://a.com/", "/a?b=1&c:d", "https://a.com/a?b=1&c:d"),
        ("https://a.com/", "HTTPS://B.com/x", "https://B.com/x"),
    ],
)
def test_resolve(base: str, href: str, expected: str) -> None:
    assert resolve(base, href) == expected


def test_inline_images_are_never_safe() -> None:
    png = "data:image/png;base64,iVBORw0KGgo="
    assert not is_safe(png) and safe(png) == "" and resolve("", png) == ""
    assert unsafe_scheme(png) == "data"
    assert safe("javascript:alert(1)") == ""


def test_mailto_only_where_asked_for() -> None:
    assert resolve("https://a.com/", "mailto:x@y.z", mailto=True) == "mailto:x@y.z"
    assert resolve("", "MAILTO:x@y.z", mailto=True) == "MAILTO:x@y.z"
    assert safe("mailto:x@y.z") == "" and safe("mailto:x@y.z", mailto=True) == "mailto:x@y.z"
    assert unsafe_scheme("mailto:x@y.z") == "mailto" and not unsafe_scheme("mailto:x", mailto=True)


@pytest.mark.parametrize(
    ("base", "href", "kind"),
    [
        ("", "img/photo.png", "relative"),
        ("", "/people/jane", "relative"),
        ("", "//cdn.example/i.jpg", "relative"),
        ("", " data:image/png;base64,iVBORw0KGgo=", "data-image"),
        ("https://a.com/", "DATA:image/jpeg;base64,/9j/", "data-image"),
        ("", "data:image/svg+xml;base64,PHN2Zz4=", "data"),
        ("", "data:text/html,<script>", "data"),
        ("", "jav&#x09;ascript:alert(1)", "javascript"),
        ("", "java\tscript:alert(1)", "javascript"),
        ("", "#top", ""),
        ("", "", ""),
        ("https://a.com/", "img/photo.png", ""),  # resolved, not dropped
        ("", "mailto:x@y.z", "mailto"),
    ],
)
def test_dropped_kind_says_why_a_url_is_left_out(base: str, href: str, kind: str) -> None:
    assert dropped_kind(base, href) == kind
    if kind:
        assert resolve(base, href) == ""
    assert dropped_kind("", "mailto:x@y.z", mailto=True) == ""


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "java\tscript:alert(1)",
        "vbscript:x",
        "data:text/html,<script>",
        "data:image/svg+xml;base64,PHN2Zz4=",
        "file:///etc/passwd",
        "ftp://files.example/x",
        "tel:+15550100",
        "//no-scheme.example/x",
    ],
)
def test_the_model_refuses_unsafe_urls(url: str) -> None:
    for build in (
        lambda: Article(url=url),
        lambda: Article(canonical_url=url),
        lambda: Person(name="Jane", url=url),
        lambda: Feed(title="t", link=url),
        lambda: Feed(title="t", self_url=url),
        lambda: Feed(title="t", icon=url),
        lambda: Link(url=url),
        lambda: InlineLink(url=url, children=(Text(text="x"),)),
        lambda: Embed(provider="video", url=url),
        lambda: Image(url=url),
    ):
        with pytest.raises(ModelError, match="http"):
            build()


def test_the_model_keeps_what_it_allows() -> None:
    assert Person(name="Jane", url="mailto:jane@x.example").url == "mailto:jane@x.example"
    assert Image(url="https://a.example/p.png").url == "https://a.example/p.png"
    assert Article(url="https://a.example/s", canonical_url="http://a.example/s").url
    with pytest.raises(ModelError):
        Article(url="mailto:jane@x.example")  # mailto: is for people only
    with pytest.raises(ModelError):
        Article(url="story.html")  # a page URL is absolute


@pytest.mark.parametrize(
    "url", ["data:image/png;base64,iVBORw0KGgo=", "img/photo.png", "/img/photo.png"]
)
def test_the_model_refuses_inline_images_and_relative_references(url: str) -> None:
    """Issue 17: only absolute http(s) URLs (and a person's mailto:) in the model."""
    for build in (
        lambda: Image(url=url),
        lambda: Link(url=url),
        lambda: InlineLink(url=url, children=(Text(text="x"),)),
        lambda: Embed(provider="video", url=url),
        lambda: Person(name="Jane", url=url),
        lambda: Article(canonical_url=url),
    ):
        with pytest.raises(ModelError, match="absolute http"):
            build()


_HOSTILE_URL = st.lists(
    st.sampled_from(
        [
            "java",
            "script",
            "JaVa",
            "vb",
            "data",
            "file",
            "http",
            "s",
            ":",
            "//",
            "/",
            "&#x09;",
            "&#106;",
            "&colon;",
            "\t",
            "\n",
            " ",
            "\x00",
            "text/html,",
            "image/svg+xml,",
            "a.com",
            "mailto",
            "?",
            "#",
            "&",
            ";",
            "<",
            "x",
        ]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(href=_HOSTILE_URL, base=st.sampled_from(["", "https://a.com/x/", "http://b.org"]))
def test_resolve_gives_http_or_nothing(href: str, base: str) -> None:
    """Property: ``resolve`` returns "" or an absolute http(s) URL the model accepts."""
    url = resolve(base, href)
    assert url == "" or url.lower().startswith(("http://", "https://")), (base, href, url)
    if url:
        Link(url=url)
    person = resolve(base, href, mailto=True)
    assert person == "" or person.lower().startswith(("http://", "https://", "mailto:"))
    if person:
        Person(name="Jane", url=person)


_URL_PARTS = st.sampled_from(
    ["https://", "http://", "a.example", "/", "..", ".", "?", "#", ";", "=", "&", "q", "%2F",
     ":8080", "[::1]", "é", " ", "//", "HTTPS://", "@", "x"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["https://a.example/x/y", "http://a.example/", ""]),
    st.lists(_URL_PARTS, max_size=10),
)
def test_the_absolute_fast_path_gives_what_urljoin_gives(base: str, parts: list[str]) -> None:
    href = "".join(parts)
    if _already_absolute(base, href):
        hosted = href[href.find("//") + 2] not in "?#"
        assert is_safe(href) == hosted  # what ``resolve`` checks it by
        if hosted:  # ("https://?q" is refused: no host; urljoin would take the base's)
            assert urljoin(base, href) == href


_BASES = st.sampled_from(
    ["https://a.example/x/y", "http://a.example/", "http://a.example", "HTTP://A.example/d/",
     "https://a.example/x//y/z", "https://a.example/./x/", "https://a.example/x/y?q#f",
     "https://u:p@a.example:8080/x;p/y", "http://[::1]:8080/x/", "ftp://a.example/x/", "",
     "https://a.example/é/x"]
)  # fmt: skip
_RELATIVE_PARTS = st.sampled_from(
    ["/", "//", "..", ".", "?", "#", ";", "=", "&", "q", "%2F", "x", "y.html", ":", "[", "é",
     "a.b", "~"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_BASES, st.lists(_RELATIVE_PARTS, min_size=1, max_size=8))
def test_the_relative_fast_path_gives_what_urljoin_gives(base: str, parts: list[str]) -> None:
    href = "".join(parts)
    joined = _joined_as_text(base, href)
    if joined:
        assert joined == urljoin(base, href), (base, href)
        assert is_safe(joined)


@pytest.mark.parametrize(
    ("base", "href", "joined"),
    [
        ("https://a.example/x/y", "/p/q?r=1#s", "https://a.example/p/q?r=1#s"),
        ("https://a.example/x/y", "p/q.html", "https://a.example/x/p/q.html"),
        ("https://a.example", "p", "https://a.example/p"),
        ("https://a.example/x/y", "../p", ""),
        ("https://a.example/x/y", "//b.example/p", ""),
        ("https://a.example/x/y", "p//q", ""),
        ("ftp://a.example/x/y", "/p", ""),
    ],
)
def test_paths_joined_as_text(base: str, href: str, joined: str) -> None:
    assert _joined_as_text(base, href) == joined
    slow = urljoin(base, href)
    assert resolve(base, href) == (slow if is_safe(slow) else "")


_WEB_PARTS = st.sampled_from(
    ["http://", "https://", "HTTP://", "a", "9", "-", ".", "/", "//", "?", "#", "[", "]", "::1",
     "\t", "\n", " ", "é", "\u2100", "@", ":", "%41", "x.example", "\x00"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_WEB_PARTS, max_size=8).map("".join))
def test_a_plainly_web_url_is_what_parsing_finds_safe(url: str) -> None:
    if _plainly_web(url):
        assert _is_safe(url, False) and _is_safe(url, True), url


@pytest.mark.parametrize(
    ("url", "plain"),
    [
        ("https://a.example/x?y#z", True),
        ("http://9.example", True),
        ("https:///x", False),
        ("https://", False),
        ("http://\ta.example/", False),
        ("http://[::1]/", False),
        ("http://a\u2100b/", False),
        ("HTTPS://a.example/", False),
    ],
)
def test_plainly_web(url: str, plain: bool) -> None:
    assert _plainly_web(url) == plain
    assert is_safe(url) == _is_safe(url, False)
