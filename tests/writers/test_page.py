"""The ``html`` reader view: HTML5 conformance (html5lib, strict), semantic structure,
language and direction, the embedded stylesheet under its Content-Security-Policy hash,
nothing fetched but the article's images, the fragment form and a feed's index page."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace

import html5lib
import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

import syndicate
from syndicate import Article, Context, HtmlOptions, Paragraph, Text, codec
from syndicate.writers.pagestyle import CONTENT_SECURITY_POLICY, STYLESHEET
from tests.conftest import EXAMPLE, EXAMPLE_URL, FIXED_NOW, GOLDENS
from tests.strategies import articles

CTX = Context(now=FIXED_NOW)


def _golden(name: str) -> Article:
    article = codec.loads((GOLDENS / f"{name}.json").read_text())
    assert isinstance(article, Article)
    return article


def conforming(data: bytes, *, fragment: bool = False) -> etree._Element:
    """The page parsed by html5lib in strict mode (any parse error raises), as an lxml tree."""
    parser = html5lib.HTMLParser(
        strict=True, tree=html5lib.getTreeBuilder("lxml"), namespaceHTMLElements=False
    )
    text = data.decode("utf-8")
    if fragment:
        wrapper = etree.Element("div")
        for node in parser.parseFragment(text):
            if isinstance(node, str):
                continue
            wrapper.append(node)
        return wrapper
    return parser.parse(text).getroot()


def _page(article: Article, **options: bool) -> etree._Element:
    data = syndicate.write(article, "html", context=CTX, options=HtmlOptions(**options))
    return conforming(data, fragment=bool(options.get("fragment")))


@pytest.mark.parametrize("name", ["rich-article", "dateline-rtl"])
def test_goldens_are_conforming_html5(name: str) -> None:
    root = conforming((GOLDENS / "html" / f"{name}.html").read_bytes())
    assert root.tag == "html"


def test_example_page_reads_as_one_semantic_article() -> None:
    article = syndicate.read(EXAMPLE.read_bytes(), url=EXAMPLE_URL)
    root = _page(article)
    assert root.get("lang") == article.language and root.get("dir") == "ltr"
    assert [el.tag for el in root.iter("article")] == ["article"]
    h1 = root.findall(".//h1")
    assert len(h1) == 1 and h1[0].text == article.headline
    assert h1[0].getparent().tag == "header"
    times = root.findall(".//header//time")
    assert times and all(t.get("datetime") for t in times)
    assert root.findtext(".//title") == article.headline


def test_figures_have_captions_with_credit_under_the_image() -> None:
    root = _page(_golden("rich-article"))
    lead = root.find(".//article/figure")
    assert lead is not None
    assert [c.tag for c in lead] == ["img", "figcaption"]
    assert lead[0].get("alt") == "Traders" and lead[0].get("width") == "1280"
    caption = "".join(lead[1].itertext())
    assert caption == "Traders at work on Monday (Pho Tog/PTI)"


def test_related_links_are_an_aside_and_dates_are_times() -> None:
    root = _page(_golden("rich-article"))
    asides = root.findall(".//aside")
    assert [a.findtext("h2") for a in asides] == ["More on markets", "Related"]
    published = root.find(".//header//time")
    assert published is not None and published.get("datetime") == "2021-04-06T19:53:56+05:30"


def test_date_only_shows_no_time_and_right_to_left_text_is_marked() -> None:
    root = _page(_golden("dateline-rtl"))
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")
    stamp = root.find(".//time")
    assert stamp is not None and stamp.get("datetime") == "2024-03-05"
    assert stamp.text == "5 March 2024"
    first = root.find(".//ul/li/strong")
    assert first is not None and first.text == "القاهرة:"  # the dateline opens the list


def test_direction_from_the_text_when_no_language() -> None:
    article = replace(_golden("dateline-rtl"), language="")
    root = _page(article)
    assert root.get("dir") == "rtl" and root.get("lang") is None


def test_nothing_runs_and_nothing_loads_but_the_images() -> None:
    article = syndicate.read(EXAMPLE.read_bytes(), url=EXAMPLE_URL)
    root = _page(article)
    loads = {el.tag for el in root.iter() if isinstance(el.tag, str) and el.get("src")}
    assert loads <= {"img"}
    for el in root.iter("script", "iframe", "object", "embed", "form", "base"):
        raise AssertionError(f"<{el.tag}> in the page")
    assert all(link.get("rel") == "canonical" for link in root.iter("link"))
    styles = root.findall(".//style")
    assert [s.text for s in styles] == [STYLESHEET]
    assert "url(" not in STYLESHEET and "@import" not in STYLESHEET
    assert not [el for el in root.iter() if isinstance(el.tag, str) and el.get("style")]
    policy = root.find(".//meta[@http-equiv='Content-Security-Policy']")
    assert policy is not None and policy.get("content") == CONTENT_SECURITY_POLICY
    digest = base64.b64encode(hashlib.sha256(STYLESHEET.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in CONTENT_SECURITY_POLICY
    assert (
        "default-src 'none'" in CONTENT_SECURITY_POLICY
        and "script-src" not in CONTENT_SECURITY_POLICY
    )


def test_stylesheet_covers_phone_print_and_both_schemes() -> None:
    for query in ("prefers-color-scheme:dark", "@media print", "max-width:30rem"):
        assert query in STYLESHEET
    assert "color-scheme:light dark" in STYLESHEET
    assert len(STYLESHEET) < 4096  # one small stylesheet


def test_fragment_is_the_article_alone() -> None:
    article = _golden("rich-article")
    data = syndicate.write(article, "html", context=CTX, options=HtmlOptions(fragment=True))
    assert data.startswith(b"<article ") and b"<html" not in data and b"<style" not in data
    root = conforming(data, fragment=True)
    (only,) = root
    assert only.tag == "article" and only.get("lang") == "en-IN"


def test_feed_writes_an_index_page_with_one_link_per_article() -> None:
    rich, rtl = _golden("rich-article"), _golden("dateline-rtl")
    untitled = Article(body=(Paragraph(children=(Text(text="No link, no headline."),)),))
    feed = syndicate.feed([rich, rtl, untitled], title="Morning <digest>", language="en")
    data = syndicate.write(feed, "html", context=CTX)
    root = conforming(data)
    assert root.findtext(".//h1") == "Morning <digest>"
    items = root.findall(".//ol[@class='index']/li/article")
    assert len(items) == 3
    links = [a.get("href") for a in root.findall(".//ol//h2/a")]
    assert links == [rtl.link, rich.link]  # newest first; no link for an article without one
    assert items[0].get("dir") == "rtl" and items[1].get("dir") == "ltr"
    fragment = syndicate.write(feed, "html", context=CTX, options=HtmlOptions(fragment=True))
    assert fragment.startswith(b'<ol class="index">')


def test_escaped_by_construction() -> None:
    article = _golden("rich-article")
    data = syndicate.write(article, "html", context=CTX).decode()
    assert "&lt;b&gt;escaped&lt;/b&gt;" in data and "<b>" not in data
    assert "&lt;script&gt;alert(1)&lt;/script&gt; stays text" in data


def test_deterministic_and_independent_of_the_clock() -> None:
    article = _golden("rich-article")
    first = syndicate.write(article, "html", context=CTX)
    later = Context(now=FIXED_NOW.replace(year=2030))
    assert first == syndicate.write(article, "html", context=later)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_any_article_is_a_conforming_page(article: Article) -> None:
    conforming(syndicate.write(article, "html", context=CTX))
    conforming(
        syndicate.write(article, "html", context=CTX, options=HtmlOptions(fragment=True)),
        fragment=True,
    )
