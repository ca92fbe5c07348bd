from __future__ import annotations

from syndicate import (
    Code,
    Embed,
    Emphasis,
    Figure,
    Heading,
    InlineLink,
    LineBreak,
    ListBlock,
    Paragraph,
    Preformatted,
    PullQuote,
    Quote,
    Strong,
    Table,
    Text,
)
from syndicate.reader.body.convert import Converter
from syndicate.reader.dom import parse


def _blocks(html: str, base: str = "https://s.example/a/") -> tuple[object, ...]:
    root = parse(f"<html><body><div id='c'>{html}</div></body></html>")
    return Converter(base).convert([root.get_element_by_id("c")])


def test_paragraph_inlines_and_whitespace() -> None:
    (para,) = _blocks(
        "<p>  Hello <em>big </em> <strong>world</strong>,\n see <a href='x'>this</a> <code>a()</code>.</p>"
    )
    assert para == Paragraph(
        children=(
            Text(text="Hello "),
            Emphasis(children=(Text(text="big "),)),
            Strong(children=(Text(text="world"),)),
            Text(text=", see "),
            InlineLink(url="https://s.example/a/x", children=(Text(text="this"),)),
            Text(text=" "),
            Code(text="a()"),
            Text(text="."),
        )
    )


def test_loose_text_and_double_breaks_make_paragraphs() -> None:
    blocks = _blocks("First line<br>same para<br><br>Second para<div>Block</div>tail")
    assert blocks == (
        Paragraph(children=(Text(text="First line"), LineBreak(), Text(text="same para"))),
        Paragraph(children=(Text(text="Second para"),)),
        Paragraph(children=(Text(text="Block"),)),
        Paragraph(children=(Text(text="tail"),)),
    )


def test_headings_lists_quotes() -> None:
    blocks = _blocks(
        "<h1>Top</h1><h3>Sub</h3><ol><li>one</li><li><p>two</p><ul><li>nested</li></ul></li></ol>"
        "<blockquote><p>Quoted</p></blockquote><blockquote class='pullquote'>Pulled</blockquote>"
    )
    assert blocks[0] == Heading(level=2, children=(Text(text="Top"),))
    assert blocks[1] == Heading(level=3, children=(Text(text="Sub"),))
    assert isinstance(blocks[2], ListBlock) and blocks[2].ordered and len(blocks[2].items) == 2
    assert isinstance(blocks[2].items[1][1], ListBlock)
    assert blocks[3] == Quote(children=(Paragraph(children=(Text(text="Quoted"),)),))
    assert blocks[4] == PullQuote(children=(Text(text="Pulled"),))


def test_figure_with_lazy_image_caption_and_credit() -> None:
    (figure,) = _blocks(
        "<figure><img src='data:image/gif;base64,R0lGOD' data-src='/img/p.jpg' alt='Alt' width='640'>"
        "<figcaption>Leaders meet in Delhi | Photo: ANI</figcaption></figure>"
    )
    assert isinstance(figure, Figure)
    image = figure.image
    assert image.url == "https://s.example/img/p.jpg" and image.alt == "Alt" and image.width == 640
    assert image.caption == (Text(text="Leaders meet in Delhi"),) and image.credit == "ANI"


def test_a_figure_without_an_image_keeps_its_text() -> None:
    quote, source, code, table = _blocks(
        "<figure><blockquote><p>She teaches well.</p></blockquote>"
        "<figcaption>Lizzie W.</figcaption></figure>"
        "<figure class='highlight'><pre>print(1)</pre></figure>"
        "<figure class='wp-block-table'><table><tr><td>a</td><td>b</td></tr>"
        "<tr><td>c</td><td>d</td></tr></table></figure>"
    )
    assert isinstance(quote, Quote) and isinstance(source, Paragraph)
    assert isinstance(code, Preformatted) and isinstance(table, Table)
    # only a caption left (the cleaner took its picture): nothing to show
    assert (
        _blocks("<figure><a href='/p.jpg'></a><figcaption>Leaders meet</figcaption></figure>") == ()
    )
    words = "A paragraph of the article that a parser nested inside the figure. " * 4
    image, paragraph = _blocks(f"<figure><img src='/p.jpg'><p>{words}</p></figure>")
    assert isinstance(image, Figure) and isinstance(paragraph, Paragraph)


def test_credit_element_inside_caption() -> None:
    (figure,) = _blocks(
        "<figure><img src='p.jpg'><figcaption>Caption <span class='credit'>Jane/AP</span></figcaption></figure>"
    )
    assert isinstance(figure, Figure)
    assert figure.image.caption == (Text(text="Caption"),) and figure.image.credit == "Jane/AP"


def test_image_inside_paragraph_becomes_a_figure_after_it() -> None:
    blocks = _blocks("<p>Text <img src='/i.png'></p>")
    assert isinstance(blocks[0], Paragraph) and isinstance(blocks[1], Figure)


def test_tables_data_and_layout() -> None:
    (table,) = _blocks(
        "<table><caption>Cap</caption><tr><th>A</th><th>B</th></tr><tr><td colspan='2'>1</td></tr></table>"
    )
    assert isinstance(table, Table) and table.caption == (Text(text="Cap"),)
    assert table.rows[0].cells[0].header and table.rows[1].cells[0].colspan == 2
    layout = _blocks("<table><tr><td><p>a</p><p>b</p><p>c</p></td></tr></table>")
    assert all(isinstance(b, Paragraph) for b in layout) and len(layout) == 3


def test_embeds_and_preformatted() -> None:
    blocks = _blocks(
        "<iframe src='https://www.youtube.com/embed/xyz' title='Clip'></iframe>"
        "<blockquote class='twitter-tweet'><p>Tweet text</p><a href='https://twitter.com/u/status/1'>date</a></blockquote>"
        "<pre><code class='language-python'>x = 1\n  y = 2</code></pre>"
    )
    assert blocks[0] == Embed(
        provider="YouTube", url="https://www.youtube.com/embed/xyz", fallback="Clip"
    )
    assert blocks[1] == Embed(
        provider="X", url="https://twitter.com/u/status/1", fallback="Tweet text date"
    )
    assert blocks[2] == Preformatted(text="x = 1\n  y = 2", language="python")


def test_unsafe_links_lose_their_target_but_keep_text() -> None:
    (para,) = _blocks("<p><a href='javascript:alert(1)'>click</a> me</p>")
    assert para == Paragraph(children=(Text(text="click me"),))
