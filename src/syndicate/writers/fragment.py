"""The article's content as the HTML fragment feeds carry (RSS ``content:encoded``, Atom
``content``, JSON Feed ``content_html``, ninjs), written straight to a string.

The markup is what ``HtmlBuilder.article_body`` builds, serialised as lxml's HTML method
writes it, without a tree per article: text escapes ``&``, ``<``, ``>`` and CR
(``&#13;``); an attribute value holding ``"`` but no ``'`` goes in single quotes;
``href`` and ``src`` lose leading blanks and have spaces, controls and non-ASCII bytes
percent-encoded; an empty ``<li>`` stays open. Characters XML cannot hold (they only come
from text) are removed from the whole fragment at once. The tests hold it to the builder.
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

_URI_LEAD = re.compile("^[ \t\n]+")
_URI_UNSAFE = re.compile("[^\r!-~]+")
"""What libxml2 percent-encodes in a URI attribute: all but CR and printable ASCII."""


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


def _percent(match: re.Match[str]) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))


def attr(name: str, value: str, *, uri: bool = False) -> str:
    """`` name="value"`` as libxml2's HTML serialiser writes it."""
    if uri and not (value.isascii() and value.isprintable() and " " not in value):
        value = _URI_UNSAFE.sub(_percent, _URI_LEAD.sub("", xml_safe(value)))
    value = text(value)
    if '"' not in value:
        return f' {name}="{value}"'
    if "'" not in value:
        return f" {name}='{value}'"
    return f' {name}="{value.replace(chr(34), "&quot;")}"'


def inlines(put: Put, nodes: Sequence[Inline], linking: bool = False) -> None:
    """Inline nodes (``linking``: inside a link, where another link is no HTML)."""
    for node in nodes:
        if isinstance(node, Text):
            value = node.text
            if "&" in value or "<" in value or ">" in value or "\r" in value:
                value = text(value)
            put(value)
        elif isinstance(node, Emphasis):
            put("<em>")
            inlines(put, node.children, linking)
            put("</em>")
        elif isinstance(node, InlineLink):
            href = safe(node.url)
            if href and not linking:
                title = attr("title", node.title) if node.title else ""
                put(f"<a{attr('href', href, uri=True)}{title}>")
                inlines(put, node.children, True)
                put("</a>")
            else:
                inlines(put, node.children, linking)
        elif isinstance(node, Strong):
            put("<strong>")
            inlines(put, node.children, linking)
            put("</strong>")
        elif isinstance(node, LineBreak):
            put("<br>")
        elif isinstance(node, Code):
            put(f"<code>{text(node.text)}</code>")
        elif isinstance(node, Subscript):
            put("<sub>")
            inlines(put, node.children, linking)
            put("</sub>")
        elif isinstance(node, Superscript):
            put("<sup>")
            inlines(put, node.children, linking)
            put("</sup>")
        else:
            assert_never(node)


def blocks(put: Put, nodes: Sequence[Block]) -> None:
    """Block nodes."""
    for node in nodes:
        if isinstance(node, Paragraph):
            put("<p>")
            inlines(put, node.children)
            put("</p>")
        elif isinstance(node, Heading):
            put(f"<h{node.level}>")
            inlines(put, node.children)
            put(f"</h{node.level}>")
        elif isinstance(node, Figure):
            figure(put, view(node.image))
        elif isinstance(node, ListBlock):
            tag = "ol" if node.ordered else "ul"
            put(f"<{tag}>")
            for item in node.items:
                _item(put, item)
            put(f"</{tag}>")
        else:
            _rare_block(put, node)


def _rare_block(put: Put, node: Block) -> None:
    match node:
        case Paragraph() | Heading() | Figure() | ListBlock():
            blocks(put, (node,))
        case Quote(children=children, attribution=who):
            put("<blockquote>")
            blocks(put, children)
            _attribution(put, who)
            put("</blockquote>")
        case PullQuote(children=children, attribution=who):
            put('<blockquote class="pullquote"><p>')
            inlines(put, children)
            put("</p>")
            _attribution(put, who)
            put("</blockquote>")
        case Table(rows=rows, caption=caption):
            put("<table>")
            if caption:
                put("<caption>")
                inlines(put, caption)
                put("</caption>")
            put("<tbody>")
            for row in rows:
                put("<tr>")
                for cell in row.cells:
                    tag = "th" if cell.header else "td"
                    span = f' colspan="{cell.colspan}"' if cell.colspan > 1 else ""
                    span += f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else ""
                    put(f"<{tag}{span}>")
                    inlines(put, cell.children)
                    put(f"</{tag}>")
                put("</tr>")
            put("</tbody></table>")
        case Preformatted(text=value, language=language):
            css = attr("class", f"language-{language}") if language else ""
            put(f"<pre><code{css}>{text(value)}</code></pre>")
        case Embed(provider=provider, url=url, fallback=fallback):
            label = text(f"{provider}: {fallback}" if fallback else provider)
            href = safe(url)
            put(
                f'<p class="embed"><a{attr("href", href, uri=True)}>{label}</a></p>'
                if href
                else f'<p class="embed">{label}</p>'
            )
        case Rule():
            put("<hr>")
        case RelatedLinks(links=links, label=label):
            related(put, links, label or RELATED)
        case _:
            assert_never(node)


def _item(put: Put, item: tuple[Block, ...]) -> None:
    """One list item; libxml2 leaves an empty ``<li>`` open."""
    parts: list[str] = []
    if len(item) == 1 and isinstance(item[0], Paragraph):
        inlines(parts.append, item[0].children)
    else:
        blocks(parts.append, item)
    inner = "".join(parts)
    put(f"<li>{inner}</li>" if "<" in inner or xml_safe(inner) else "<li>")


def _attribution(put: Put, who: str) -> None:
    if who:
        put(f'<p class="attribution">{text(f"— {who}")}</p>')


def figure(put: Put, shown: FigureView) -> None:
    """A ``<figure>`` with image and caption/credit; nothing when the image cannot show."""
    if not shown.src:
        return
    image = shown.image
    size = f' width="{image.width}"' if image.width else ""
    size += f' height="{image.height}"' if image.height else ""
    put(f"<figure><img{attr('src', shown.src, uri=True)}{attr('alt', shown.alt)}{size}>")
    if shown.has_caption:
        put("<figcaption>")
        inlines(put, shown.caption)
        if shown.credit:
            space = " " if shown.caption_text else ""
            put(f'{space}<span class="credit">{text(shown.credit_note)}</span>')
        put("</figcaption>")
    put("</figure>")


def related(put: Put, links: Sequence[Link], label: str) -> None:
    """A titled list of related links (nothing when none is safe)."""
    urls = [(safe(link.url), link.title or link.url) for link in links]
    items = [f"<li><a{attr('href', u, uri=True)}>{text(t)}</a></li>" for u, t in urls if u]
    if items:
        put(f'<div class="related"><h2>{text(label)}</h2><ul>{"".join(items)}</ul></div>')


def article_html(shown: Presentation) -> str:
    """The article's content (no headline) as an HTML fragment string: lead figure, body
    (with its dateline), related links, the editors' credit."""
    parts: list[str] = []
    put = parts.append
    if shown.lead is not None:
        figure(put, shown.lead)
    blocks(put, shown.body)
    if shown.related:
        related(put, shown.related, RELATED)
    if shown.editors:
        put(f'<p class="editor"><em>{text(shown.editors)}</em></p>')
    return xml_safe("".join(parts))
