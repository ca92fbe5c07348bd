"""Inline normalisation: collapse whitespace across node boundaries, trim, merge texts."""

from __future__ import annotations

from syndicate.content import (
    Code,
    Emphasis,
    Inline,
    InlineLink,
    LineBreak,
    Strong,
    Subscript,
    Superscript,
    Text,
)


def collapse(text: str) -> str:
    """Whitespace runs (including newlines and NBSP-free tabs) to one space."""
    # (``str.split`` breaks on the characters ``\s`` matches; splitting and joining is a
    # few times quicker than a regex substitution on the short texts of inline nodes)
    words = text.split()
    if not words:
        return " " if text else ""
    joined = " ".join(words)
    if text[0].isspace():
        joined = " " + joined
    return joined + " " if text[-1].isspace() else joined


def _with_children(node: Inline, children: tuple[Inline, ...]) -> Inline:
    match node:
        case Emphasis():
            return Emphasis(children=children)
        case Strong():
            return Strong(children=children)
        case Subscript():
            return Subscript(children=children)
        case Superscript():
            return Superscript(children=children)
        case InlineLink(url=url, title=title):
            return InlineLink(url=url, title=title, children=children)
        case _:
            return node


def _children(node: Inline) -> tuple[Inline, ...] | None:
    if isinstance(node, (Emphasis, Strong, Subscript, Superscript, InlineLink)):
        return node.children
    return None


class _Spacer:
    """Walks inlines in order, dropping a space that follows another space."""

    def __init__(self) -> None:
        self.space = True  # at block start, leading spaces go

    def run(self, nodes: list[Inline] | tuple[Inline, ...]) -> list[Inline]:
        """Normalised copies of ``nodes``. Adjacent texts are merged with one join at the
        end of each run (repeated concatenation would be quadratic on long runs)."""
        out: list[Inline] = []
        pending: list[str] = []

        def flush() -> None:
            if pending:
                out.append(Text(text="".join(pending)))
                pending.clear()

        for node in nodes:
            if isinstance(node, Text):
                text = collapse(node.text)
                if self.space:
                    text = text.lstrip(" ")
                if text:
                    self.space = text.endswith(" ")
                    pending.append(text)
                continue
            flush()
            kids = _children(node)
            if kids is not None:
                inner = self.run(kids)
                if inner:
                    out.append(_with_children(node, tuple(inner)))
            elif isinstance(node, LineBreak):
                _rstrip(out)
                self.space = True
                out.append(node)
            else:
                self.space = isinstance(node, Code) and node.text.endswith(" ")
                out.append(node)
        flush()
        return out


def _rstrip(nodes: list[Inline]) -> None:
    """Remove trailing spaces and line breaks at the end of ``nodes`` (recursively)."""
    while nodes:
        last = nodes[-1]
        if isinstance(last, LineBreak):
            nodes.pop()
            continue
        if isinstance(last, Text):
            text = last.text.rstrip(" ")
            if text:
                nodes[-1] = Text(text=text)
                return
            nodes.pop()
            continue
        kids = _children(last)
        if kids is not None:
            inner = list(kids)
            _rstrip(inner)
            if inner:
                nodes[-1] = _with_children(last, tuple(inner))
                return
            nodes.pop()
            continue
        return


def normalise(nodes: list[Inline] | tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Inlines with whitespace collapsed, leading/trailing space and breaks removed."""
    out = _Spacer().run(nodes)
    _rstrip(out)
    while out and isinstance(out[0], LineBreak):
        out.pop(0)
    return tuple(out)


def split_on_double_breaks(nodes: list[Inline]) -> list[list[Inline]]:
    """Split a run of inlines into paragraphs at ``<br><br>`` (blank-only text between)."""
    groups: list[list[Inline]] = [[]]
    pending_break = False
    for node in nodes:
        if isinstance(node, LineBreak):
            if pending_break:
                groups.append([])
                pending_break = False
                continue
            pending_break = True
            continue
        if isinstance(node, Text) and not node.text.strip():
            if not pending_break:
                groups[-1].append(node)
            continue
        if pending_break:
            groups[-1].append(LineBreak())
            pending_break = False
        groups[-1].append(node)
    return [g for g in groups if g]
