"""The string writers write what lxml would, on generated articles (awkward URLs and text
included): the feeds' body string (``fragment.Markup()``) is what lxml's HTML method writes
of the tree the page, EPUB and NewsML-G2 parse from ``Markup(tree=True)``, that tree holds
the model's URLs and text exactly, and RSS items (``rssitem``) are what feedgen built."""

from __future__ import annotations

import dataclasses
from typing import Any

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import syndicate
from syndicate import (
    Article,
    Block,
    Context,
    Figure,
    Image,
    InlineLink,
    Link,
    Paragraph,
    RelatedLinks,
    Text,
)
from syndicate.urls import model_url, safe
from syndicate.writers import feedtools, fragment
from syndicate.writers.feedext import DCTERMS_NS, MEDIA_NS
from syndicate.writers.html import HtmlBuilder
from syndicate.writers.identity import article_id
from syndicate.writers.presentation import Presentation, present
from syndicate.writers.safetext import html_text, xml_safe, xml_text
from tests.conftest import FIXED_NOW
from tests.strategies import articles, texts

CTX = Context(now=FIXED_NOW)
ODD = st.text(alphabet=st.sampled_from(list(" \t\n\r\"'&<>%é\u00a0😀\x7f\x01\ufffe/a=?#")))
odd_urls = st.builds(
    lambda lead, path: f"{lead}https://example.com/{path}", st.sampled_from(["", " ", "\n "]), ODD
).filter(model_url)
odd_blocks = st.one_of(
    st.builds(
        lambda url, title, words: Paragraph(
            children=(InlineLink(url=url, title=title, children=(syndicate.Text(text=words),)),)
        ),
        odd_urls,
        ODD,
        texts,
    ),
    st.builds(lambda url, alt: Figure(image=Image(url=url, alt=alt)), odd_urls, ODD),
    st.builds(lambda url: RelatedLinks(links=(Link(url=url, title="x"),)), odd_urls),
)
odd_articles = st.builds(
    lambda article, extra: dataclasses.replace(article, body=article.body + tuple(extra)),
    articles,
    st.lists(odd_blocks, max_size=3),
)


def tree(shown: Presentation) -> etree._Element:
    """The article's body as the tree writers build it, in a ``<div>``."""
    builder = HtmlBuilder()
    wrapper = builder.el("div")
    builder.article_body(wrapper, shown)
    return wrapper


def tree_html(shown: Presentation) -> str:
    """The body tree as lxml's HTML method serialises it (what feeds carried from a tree)."""
    wrapper = tree(shown)
    parts = [etree.tostring(child, method="html", encoding="unicode") for child in wrapper]
    return xml_safe(wrapper.text or "") + "".join(parts)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_articles)
def test_fragment_is_the_tree_as_lxml_serialises_it(article: Article) -> None:
    shown = present(article)
    assert fragment.article_html(shown) == tree_html(shown)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(odd_blocks, min_size=1, max_size=4))
def test_tree_holds_urls_and_text_as_the_model_does(body: list[Block]) -> None:
    wrapper = tree(present(Article(headline="h", body=tuple(body))))
    assert len(wrapper) == len(body)
    for block, element in zip(body, wrapper, strict=True):
        if isinstance(block, Paragraph):
            link = block.children[0]
            assert isinstance(link, InlineLink)
            anchor = element.find("a")
            assert (anchor is not None) == bool(safe(link.url))
            words = xml_safe(link.children[0].text if isinstance(link.children[0], Text) else "")
            assert "".join(element.itertext()) == words
            if anchor is not None:
                assert anchor.get("href") == xml_safe(link.url)
                assert anchor.get("title") == (xml_safe(link.title) if link.title else None)
        elif isinstance(block, Figure):
            image = element.find("img")
            assert image is not None
            assert image.get("src") == xml_safe(block.image.url)
            assert image.get("alt") == xml_safe(block.image.alt)
        else:
            assert isinstance(block, RelatedLinks)
            anchor = element.find("ul/li/a")
            assert anchor is not None
            assert anchor.get("href") == xml_safe(block.links[0].url)


class _Namespaces(BaseExtension):  # type: ignore[misc]
    def extend_ns(self) -> dict[str, str]:
        return {"media": MEDIA_NS, "dcterms": DCTERMS_NS}


class _Media(BaseEntryExtension):  # type: ignore[misc]
    """The entry extension the RSS writer used with feedgen."""

    def __init__(self) -> None:
        self.modified: Any = None
        self.image: Any = None
        self.image_type = ""

    def extend_rss(self, item: etree._Element) -> etree._Element:
        if self.modified is not None:
            etree.SubElement(item, f"{{{DCTERMS_NS}}}modified").text = self.modified.isoformat()
        if self.image is not None:
            image = self.image.image
            attrs = {"url": image.url, "medium": "image", "type": self.image_type}
            if image.width:
                attrs["width"] = str(image.width)
            if image.height:
                attrs["height"] = str(image.height)
            content = etree.SubElement(item, f"{{{MEDIA_NS}}}content", attrs)
            if caption := xml_safe(self.image.description):
                etree.SubElement(content, f"{{{MEDIA_NS}}}description").text = caption
            if image.credit:
                etree.SubElement(content, f"{{{MEDIA_NS}}}credit").text = xml_safe(image.credit)
            etree.SubElement(item, f"{{{MEDIA_NS}}}thumbnail", {"url": image.url})
        return item


def feedgen_items(articles: list[Article]) -> bytes:
    """The items as the RSS writer wrote them through feedgen."""
    gen = FeedGenerator()
    gen.load_extension("dc")
    gen.register_extension("news", _Namespaces, _Media, atom=False, rss=True)
    gen.title("t")
    gen.link(href="https://feed.example/")
    gen.description("d")
    for article in articles:
        shown = present(article)
        entry = gen.add_entry(order="append")
        item_id = article_id(article)
        entry.guid(item_id, permalink=item_id.startswith(("http://", "https://")))
        entry.title(xml_text(article.headline, "Untitled"))
        if safe(article.link):
            entry.link(href=safe(article.link))
        summary = xml_text(shown.summary, "") or xml_text(article.headline, "-")
        entry.description(html_text(summary))
        entry.content(tree_html(shown))
        for person in article.authors:
            entry.dc.dc_creator(xml_text(person.name, "Unknown"), replace=False)
        if article.published:
            entry.pubDate(article.published)
        for term in shown.categories:
            entry.category(term=xml_safe(term))
        if article.language:
            entry.dc.dc_language(article.language)
        if article.modified and article.modified != article.published:
            entry.news.modified = article.modified
        if shown.lead is not None and safe(shown.lead.image.url):
            entry.news.image = shown.lead
            entry.news.image_type = feedtools.image_type(shown.lead.image.url)
            entry.enclosure(url=shown.lead.image.url, length="0", type=entry.news.image_type)
    return _items(gen.rss_str(pretty=True))


def _items(rss: bytes) -> bytes:
    start = rss.find(b"    <item>")
    return rss[start : rss.rindex(b"  </channel>")] if start >= 0 else b""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(odd_articles, min_size=1, max_size=2))
def test_rss_items_are_what_feedgen_wrote(found: list[Article]) -> None:
    feed = syndicate.feed(found, title="Feed", link="https://feed.example/")
    try:
        expected = feedgen_items(feedtools.items(feed, feedtools.ItemOptions()))
    except ValueError:  # lxml refused a string: so does the writer
        try:
            syndicate.write(feed, "rss", context=CTX)
        except ValueError:
            return
        raise AssertionError("the RSS writer took a string lxml refuses") from None
    assert _items(syndicate.write(feed, "rss", context=CTX)) == expected
