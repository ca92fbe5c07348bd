"""Issue 17: the model holds only absolute http(s) URLs (and a person's ``mailto:``).
Inline ``data:`` images and relative references with no page URL to resolve them against
are left out while reading, each kind in one diagnostic (an error in strict mode); a
figure whose image is left out keeps its caption as text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import syndicate
from syndicate import Figure, Paragraph, Severity
from syndicate.content import inline_text
from tests.activecontent import findings, native_urls, url_ok, write_all

PNG = "data:image/png;base64,iVBORw0KGgo="
HOSTILE = (
    PNG,
    "data:image/jpeg;base64,/9j/4AAQSkZJRg==",
    " DATA:image/webp;base64,UklGR",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "data:text/html,<script>alert(1)</script>",
    "img/photo.png",
    "/people/jane",
    "../up/story.html",
    "//cdn.example/pic.jpg",
    "?page=2",
    "javascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "java\tscript:alert(1)",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "tel:+15550100",
    "mailto:jane@x.example",
)
"""URLs a page may put anywhere; none but absolute http(s) (mailto: for a person) may
reach the model."""


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _page(urls: list[str]) -> str:
    """A page holding each of ``urls`` in every place a page can hold a URL."""
    linked = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "A page full of URLs",
        "author": [{"@type": "Person", "name": "Jane Doe", "url": u} for u in urls[:1]],
        "mainEntityOfPage": {"@id": urls[0]},
        "image": {"@type": "ImageObject", "url": urls[-1]},
    }
    script = json.dumps(linked).replace("</", "<\\/")
    head = [f'<script type="application/ld+json">{script}</script>']
    body = ["<h1>A page full of URLs</h1>", '<p class="byline">By Jane Doe</p>']
    for n, raw in enumerate(urls):
        url = _attr(raw)
        head += [
            f'<meta property="og:image" content="{url}">',
            f'<link rel="canonical" href="{url}">',
        ]
        body += [
            f'<p>Paragraph {n} of the story with <a href="{url}">a link</a> and more words '
            "so that the reader takes it for article text.</p>",
            f'<figure><img src="{url}" alt="Alt {n}"><figcaption>Caption {n}</figcaption></figure>',
            f'<p><img data-src="{url}" srcset="{url} 2x"></p>',
            f'<figure><picture><img src="/x.gif" data-lazy-src="{url}"></picture></figure>',
            f'<iframe src="{url}"></iframe><video src="{url}"></video>',
            f'<blockquote class="twitter-tweet" cite="{url}"><a href="{url}">post</a></blockquote>',
        ]
    body.append('<div class="related"><h3>Related</h3><ul>')
    body += [f'<li><a href="{_attr(u)}">Related story {n}</a></li>' for n, u in enumerate(urls)]
    body.append("</ul></div>")
    return (
        f"<html><head><title>A page full of URLs</title>{''.join(head)}</head>"
        f"<body><article>{''.join(body)}</article></body></html>"
    )


@pytest.mark.parametrize("url", ["", "https://safe.example/news/story"])
def test_every_url_in_the_native_json_is_absolute_http_or_mailto(url: str) -> None:
    article = syndicate.read(_page(list(HOSTILE)), url=url)
    found = native_urls(article)
    assert [(path, value) for path, kind, value in found if not url_ok(kind, value)] == []
    resolved = {value for _, _, value in found if value}
    if url:  # the relative references resolved against the page, nothing else came through
        assert "https://safe.example/news/img/photo.png" in resolved
        assert "https://cdn.example/pic.jpg" in resolved
    assert all(v.startswith(("http://", "https://", "mailto:")) for v in resolved), resolved
    assert findings(write_all(article)) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    urls=st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=5),
    base=st.sampled_from(["", "https://safe.example/a/b"]),
)
def test_no_page_puts_a_non_http_url_in_the_model(urls: list[str], base: str) -> None:
    """Property: whatever URLs a page holds, the model holds http(s) (a person mailto:)."""
    article = syndicate.read(_page(urls), url=base)
    bad = [(path, value) for path, kind, value in native_urls(article) if not url_ok(kind, value)]
    assert bad == []
    codes = {d.code for d in article.diagnostics}
    if any(u.strip().lower().startswith("data:image/") and "svg" not in u for u in urls):
        assert "data-image-dropped" in codes
    if not base and any(u in ("img/photo.png", "/people/jane", "../up/story.html") for u in urls):
        assert "relative-url-dropped" in codes
    if base:
        assert "relative-url-dropped" not in codes


def _figures(caption: str, src: str) -> str:
    return (
        "<html><head><title>Pictures</title></head><body><article><h1>Pictures</h1>"
        "<p>The story begins here with enough words to be taken for the article text.</p>"
        f'<figure><img src="{src}" alt="Alt text"><figcaption>{caption}'
        '<span class="credit">Photo: Jane Roe</span></figcaption></figure>'
        "<p>The story goes on after the picture, with a few more words for the reader.</p>"
        "</article></body></html>"
    )


def test_an_inline_image_is_dropped_with_a_diagnostic_and_its_caption_kept() -> None:
    page = _figures("A red square", PNG)
    article = syndicate.read(page, url="https://safe.example/story")
    assert not [b for b in article.body if isinstance(b, Figure)]
    texts = [inline_text(b.children) for b in article.body if isinstance(b, Paragraph)]
    assert "A red square (Jane Roe)" in texts
    (note,) = [d for d in article.diagnostics if d.code == "data-image-dropped"]
    assert note.severity is Severity.WARNING and note.message.startswith("left out 1 inline")
    assert "'data:image/png;base64," in note.message
    with pytest.raises(syndicate.ExtractionError, match="data-image-dropped"):
        syndicate.read(page, url="https://safe.example/story", strict=True)


def test_a_relative_image_without_a_page_url_is_dropped_and_resolved_with_one() -> None:
    page = _figures("A local picture", "img/photo.png")
    article = syndicate.read(page)
    assert not [b for b in article.body if isinstance(b, Figure)]
    assert "A local picture (Jane Roe)" in article.body_text
    (note,) = [d for d in article.diagnostics if d.code == "relative-url-dropped"]
    assert "'img/photo.png'" in note.message and note.severity is Severity.WARNING
    with pytest.raises(syndicate.InputError, match="relative-url-dropped"):
        syndicate.read(page, strict=True)
    resolved = syndicate.read(page, url="https://safe.example/news/story", strict=True)
    figures = [b.image for b in resolved.body if isinstance(b, Figure)]
    assert [f.url for f in figures] == ["https://safe.example/news/img/photo.png"]
    assert inline_text(figures[0].caption) == "A local picture" and figures[0].credit == "Jane Roe"


def test_relative_links_are_counted_once_per_kind_and_quoted_briefly() -> None:
    links = "".join(f'<a href="/story-{n}">story {n}</a> ' for n in range(10))
    page = (
        "<html><head><title>Links</title></head><body><article><h1>Links</h1>"
        f"<p>A paragraph of the article that links to other stories: {links} and ends.</p>"
        "</article></body></html>"
    )
    notes = [d for d in syndicate.read(page).diagnostics if d.code == "relative-url-dropped"]
    assert len(notes) == 1
    assert notes[0].message.startswith("left out 10 relative URL(s) ('/story-0', '/story-1', ")
    assert "'/story-2', …)" in notes[0].message and "/story-3" not in notes[0].message


def test_lazy_placeholders_and_fragments_are_not_reported() -> None:
    page = (
        "<html><head><title>Lazy</title></head><body><article><h1>Lazy</h1>"
        "<p>The article text, long enough to be the body, with a <a href='#note'>note</a>.</p>"
        "<figure><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' "
        "data-src='https://cdn.example/real.jpg'><figcaption>Real</figcaption></figure>"
        "</article></body></html>"
    )
    article = syndicate.read(page, url="https://safe.example/story", strict=True)
    assert [b.image.url for b in article.body if isinstance(b, Figure)] == [
        "https://cdn.example/real.jpg"
    ]
    assert not article.diagnostics
