"""News conventions on the converted body: related links, editor credits, the
dateline, repeats of the headline/dek, and the lead figure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from syndicate.content import (
    Block,
    Figure,
    Heading,
    Image,
    Link,
    Paragraph,
    RelatedLinks,
    Text,
    folded,
    inline_links,
    inline_text,
)
from syndicate.reader import selectors
from syndicate.reader.body.trim import trim
from syndicate.reader.metadata.people import agency
from syndicate.urls import host_and_path

_LEADING_REPEAT_WINDOW = 4
_BYLINE = re.compile(r"^(?:By|Written by|Words by|Story by)\s+\w[^.!?]{1,120}$")
_SIZE_SUFFIX = re.compile(r"-\d{2,5}x\d{2,5}(?=\.\w+$)")


@dataclass(slots=True)
class NewsParts:
    """The body after news conventions, and what was lifted out of it."""

    body: list[Block]
    related: list[Link] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    dateline: str = ""
    byline: str = ""
    lead_figure: Figure | None = None


def image_key(url: str) -> str:
    """A URL reduced to its file name, without WordPress size suffixes."""
    name = host_and_path(url)[1].rsplit("/", 1)[-1]
    return _SIZE_SUFFIX.sub("", name).casefold()


def _drop_repeats(parts: NewsParts, blocks: list[Block], repeats: set[str]) -> list[Block]:
    """Drop the headline/dek/kicker repeated at the top, and a byline paragraph there."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if index < _LEADING_REPEAT_WINDOW and isinstance(block, (Paragraph, Heading)):
            text = inline_text(block.children).strip()
            if folded(text) in repeats:
                continue
            if not parts.byline and isinstance(block, Paragraph) and _BYLINE.match(text):
                parts.byline = text
                continue
        out.append(block)
    return out


def _lift(parts: NewsParts, block: Block) -> bool:
    """Move a related/editor/credit paragraph out of the body; True when lifted."""
    if isinstance(block, RelatedLinks):
        parts.related.extend(block.links)
        return True
    if not isinstance(block, Paragraph):
        return False
    text = inline_text(block.children).strip()
    links = inline_links(block.children)
    if links and selectors.RELATED_LEAD.match(text) and len(links) <= 3:
        parts.related.extend(links)
        return True
    edited = selectors.EDITED_BY.match(text)
    if edited and len(text) < 120:
        names = re.split(r"\s*(?:,|\band\b|&)\s*", edited.group("names"))
        parts.editors.extend(n for n in names if n)
        return True
    inputs = selectors.WITH_INPUTS.match(text)
    if inputs and len(text) < 120:
        who = [agency(w) or w for w in re.split(r"\s*(?:,|\band\b|&)\s*", inputs.group("who"))]
        parts.credits.extend(w for w in who if w)
        return True
    return False


def _dateline(parts: NewsParts) -> None:
    for index, block in enumerate(parts.body[:2]):
        if not isinstance(block, Paragraph) or not block.children:
            continue
        first = block.children[0]
        if not isinstance(first, Text):
            return
        found = selectors.DATELINE.match(first.text)
        if not found or len(found.group("place")) > selectors.DATELINE_MAX:
            return
        place = found.group("place").strip(" ,")
        capitalised = all(word[0].isupper() for word in place.replace(",", " ").split())
        if not capitalised or folded(place) in selectors.NOT_PLACES:
            return
        if len(inline_text(block.children)) < 80:
            return
        parts.dateline = place
        if found.group("agency"):
            parts.credits.append(agency(found.group("agency")) or found.group("agency").strip())
        rest = first.text[found.end() :]
        children = ((Text(text=rest),) if rest else ()) + block.children[1:]
        parts.body[index] = Paragraph(children=children)
        return


def _lead_figure(parts: NewsParts, lead_url: str) -> None:
    """Lift the lead figure: the top figure showing the lead image, or the figure
    that opens the body before any paragraph (the page's own lead art)."""
    key = image_key(lead_url) if lead_url else ""
    for index, block in enumerate(parts.body[:3]):
        if isinstance(block, Paragraph):
            return
        if isinstance(block, Figure) and (index == 0 or image_key(block.image.url) == key):
            parts.lead_figure = block
            del parts.body[index]
            return


def apply(
    blocks: tuple[Block, ...],
    *,
    headline: str,
    dek: str,
    kicker: str,
    lead_image_url: str,
    authors: tuple[str, ...] = (),
) -> NewsParts:
    """Apply the news conventions to converted blocks."""
    repeats = {folded(t) for t in (headline, kicker) if t.strip()}
    parts = NewsParts(body=[])
    kept = _drop_repeats(parts, list(blocks), repeats)
    if blocks and not kept:  # the body is only the headline or kicker: it is the content
        kept, parts.byline = list(blocks), ""
    for block in kept:
        if not _lift(parts, block):
            parts.body.append(block)
    parts.body, rail = trim(parts.body, authors=authors, dek=dek)
    parts.related.extend(rail)
    _lead_figure(parts, lead_image_url)
    _dateline(parts)
    return parts


def merge_lead_image(meta_image: Image | None, figure: Figure | None) -> Image | None:
    """The lead image: the page figure (caption, credit, alt) with metadata's size
    when both show the same file; the figure alone when the files differ."""
    if figure is None:
        return meta_image
    shown = figure.image
    if meta_image is None or image_key(meta_image.url) != image_key(shown.url):
        return shown
    return Image(
        url=meta_image.url,
        alt=shown.alt or meta_image.alt,
        caption=shown.caption or meta_image.caption,
        credit=shown.credit or meta_image.credit,
        width=meta_image.width or shown.width,
        height=meta_image.height or shown.height,
    )
