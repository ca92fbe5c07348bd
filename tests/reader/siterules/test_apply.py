"""Each directive applied to a small page: markup rewrites, tree shaping, metadata, body."""

from __future__ import annotations

from lxml import etree

from syndicate.reader.dom import parse
from syndicate.reader.siterules.apply import RuleRun
from syndicate.reader.siterules.parse import parse_rule

PAGE = """<html><head>
<meta property="article:section" content="Sponsored">
<title>T</title></head><body>
<h1 class="headline">The headline</h1>
<p class="byline">posted 2024-03-05 by <a rel="author" href="/a/1">Ana Pérez</a> and
<a rel="author" href="/a/2">Bo Li</a></p>
<div id="story">
  <p>First paragraph <span class="word-link">linked</span> here.</p>
  <div class="share-tools-bar">Share this</div>
  <p class="pullquote">A quote worth pulling.</p>
  <img src="/pixel.gif?u=1"><img src="/photo.jpg" srcset="/photo-2x.jpg 2x">
  <img src="/placeholder.png" data-lazy="/real.jpg">
  <aside>Related stories</aside>
</div>
</body></html>"""


def _run(text: str) -> RuleRun:
    rule, problems = parse_rule(text, "example.com.txt")
    assert problems == ()
    return RuleRun(rule)


def test_metadata_first_matching_xpath_wins() -> None:
    run = _run(
        "title: //h2\ntitle: //h1[@class='headline']\n"
        "author: //span[@class='none']\nauthor: //a[@rel='author']\n"
        "date: substring-after(//p[@class='byline'], 'posted')\n"
    )
    found = run.metadata(parse(PAGE))
    assert found.source == "siterule"
    assert found.headline == "The headline"
    assert found.authors == [("Ana Pérez", ""), ("Bo Li", "")]
    assert found.published.startswith("2024-03-05 by")
    assert run.fired == ["title", "date", "author"]


def test_shaping_directives() -> None:
    run = _run(
        "strip: //aside\nstrip_id_or_class: share-tools\nstrip_image_src: /pixel.gif\n"
        "strip_attr: //img/@srcset\ndissolve: //span[@class='word-link']\n"
        "wrap_in(blockquote): //p[@class='pullquote']\nsrc_lazy_load_attr: data-lazy\n"
    )
    root = parse(PAGE)
    assert run.shape(root)
    story = etree.tostring(root.get_element_by_id("story"), encoding="unicode")
    assert "Related stories" not in story and "Share this" not in story
    assert "pixel.gif" not in story and "srcset" not in story
    assert "<p>First paragraph linked here.</p>" in story
    assert '<blockquote><p class="pullquote">A quote worth pulling.</p></blockquote>' in story
    assert 'src="/real.jpg"' in story
    assert run.fired == [
        "strip_attr",
        "strip",
        "strip_id_or_class",
        "strip_image_src",
        "wrap_in",
        "dissolve",
        "src_lazy_load_attr",
    ]


def test_shaping_never_removes_the_document() -> None:
    run = _run("strip: //body\nstrip: //html\ndissolve: //body\nstrip_id_or_class: a\n")
    root = parse("<html><body class='a'><p>text</p></body></html>")
    run.shape(root)
    assert root.find("body") is not None and root.findtext("body/p") == "text"


def test_strip_id_or_class_reads_its_values_as_plain_text() -> None:
    run = _run("strip_id_or_class: ad.box\nstrip_id_or_class: (promo)\n")
    root = parse(
        "<html><body><div class='adxbox'>kept</div><div id='top-ad.box-1'>gone</div>"
        "<p class='x (promo) y'>gone too</p><p id='promo'>kept too</p></body></html>"
    )
    run.shape(root)
    assert [el.text for el in root.iter("div", "p")] == ["kept", "kept too"]


def test_markup_rewrites() -> None:
    run = _run(
        'find_string: <p class="x">\nreplace_string: <p>\n'
        "replace_string(<noscript>): <div>\nconvert_double_br_tags: yes\n"
    )
    out = run.rewrite('<p class="x">a</p><noscript>b</noscript><div>one<br><br />two</div>')
    assert out == "<p>a</p><div>b</noscript><div>one</p><p>two</div>"
    assert run.fired == ["replace_string", "convert_double_br_tags"]


def test_body_outermost_matches_in_order() -> None:
    run = _run("body: //div[@id='none']\nbody: //div[@id='story'] | //div[@id='story']/p\n")
    nodes = run.body(parse(PAGE))
    assert [n.get("id") for n in nodes] == ["story"]


def test_native_ad_clue() -> None:
    assert _run("native_ad_clue: //meta[@content='Sponsored']").native_ad(parse(PAGE))
    assert not _run("native_ad_clue: //meta[@content='News']").native_ad(parse(PAGE))


def test_xpath_failing_at_evaluation_is_recorded_not_raised() -> None:
    run = _run("title: unknown-function(//h1)\ntitle: //h1\n")
    assert run.metadata(parse(PAGE)).headline == "The headline"
    assert len(run.failures) == 1 and "unknown-function" in run.failures[0]
