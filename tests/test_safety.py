"""Hostile markup never reaches any output, and content cannot break the XML writers.

Every payload carries a unique marker; the marker must not appear in the bytes of any
writer's output (EPUB members are checked one by one)."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

import syndicate
from syndicate import Article, Context, Paragraph, Text
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
