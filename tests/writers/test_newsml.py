"""NewsML-G2 against IPTC's 2.35 XSD, its news conventions, and a read-back with IPTC's
own Python model (newsmlg2)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import NewsMLG2
import pytest
from lxml import etree

import syndicate
from syndicate import Article, Context
from syndicate.content import inline_text
from syndicate.writers.newsml import NAR, NewsmlOptions, catalog_href
from tests.conftest import CORPUS, EXAMPLE, EXAMPLE_URL
from tests.writers import feedcases

XSD = Path(__file__).parent.parent / "schemas/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"
N = {"n": NAR, "x": "http://www.w3.org/1999/xhtml"}


@cache
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def valid(data: bytes) -> etree._Element:
    root = etree.fromstring(data)
    assert schema().validate(root), "\n".join(str(e) for e in schema().error_log)
    return root


def _pages() -> list[Path]:
    return [EXAMPLE, *sorted(CORPUS.glob("*/source.html"))]


@pytest.mark.parametrize(
    "page", _pages(), ids=lambda p: p.parent.name if p.name == "source.html" else p.stem
)
@pytest.mark.parametrize("package", [False, True])
def test_every_fixture_page_is_xsd_valid(page: Path, package: bool, context: Context) -> None:
    article = syndicate.read(page.read_bytes(), url="https://fixture.example/page")
    valid(
        syndicate.write(article, "newsml", context=context, options=NewsmlOptions(package=package))
    )


def test_feed_is_a_valid_news_message_and_package(context: Context) -> None:
    feed = feedcases.feed()
    message = valid(syndicate.write(feed, "newsml", context=context))
    assert message.tag == f"{{{NAR}}}newsMessage"
    assert len(message.findall("n:itemSet/n:newsItem", N)) == len(feed.articles)
    packaged = valid(
        syndicate.write(feed, "newsml", context=context, options=NewsmlOptions(package=True))
    )
    refs = packaged.xpath("//n:packageItem//n:itemRef/@residref", namespaces=N)
    items = packaged.xpath("//n:newsItem/@guid", namespaces=N)
    assert refs == items[: len(refs)] or set(refs) == set(items)
    texts = [r for r in refs if not r.endswith("#lead-image")]
    assert texts == [i for i in items if not i.endswith("#lead-image")]  # the chosen order


@pytest.fixture(scope="module")
def example() -> Article:
    return syndicate.read(EXAMPLE.read_bytes(), url=EXAMPLE_URL)


def test_news_conventions_land_in_their_elements(example: Article, context: Context) -> None:
    root = valid(syndicate.write(example, "newsml", context=context))
    first = lambda path: root.xpath(path, namespaces=N)  # noqa: E731
    assert first("/n:newsItem/@guid") == [EXAMPLE_URL]
    assert first("/n:newsItem/@version") == ["1"]
    assert first("/n:newsItem/n:catalogRef/@href") == [catalog_href()]
    assert first("//n:itemMeta/n:itemClass/@qcode") == ["ninat:text"]
    assert first("//n:itemMeta/n:versionCreated/text()") == ["2026-01-02T03:04:05+00:00"]
    assert first("//n:itemMeta/n:firstCreated/text()") == ["2021-04-06T19:53:56+05:30"]
    assert first("//n:contentMeta/n:contentModified/text()") == ["2021-04-06T20:10:12+05:30"]
    assert first("//n:contentMeta/n:contributor[@role='ctrol:editor']/n:name/text()") == [
        "Debalina Dey"
    ]
    assert first("//n:contentMeta/n:creator/n:name/text()") == ["Nayanima Basu"]
    assert first("//n:contentMeta/n:creator/@uri") == ["https://theprint.in/author/nayanima/"]
    assert first("//n:contentMeta/n:dateline/text()") == ["New Delhi"]
    assert first("//n:contentMeta/n:located/n:name/text()") == ["New Delhi"]
    assert first("//n:contentMeta/n:creditline/text()") == ["Twitter | @DrSJaishankar"]
    assert first("//n:contentMeta/n:headline[@role='hlrole:sub']/text()") == [example.dek]
    assert first("//n:contentMeta/n:description[@role='drol:summary']/text()") == [example.dek]
    assert first("//n:contentMeta/n:infoSource/n:name/text()") == ["ThePrint"]
    assert "S-400" in first("//n:contentMeta/n:subject/n:name/text()")
    related = first("//n:itemMeta/n:link[@rel='irel:seeAlso']/@href")
    assert all(link.url in related for link in example.related)
    body = first("//n:inlineXML[@contenttype='application/xhtml+xml']/x:html/x:body")[0]
    text = " ".join("".join(body.itertext()).split())
    assert "NEW DELHI: Despite pressure from the US" in text and "Edited by Debalina Dey" in text


def test_package_carries_the_lead_picture(example: Article, context: Context) -> None:
    root = valid(
        syndicate.write(example, "newsml", context=context, options=NewsmlOptions(package=True))
    )
    picture = root.xpath(
        "//n:newsItem[n:itemMeta/n:itemClass/@qcode='ninat:picture']", namespaces=N
    )[0]
    assert picture.xpath("n:contentSet/n:remoteContent/@href", namespaces=N) == [
        example.lead_image.url
    ]  # type: ignore[union-attr]
    assert picture.xpath("n:contentMeta/n:creditline/text()", namespaces=N) == [
        "Twitter | @DrSJaishankar"
    ]


def test_read_back_with_iptc_newsmlg2(example: Article, context: Context) -> None:
    item = NewsMLG2.NewsMLG2Document(syndicate.write(example, "newsml", context=context)).get_item()
    meta = item.contentmeta
    assert [str(h) for h in meta.headline] == [example.headline, example.dek]
    assert [str(c.name) for c in meta.creator] == [p.name for p in example.authors]
    assert [(str(c.name), str(c.role)) for c in meta.contributor] == [
        ("Debalina Dey", "ctrol:editor")
    ]
    assert str(item.itemmeta.firstcreated) == example.published.isoformat()  # type: ignore[union-attr]
    assert str(meta.contentmodified) == example.modified.isoformat()  # type: ignore[union-attr]
    xhtml = etree.fromstring(item.to_xml_string()).xpath("//x:body", namespaces=N)[0]
    text = " ".join("".join(xhtml.itertext()).split())
    for block in example.body[1:4]:
        assert " ".join(inline_text(block.children).split()) in text  # type: ignore[union-attr]


def test_xml_breaking_content_is_neutralised(context: Context) -> None:
    nasty = Article(
        headline="a ]]> b \x00\x1b <tag> \ud800 &amp;",
        dek="</headline><x>",
        body=(syndicate.Paragraph(children=(syndicate.Text(text="]]><script>x</script>\x07"),)),),
    )
    root = valid(syndicate.write(nasty, "newsml", context=context))
    assert root.xpath("//n:headline/text()", namespaces=N)[0] == "a ]]> b  <tag>  &amp;"
