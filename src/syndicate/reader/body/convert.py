"""The located content subtree to typed blocks, through a tag -> handler table."""

from __future__ import annotations

import re
from collections.abc import Callable

from syndicate.content import (
    Block,
    Code,
    Embed,
    Emphasis,
    Figure,
    Heading,
    Image,
    Inline,
    InlineLink,
    LineBreak,
    ListBlock,
    Paragraph,
    Preformatted,
    PullQuote,
    Quote,
    Rule,
    Strong,
    Subscript,
    Superscript,
    Table,
    TableCell,
    TableRow,
    Text,
    inline_text,
)
from syndicate.reader import selectors
from syndicate.reader.body.clean import embed_provider
from syndicate.reader.body.inlines import collapse, normalise, split_on_double_breaks
from syndicate.reader.budget import Budget, unlimited
from syndicate.reader.dom import Element, select, select_strings, text_of
from syndicate.reader.metadata.partial import to_int
from syndicate.reader.report import Dropped
from syndicate.urls import dropped_kind, resolve

_FIGURE_TEXT = 200
"""Characters of text outside its captions that make a figure with images a container."""
_ROWS_PER_BLOCK = 50
"""Table rows that count as one block against the budget."""
MAX_DEPTH = 200
"""Below this depth a subtree is flattened to its text instead of walked."""

_SRCSET_FIRST = re.compile(r"^\s*(\S+)")
_LANGUAGE = re.compile(r"(?:lang(?:uage)?-)([\w+#-]+)")
_CREDIT_CLASSES = re.compile(r"credit|copyright|byline|source|photographer", re.I)
_DROPPED_IMAGES = ("data-image", "relative")
"""Why an image may be left out with its caption kept (``urls.dropped_kind``)."""

Emit = list[Block]


def _uncaptioned(el: Element) -> int:
    """Characters of a figure's text outside its captions."""
    return len(text_of(el)) - sum(len(text_of(c)) for c in el.iter("figcaption"))


def _text_figure(el: Element) -> bool:
    """A figure that holds more text than a caption: a table or a quotation with images in
    it, or the rest of a page a parser nested inside an unclosed ``<figure>``."""
    return _uncaptioned(el) > _FIGURE_TEXT


class Converter:
    """Converts elements to blocks; ``base`` resolves relative URLs."""

    def __init__(self, base: str, budget: Budget | None = None) -> None:
        self.base = base
        self.budget = budget or unlimited()
        self.dropped = Dropped()
        """Inline ``data:`` images and unresolvable relative URLs left out."""
        self._blocks: dict[str, Callable[[Element, Emit, int], None]] = {
            "p": self._paragraph,
            "ul": self._list,
            "ol": self._list,
            "dl": self._definitions,
            "blockquote": self._blockquote,
            "figure": self._figure_block,
            "picture": self._figure_block,
            "img": self._figure_block,
            "table": self._table,
            "pre": self._pre,
            "hr": lambda el, out, depth: out.append(Rule()),
            "iframe": self._embed,
            "video": self._embed,
        }
        for level in range(1, 7):
            self._blocks[f"h{level}"] = self._heading

    # --- entry points ------------------------------------------------------------

    def convert(self, nodes: list[Element]) -> tuple[Block, ...]:
        """Blocks for the content nodes, in order."""
        out: Emit = []
        for node in nodes:
            self._block(node, out, 0)
        return tuple(out)

    def figure(self, el: Element) -> Figure | None:
        """A ``Figure`` for a ``<figure>`` / ``<img>`` element, if it has a usable image."""
        out: Emit = []
        self._figure_block(el, out, 0)
        return next((b for b in out if isinstance(b, Figure)), None)

    # --- blocks --------------------------------------------------------------------

    def _block(self, el: Element, out: Emit, depth: int) -> None:
        if not self.budget.visit():
            return
        if depth > MAX_DEPTH:
            text = text_of(el)
            if text:
                out.append(Paragraph(children=(Text(text=text),)))
            return
        handler = self._blocks.get(el.tag)
        if handler is not None:
            handler(el, out, depth + 1)
        else:
            self._container(el, out, depth + 1)

    def _is_block(self, el: Element) -> bool:
        tag = el.tag
        if tag in selectors.BLOCK_TAGS or tag == "img":
            return True
        return any(c.tag in selectors.BLOCK_TAGS for c in el)  # (a comment's tag is no str)

    def _container(self, el: Element, out: Emit, depth: int) -> None:
        # (whitespace opening a paragraph is dropped by ``normalise``: the whitespace
        # between blocks is not buffered at all)
        buffer: list[Inline] = []
        if el.text and not el.text.isspace():
            buffer.append(Text(text=el.text))
        for child in el:
            if isinstance(child.tag, str):
                if self._is_block(child):
                    self._flush(buffer, out)
                    self._block(child, out, depth)
                else:
                    buffer.extend(self._inline(child, out, depth))
            tail = child.tail
            if tail and (buffer or not tail.isspace()):
                buffer.append(Text(text=tail))
        self._flush(buffer, out)

    def _flush(self, buffer: list[Inline], out: Emit) -> None:
        if all(isinstance(node, Text) and not node.text.strip() for node in buffer):
            buffer.clear()  # nothing, or only the whitespace between blocks: no paragraph
            return
        for group in split_on_double_breaks(buffer):
            self._emit_paragraph(normalise(group), out)
        buffer.clear()

    def _emit_paragraph(self, children: tuple[Inline, ...], out: Emit) -> None:
        text = inline_text(children) if children else ""
        if text.strip():
            out.append(Paragraph(children=children))
            self.budget.spend(len(text))

    def _paragraph(self, el: Element, out: Emit, depth: int) -> None:
        if any(isinstance(c.tag, str) and c.tag in selectors.BLOCK_TAGS for c in el):
            self._container(el, out, depth)
            return
        pending: Emit = []
        self._emit_paragraph(normalise(self._inlines_of(el, pending, depth)), out)
        out.extend(pending)

    def _heading(self, el: Element, out: Emit, depth: int) -> None:
        pending: Emit = []
        children = normalise(self._inlines_of(el, pending, depth))
        if children and inline_text(children).strip():
            out.append(Heading(level=max(2, int(el.tag[1])), children=children))
        out.extend(pending)

    def _list(self, el: Element, out: Emit, depth: int) -> None:
        items: list[tuple[Block, ...]] = []
        for child in el:
            if not isinstance(child.tag, str):
                continue
            item: Emit = []
            self._container(child, item, depth)
            if item:
                items.append(tuple(item))
        if items:
            out.append(ListBlock(ordered=el.tag == "ol", items=tuple(items)))

    def _definitions(self, el: Element, out: Emit, depth: int) -> None:
        for child in el:
            if child.tag == "dt":
                pending: Emit = []
                term = normalise(self._inlines_of(child, pending, depth))
                if term:
                    out.append(Paragraph(children=(Strong(children=term),)))
                out.extend(pending)
            elif isinstance(child.tag, str):
                self._container(child, out, depth)

    def _blockquote(self, el: Element, out: Emit, depth: int) -> None:
        classes = el.get("class", "")
        for name, provider in selectors.EMBED_BLOCKQUOTE_CLASSES.items():
            if name in classes.split():
                links = [self._resolve(h) for h in select_strings(el, ".//a/@href")]
                links = [u for u in links if u]
                url = self._resolve(el.get("cite") or el.get("data-instgrm-permalink") or "")
                out.append(
                    Embed(
                        provider=provider,
                        url=url or (links[-1] if links else ""),
                        fallback=collapse(" ".join(el.itertext())).strip(),
                    )
                )
                return
        if selectors.PULLQUOTE.search(classes):
            pending: Emit = []
            text = normalise(self._inlines_of(el, pending, depth))
            if text:
                out.append(PullQuote(children=text))
            return
        inner: Emit = []
        self._container(el, inner, depth)
        if inner:
            out.append(Quote(children=tuple(inner)))

    def _pre(self, el: Element, out: Emit, depth: int) -> None:
        text = el.text_content().strip("\n")
        if text.strip():
            code = el.find("code")
            classes = f"{el.get('class', '')} {code.get('class', '') if code is not None else ''}"
            found = _LANGUAGE.search(classes)
            out.append(Preformatted(text=text, language=found.group(1) if found else ""))

    def _embed(self, el: Element, out: Emit, depth: int) -> None:
        src = el.get("src") or el.get("data-src") or ""
        if not src:
            source = el.find("source")
            src = source.get("src", "") if source is not None else ""
        url = self._resolve(src)
        if not url:
            return
        provider = embed_provider(url) or ("video" if el.tag == "video" else "")
        if provider:
            out.append(Embed(provider=provider, url=url, fallback=el.get("title") or text_of(el)))

    # --- figures -----------------------------------------------------------------------

    def _resolve(self, href: str) -> str:
        """``href`` resolved; a data: image or unresolvable relative one is counted."""
        url = resolve(self.base, href)
        if not url and href:
            self.dropped.add(dropped_kind(self.base, href), href)
        return url

    def _image_url(self, img: Element) -> tuple[str, str, str]:
        """The image's URL from its first usable source; else "", and the kind
        (``urls.dropped_kind``) and value of the first source refused."""
        refused = ("", "")
        candidates = [(img.get(attr) or "").strip() for attr in selectors.LAZY_SRC_ATTRS]
        for attr in selectors.LAZY_SRCSET_ATTRS:
            found = _SRCSET_FIRST.match(img.get(attr) or "")
            candidates.append(found.group(1).rstrip(",") if found else "")
        for index, value in enumerate(candidates):
            if not value:
                continue
            head = value[:64] if value[:5].lower() == "data:" else value  # may be megabytes
            if index < len(selectors.LAZY_SRC_ATTRS) and selectors.PLACEHOLDER.found_in(head):
                continue  # srcset candidates are not checked for placeholders
            url = resolve(self.base, value)
            if url:
                return url, "", ""
            if not refused[0]:
                refused = (dropped_kind(self.base, value), value)
        return "", *refused

    def _figure_block(self, el: Element, out: Emit, depth: int) -> None:
        img = el if el.tag == "img" else next(el.iter("img"), None)
        if el.tag != "img" and (img is None or _text_figure(el)):
            frame = next(el.iter("iframe", "video"), None)
            if frame is not None and img is None:
                self._embed(frame, out, depth)
            elif img is not None or _uncaptioned(el) > 0:  # a quotation, a listing, a table
                self._container(el, out, depth)
            return  # a caption whose picture the cleaner removed goes with it
        if img is None:
            return
        url, refused, value = self._image_url(img)
        caption: tuple[Inline, ...] = ()
        credit = ""
        figcaption = next(el.iter("figcaption"), None) if el.tag != "img" else None
        dropped = refused in _DROPPED_IMAGES
        if figcaption is not None and (url or dropped):
            caption, credit = self._caption(figcaption, depth)
        if not url:
            if dropped:  # a data: image or a relative one: its caption stays, as text
                self.dropped.add(refused, value)
                tail = (Text(text=f" ({credit})"),) if caption and credit else ()
                self._emit_paragraph(caption + tail, out)
            return
        out.append(
            Figure(
                image=Image(
                    url=url,
                    alt=collapse(img.get("alt") or "").strip(),
                    caption=caption,
                    credit=credit,
                    width=to_int(img.get("width")),
                    height=to_int(img.get("height")),
                )
            )
        )

    def _caption(self, el: Element, depth: int) -> tuple[tuple[Inline, ...], str]:
        credits = [
            c for c in el.iter() if c is not el and _CREDIT_CLASSES.search(c.get("class", ""))
        ]
        credit_parts = [text_of(c) for c in credits]
        for c in credits:
            if c.getparent() is not None:
                c.drop_tree()
        caption = normalise(self._inlines_of(el, [], depth))
        credit = " ".join(p for p in credit_parts if p)
        text = inline_text(caption)
        sep = selectors.CAPTION_CREDIT_SEPARATOR
        if not credit and sep in text:
            head, _, tail = text.partition(sep)
            if head.strip() and len(tail) <= 80:
                caption, credit = (Text(text=head.strip()),), tail.strip()
        return caption, selectors.CREDIT_PREFIX.sub("", credit).strip()

    # --- tables --------------------------------------------------------------------------

    def _table(self, el: Element, out: Emit, depth: int) -> None:
        if el.find(".//table") is not None or len(select(el, ".//p|.//div|.//ul")) > 2:
            self._container(el, out, depth)  # a layout table
            return
        rows: list[TableRow] = []
        for tr in el.iter("tr"):
            if not self.budget.visit():
                break
            cells = []
            for cell in tr:
                if cell.tag not in {"td", "th"}:
                    continue
                cells.append(
                    TableCell(
                        children=normalise(self._inlines_of(cell, [], depth)),
                        header=cell.tag == "th",
                        colspan=to_int(cell.get("colspan")) or 1,
                        rowspan=to_int(cell.get("rowspan")) or 1,
                    )
                )
            if cells:
                rows.append(TableRow(cells=tuple(cells)))
                if len(rows) % _ROWS_PER_BLOCK == 0:
                    self.budget.spend(0)
        caption_el = el.find("caption")
        caption = (
            normalise(self._inlines_of(caption_el, [], depth)) if caption_el is not None else ()
        )
        if rows:
            out.append(Table(rows=tuple(rows), caption=caption))

    # --- inlines ---------------------------------------------------------------------------

    def _inlines_of(self, el: Element, pending: Emit, depth: int) -> list[Inline]:
        nodes: list[Inline] = []
        if el.text:
            nodes.append(Text(text=el.text))
        for child in el:
            if isinstance(child.tag, str):
                nodes.extend(self._inline(child, pending, depth + 1))
            if child.tail:
                nodes.append(Text(text=child.tail))
        return nodes

    def _inline(self, el: Element, pending: Emit, depth: int) -> list[Inline]:
        if not self.budget.visit():
            return []
        tag = el.tag
        if depth > MAX_DEPTH:
            return [Text(text=el.text_content())]
        if tag == "br":
            return [LineBreak()]
        if tag in {"img", "picture", "iframe", "video", "figure"}:
            self._block(el, pending, depth)
            return []
        if tag in {"code", "kbd", "samp", "tt"}:
            text = collapse(el.text_content())
            return [Code(text=text)] if text.strip() else []
        children = tuple(self._inlines_of(el, pending, depth))
        if tag in {"em", "i", "cite", "dfn", "var"}:
            return [Emphasis(children=children)]
        if tag in {"strong", "b"}:
            return [Strong(children=children)]
        if tag == "sub":
            return [Subscript(children=children)]
        if tag == "sup":
            return [Superscript(children=children)]
        if tag == "a":
            url = self._resolve(el.get("href") or "")
            if url:
                return [
                    InlineLink(url=url, children=children, title=collapse(el.get("title") or ""))
                ]
        return list(children)
