"""The article's content as HTML markup, written straight to a string: the one renderer of
body blocks. Feeds carry the string itself (RSS ``content:encoded``, Atom ``content``, JSON
Feed ``content_html``, ninjs); the reader-view page, EPUB pages and NewsML-G2 ``inlineXML``
parse it into their lxml trees (``html.graft``).

Nothing from the publisher's page is copied: every element is written from the typed model,
every text is escaped, every URL passes the allow-list, a link is never nested in a link.

``Markup()`` writes the fragment as lxml's HTML method serialised these elements, without
a tree per article: text escapes ``&``, ``<``, ``>`` and CR (``&#13;``); an attribute value
holding ``"`` but no ``'`` goes in single quotes; ``href`` and ``src`` lose leading blanks
and have spaces, controls and non-ASCII bytes percent-encoded; an empty ``<li>`` stays
open. ``Markup(tree=True)`` writes the same elements as well-formed XML that parses back to
exactly the model's values: void elements closed, URLs as they are, tab and newline in an
attribute as references. Characters XML cannot hold (they only come from text) are removed
from the whole fragment at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from syndicate._compat import assert_never
from syndicate.content import (
    Block,
    Code,
    Embed,
    Emphasis,
    Figure,
    Heading,
    Inline,
    InlineLink,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Preformatted,
    PullQuote,
    Quote,
    RelatedLinks,
    Rule,
    Strong,
    Subscript,
    Superscript,
    Table,
    Text,
)
from syndicate.urls import safe
from syndicate.writers.presentation import RELATED, FigureView, Presentation
from syndicate.writers.presentation.figures import view
from syndicate.xmlchars import xml_safe

Put = Callable[[str], None]
Placed = tuple[str, int | None, int | None]
"""Where an ``<img>`` points, its width and its height."""

_URI_LEAD = re.compile("^[ \t\n]+")
_URI_UNSAFE = re.compile("[^\r!-~]+")
"""What libxml2 percent-encodes in a URI attribute: all but CR and printable ASCII."""
_IN_XML_ATTRIBUTE = (('"', "&quot;"), ("\n", "&#10;"), ("\t", "&#9;"))
"""What an XML attribute value escapes beyond text (a parser reads tab and newline as spaces)."""


def text(value: str) -> str:
    """``value`` escaped as text, as libxml2 escapes it in HTML and in XML."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def xml_value(value: str) -> str:
    """``value`` escaped as lxml escapes a double-quoted XML attribute value (an XML parser
    reads it back as ``value``: a bare tab or newline would come back as a space)."""
    value = text(value)
    for char, reference in _IN_XML_ATTRIBUTE:
        if char in value:
            value = value.replace(char, reference)
    return value


def _percent(match: re.Match[str]) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))


def attr(name: str, value: str, uri: bool = False) -> str:
    """`` name="value"`` as libxml2's HTML serialiser writes it (``uri``: an ``href`` or
    ``src``)."""
    if uri and not (value.isascii() and value.isprintable() and " " not in value):
        value = _URI_UNSAFE.sub(_percent, _URI_LEAD.sub("", xml_safe(value)))
    value = text(value)
    if '"' not in value:
        return f' {name}="{value}"'
    if "'" not in value:
        return f" {name}='{value}'"
    return f' {name}="{value.replace(chr(34), "&quot;")}"'


def xml_attr(name: str, value: str, uri: bool = False) -> str:
    """`` name="value"`` for an XML parser (a URI as it is)."""
    return f' {name}="{xml_value(value)}"'


class Markup:
    """Writes body blocks as markup: the HTML fragment feeds carry, or with ``tree`` the
    XML a tree is parsed from; ``related_tag`` holds a box of related links. A subclass
    may place images elsewhere (``place``) and stand something in for one that cannot
    show (``missing``)."""

    __slots__ = ("attr", "end", "related_tag", "tree")

    def __init__(self, *, tree: bool = False, related_tag: str = "div") -> None:
        self.tree = tree
        self.related_tag = related_tag
        self.attr = xml_attr if tree else attr
        self.end = "/>" if tree else ">"  # how a void element's tag ends

    def inlines(self, put: Put, nodes: Sequence[Inline], linking: bool = False) -> None:
        """Inline nodes (``linking``: inside a link, where another link is no HTML)."""
        for node in nodes:
            if isinstance(node, Text):
                value = node.text
                if "&" in value or "<" in value or ">" in value or "\r" in value:
                    value = text(value)
                put(value)
            elif isinstance(node, Emphasis):
                put("<em>")
                self.inlines(put, node.children, linking)
                put("</em>")
            elif isinstance(node, InlineLink):
                href = safe(node.url)
                if href and not linking:
                    title = self.attr("title", node.title) if node.title else ""
                    put(f"<a{self.attr('href', href, True)}{title}>")
                    self.inlines(put, node.children, True)
                    put("</a>")
                else:
                    self.inlines(put, node.children, linking)
            elif isinstance(node, Strong):
                put("<strong>")
                self.inlines(put, node.children, linking)
                put("</strong>")
            elif isinstance(node, LineBreak):
                put(f"<br{self.end}")
            elif isinstance(node, Code):
                put(f"<code>{text(node.text)}</code>")
            elif isinstance(node, Subscript):
                put("<sub>")
                self.inlines(put, node.children, linking)
                put("</sub>")
            elif isinstance(node, Superscript):
                put("<sup>")
                self.inlines(put, node.children, linking)
                put("</sup>")
            else:
                assert_never(node)

    def blocks(self, put: Put, nodes: Sequence[Block]) -> None:
        """Block nodes."""
        for node in nodes:
            if isinstance(node, Paragraph):
                put("<p>")
                self.inlines(put, node.children)
                put("</p>")
            elif isinstance(node, Heading):
                put(f"<h{node.level}>")
                self.inlines(put, node.children)
                put(f"</h{node.level}>")
            elif isinstance(node, Figure):
                self.figure(put, view(node.image))
            elif isinstance(node, ListBlock):
                tag = "ol" if node.ordered else "ul"
                put(f"<{tag}>")
                for item in node.items:
                    self._item(put, item)
                put(f"</{tag}>")
            else:
                self._rare_block(put, node)

    def _rare_block(self, put: Put, node: Block) -> None:
        match node:
            case Paragraph() | Heading() | Figure() | ListBlock():
                self.blocks(put, (node,))
            case Quote(children=children, attribution=who):
                put("<blockquote>")
                self.blocks(put, children)
                _attribution(put, who)
                put("</blockquote>")
            case PullQuote(children=children, attribution=who):
                put('<blockquote class="pullquote"><p>')
                self.inlines(put, children)
                put("</p>")
                _attribution(put, who)
                put("</blockquote>")
            case Table(rows=rows, caption=caption):
                put("<table>")
                if caption:
                    put("<caption>")
                    self.inlines(put, caption)
                    put("</caption>")
                put("<tbody>")
                for row in rows:
                    put("<tr>")
                    for cell in row.cells:
                        tag = "th" if cell.header else "td"
                        span = f' colspan="{cell.colspan}"' if cell.colspan > 1 else ""
                        span += f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else ""
                        put(f"<{tag}{span}>")
                        self.inlines(put, cell.children)
                        put(f"</{tag}>")
                    put("</tr>")
                put("</tbody></table>")
            case Preformatted(text=value, language=language):
                css = self.attr("class", f"language-{language}") if language else ""
                put(f"<pre><code{css}>{text(value)}</code></pre>")
            case Embed(provider=provider, url=url, fallback=fallback):
                label = text(f"{provider}: {fallback}" if fallback else provider)
                href = safe(url)
                put(
                    f'<p class="embed"><a{self.attr("href", href, True)}>{label}</a></p>'
                    if href
                    else f'<p class="embed">{label}</p>'
                )
            case Rule():
                put(f"<hr{self.end}")
            case RelatedLinks(links=links, label=label):
                self.related(put, links, label or RELATED)
            case _:
                assert_never(node)

    def _item(self, put: Put, item: tuple[Block, ...]) -> None:
        """One list item; libxml2's HTML serialiser leaves an empty ``<li>`` open."""
        parts: list[str] = []
        if len(item) == 1 and isinstance(item[0], Paragraph):
            self.inlines(parts.append, item[0].children)
        else:
            self.blocks(parts.append, item)
        inner = "".join(parts)
        closed = self.tree or "<" in inner or xml_safe(inner)
        put(f"<li>{inner}</li>" if closed else "<li>")

    def place(self, shown: FigureView) -> Placed | None:
        """Where the ``<img>`` points and its size; None when it cannot be shown."""
        image = shown.image
        return (shown.src, image.width, image.height) if shown.src else None

    def missing(self, put: Put, shown: FigureView) -> None:
        """What stands in for an image that cannot be shown (here: nothing)."""

    def figure(self, put: Put, shown: FigureView) -> None:
        """A ``<figure>`` with image and caption/credit; ``missing`` when the image cannot
        be shown."""
        placed = self.place(shown)
        if placed is None:
            self.missing(put, shown)
            return
        src, width, height = placed
        size = f' width="{width}"' if width else ""
        size += f' height="{height}"' if height else ""
        put(
            f"<figure><img{self.attr('src', src, True)}{self.attr('alt', shown.alt)}"
            f"{size}{self.end}"
        )
        if shown.has_caption:
            put("<figcaption>")
            self.inlines(put, shown.caption)
            if shown.credit:
                space = " " if shown.caption_text else ""
                put(f'{space}<span class="credit">{text(shown.credit_note)}</span>')
            put("</figcaption>")
        put("</figure>")

    def related(self, put: Put, links: Sequence[Link], label: str) -> None:
        """A titled list of related links (nothing when none is safe)."""
        urls = [(safe(link.url), link.title or link.url) for link in links]
        items = [f"<li><a{self.attr('href', u, True)}>{text(t)}</a></li>" for u, t in urls if u]
        if items:
            tag = self.related_tag
            put(f'<{tag} class="related"><h2>{text(label)}</h2><ul>{"".join(items)}</ul></{tag}>')

    def article(self, shown: Presentation) -> str:
        """The article's content (no headline): lead figure, body (with its dateline),
        related links, the editors' credit."""
        parts: list[str] = []
        put = parts.append
        if shown.lead is not None:
            self.figure(put, shown.lead)
        self.blocks(put, shown.body)
        if shown.related:
            self.related(put, shown.related, RELATED)
        if shown.editors:
            put(f'<p class="editor"><em>{text(shown.editors)}</em></p>')
        return xml_safe("".join(parts))


def _attribution(put: Put, who: str) -> None:
    if who:
        put(f'<p class="attribution">{text(f"— {who}")}</p>')


FEED = Markup()
"""The fragment feeds carry."""


def article_html(shown: Presentation) -> str:
    """The article's content (no headline) as the HTML fragment feeds carry."""
    return FEED.article(shown)
