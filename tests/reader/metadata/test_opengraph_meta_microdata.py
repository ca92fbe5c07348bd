from __future__ import annotations

from syndicate.reader.dom import parse
from syndicate.reader.metadata import domhints, meta, microdata, opengraph
from syndicate.reader.metadata.header import header
from syndicate.reader.page import Page
from syndicate.reader.report import Report

HEAD = """<html lang="fr"><head><title>Titre - Le Site</title>
<meta property="og:title" content="OG title"><meta property="og:site_name" content="Le Site">
<meta property="og:locale" content="fr_FR"><meta property="article:tag" content="a">
<meta property="article:tag" content="b"><meta property="article:author" content="https://s/author/x">
<meta property="article:published_time" content="2020-01-02T03:04:05Z">
<meta property="og:image" content="/i.jpg"><meta property="og:image:width" content="1200">
<meta name="twitter:title" content="TW title"><meta name="author" content="Jeanne Doe">
<meta name="news_keywords" content="x, y; z"><meta name="description" content="Desc">
<link rel="canonical" href="https://s/canon"></head>
<body><div class="kicker">Monde</div><h1 class="entry-title">Visible</h1>
<span class="byline"><a rel="author" href="/p/jd">Jeanne Doe</a></span>
<time datetime="2020-01-02">2 Jan</time>
<div itemprop="author"><span itemprop="name">Micro Person</span></div>
<meta itemprop="datePublished" content="2020-01-01"></body></html>"""


def _page() -> Page:
    return Page.build(parse(HEAD), "https://s/a/b")


def test_opengraph() -> None:
    found = opengraph.extract(_page(), Report(strict=False))
    assert (found.headline, found.site_name, found.language) == ("OG title", "Le Site", "fr-FR")
    assert found.tags == ["a", "b"] and found.authors == []  # a profile URL is not a name
    assert found.published == "2020-01-02T03:04:05Z"
    assert found.image is not None and found.image.url == "/i.jpg" and found.image.width == 1200
    assert opengraph.extract_twitter(_page(), Report(strict=False)).headline == "TW title"


def test_plain_meta_and_title() -> None:
    found = meta.extract(_page(), Report(strict=False))
    assert found.authors == [("Jeanne Doe", "")]
    assert found.tags == ["x", "y", "z"] and found.dek == "Desc"
    assert found.canonical_url == "https://s/canon" and found.language == "fr"
    assert meta.extract_title(_page(), Report(strict=False)).headline == "Titre - Le Site"


def test_microdata() -> None:
    found = microdata.extract(_page(), Report(strict=False))
    assert found.authors == [("Micro Person", "")] and found.published == "2020-01-01"


def test_dom_hints() -> None:
    found = domhints.extract(_page(), Report(strict=False))
    assert found.headline == "Visible" and found.kicker == "Monde"
    assert found.authors == [("Jeanne Doe", "https://s/p/jd")]
    assert found.published == "2020-01-02"


def test_a_masthead_heading_linking_home_is_not_the_headline() -> None:
    html = """<html><head><title>A brief intro to git • Cory Dransfeldt</title></head><body>
    <header><h1><a href="/"><img src="/logo.png" alt="">Cory Dransfeldt</a></h1></header>
    <article><h2>A brief intro to git</h2><p>Text.</p></article></body></html>"""
    page = Page.build(parse(html), "https://coryd.example/posts/2025/git")
    found = domhints.extract(page, Report(strict=False))
    assert found.headline == "" and found.sole_heading == ""
    assert header(page).headline is not None and header(page).headline.tag == "h2"
    permalink = html.replace('href="/"', 'href="/posts/2025/git"')
    page = Page.build(parse(permalink), "https://coryd.example/posts/2025/git")
    assert domhints.extract(page, Report(strict=False)).headline == "Cory Dransfeldt"


def test_dublin_core_prefers_property_names_and_unescapes() -> None:
    page = Page.build(
        parse(
            '<html><head><meta name="dc.title" content="Name title">'
            '<meta property="dc:title" content="Property title">'
            '<meta name="DC.creator" content="Ann Author">'
            '<meta name="description" content="Caf&amp;eacute; &amp;quot;news&amp;quot;"></head></html>'
        ),
        "",
    )
    found = meta.extract_dublin_core(page, Report(strict=False))
    assert found.headline == "Property title" and found.authors == [("Ann Author", "")]
    assert meta.extract(page, Report(strict=False)).dek == 'Café "news"'


def test_scholarly_authors_and_a_card_byline() -> None:
    head = (
        "<html><head><meta name='citation_author' content='Ada Lovelace'>"
        "<meta name='citation_author' content='Somerville, Mary'>"
        "<meta name='citation_author' content='van der Merwe, Marna'>"
        "<meta name='citation_author' content='Jane Doe, MD'>"
        "<meta name='citation_publication_date' content='1843/09/01'>"
        "<meta name='twitter:label1' content='Time to read'><meta name='twitter:data1' content='4 min'>"
        "<meta name='twitter:label2' content='Written by'><meta name='twitter:data2' content='Jo Bloggs'>"
        "</head><body><p>Text</p></body></html>"
    )
    page = Page.build(parse(head), "https://s/a")
    found = meta.extract(page, Report(strict=False))
    assert [name for name, _ in found.authors] == [  # "Last, First" read in order
        "Ada Lovelace",
        "Mary Somerville",
        "Marna van der Merwe",
        "Jane Doe, MD",
    ]
    assert found.published == "1843/09/01"
    card = meta.extract_card_byline(page, Report(strict=False))
    assert (card.source, card.authors) == ("cardlabel", [("Jo Bloggs", "")])
    plain = Page.build(
        parse(
            "<html><head><meta name='twitter:label1' content='Price'>"
            "<meta name='twitter:data1' content='$5'></head></html>"
        ),
        "https://s/a",
    )
    assert meta.extract_card_byline(plain, Report(strict=False)).authors == []
