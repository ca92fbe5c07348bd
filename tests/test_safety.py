"""Hostile markup never reaches any output, and content cannot break the XML writers.

Markup in the page's body is dropped: every payload carries a unique marker that must not
appear in the bytes of any writer's output (EPUB members are checked one by one). Markup
*as text* (a JSON-LD description holding ``<img src=x onerror=…>``, issue 17) must reach
every reader as that text: each format is decoded as a reader decodes it and searched for
active content (``tests.activecontent``), in a payload × field × format matrix and in a
property test over hypothesis-generated hostile strings."""

from __future__ import annotations

import html
import io
import json
import zipfile
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import syndicate
from syndicate import (
    Article,
    Code,
    Context,
    Embed,
    Emphasis,
    Figure,
    Heading,
    Image,
    InlineLink,
    Link,
    ListBlock,
    Paragraph,
    Person,
    Preformatted,
    PullQuote,
    Quote,
    RelatedLinks,
    Role,
    Table,
    TableCell,
    TableRow,
    Text,
)
from tests.activecontent import decoded, findings, html_text, native_urls, write_all
from tests.conftest import FIXED_NOW

PAYLOADS = {
    "script": "<script>PWNED_script()</script>",
    "event-handler": '<img src="/x.png" onerror="PWNED_onerror()" alt="pic">',
    "javascript-url": '<a href="javascript:PWNED_jsurl()">click here</a>',
    "vbscript-url": '<a href="vbscript:PWNED_vbs">vb link</a>',
    "data-html-url": '<a href="data:text/html,<script>PWNED_datahtml</script>">data link</a>',
    "iframe-srcdoc": '<iframe srcdoc="<script>PWNED_srcdoc()</script>"></iframe>',
    "object": '<object data="https://evil.example/PWNED_object.swf"></object>',
    "embed": '<embed src="https://evil.example/PWNED_embed.swf">',
    "form": '<form action="https://evil.example/PWNED_form"><input name="PWNED_input"></form>',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example/PWNED_refresh">',
    "svg-script": "<svg><script>PWNED_svg()</script><circle r='1'/></svg>",
    "css-expression": '<p style="width: expression(PWNED_expression())">styled text</p>',
    "style-block": "<style>body{background:url(PWNED_style)}</style>",
    "javascript-img": '<img src="javascript:PWNED_imgsrc()" alt="img">',
    "base-hijack": '<base href="javascript:PWNED_base()//">',
    "math-script": "<math><mtext><script>PWNED_math()</script></mtext></math>",
    "entity-js": '<a href="jav&#x09;ascript:PWNED_entity()">tabbed</a>',
}
ALL_MARKERS = [
    f"PWNED_{k}"
    for k in (
        "script",
        "onerror",
        "jsurl",
        "vbs",
        "datahtml",
        "srcdoc",
        "object",
        "embed",
        "form",
        "input",
        "refresh",
        "svg",
        "expression",
        "style",
        "imgsrc",
        "base",
        "math",
        "entity",
    )
]


def _page(payload: str) -> bytes:
    return (
        "<html><head><title>Hostile page</title></head><body><article><h1>Hostile page</h1>"
        f"<p>This paragraph is the article text, long enough to be found as the body.</p>{payload}"
        "<p>And a closing paragraph so that the payload sits inside the content.</p>"
        "</article></body></html>"
    ).encode()


def _outputs(article: Article) -> dict[str, bytes]:
    ctx = Context(now=FIXED_NOW)
    out = {}
    for fmt in syndicate.WRITERS:
        data = (
            syndicate.write(article, fmt, context=ctx)
            if fmt != "rss"
            else syndicate.write(
                syndicate.feed([article], title="T", link="https://safe.example/"), fmt, context=ctx
            )
        )
        if fmt == "epub":
            archive = zipfile.ZipFile(io.BytesIO(data))
            for name in archive.namelist():
                out[f"epub:{name}"] = archive.read(name)
        else:
            out[fmt] = data
    return out


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_payload_reaches_no_output(name: str) -> None:
    article = syndicate.read(_page(PAYLOADS[name]), url="https://safe.example/story")
    outputs = _outputs(article)
    assert b"closing paragraph" in outputs["text"]  # the payload sat inside the extracted body
    for fmt, data in outputs.items():
        text = data.decode("utf-8", "replace")
        for marker in ALL_MARKERS:
            assert marker not in text, (name, fmt, marker)
        assert "javascript:" not in text.lower() and "vbscript:" not in text.lower(), (name, fmt)
        assert "onerror" not in text.lower(), (name, fmt)


NASTY = (
    "a ]]> b \x00\x01\x1b\x7f <tag attr='x'> &amp; \ud800 \ufffe </item></entry> <![CDATA[ x ]]>"
)


def test_xml_writers_cannot_be_broken_by_content() -> None:
    nasty = Article(
        headline=NASTY,
        dek=NASTY,
        url="https://safe.example/n",
        kicker=NASTY,
        authors=(syndicate.Person(name=NASTY),),
        tags=(NASTY,),
        body=(Paragraph(children=(Text(text=NASTY),)),),
    )
    outputs = _outputs(nasty)
    for fmt in ("rss", "atom", "newsml"):
        root = etree.fromstring(outputs[fmt])  # well-formed
        assert "<tag attr" in "".join(root.itertext())  # text that looks like tags stays text
    for name, data in outputs.items():
        if name.startswith("epub:") and name.endswith((".xhtml", ".opf", ".ncx")):
            etree.fromstring(data)
    for fmt in ("json", "jsonfeed", "ninjs"):
        outputs[fmt].decode("utf-8")  # valid UTF-8 despite the lone surrogate


# --- markup as text: a payload × field × format matrix (issue 17, item 1) ----------------

UNSAFE_URLS = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "file:///etc/passwd",
    "ftp://files.example/x",
    "tel:+15550100",
)
"""Author, canonical and image URLs a page may declare; none may reach the model."""


def _script_json(data: object) -> str:
    return json.dumps(data).replace("</", "<\\/")  # a "</script>" in a value must not end it


def _text_page(payload: str, url: str = "javascript:alert(1)") -> bytes:
    """A page whose metadata and body text hold ``payload`` as text, and whose URLs are
    ``url``: JSON-LD, OpenGraph and the visible page all carry them."""
    escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    linked = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": f"Headline {payload}",
        "description": payload,
        "articleSection": payload,
        "keywords": [payload, "news"],
        "author": [{"@type": "Person", "name": "Jane Doe", "url": url}],
        "publisher": {"@type": "Organization", "name": f"Site {payload}"},
        "mainEntityOfPage": {"@id": url},
        "image": {"@type": "ImageObject", "url": url, "caption": payload},
    }
    return (
        "<html><head>"
        f'<script type="application/ld+json">{_script_json(linked)}</script>'
        f'<meta property="og:description" content="{escaped}">'
        f'<meta property="og:url" content="{url}"><meta property="og:image" content="{url}">'
        f'<link rel="canonical" href="{url}"></head><body><article>'
        f"<h1>Headline {escaped}</h1>"
        f'<p class="byline">By <a href="{url}">Jane Doe</a></p>'
        "<p>This paragraph is the article text, long enough to be found as the body.</p>"
        f"<p>The page quotes {escaped} as text, and that is all it is.</p>"
        f'<figure><img src="/photo.jpg"><figcaption>{escaped}</figcaption></figure>'
        f'<p>See <a href="{url}">this link</a> and <img src="{url}" alt="{escaped}"></p>'
        "<p>And a closing paragraph so that the payload sits inside the content.</p>"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_markup_as_text_reaches_no_reader_as_markup(name: str) -> None:
    payload = PAYLOADS[name]
    article = syndicate.read(_text_page(payload), url="https://safe.example/story")
    # it reached the model as text (character references in JSON-LD are decoded there)
    assert article.dek == html.unescape(payload) and payload in article.body_text
    outputs = write_all(article)
    assert findings(outputs) == []
    # and the reverse: the fields readers render as HTML show the text, never escaped soup
    shown = {
        (fmt, field): value
        for fmt in outputs
        for field, kind, value in decoded(fmt, outputs[fmt])
        if kind == "html"
    }
    for key in (("rss", "description"), ("atom", "summary"), ("atom", "feedparser summary")):
        assert html_text(shown[key]) == " ".join(article.dek.split()), key
    for key in (("rss", "encoded"), ("jsonfeed", "content_html"), ("ninjs", "body_html")):
        assert f"The page quotes {payload} as text" in html_text(shown[key]), key


def _every_text_field(text: str) -> Article:
    """An article with ``text`` in every text field of the model."""
    runs = (Text(text=text), Emphasis(children=(Text(text=text),)), Code(text=text))
    link = InlineLink(url="https://safe.example/a", children=(Text(text=text),), title=text)
    image = Image(url="https://safe.example/i.jpg", alt=text, caption=runs, credit=text)
    cell = TableCell(children=(Text(text=text),), header=True)
    person = Person(name=f"Jane {text}", title=text, url="https://safe.example/jane")
    return Article(
        headline=text,
        url="https://safe.example/story",
        kicker=text,
        section=text,
        dek=text,
        authors=(person,),
        contributors=(replace(person, role=Role.EDITOR),),
        credit=text,
        dateline=text,
        site_name=text,
        tags=(text, "news"),
        lead_image=image,
        body=(
            Paragraph(children=(*runs, link)),
            Heading(level=2, children=runs),
            Quote(children=(Paragraph(children=runs),), attribution=text),
            PullQuote(children=runs, attribution=text),
            ListBlock(ordered=False, items=((Paragraph(children=runs),),)),
            Figure(image=image),
            Table(rows=(TableRow(cells=(cell, cell)),), caption=runs),
            Preformatted(text=text, language="python"),
            Embed(provider=text, url="https://safe.example/v", fallback=text),
            RelatedLinks(links=(Link(url="https://safe.example/r", title=text),), label=text),
        ),
        related=(Link(url="https://safe.example/r2", title=text),),
    )


TEXT_PAYLOADS = {
    **PAYLOADS,
    "newline-script": "code\n<script>PWNED_newline()</script>",  # Markdown code span → HTML block
    "escaped-tag": "&lt;script&gt;PWNED_escaped()&lt;/script&gt;",
    "comment-close": "--><img src=x onerror=PWNED_comment()>",
    "cdata-end": "]]><script>PWNED_cdata()</script>",
}
"""Strings the model may hold as text, for the field × format matrix."""


@pytest.mark.parametrize("name", sorted(TEXT_PAYLOADS))
def test_every_text_field_in_every_format_is_inert(name: str) -> None:
    article = _every_text_field(TEXT_PAYLOADS[name])
    assert findings(write_all(article)) == []
    feed = syndicate.feed(
        [article],
        title=TEXT_PAYLOADS[name],
        link="https://safe.example/",
        description=TEXT_PAYLOADS[name],
    )
    ctx = Context(now=FIXED_NOW)
    assert (
        findings({fmt: syndicate.write(feed, fmt, context=ctx) for fmt in syndicate.WRITERS}) == []
    )


_PIECES = st.sampled_from(
    [
        *PAYLOADS.values(),
        "<",
        ">",
        "&",
        "&lt;",
        "&amp;lt;",
        "<!--",
        "-->",
        "]]>",
        "<![CDATA[",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        '"><script>alert(1)</script>',
        "javascript:alert(1)",
        "java\tscript:",
        "&#x6A;avascript:",
        "<a href=javascript:alert(1)>x</a>",
        "<iframe srcdoc='<script>alert(1)</script>'>",
        "<meta http-equiv=refresh content=0>",
        "\x00\x1b[31m",
        "\u2028",
        " ",
        "\n",
    ]
)
hostile = st.lists(
    _PIECES | st.text(alphabet="<>&;:/=\"' ajvsciptronelg", max_size=8), min_size=1, max_size=6
).map("".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile)
def test_hostile_text_in_every_field_is_inert_in_every_format(text: str) -> None:
    """Property: whatever text the model holds, no format's output holds active content."""
    assert findings(write_all(_every_text_field(text))) == []


# --- unsafe URLs: never in the model (issue 17, item 2) --------------------------------


@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_unsafe_urls_never_reach_the_model(url: str) -> None:
    page = _text_page("plain words", url)
    article = syndicate.read(page, url="https://safe.example/story")
    assert findings(write_all(article)) == []  # the native JSON holds only http(s) URLs
    assert [(p.name, p.url) for p in article.authors] == [("Jane Doe", "")]
    assert article.canonical_url == "" and article.lead_image is None
    figures = [b.image.url for b in article.body if isinstance(b, Figure)]
    assert figures == ["https://safe.example/photo.jpg"]  # the page's own image is kept
    notes = [d for d in article.diagnostics if d.code == "unsafe-url"]
    assert len(notes) == 1 and "jsonld author URL" in notes[0].message, article.diagnostics
    assert syndicate.read(page, url="https://safe.example/story", strict=True) == article


def test_relative_and_mailto_author_urls_are_resolved_and_kept() -> None:
    relative = syndicate.read(_text_page("words", "/people/jane"), url="https://safe.example/a/b")
    assert relative.authors[0].url == "https://safe.example/people/jane"
    assert not [d for d in relative.diagnostics if d.code == "unsafe-url"]
    mail = syndicate.read(_text_page("words", "mailto:jane@safe.example"), url="https://s.example/")
    assert mail.authors[0].url == "mailto:jane@safe.example"
    assert mail.canonical_url == "" and mail.lead_image is None  # mailto: is for people only
    assert json.loads(syndicate.write(mail, "jsonfeed"))["items"][0]["authors"] == [
        {"name": "Jane Doe", "url": "mailto:jane@safe.example"}
    ]


def test_an_inline_image_never_reaches_the_model() -> None:
    png = "data:image/png;base64,iVBORw0KGgo="
    page = _text_page("words", png)
    article = syndicate.read(page, url="https://safe.example/story")
    assert [(p.name, p.url) for p in article.authors] == [("Jane Doe", "")]
    assert article.canonical_url == "" and article.lead_image is None
    assert [u for _, _, u in native_urls(article) if "data:" in u] == []
    codes = {d.code for d in article.diagnostics}
    assert {"data-image-dropped", "unsafe-url"} <= codes  # a person's or page's: unsafe
    assert findings(write_all(article)) == []
    with pytest.raises(syndicate.ExtractionError, match="data-image-dropped"):
        syndicate.read(page, url="https://safe.example/story", strict=True)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///tmp/page.html", "story.html"])
def test_an_unsafe_page_url_is_left_out(url: str) -> None:
    page = _text_page("words", "https://safe.example/jane")
    article = syndicate.read(page, url=url)
    assert article.url == "" and [
        d.code for d in article.diagnostics if d.code == "unsafe-page-url"
    ]
    with pytest.raises(syndicate.InputError, match="unsafe-page-url"):
        syndicate.read(page, url=url, strict=True)
