"""Trim what sits at the edges of a converted body and is not the article.

Three conventions shared by most sites, whatever their markup:

* **Rails after the article**: a heading such as "Related posts", "More to explore",
  "About the author", "Leave a reply" or "Tags" opens boilerplate that runs to the end.
  Everything from there is cut; the links of a "related" rail become related links.
* **Metadata lines before the article**: a date, "By …", "Updated …", "Reviewed by …", a
  reading time, "Share" or an author's name, in short blocks before the first paragraph of
  prose, repeat what the metadata holds.
* **Calls to action and repeats**: a short block that is only "Learn more", "Shop now",
  "Read more ↓"…, and a short block repeating the one before it (responsive duplicates).
"""

from __future__ import annotations

from syndicate.content import Block, Heading, InlineLink, Link, Paragraph, RelatedLinks, block_text
from syndicate.reader import selectors

_PROSE = 80
"""Characters of the first block that counts as the article's own text."""
_SHORT_WORDS = 12
_RAIL_WORDS = 8
_CTA_WORDS = 5
_REPEAT_WORDS = (3, _SHORT_WORDS)
"""Words of a block that is dropped when it repeats the one before: a heading or a button
shown twice for two screen sizes. Shorter repeats ("Best", "4.7") are labels in a
comparison; a repeated paragraph is the author's and stays."""
_RAIL_PROSE = 200
"""A paragraph this long after a rail heading means the article goes on (a teaser's summary
is shorter): the heading opened an inline box, not the trailing rail."""
_MIN_BEFORE_RAIL = 300
"""Characters of body text a rail heading needs above it (a heading at the top is content)."""


def _text(block: Block) -> str:
    return " ".join(block_text((block,)).split())


def _links(block: Block) -> list[Link]:
    if isinstance(block, RelatedLinks):
        return list(block.links)
    if isinstance(block, (Paragraph, Heading)):
        return [
            Link(url=n.url, title=" ".join(block_text((Paragraph(children=n.children),)).split()))
            for n in block.children
            if isinstance(n, InlineLink)
        ]
    return []


def _prose_paragraph(block: Block) -> bool:
    return isinstance(block, Paragraph) and len(_text(block)) >= _RAIL_PROSE


def _rail_start(blocks: list[Block]) -> int | None:
    """Index of the heading that opens a trailing rail, if any."""
    seen = 0
    for index, block in enumerate(blocks):
        text = _text(block)
        headingish = isinstance(block, Heading) or (
            isinstance(block, Paragraph) and len(text.split()) <= _RAIL_WORDS
        )
        if (
            headingish
            and seen >= _MIN_BEFORE_RAIL
            and selectors.RAIL_HEADING.fullmatch(text.strip(" :.!?…»›→↓▼"))
            and not any(_prose_paragraph(b) for b in blocks[index + 1 :])
        ):
            return index
        seen += len(text)
    return None


def _metadata_line(text: str, names: set[str]) -> bool:
    words = text.split()
    if not words or len(words) > _SHORT_WORDS:
        return False
    folded = text.casefold().strip(" .|·•-–—")
    return bool(
        folded in names
        or selectors.META_LINE.match(text)
        or (len(words) <= 6 and selectors.DATE_ONLY.fullmatch(folded))
    )


def _lead_trim(blocks: list[Block], names: set[str]) -> list[Block]:
    """Drop metadata lines before the first block of prose."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        text = _text(block)
        if len(text) >= _PROSE and isinstance(block, Paragraph):
            return out + blocks[index:]
        if isinstance(block, (Paragraph, Heading)) and _metadata_line(text, names):
            continue
        out.append(block)
    return out


def _noise(block: Block, previous: Block | None) -> bool:
    if not isinstance(block, (Paragraph, Heading)):
        return False
    text = _text(block)
    if not text:
        return True
    if (
        previous is not None
        and type(previous) is type(block)
        and _REPEAT_WORDS[0] <= len(text.split()) <= _REPEAT_WORDS[1]
        and _text(previous) == text
    ):
        return True
    return (
        isinstance(block, Paragraph)
        and len(text.split()) <= _CTA_WORDS
        and bool(selectors.CALL_TO_ACTION.fullmatch(text.casefold().strip(" .!:»›→↓▼>")))
    )


def trim(blocks: list[Block], *, authors: tuple[str, ...] = ()) -> tuple[list[Block], list[Link]]:
    """The body without edge boilerplate, and the links of a cut "related" rail."""
    related: list[Link] = []
    start = _rail_start(blocks)
    if start is not None:
        if selectors.RELATED_RAIL.match(_text(blocks[start])):
            related = [link for block in blocks[start + 1 :] for link in _links(block)]
        blocks = blocks[:start]
    names = {a.casefold() for a in authors if a}
    blocks = _lead_trim(blocks, names)
    out: list[Block] = []
    for block in blocks:
        if not _noise(block, out[-1] if out else None):
            out.append(block)
    return out, related
