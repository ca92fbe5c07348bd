"""The generated cover: a plain image with the publication's title, edition date and top
headlines set as text over it in an XHTML page.

The text is the reading system's to render, in its own fonts, so a Czech, Cyrillic, Greek,
Arabic, Hebrew, Devanagari or CJK headline shows in its script (right-to-left ones run right
to left: each line carries ``lang`` and ``dir="auto"``). The image carries no text: it is the
same bytes for every book, drawn with Pillow, so the output stays byte-identical.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw

from syndicate.writers.epub.pages import serialise
from syndicate.writers.html import HtmlBuilder

WIDTH, HEIGHT = 1200, 1600
IMAGE_FILE = "cover.png"
STYLESHEET_FILE = "cover.css"
MAX_HEADLINES = 8

STYLESHEET = f"""\
body {{ margin: 0; }}
.cover {{ min-height: 95vh; padding: 12% 9% 6%; background: #f4f1ea url({IMAGE_FILE}) \
no-repeat center top; background-size: cover; color: #111; font-family: sans-serif; }}
.cover h1 {{ font-size: 2.6em; line-height: 1.15; margin: 0 0 0.3em; }}
.cover .edition {{ font-size: 1.2em; margin: 0 0 1.6em; color: #333; }}
.cover ul {{ list-style: none; margin: 0; padding: 0; }}
.cover li {{ font-size: 1.15em; line-height: 1.3; margin: 0 0 0.8em; \
padding-inline-start: 0.8em; border-inline-start: 0.25em solid #8a1c1c; }}
"""


@dataclass(frozen=True, slots=True)
class Line:
    """A headline on the cover, in its own language."""

    text: str
    language: str = ""


@cache
def image() -> bytes:
    """The plain cover image (PNG): paper, a masthead band and rules, no text."""
    picture = Image.new("RGB", (WIDTH, HEIGHT), (244, 241, 234))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, WIDTH, 56), fill=(138, 28, 28))
    draw.rectangle((80, 130, WIDTH - 80, 136), fill=(17, 17, 17))
    draw.rectangle((80, HEIGHT - 120, WIDTH - 80, HEIGHT - 116), fill=(17, 17, 17))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def page(title: str, edition: str, headlines: list[Line]) -> str:
    """The cover page's XHTML (for ebooklib, which wraps it in its own document)."""
    builder = HtmlBuilder()
    html = builder.el("html")
    head = builder.el("head", html)
    builder.text(builder.el("title", head), title)
    cover = builder.el("div", builder.el("body", html), class_="cover")
    builder.text(builder.el("h1", cover, dir="auto"), title)
    builder.text(builder.el("p", cover, class_="edition"), edition)
    listing = builder.el("ul", cover)
    for line in headlines[:MAX_HEADLINES]:
        builder.text(builder.el("li", listing, lang=line.language, dir="auto"), line.text)
    return serialise(html)
