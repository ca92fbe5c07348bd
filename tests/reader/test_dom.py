from __future__ import annotations

from lxml import etree

from syndicate.reader.dom import base_url, parse, select_strings, shown_text, text_of


def test_empty_and_whitespace_give_an_empty_document() -> None:
    for text in ("", "   \n", "\x00"):
        root = parse(text)
        assert root.tag == "html" and text_of(root) == ""


def test_external_entities_are_never_resolved(tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    page = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://'
        f'{secret}">]><html><body><p>&xxe;</p></body></html>'
    )
    root = parse(page)
    assert "TOP-SECRET" not in etree.tostring(root, encoding="unicode")


def test_entity_expansion_bomb_stays_inert() -> None:
    bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><p>&b;&b;&b;</p>'
    text = text_of(parse(bomb))
    assert "aaaaaaaaaa" not in text


def test_base_element_is_resolved_against_the_page_url() -> None:
    root = parse('<html><head><base href="/articles/"></head><body></body></html>')
    assert base_url(root, "https://a.com/x/y") == "https://a.com/articles/"
    assert select_strings(root, "//base/@href") == ["/articles/"]


def test_control_characters_raw_or_as_references_are_removed_before_parsing() -> None:
    from syndicate.reader.dom import parse_document

    root, _ = parse_document(
        "<p>a&#27;[31m b&#x1B;c \x1b[2J d\x9be &#10;&#9;f &#155; &#1234; &#0127;g</p>"
    )
    text = root.text_content()
    assert not any((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in text)
    assert "a[31m bc [2J d›e" in text and "Ӓ" in text


def test_references_to_controls_in_a_page_without_raw_ones_are_removed_too() -> None:
    from syndicate.reader.dom import parse_document

    root, _ = parse_document("<p>café &#27;[0m it&#146;s &#x9B;done</p>")
    assert root.text_content() == "café [0m it’s ›done"


def test_an_xml_declaration_after_leading_whitespace_is_dropped_before_parsing() -> None:
    page = "  \n<?xml version='1.0' encoding='utf-8'?>\n<html><body><p>é text</p></body></html>"
    assert text_of(parse(page)) == "é text"


def test_content_after_a_stray_end_of_document_stays_in_the_body() -> None:
    """A template that writes ``</body></html>`` early: libxml2 starts a second ``<html>``
    for what follows; browsers show it in the body, and so does the tree."""
    root = parse(
        "<html><head><title>t</title></head><body><p>first</p></body></html>"
        "<div class='post'><p>the article</p></div><footer>end</footer>"
    )
    body = root.find("body")
    assert body is not None
    assert [el.tag for el in body] == ["p", "div", "footer"]
    assert text_of(body) == "firstthe articleend"
    assert root.xpath("count(//div[@class='post'][ancestor::body])") == 1


def test_shown_text_breaks_lines_where_the_browser_does() -> None:
    root = parse(
        "<html><body><h1>Top (US)<br>Your <b>G</b>uide<!-- note --> now<div>Sub</div>"
        "</h1></body></html>"
    )
    heading = root.find(".//h1")
    assert heading is not None
    assert shown_text(heading) == "Top (US) Your Guide now Sub"
    assert text_of(heading) == "Top (US)Your Guide nowSub"
    deep = parse(
        "<html><body><h1>" + "<span>" * 5000 + "x" + "</span>" * 5000 + "</h1></body></html>"
    )
    assert shown_text(deep.find(".//h1")) == "x"  # type: ignore[arg-type]
