"""Flatten nesting the HTML parser would refuse: a page wrapped in thousands of ``<div>``,
``<table>`` or ``<li>`` levels, or tag soup whose unclosed inline tags pile up, stops
libxml2 at its depth limit and loses everything after that point. ``flatten`` removes the
tags that open levels past a depth (and their closing tags), so the text they held is read
one level up instead of being dropped.

The tags are followed with a stack that mirrors the parser closely enough (matching close
tags, void elements, the implied ends of ``<p>``, ``<li>``, table cells…); one linear pass.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(?P<raw>script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)\b"
    r".*?(?:</(?P=raw)\s*>|\Z)"
    r"|<(?P<slash>/?)(?P<name>[A-Za-z][^\s/<>]*)[^<>]*>",
    re.S | re.I,
)
"""A comment, an element whose content is raw text (never nested markup), or a tag (one
holding no ``<``, so that a ``<`` never closed is given up at the next one: linear)."""

_VOID = frozenset(
    {"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "param"}
    | {"basefont", "frame", "isindex"}
)
"""Elements libxml2 gives no content (it nests what follows an ``<embed>``, so that is
not one)."""

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LISTS = frozenset({"dd", "dl", "dt", "form", "ul"})
_CELLS = frozenset({"td", "th"})
_ROWS = frozenset({"tbody", "tfoot", "tr"})
_ENDED_BY: dict[str, frozenset[str]] = {
    "p": frozenset(
        {"address", "blockquote", "caption", "center", "colgroup", "dir", "div", "fieldset"}
        | {"li", "menu", "ol", "p", "pre", "table"}
    )
    | _HEADINGS
    | _LISTS
    | _CELLS
    | _ROWS,
    "a": frozenset({"a", "fieldset", "table"}) | _CELLS,
    "b": frozenset({"center", "p"}) | _CELLS,
    "i": frozenset({"center", "p"}) | _CELLS,
    "u": frozenset({"p"}) | _CELLS,
    "font": frozenset({"center"}) | _CELLS,
    "span": _CELLS,
    **dict.fromkeys(("big", "s", "small", "strike", "tt"), frozenset({"p"})),
    **dict.fromkeys(_HEADINGS, frozenset({"fieldset", "form", "li", "p", "table"})),
    "li": frozenset({"li"}),
    "dd": frozenset({"dt"}),
    "dt": frozenset({"dd", "dl"}),
    "dl": frozenset({"form", "li"}),
    "ol": frozenset({"form"}),
    "ul": frozenset({"address", "form", "menu", "pre"}),
    "address": _LISTS | {"li"},
    "dir": _LISTS,
    "menu": _LISTS,
    "pre": _LISTS | {"fieldset", "li", "table"},
    "form": frozenset({"form"}),
    "legend": frozenset({"fieldset"}),
    "option": frozenset({"optgroup", "option"}),
    "td": _CELLS | _ROWS,
    "th": _CELLS | _ROWS,
    "tr": _ROWS,
    "tbody": frozenset({"tbody", "tfoot"}),
    "thead": frozenset({"tbody", "tfoot"}),
    "tfoot": frozenset({"tbody"}),
    "caption": _ROWS | {"colgroup", "thead"},
    "colgroup": _ROWS | {"colgroup", "thead"},
}
"""Open elements (keys) that a start tag of one of the values ends, as libxml2 2.14's
HTML parser does (measured with lxml)."""

_END_RANK = {"div": 1, "td": 2, "th": 2, "tr": 3, "thead": 4, "tbody": 4, "tfoot": 4}
_END_RANK |= {"table": 5, "head": 6, "body": 6, "html": 7}
"""An end tag never closes an open element ranked above its own (``</b>`` does not end a
``<div>`` opened inside the ``<b>``, ``</div>`` not a ``<td>``); other tags rank 0."""
_RANKS = 8

_LEAVES = frozenset({"p", "pre", "blockquote", "a", "b", "strong", "i", "em", "code"} | _HEADINGS)
_LEAF_LEVELS = 8
"""Past the depth, paragraphs, headings, links and emphasis still open up to this many
levels (the structure of the text the wrappers held); wrappers never do."""


class _Open:
    """The open elements as the parser sees them, with where each name and each end-tag
    rank last occurs (so an end tag is matched in constant time)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.kept: list[bool] = []
        self.depth = 0
        """Open elements whose tags are kept."""
        self.where: dict[str, list[int]] = {}
        self.ranked: list[list[int]] = [[] for _ in range(_RANKS)]

    def push(self, name: str, kept: bool) -> None:
        self.where.setdefault(name, []).append(len(self.names))
        rank = _END_RANK.get(name, 0)
        if rank:
            self.ranked[rank].append(len(self.names))
        self.names.append(name)
        self.kept.append(kept)
        self.depth += kept

    def pop(self) -> tuple[str, bool]:
        name, kept = self.names.pop(), self.kept.pop()
        self.where[name].pop()
        rank = _END_RANK.get(name, 0)
        if rank:
            self.ranked[rank].pop()
        self.depth -= kept
        return name, kept

    def closes(self, name: str) -> bool:
        """An end tag ``name`` closes an open element (not one ranked above it on the way)."""
        places = self.where.get(name)
        if not places:
            return False
        rank = _END_RANK.get(name, 0)
        return not any(above and above[-1] > places[-1] for above in self.ranked[rank + 1 :])


def flatten(text: str, depth: int) -> str:
    """``text`` without the tags that would nest elements deeper than ``depth`` levels
    (``depth`` plus a few for paragraphs and inline text markup). A removed tag that would
    have ended open elements whose tags are kept (``<div>`` ends a ``<p>``) becomes their
    end tags, so the parser still ends them there."""
    out: list[str] = []
    stack = _Open()
    start = 0
    for match in _TOKEN.finditer(text):
        name = (match["name"] or "").lower()
        if not name or name in _VOID:
            continue
        ended: list[str] = []  # kept elements this tag ends
        if match["slash"]:
            if not stack.closes(name):
                continue  # the parser ignores it
            while True:
                top, keep = stack.pop()
                if top == name:
                    break
                if keep:
                    ended.append(top)
        else:
            while stack.names and name in _ENDED_BY.get(stack.names[-1], ()):
                top, keep = stack.pop()
                if keep:
                    ended.append(top)
            keep = stack.depth < depth or (stack.depth < depth + _LEAF_LEVELS and name in _LEAVES)
            stack.push(name, keep)
        if not keep:
            out.append(text[start : match.start()])
            out.extend(f"</{top}>" for top in ended)
            start = match.end()
    out.append(text[start:])
    return "".join(out)
