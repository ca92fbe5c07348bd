"""Site rules in ``syndicate.read``: the rule's body and metadata, the fallback when a rule
is stale, sanitising what a rule selects, rules off, and real covered pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import syndicate
from syndicate import SiteRules
from syndicate.reader.dom import Element
from syndicate.reader.siterules.reading import guessed_url

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
URL = "https://news.example.com/2024/03/05/story.html"
PAGE_URL = "https://page.example/story"
PARAGRAPHS = "".join(
    f"<p>Paragraph {i} of the story tells the reader something new about the town council"
    f" and the budget it passed on Tuesday night after a long debate.</p>"
    for i in range(8)
)
PAGE = f"""<html><head><title>Budget passes | Example News</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Budget passes",
"datePublished": "2024-03-05T10:00:00Z"}}</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="teaser"><p>Short teaser text about the budget.</p></div>
<div class="story-text"><p class="byline">By <span class="writer">Jo Smith</span></p>
<p class="stamp">5 March 2024</p>{PARAGRAPHS}<div class="promo">Subscribe now</div></div>
<footer>Copyright Example News</footer></body></html>"""


def _rules(tmp_path: Path, text: str, name: str = ".example.com.txt") -> SiteRules:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return SiteRules([tmp_path])


def test_rule_body_and_evidence(tmp_path: Path) -> None:
    rules = _rules(
        tmp_path,
        "body: //div[@class='story-text']\nstrip_id_or_class: promo\n"
        "author: //span[@class='writer']\nprune: no\n",
    )
    article = syndicate.read(PAGE, url=URL, site_rules=rules)
    assert "Paragraph 7" in article.body_text and "Subscribe now" not in article.body_text
    assert "teaser" not in article.body_text
    assert [p.name for p in article.authors] == ["Jo Smith"]
    name = f"{tmp_path}:.example.com.txt+bundled:global.txt"  # the bundled global cleanup joins
    assert article.evidence.site_rule == name
    assert article.evidence.content_source == f"site-rule:{name}"
    assert article.evidence.site_rule_directives == ("author", "body", "strip_id_or_class")
    assert article.evidence.source_of("authors").source == "siterule"  # type: ignore[union-attr]


def test_a_directory_path_works_as_site_rules(tmp_path: Path) -> None:
    (tmp_path / ".example.com.txt").write_text("body: //div[@class='story-text']")
    article = syndicate.read(PAGE, url=URL, site_rules=tmp_path)
    assert article.evidence.content_source.startswith("site-rule:")


def test_stale_rule_falls_back_to_detection(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "body: //div[@id='gone']\nstrip: //div[@class='story-text']\n")
    article = syndicate.read(PAGE, url=URL, site_rules=rules)
    assert "Paragraph 7" in article.body_text  # the rule's strip did not touch the page
    assert not article.evidence.content_source.startswith("site-rule")
    assert "site-rule-no-body" in {d.code for d in article.diagnostics}


def test_no_autodetect_means_no_body(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "body: //div[@id='gone']\nautodetect_on_failure: no\n")
    article = syndicate.read(PAGE, url=URL, site_rules=rules)
    assert article.body == () and "no-body" in {d.code for d in article.diagnostics}


def test_cleanup_only_rule_shapes_detection(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "strip: //p[@class='stamp']\n")
    assert "5 March 2024" not in syndicate.read(PAGE, url=URL, site_rules=rules).body_text


def test_rule_cannot_inject_active_content(tmp_path: Path) -> None:
    rules = _rules(
        tmp_path,
        "body: //div[@class='story-text']\nwrap_in(script): //p[@class='stamp']\n"
        "replace_string(Subscribe now): <img src=x onerror=alert(1)><a href='javascript:x()'>go</a>"
        "<iframe srcdoc='<script>alert(2)</script>'></iframe>\nprune: no\n",
    )
    article = syndicate.read(PAGE, url=URL, site_rules=rules)
    for format in ("json", "rss", "markdown"):
        out = syndicate.write(article, format).decode()
        assert "onerror" not in out and "javascript:" not in out and "<script" not in out
        assert "srcdoc" not in out


def test_metadata_precedence(tmp_path: Path) -> None:
    rules = _rules(
        tmp_path,
        "title: //p[@class='stamp']\ndate: //p[@class='stamp']\nauthor: //span[@class='writer']\n",
    )
    article = syndicate.read(PAGE, url=URL, site_rules=rules)
    assert article.headline == "Budget passes"  # the declared JSON-LD headline still wins
    assert article.published is not None and article.published.isoformat().startswith(
        "2024-03-05T10:00"  # and so does its date
    )
    no_jsonld = _rules(tmp_path, "skip_json_ld: yes\ndate: //p[@class='stamp']\n")
    dated = syndicate.read(PAGE, url=URL, site_rules=no_jsonld)
    assert dated.published is not None and dated.published.date().isoformat() == "2024-03-05"
    assert dated.evidence.source_of("published").source == "siterule"  # type: ignore[union-attr]
    unparsable = _rules(tmp_path, "skip_json_ld: no\ndate: //nav\n")
    fallback = syndicate.read(PAGE, url=URL, site_rules=unparsable)
    assert fallback.evidence.source_of("published").source == "jsonld"  # type: ignore[union-attr]


def test_rules_off_and_native_ads(tmp_path: Path) -> None:
    page = PAGE.replace("<head>", "<head><meta name='sponsor' content='yes'>")
    rules = _rules(
        tmp_path, "body: //div[@class='teaser']\nnative_ad_clue: //meta[@name='sponsor']"
    )
    ruled = syndicate.read(page, url=URL, site_rules=rules)
    assert "native-ad" in {d.code for d in ruled.diagnostics}
    plain = syndicate.read(page, url=URL, site_rules=None)
    assert plain.evidence.site_rule == "" and "Paragraph 7" in plain.body_text


def test_page_without_url_uses_its_declared_address(tmp_path: Path) -> None:
    page = PAGE.replace("<head>", f'<head><link rel="canonical" href="{URL}">')
    rules = _rules(tmp_path, "body: //div[@class='story-text']\nprune: no\n")
    article = syndicate.read(page, site_rules=rules)
    assert article.evidence.content_source.startswith("site-rule:")


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The markups ``read`` parses, recorded."""
    from syndicate.reader import html as reader

    parsed: list[str] = []
    real = reader.parse_document

    def recording(text: str) -> tuple[Element, bool]:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(reader, "parse_document", recording)
    return parsed


REWRITING = (
    "body: //div[@class='story-text']\nprune: no\nfind_string: Subscribe now\n"
    "replace_string: The council meets again in May to review how the money is spent.\n"
)


def test_a_declared_rule_rewriting_markup_is_applied_before_the_one_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = PAGE.replace("<head>", f'<head><link href="{URL}" rel="canonical">')
    parsed = _parses(monkeypatch)
    article = syndicate.read(page, site_rules=_rules(tmp_path, REWRITING))
    assert len(parsed) == 1 and "meets again in May" in parsed[0]
    assert article.evidence.content_source.startswith("site-rule:")
    assert "meets again in May" in article.body_text and "Subscribe" not in article.body_text


def test_a_declaration_the_guess_misses_still_brings_its_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upper-case ``CANONICAL`` is not guessed before parsing: the page is parsed again
    once the parsed page names the rule."""
    page = PAGE.replace("<head>", f'<head><LINK REL="CANONICAL" HREF="{URL}">')
    parsed = _parses(monkeypatch)
    article = syndicate.read(page, site_rules=_rules(tmp_path, REWRITING))
    assert len(parsed) == 2 and "meets again in May" in parsed[1]
    assert "meets again in May" in article.body_text and "Subscribe" not in article.body_text


def test_a_wrong_guess_is_undone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guess reads a canonical link written inside a script; the page itself declares
    another host, with no rule: the page is read as it is."""
    other = "https://elsewhere.example.org/story"
    script = f'<script>var tag = \'<link rel="canonical" href="{URL}">\';</script>'
    page = PAGE.replace("<head>", f'<head>{script}<meta property="og:url" content="{other}">')
    parsed = _parses(monkeypatch)
    article = syndicate.read(page, site_rules=_rules(tmp_path, REWRITING))
    assert len(parsed) == 2 and "Subscribe now" in parsed[1]
    assert article.evidence.site_rule == ""


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<link rel="canonical" href="https://a.example/x">', "https://a.example/x"),
        ("<LINK HREF='/x?a=1&amp;b=2' REL='canonical'>", "https://page.example/x?a=1&b=2"),
        ('<link rel="Canonical" href="https://a.example/x">', ""),
        ('<meta property="og:url" content="https://b.example/y">', "https://b.example/y"),
        (
            '<meta property="og:url" content="https://b.example/y"><link rel=canonical '
            'href="https://a.example/x">',
            "https://a.example/x",
        ),
        ('<link rel="stylesheet" href="https://c.example/s.css">', ""),
        ('<link rel="canonical" href="javascript:alert(1)">', ""),
        (
            "</head><body><p><link rel='canonical' href='https://a.example/x'>",
            "https://a.example/x",
        ),
        ('<meta name="og:url" content="https://b.example/y">', "https://b.example/y"),
        ('<meta property="og:image" content="https://b.example/og:url">', ""),
    ],
)
def test_guessed_url(head: str, url: str) -> None:
    assert guessed_url(f"<html><head>{head}</head><body></body></html>", PAGE_URL) == url


REAL_PAGES = [
    # (wcxb file, snippet the rule's body keeps), pages where the host's bundled rule
    # reads the body the generic extractor misses part of
    ("0380", "bundled:arxiv.org.txt"),
    ("0689", "bundled:git-scm.com.txt"),
]


@pytest.mark.parametrize(("file_id", "rule"), REAL_PAGES)
def test_real_covered_pages(file_id: str, rule: str) -> None:
    html = gzip.decompress((FIXTURES / "wcxb" / f"{file_id}.html.gz").read_bytes())
    truth = json.loads((FIXTURES / "wcxb" / f"{file_id}.json").read_text(encoding="utf-8"))
    article = syndicate.read(html, url=truth["url"])
    assert article.evidence.site_rule.startswith(rule)
    text = " ".join(article.body_text.split())
    for snippet in truth["ground_truth"]["with"]:
        assert " ".join(snippet.split()) in text
    for snippet in truth["ground_truth"]["without"]:
        assert " ".join(snippet.split()) not in text


def test_stale_bundled_rule_keeps_the_body() -> None:
    """The bundled reddit.com rule's body XPaths match nothing on this page and its strip
    rules would remove the post: the page is read as if there were no rule for the body."""
    html = gzip.decompress((FIXTURES / "wcxb" / "0561.html.gz").read_bytes())
    truth = json.loads((FIXTURES / "wcxb" / "0561.json").read_text(encoding="utf-8"))
    article = syndicate.read(html, url=truth["url"])
    assert article.evidence.site_rule.startswith("bundled:reddit.com.txt")
    assert "site-rule-no-body" in {d.code for d in article.diagnostics}
    assert article.body_text == syndicate.read(html, url=truth["url"], site_rules=None).body_text


def test_a_rule_body_holding_one_post_of_a_thread_gives_way_to_the_thread(
    tmp_path: Path,
) -> None:
    """A rule written for a Q&A page's question (or its accepted answer) would leave the
    other answers out: on a page declaring a thread, the thread is read instead."""
    answers = "".join(
        f"<div class='answer'><p>Answer {i} says the path along the river is open again, and"
        f" that the council lit it at night after the vote on Tuesday.</p>"
        f"<p>Answer {i} goes on about the lights and the benches along the way.</p></div>"
        for i in range(4)
    )
    qa = '<script type="application/ld+json">{"@type": "QAPage"}</script>'
    page = (
        f"<html><head><title>Is the path open?</title>{qa}</head><body><div id='thread'>"
        f"<div id='question'><p>Is the river path open again after the works? I read that the"
        f" council voted on it, but nobody says when.</p></div>{answers}</div></body></html>"
    )
    url = "https://forum.example.com/t/is-the-path-open/12"
    one_post = _rules(tmp_path, "body: //div[@id='question']\nautodetect_on_failure: no\n")
    article = syndicate.read(page, url=url, site_rules=one_post)
    assert "Answer 3 goes on" in article.body_text and "nobody says when" in article.body_text
    assert not article.evidence.content_source.startswith("site-rule")
    assert "site-rule-one-post" in {d.code for d in article.diagnostics}
    plain = syndicate.read(page.replace(qa, ""), url=url, site_rules=one_post)
    assert plain.evidence.content_source.startswith("site-rule")  # not a thread: the rule's
    assert "Answer 0" not in plain.body_text
    whole = _rules(tmp_path, "body: //div[@id='thread']\n")
    assert syndicate.read(page, url=url, site_rules=whole).evidence.content_source.startswith(
        "site-rule"
    )
