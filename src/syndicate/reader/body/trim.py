"""Trim what sits at the edges of a converted body and is not the article.

Three conventions shared by most sites, whatever their markup:

* **Rails after the article**: a heading such as "Related posts", "More to explore",
  "About the author", "Leave a reply" or "Tags" opens boilerplate that runs to the end.
  Everything from there is cut; the links of a "related" rail become related links. A
  comment thread's heading ("12 comments", "3 thoughts on “…”") opens one even when prose
  follows (the readers'), unless the body has several (per-answer comments on a Q&A page).
* **Boxes inside the article**: a "More on …:" or "See also" heading over a run of blocks
  that are only links is cut (its links become related links), and so is a "Table of
  contents" heading with its list.
* **Metadata lines**: a date, "By …", "Updated …", "Reviewed by …", a reading time, "Share"
  or an author's name, in short blocks before the first paragraph of prose (with a breadcrumb
  trail starting at "Home"), or two or more in a row anywhere, repeat what the metadata holds.
* **Calls to action and repeats**: a short block that is only "Learn more", "Shop now",
  "Read more ↓"…, a share or comment count, a short block repeating the one before it
  (responsive duplicates), and copyright lines at the end.
"""

from __future__ import annotations

from contextvars import ContextVar

from syndicate.content import (
    Block,
    Heading,
    Link,
    ListBlock,
    Paragraph,
    RelatedLinks,
    block_text,
    folded,
    inline_links,
)
from syndicate.reader import selectors

_PROSE = 80
"""Characters of the first block that counts as the article's own text."""
_SHORT_WORDS = 12
_RAIL_WORDS = 8
_DECORATION = " :.!?…»›→↓▼"
"""Punctuation around a heading's words ("Related:", "Read more ↓")."""
_CTA_WORDS = 5
_TIMELINE = 3
"""Dates or times alone on this many lines make the body a timeline (a live blog)."""
_REPEAT_WORDS = (3, _SHORT_WORDS)
"""Words of a block that is dropped when it repeats the one before: a heading or a button
shown twice for two screen sizes. Shorter repeats ("Best", "4.7") are labels in a
comparison; a repeated paragraph is the author's and stays."""
_RAIL_PROSE = 200
"""A paragraph this long after a rail heading means the article goes on (a teaser's summary
is shorter): the heading opened an inline box, not the trailing rail."""
_RAIL_LINKS = 0.5
"""Share of link text that makes the blocks below a rail heading a rail, however long."""
_MIN_BEFORE_RAIL = 300
"""Characters of body text a rail heading needs above it (a heading at the top is content)."""
_BOX_BLOCKS = 5
"""The last blocks an author box at the end of a body is looked for in."""
_BOX_EXTRA_WORDS = 3
"""Words beside the author's name in a box's name line ("About", "Author", a role)."""


_TEXTS: ContextVar[dict[int, str] | None] = ContextVar("trim_texts", default=None)
"""Block texts by block identity, for the length of one ``trim`` call (blocks hash by value,
which costs as much as reading their text)."""


def _text(block: Block) -> str:
    """A block's text, whitespace collapsed."""
    memo = _TEXTS.get()
    if memo is None:
        return " ".join(block_text((block,)).split())
    key = id(block)
    if key not in memo:
        memo[key] = " ".join(block_text((block,)).split())
    return memo[key]


def _at_most(text: str, words: int) -> bool:
    """``text`` has no more than ``words`` words (a long text is not split whole)."""
    return len(text.split(maxsplit=words)) <= words


def _links(block: Block) -> list[Link]:
    if isinstance(block, RelatedLinks):
        return list(block.links)
    if isinstance(block, (Paragraph, Heading)):
        return inline_links(block.children, nested=False)
    return []


def _link_only(block: Block) -> bool:
    """A paragraph that is one link, or a list whose every item is one link."""
    if isinstance(block, Paragraph):
        links = _links(block)
        return len(links) == 1 and " ".join(links[0].title.split()) == _text(block)
    if isinstance(block, ListBlock):
        return bool(block.items) and all(
            len(item) == 1 and _link_only(item[0]) for item in block.items
        )
    return False


def _cut_boxes(blocks: list[Block]) -> tuple[list[Block], list[Link]]:
    """Cut "More on …:" / "See also" boxes in the body: the heading and the run of link-only
    blocks under it (the links become related links)."""
    out: list[Block] = []
    related: list[Link] = []
    run_end = list(range(1, len(blocks) + 1))  # past the run of link-only blocks after each
    for index in range(len(blocks) - 2, -1, -1):
        if _link_only(blocks[index + 1]):
            run_end[index] = run_end[index + 1]
    index = 0
    while index < len(blocks):
        block = blocks[index]
        end = run_end[index]
        text = _text(block).strip(_DECORATION)
        headingish = isinstance(block, (Paragraph, Heading)) and _at_most(text, _RAIL_WORDS)
        if headingish and end > index + 1 and selectors.RELATED_BOX.fullmatch(text):
            related += [link for b in blocks[index + 1 : end] for link in _all_links(b)]
            index = end
            continue
        if (
            headingish
            and index + 1 < len(blocks)
            and isinstance(blocks[index + 1], ListBlock)
            and selectors.CONTENTS.fullmatch(text)
        ):
            index += 2  # a table of contents: the heading and its list
            continue
        out.append(block)
        index += 1
    return out, related


def _all_links(block: Block) -> list[Link]:
    if isinstance(block, ListBlock):
        return [link for item in block.items for b in item for link in _all_links(b)]
    return _links(block)


def _prose_paragraph(block: Block) -> bool:
    return isinstance(block, Paragraph) and len(_text(block)) >= _RAIL_PROSE


def _rail_start(blocks: list[Block]) -> int | None:
    """Index of the heading that opens a trailing rail, if any. Below it comes less text
    than the body above it, or mostly link text (a feed of teasers): more text of its own
    is the page going on (a product's details under "You may also like", a listing's
    sections under "More to explore"). A comment thread's heading opens one whatever
    follows (``_thread_start``)."""
    labels = [_label(block) for block in blocks]
    thread = _thread_start(labels)
    lengths = [len(_text(block)) for block in blocks]
    total = sum(lengths)
    last_prose = max((i for i, b in enumerate(blocks) if _prose_paragraph(b)), default=-1)
    linked: list[int] = []  # link characters from each index to the end, filled on first use
    seen = 0
    for index, label in enumerate(labels):
        if label and seen >= _MIN_BEFORE_RAIL:
            if index == thread:
                return index  # the readers' prose, not the article's (one thread, at the end)
            below = total - seen - lengths[index]
            if last_prose <= index and selectors.RAIL_HEADING.fullmatch(label):
                if below > seen and not linked:
                    linked = [0] * (len(blocks) + 1)
                    for at in range(len(blocks) - 1, index, -1):
                        linked[at] = linked[at + 1] + _link_chars(blocks[at])
                if below <= seen or linked[index + 1] >= _RAIL_LINKS * below:
                    return index
        seen += lengths[index]
    return None


def _thread_start(labels: list[str]) -> int | None:
    """The heading that opens the page's one comment thread: the only one counting
    comments ("109 Comments"; the "Leave a reply" over its form does not make a second),
    else the only invitation to comment. Several counts are per-post (a list of teasers
    with their counts), several invitations a Q&A page's comments under every post."""
    counts: list[int] = []
    invitations: list[int] = []
    for index, label in enumerate(labels):
        if label and selectors.COMMENTS_HEADING.fullmatch(label):
            invited = selectors.COMMENTS_INVITATION.fullmatch(label)
            (invitations if invited else counts).append(index)
    if counts:
        return counts[0] if len(counts) == 1 else None
    return invitations[0] if len(invitations) == 1 else None


def _label(block: Block) -> str:
    """The text of a heading, or of a paragraph short enough to be one, without the
    punctuation that decorates headings; "" for other blocks."""
    text = _text(block)
    headingish = isinstance(block, Heading) or (
        isinstance(block, Paragraph) and _at_most(text, _RAIL_WORDS)
    )
    return text.strip(_DECORATION) if headingish else ""


def _link_chars(block: Block) -> int:
    """Characters of link text in ``block`` (whitespace collapsed): below a rail heading,
    at least ``_RAIL_LINKS`` of the text in links makes the blocks a rail."""
    return sum(len(" ".join(link.title.split())) for link in _all_links(block))


def _metadata_line(text: str, names: set[str], stamps: bool = True) -> bool:
    """A short line of metadata; with ``stamps`` false, a date or time alone is not one."""
    words = text.split()
    if not words or len(words) > _SHORT_WORDS:
        return False
    plain = text.casefold().strip(" .|·•-–—")
    return bool(plain in names or selectors.META_LINE.match(text) or (stamps and _date_only(text)))


def _date_only(text: str) -> bool:
    return _at_most(text, 6) and bool(
        selectors.DATE_ONLY.fullmatch(text.casefold().strip(" .|·•-–—"))
    )


def _breadcrumbs(block: Block) -> bool:
    return (
        isinstance(block, ListBlock)
        and len(block.items) >= 2
        and bool(selectors.HOME.fullmatch(block_text(block.items[0]).strip().casefold()))
    )


def _metadata_trim(blocks: list[Block], names: set[str], dek: str) -> list[Block]:
    """Drop metadata lines and breadcrumbs before the first block of prose, and runs of two or
    more metadata lines anywhere ("Posted on" / "Nov 21, 2018" / "Reading time" / "5 min").
    A body with dates or times alone on several lines is a timeline (a live blog): those
    stamps are its own and stay."""
    lines = [isinstance(b, (Paragraph, Heading)) for b in blocks]
    stamps = sum(1 for b, line in zip(blocks, lines, strict=True) if line and _date_only(_text(b)))
    timeline = stamps >= _TIMELINE
    meta = [
        line and _metadata_line(_text(b), names, stamps=not timeline)
        for b, line in zip(blocks, lines, strict=True)
    ]
    out: list[Block] = []
    lead = True
    for index, block in enumerate(blocks):
        if lead and isinstance(block, Paragraph) and len(text := _text(block)) >= _PROSE:
            lead = bool(dek) and folded(text) == dek  # a standfirst: the prose starts below
        in_run = meta[index] and (
            (index > 0 and meta[index - 1]) or (index + 1 < len(blocks) and meta[index + 1])
        )
        if in_run or (lead and (meta[index] or _breadcrumbs(block))):
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
    if isinstance(block, Paragraph) and selectors.COUNTER.fullmatch(text.casefold()):
        return True
    return (
        isinstance(block, Paragraph)
        and _at_most(text, _CTA_WORDS)
        and bool(selectors.CALL_TO_ACTION.fullmatch(text.casefold().strip(" .!:»›→↓▼>")))
    )


def _author_box(blocks: list[Block], names: set[str]) -> list[Block]:
    """The body without the author box that ends it: a short line naming the article's
    author ("Jane Doe", "Jane Doe Author", "About Jane Doe"), then only the bio that opens
    with the name ("Jane is a writer …") and the box's links, among the last blocks."""
    if not names:
        return blocks
    low = max(len(blocks) - _BOX_BLOCKS, len(blocks) // 2 + 1)
    for index in range(len(blocks) - 1, low - 1, -1):
        text = _text(blocks[index]).casefold()
        name = next((n for n in names if n in text), "")
        if not name or len(text.split()) > len(name.split()) + _BOX_EXTRA_WORDS:
            continue
        after = blocks[index + 1 :]
        first = name.split()[0]
        if after and not _text(after[0]).casefold().startswith(first):
            continue
        label = _text(blocks[index - 1]).casefold().strip(_DECORATION) if index else ""
        boxed = bool(
            selectors.BYLINE_LABEL.fullmatch(label) or selectors.RAIL_HEADING.fullmatch(label)
        )
        return blocks[: index - 1 if boxed else index]  # with its "By" or "About the author"
    return blocks


def _footer_notes(blocks: list[Block]) -> list[Block]:
    """Drop copyright lines among the last blocks ("© 2025 Example Ltd. All rights reserved.")."""
    end = len(blocks)
    while end and _footer_note(blocks[end - 1]):
        end -= 1
    return blocks[:end]


def _footer_note(block: Block) -> bool:
    text = _text(block)
    return (
        isinstance(block, Paragraph)
        and _at_most(text, _SHORT_WORDS * 3)
        and bool(selectors.FOOTER_NOTE.match(text))
    )


def trim(
    blocks: list[Block], *, authors: tuple[str, ...] = (), dek: str = ""
) -> tuple[list[Block], list[Link]]:
    """The body without edge boilerplate, and the links of a cut "related" rail. ``dek``:
    the article's declared dek; a paragraph repeating it at the top is the standfirst, and
    metadata lines below it are still before the article's prose."""
    token = _TEXTS.set({})
    try:
        return _trim(blocks, authors, folded(dek))
    finally:
        _TEXTS.reset(token)


def _trim(
    blocks: list[Block], authors: tuple[str, ...], dek: str
) -> tuple[list[Block], list[Link]]:
    related: list[Link] = []
    start = _rail_start(blocks)
    if start is not None:
        if selectors.RELATED_RAIL.match(_text(blocks[start])):
            related = [link for block in blocks[start + 1 :] for link in _links(block)]
        blocks = blocks[:start]
    blocks, boxes = _cut_boxes(blocks)
    related = boxes + related
    names = {a.casefold() for a in authors if a}
    blocks = _footer_notes(_metadata_trim(_author_box(blocks, names), names, dek))
    out: list[Block] = []
    for block in blocks:
        if not _noise(block, out[-1] if out else None):
            out.append(block)
    return out, related
