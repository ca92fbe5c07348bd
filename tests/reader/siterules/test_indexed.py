"""The rule XPaths the page's index answers give what lxml's XPath gives: every such
expression of the bundled rules, and expressions made from each fixture page's own
attributes (so that they select something), on real pages."""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

import pytest

from syndicate.reader.dom import Element, parse_document, select, select_strings
from syndicate.reader.page import Page
from syndicate.reader.siterules.indexed import IndexedPath, indexed_path
from syndicate.reader.siterules.parse import parse_rule
from syndicate.reader.siterules.store import bundled_files

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
PAGES = [
    FIXTURES / "corpus" / name / "source.html" for name in ("ars-1", "bbc-1", "guardian-1")
] + [FIXTURES / "wcxb" / f"{number}.html.gz" for number in ("0007", "0380", "4117")]


@cache
def _page(path: Path) -> Page:
    data = path.read_bytes()
    text = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", "replace")
    root, _ = parse_document(text)
    return Page.build(root, "https://example.com/")


def _by_xpath(page: Page, expression: str) -> list[Element] | list[str]:
    if "/@" in expression:
        return select_strings(page.root, expression)
    return select(page.root, expression)


def _bundled() -> list[str]:
    found: set[str] = set()
    for name, text in bundled_files().items():
        rule, _ = parse_rule(text, name)
        for field in (rule.title, rule.date, rule.author, rule.body, rule.native_ad_clue):
            found.update(e for e in field if indexed_path(e) is not None)
    return sorted(found)


def _made_from(page: Page) -> list[str]:
    """Expressions of both shapes built from the page's own tags and attribute values."""
    made = []
    for el in list(page.root.iter())[::7][:80] + page.index.tagged("link"):
        if not isinstance(el.tag, str):
            continue
        for attr, value in list(el.attrib.items())[:2]:
            if '"' in value or "'" in value or not attr.replace("-", "_").isidentifier():
                continue
            made.append(f'//{el.tag}[@{attr}="{value}"]')
            if attr in ("itemprop", "rel") and len(value.split()) == 1:
                made.append(f'//*[@{attr}="{value}"]/@{attr}')
            if len(value) > 3:
                made.append(f"//{el.tag}[contains(@{attr}, '{value[1:-1]}')]/@{attr}")
            if attr == "class" and value.split():
                token = value.split()[0]
                made.append(f'//*[@class = "{value}"]')
                made.append(f'//*[contains(@class, "{token[:6]}")]')
                padded = "concat(' ', normalize-space(@class), ' ')"
                made.append(f"//*[contains({padded}, ' {token} ')]")
                made.append(f"//{el.tag}[contains({padded},' {token}')]/@class")
    return made


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name + "/" + p.name)
def test_the_index_answers_as_the_xpath_does(path: Path) -> None:
    page = _page(path)
    expressions = _bundled() + _made_from(page)
    selecting = 0
    for expression in expressions:
        indexed = indexed_path(expression)
        assert indexed is not None, expression
        answer = indexed(page.index)
        assert answer == _by_xpath(page, expression), expression
        selecting += bool(answer)
    assert selecting >= 20  # the comparison saw real selections, not only empty ones


@pytest.mark.parametrize(
    "expression",
    [
        "//div[@id='a']//p",
        "//*[@id='a']",
        "//*[contains(@itemprop, 'a')]",
        "//*[@rel='shortcut icon']",
        "//*[@class='']",
        "//div[contains(@class, '')]",
        "//DIV[@class='a']",
        "//div[@xml:lang='en']",
        "//div[starts-with(@class, 'a')]",
        "//div[@class='a'][1]",
        "(//div[@class='a'])[1]",
        "//div[@class='a']/text()",
        "//div[@class='a' or @id='b']",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' ')]",
        "//div[contains(concat(' ', @class, ' '), ' a ')]",
        "//div[contains(concat('', normalize-space(@class), ''), 'a')]",
    ],
)
def test_other_shapes_go_to_lxml(expression: str) -> None:
    assert indexed_path(expression) is None


def test_both_quotes_and_spaces() -> None:
    assert indexed_path('  //meta[ @property = "og:title" ]/@content ') == IndexedPath(
        "meta", "property", "og:title", "equal", "content"
    )
    assert indexed_path("//*[contains( @class , 'story-body' )]") == IndexedPath(
        "*", "class", "story-body", "contains", ""
    )


def test_the_class_token_idiom_normalises_xml_white_space_only() -> None:
    root, _ = parse_document(
        "<html><body><p class='x\ta  b\n'>1</p><p class='a\u00a0b'>2</p></body></html>"
    )
    page = Page.build(root, "")
    for expression in (
        "//p[contains(concat(' ', normalize-space(@class), ' '), ' a b ')]",
        "//*[contains(concat(' ',normalize-space(@class),' '),' a ')]",
        "//p[contains(concat(' ',normalize-space(@class),' '),' b ')]/@class",
    ):
        path = indexed_path(expression)
        assert path is not None and path.test == "padded"
        assert path(page.index) == _by_xpath(page, expression), expression


def test_a_part_of_a_document_is_not_answered() -> None:
    root, _ = parse_document("<html><body><div class='a'><p class='b'>x</p></div></body></html>")
    div = root.find("body/div")
    assert div is not None
    path = indexed_path("//p[@class='b']")
    assert path is not None
    assert path(Page.build(div, "").index) is None
