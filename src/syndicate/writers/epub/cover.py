"""A generated cover: publication title, edition date and the top headlines, drawn with
Pillow's built-in font so the result is the same on every machine."""

from __future__ import annotations

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 1600
MARGIN = 80


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def render(title: str, edition: str, headlines: list[str]) -> bytes:
    """A PNG cover."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    y = MARGIN
    for line in textwrap.wrap(title, 22)[:3]:
        draw.text((MARGIN, y), line, fill=0, font=_font(88))
        y += 104
    draw.line((MARGIN, y + 10, WIDTH - MARGIN, y + 10), fill=0, width=6)
    y += 40
    draw.text((MARGIN, y), edition, fill=40, font=_font(48))
    y += 110
    for headline in headlines[:8]:
        wrapped = textwrap.wrap(headline, 44)
        lines = wrapped[:2]
        if len(wrapped) > 2:
            lines[1] += " …"
        draw.ellipse((MARGIN, y + 16, MARGIN + 14, y + 30), fill=0)  # the font has no bullet
        for line in lines:
            draw.text((MARGIN + 36, y), line, fill=0, font=_font(40))
            y += 52
        y += 22
        if y > HEIGHT - MARGIN - 120:
            break
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
