"""RSS, Atom and JSON Feed: feedparser (bozo 0), the formats' own rules, JSON Schema, round trip."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import jsonschema
import pytest
from lxml import etree

import syndicate
from syndicate import Article, Context, Feed, Order
from syndicate.writers.identity import article_id
from syndicate.writers.presentation.labels import categories
from tests.writers import feedcases

FORMATS = ("rss", "atom", "jsonfeed")
SCHEMA = json.loads(
    (Path(__file__).parent.parent / "schemas/jsonfeed/schema-v1.1.json").read_text()
)
ATOM = "{http://www.w3.org/2005/Atom}"


def _write(
    fmt: str, context: Context, obj: Article | Feed | None = None, **options: object
) -> bytes:
    opts = {
        "rss": syndicate.RssOptions,
        "atom": syndicate.AtomOptions,
        "jsonfeed": syndicate.JsonFeedOptions,
    }[fmt](**options)  # type: ignore[arg-type]
    return syndicate.write(obj or feedcases.feed(), fmt, context=context, options=opts)


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return parsedate_to_datetime(value)


def read_back(fmt: str, data: bytes) -> tuple[dict[str, object], list[dict[str, object]]]:
    """(feed fields, entry fields) as a reader sees them: feedparser for RSS and Atom
    (which must report bozo 0), plain JSON for JSON Feed (feedparser 6.0 cannot read it)."""
    if fmt == "jsonfeed":
        doc = json.loads(data)
        head = {"title": doc["title"], "link": doc.get("home_page_url")}
        return head, [
            {
                "id": i["id"],
                "title": i.get("title"),
                "link": i.get("url"),
                "summary": i.get("summary"),
                "authors": [a["name"] for a in i.get("authors", [])],
                "published": _when(i.get("date_published")),
                "updated": _when(i.get("date_modified")),
                "tags": i.get("tags", []),
                "content": i["content_html"],
                "image": i.get("image"),
            }
            for i in doc["items"]
        ]
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    head = {"title": parsed.feed.title, "link": parsed.feed.link}
    return head, [
        {
            "id": e.id,
            "title": e.title,
            "link": e.get("link"),
            "summary": e.get("summary"),
            "authors": [a.get("name") for a in e.get("authors", []) if a.get("name")],
            "published": _when(e.get("published")),
            "updated": _when(dict.get(e, "updated")),
            "tags": [t.term for t in e.get("tags", [])],
            "content": e.content[0].value,
            "image": e.enclosures[0].href if e.get("enclosures") else None,
        }
        for e in parsed.entries
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_readers_get_everything_back(fmt: str, context: Context) -> None:
    head, entries = read_back(fmt, _write(fmt, context))
    assert head == {"title": "Test feed", "link": "https://news.example/"}
    expected = feedcases.feed().articles
    assert len(entries) == len(expected)
    by_id = {article_id(a): a for a in expected}
    for entry in entries:
        article = by_id[str(entry["id"])]
        assert entry["title"] == (article.headline or "Untitled")
        if article.link:
            assert entry["link"] == article.link
        assert entry["authors"] == [p.name for p in article.authors]
        assert entry["published"] == article.published
        if article.published:
            assert entry["published"].utcoffset() == article.published.utcoffset()  # type: ignore[attr-defined]
        if article.modified and article.modified != article.published:
            assert entry["updated"] == article.modified
            assert entry["updated"].utcoffset() == article.modified.utcoffset()  # type: ignore[attr-defined]
        assert entry["tags"] == list(categories(article))
        assert "<script" not in str(entry["content"]) and str(entry["content"]).strip()
        if article.lead_image:
            assert entry["image"] == article.lead_image.url


RSS_RULES = [
    # (xpath, minimum, maximum) per channel / per item: the RSS Advisory Board profile
    ("/rss[@version='2.0']", 1, 1),
    ("/rss/channel/title", 1, 1),
    ("/rss/channel/link", 1, 1),
    ("/rss/channel/description", 1, 1),
    ("/rss/channel/lastBuildDate", 1, 1),
    ("/rss/channel/item[not(title) and not(description)]", 0, 0),
    ("/rss/channel/item[count(guid) != 1]", 0, 0),
    ("/rss/channel/item[count(enclosure) > 1]", 0, 0),
    ("/rss/channel/item/enclosure[not(@url) or not(@length) or not(@type)]", 0, 0),
    ("/rss/channel/item[count(pubDate) > 1]", 0, 0),
]
ATOM_RULES = [
    # RFC 4287 section 4.1.1 / 4.1.2
    ("/a:feed/a:id", 1, 1),
    ("/a:feed/a:title", 1, 1),
    ("/a:feed/a:updated", 1, 1),
    ("/a:feed/a:entry[count(a:id) != 1 or count(a:title) != 1 or count(a:updated) != 1]", 0, 0),
    (
        "/a:feed/a:entry[count(a:published) > 1 or count(a:summary) > 1 or count(a:content) > 1]",
        0,
        0,
    ),
    ("/a:feed[not(a:author)]/a:entry[not(a:author)]", 0, 0),
    ("/a:feed/a:entry/a:author[not(a:name)]", 0, 0),
    ("/a:feed/a:link[@rel='self']", 1, 1),
]


@pytest.mark.parametrize(("xpath", "low", "high"), RSS_RULES)
def test_rss_profile(xpath: str, low: int, high: int, context: Context) -> None:
    count = len(etree.fromstring(_write("rss", context)).xpath(xpath))
    assert low <= count <= high, xpath


def test_rss_dates_are_rfc_822(context: Context) -> None:
    root = etree.fromstring(_write("rss", context))
    for value in root.xpath("//pubDate/text() | //lastBuildDate/text()"):
        assert parsedate_to_datetime(value).tzinfo is not None


@pytest.mark.parametrize(("xpath", "low", "high"), ATOM_RULES)
def test_atom_rfc_4287(xpath: str, low: int, high: int, context: Context) -> None:
    root = etree.fromstring(_write("atom", context))
    count = len(root.xpath(xpath, namespaces={"a": ATOM[1:-1]}))
    assert low <= count <= high, xpath


def test_atom_alternate_links_unique_per_type(context: Context) -> None:
    root = etree.fromstring(_write("atom", context))
    for parent in [root, *root.iter(f"{ATOM}entry")]:
        kinds = [
            (link.get("type"), link.get("hreflang"))
            for link in parent.findall(f"{ATOM}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        assert len(kinds) == len(set(kinds))


def test_atom_dates_are_rfc_3339(context: Context) -> None:
    root = etree.fromstring(_write("atom", context))
    for node in root.iter(f"{ATOM}updated", f"{ATOM}published"):
        assert datetime.fromisoformat(node.text or "").tzinfo is not None


def test_jsonfeed_schema_and_spec_rules(context: Context) -> None:
    doc = json.loads(_write("jsonfeed", context))
    jsonschema.validate(doc, SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    ids = [item["id"] for item in doc["items"]]
    assert len(ids) == len(set(ids))
    for item in doc["items"]:
        for key in ("url", "image", "external_url"):
            if key in item:
                assert item[key].startswith(("https://", "http://"))
        assert item["content_html"] and item["content_text"]


def test_format_checker_really_checks_formats() -> None:
    bad = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "t",
        "items": [{"id": "1", "content_text": "x", "date_published": "yesterday"}],
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("fmt", FORMATS)
def test_order_max_items_and_duplicates(fmt: str, context: Context) -> None:
    base = feedcases.feed()
    doubled = syndicate.feed(
        base.articles + base.articles[:2], title="T", link="https://n.example/"
    )
    _, newest = read_back(fmt, _write(fmt, context, doubled))
    assert len(newest) == len(base.articles)  # duplicates collapsed
    dates = [e["published"] for e in newest if e["published"]]
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]
    _, oldest = read_back(fmt, _write(fmt, context, doubled, order=Order.OLDEST, max_items=2))
    assert len(oldest) == 2
    _, given = read_back(fmt, _write(fmt, context, doubled, order=Order.GIVEN))
    assert [e["id"] for e in given] == [article_id(a) for a in base.articles]


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_hub_and_archive_links(fmt: str, context: Context) -> None:
    data = _write(
        fmt,
        context,
        hub="https://hub.example/",
        next_archive="https://n.example/2",
        current="https://n.example/feed",
    )
    text = data.decode()
    for rel in ("hub", "next-archive", "current"):
        assert f'rel="{rel}"' in text


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_updated_comes_from_the_items_not_the_clock(fmt: str, context: Context) -> None:
    parsed = feedparser.parse(_write(fmt, context))
    dates = [a.modified or a.published for a in feedcases.articles()]
    newest = max(d for d in dates if d is not None)
    assert parsed.feed.updated_parsed[:6] == newest.utctimetuple()[:6]


@pytest.mark.parametrize("fmt", FORMATS)
def test_single_article_becomes_a_one_item_feed(fmt: str, context: Context) -> None:
    article = feedcases.articles()[0]
    head, entries = read_back(fmt, syndicate.write(article, fmt, context=context))
    assert len(entries) == 1 and head["title"] == "ThePrint"


def test_rss_without_any_link_is_a_clear_error(context: Context) -> None:
    with pytest.raises(syndicate.WriteError, match="link"):
        syndicate.write(Article(headline="x"), "rss", context=context)


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_page_to_feed_to_reader(fmt: str, context: Context) -> None:
    article = feedcases.articles()[0]
    _, (entry,) = read_back(fmt, syndicate.write(article, fmt, context=context))
    assert entry["title"] == article.headline
    assert entry["link"] == entry["id"] == article.link
    assert entry["authors"] == [p.name for p in article.authors]
    assert entry["summary"] == article.dek
    assert entry["published"] == article.published and entry["updated"] == article.modified
    assert entry["tags"] == ["Diplomacy", *article.tags]
    assert entry["image"] == article.lead_image.url  # type: ignore[union-attr]
    content = str(entry["content"])
    assert "Moscow format of Afghan peace talks" in content and "Edited by Debalina Dey" in content
    assert "Twitter | @DrSJaishankar" in content


def test_a_feed_guid_that_is_not_an_iri_is_kept_inside_one_where_the_format_needs_it() -> None:
    from syndicate.writers.identity import TAG_AUTHORITY, article_id, article_iri

    guid = syndicate.Article(headline="H", id="guid 7/a")
    assert article_id(guid) == "guid 7/a"  # RSS guid and JSON Feed id keep it as given
    assert article_iri(guid) == f"tag:{TAG_AUTHORITY}:guid/guid%207%2Fa"
    url = syndicate.Article(headline="H", id="https://example.com/a")
    assert article_iri(url) == "https://example.com/a"
    atom = syndicate.write(syndicate.feed([guid], title="T"), "atom").decode()
    assert f"<id>tag:{TAG_AUTHORITY}:guid/guid%207%2Fa</id>" in atom
