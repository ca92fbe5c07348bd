from __future__ import annotations

from syndicate.reader.dom import parse
from syndicate.reader.metadata import jsonld
from syndicate.reader.page import Page
from syndicate.reader.report import Report


def _extract(script: str) -> jsonld.Partial:
    root = parse(f'<html><head><script type="application/ld+json">{script}</script></head></html>')
    return jsonld.extract(Page.build(root, ""), Report(strict=False))


def test_graph_with_nested_author_image_and_publisher() -> None:
    found = _extract(
        '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},'
        '{"@type":["NewsArticle"],"headline":"H","description":"D",'
        '"author":[{"@type":"Person","name":"A One","url":"https://s/a"},{"name":"B Two"}],'
        '"datePublished":"2021-04-06T19:53:56+05:30","articleSection":["World"],'
        '"keywords":["x","y"],"image":[{"url":"https://s/i.jpg","width":"800","height":600}],'
        '"publisher":{"@type":"Organization","name":"Pub"},"mainEntityOfPage":{"@id":"https://s/p"}}]}'
    )
    assert found.headline == "H" and found.dek == "D"
    assert found.authors == [("A One", "https://s/a"), ("B Two", "")]
    assert found.published == "2021-04-06T19:53:56+05:30"
    assert found.section == "World" and found.tags == ["x", "y"]
    assert found.image is not None and (found.image.url, found.image.width, found.image.height) == (
        "https://s/i.jpg",
        800,
        600,
    )
    assert found.site_name == "Pub" and found.canonical_url == "https://s/p"


def test_malformed_json_is_tolerated_and_noted() -> None:
    report = Report(strict=False)
    root = parse(
        '<script type="application/ld+json">{"@type": "Article", "headline": "H",}</script>'
        '<script type="application/ld+json">{oops</script>'
    )
    found = jsonld.extract(Page.build(root, ""), report)
    assert found.headline == "H"
    assert [d.code for d in report.items] == ["jsonld-malformed"]


def test_non_article_types_are_ignored() -> None:
    assert _extract('{"@type": "Recipe", "name": "Cake"}').headline == ""


def test_a_webpage_gives_its_dates_when_no_article_object_is_declared() -> None:
    found = _extract(
        '{"@graph":[{"@type":"WebPage","name":"Page","datePublished":"2024-03-17T19:47:39+00:00",'
        '"dateModified":"2024-05-03T10:57:58+00:00"},{"@type":"WebSite","name":"Site"}]}'
    )
    assert (found.published, found.modified) == (
        "2024-03-17T19:47:39+00:00",
        "2024-05-03T10:57:58+00:00",
    )
    assert found.headline == ""  # the page's name is its <title>, read elsewhere
    found = _extract(
        '{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},'
        '{"@type":"BlogPosting","headline":"H","datePublished":"2024-03-17"}]}'
    )
    assert found.published == "2024-03-17"
