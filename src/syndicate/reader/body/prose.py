"""Prose blocks: the page's readable text, in the spirit of jusText's density pass.

A prose block is a paragraph-like element whose own text is long and mostly not link text.
An article's body holds most of a page's prose; menus, teasers and footers hold little. The
chooser uses this to check a candidate (does it hold most of the prose?) and, when none
does, to find the element that does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from syndicate.reader import selectors
from syndicate.reader.body.lengths import Lengths
from syndicate.reader.budget import clock
from syndicate.reader.dom import Element, Within, text_content, text_of

_WHOLE = frozenset({"p", "pre", "blockquote", "li", "dd", "td", "figcaption"})
"""Elements whose whole text is one block."""
_OWN = frozenset({"div", "section", "article", "main", "span", "font", "center", "body"})
"""Elements whose own text (not their children's blocks) may be a block: ``<br>`` prose."""
_INLINE = frozenset(
    {"a", "b", "strong", "i", "em", "span", "br", "sup", "sub", "u", "small", "mark", "abbr"}
)
_BLOCK_TAGS = selectors.BLOCK_TAGS
MIN_PROSE = 80
"""Characters of text a block needs to count as prose."""
MAX_LINKS = 0.35


@dataclass(frozen=True, slots=True)
class Prose:
    """The prose blocks of a tree, each with its text."""

    blocks: tuple[tuple[Element, str], ...]

    @property
    def total(self) -> int:
        return sum(len(text) for _, text in self.blocks)

    def texts(self) -> set[str]:
        return {text for _, text in self.blocks}


def _own_text(el: Element) -> tuple[str, int, list[Element]]:
    """Text of ``el`` outside its block children (and inline children holding blocks, which
    are read on their own), how much of it is link text, and the children it leaves out."""
    parts = [el.text or ""]
    links = 0
    others: list[Element] = []
    for child in el:
        tag = child.tag
        if tag in _INLINE and not _holds_blocks(child):
            parts.append(text_content(child))
            if tag == "a":
                links += len(text_of(child))
        else:
            others.append(child)
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split()), links, others


def _holds_blocks(el: Element) -> bool:
    if not len(el):
        return False
    # (a tag filter, ``iterdescendants(*BLOCK_TAGS)``, builds lxml's matcher on every call:
    # several times the cost of looking at the few descendants an inline element has)
    return any(d.tag in _BLOCK_TAGS for d in el.iterdescendants())


def prose(
    root: Element,
    skip: Callable[[Element], bool] | None = None,
    enough: tuple[int, int] | None = None,
) -> Prose:
    """Every prose block under ``root``, in document order (nothing inside a block counted
    again), leaving out the subtrees ``skip`` names (a read-only view of a cleaned tree);
    with ``enough`` (blocks, characters), only the first blocks that reach both."""
    lengths = Lengths(root)
    found: list[tuple[Element, str]] = []
    stack: list[Element] = [root]
    total = 0
    tick = clock().tick
    while stack:
        if enough and len(found) >= enough[0] and total >= enough[1]:
            break
        tick()
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or (skip is not None and el is not root and skip(el)):
            continue
        # (the HTML parser closes a <p> before any block, so a <p> holds none)
        if tag in _WHOLE and (tag == "p" or not _holds_blocks(el)):
            size = lengths.text(el)
            if size >= MIN_PROSE and lengths.links(el) <= MAX_LINKS * size:
                found.append((el, lengths.string(el)))
                total += size
                continue
        elif tag in _OWN or tag in _WHOLE:
            text, links, others = _own_text(el)
            if len(text) >= MIN_PROSE and links <= MAX_LINKS * len(text):
                found.append((el, text))
                total += len(text)
            stack.extend(reversed(others))
            continue
        stack.extend(
            [
                child
                for child in reversed(el)
                if not (child.tag in _INLINE and not _holds_blocks(child))  # in el's own text
            ]
        )
    return Prose(tuple(found))


def coverage(nodes: list[Element], page: Prose) -> float:
    """Share of the page's prose characters that ``nodes`` hold: by ancestry when the nodes
    are in the page's own tree, else by matching texts (a cleaned copy of part of the page)."""
    if not page.total:
        return 1.0
    return held(nodes, page) / page.total


def held(nodes: list[Element], page: Prose) -> int:
    """Prose characters of ``page`` that ``nodes`` hold."""
    if not nodes or not page.blocks:
        return 0
    if nodes[0].getroottree().getroot() is page.blocks[0][0].getroottree().getroot():
        within = Within(nodes)
        return sum(len(text) for el, text in page.blocks if within(el))
    inside = set().union(*(prose(node).texts() for node in nodes))
    return sum(len(text) for _, text in page.blocks if text in inside)


def container(page: Prose, share: float = 0.75) -> Element | None:
    """The deepest element holding at least ``share`` of the page's prose."""
    held: dict[Element, int] = {}
    parent: dict[Element, Element | None] = {}
    tick = clock().tick
    for el, _ in page.blocks:  # every ancestor of a block, top down in first-seen order
        chain: list[Element] = []
        node: Element | None = el
        while node is not None and node not in parent:
            tick()
            chain.append(node)
            node = node.getparent()
        for child in reversed(chain):
            held[child] = 0
            parent[child] = child.getparent()
    depth: dict[Element, int] = {}
    for node, up in parent.items():  # a parent always comes before its children
        depth[node] = 0 if up is None else depth[up] + 1
    for el, text in page.blocks:
        held[el] += len(text)
    for node in sorted(held, key=depth.__getitem__, reverse=True):
        up = parent[node]
        if up is not None:
            held[up] += held[node]
    need = share * page.total
    best = [el for el, chars in held.items() if chars >= need]
    return max(best, key=lambda el: depth[el]) if best else None
