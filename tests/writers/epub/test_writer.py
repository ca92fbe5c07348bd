"""EPUB digests: EPUBCheck (0 errors, 0 warnings) on every book the tests build, plus our own
structural checks and a read-back with ebooklib."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import ebooklib
import pytest
from ebooklib import epub
from lxml import etree
from PIL import Image as PILImage

import syndicate
from syndicate import Article, Context, Figure, Image, Paragraph, Text
from syndicate.writers.epub.options import EpubOptions
from tests.conftest import EXAMPLE, EXAMPLE_URL, FIXED_NOW
from tests.writers import feedcases
from tests.writers.epub.epubcheck import check_all
from tests.writers.epub.test_cover import TITLES

XHTML = "{http://www.w3.org/1999/xhtml}"
OPS = "{http://www.idpf.org/2007/ops}"


def _png(color: str, size: tuple[int, int] = (640, 360)) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", size, color).save(out, format="PNG")
    return out.getvalue()


def _with_images() -> tuple[syndicate.Feed, dict[str, bytes]]:
    served = {
        "https://img.example/red.png": _png("red"),
        "https://img.example/blue.png": _png("blue", (2400, 1600)),
    }
    body = (
        Paragraph(children=(Text(text="A story with pictures."),)),
        Figure(
            image=Image(
                url="https://img.example/red.png",
                alt="Red",
                caption=(Text(text="A body picture"),),
                credit="Test",
            )
        ),
        Figure(
            image=Image(
                url="https://img.example/missing.jpg", caption=(Text(text="Gone"),), credit="Nobody"
            )
        ),
    )
    lead = Image(
        url="https://img.example/blue.png", caption=(Text(text="Blue lead"),), credit="Agency"
    )
    article = Article(
        headline="Pictures",
        section="Photos",
        url="https://img.example/story",
        lead_image=lead,
        body=body,
    )
    return syndicate.feed([article, feedcases.articles()[0]], title="Picture Post"), served


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    ctx = Context(now=FIXED_NOW)
    feed, served = _with_images()
    built = {
        "digest": syndicate.write(feedcases.feed(), "epub", context=ctx),
        "example": syndicate.write(
            syndicate.read(EXAMPLE.read_bytes(), url=EXAMPLE_URL), "epub", context=ctx
        ),
        "images": syndicate.write(
            feed, "epub", context=ctx, options=EpubOptions(fetch=served.get, max_image_px=800)
        ),
        "custom-cover": syndicate.write(
            feedcases.feed(),
            "epub",
            context=ctx,
            options=EpubOptions(
                cover=_png("green", (600, 800)), title="Greens", group_by=lambda a: "Everything"
            ),
        ),
        "scripts": syndicate.write(
            syndicate.feed(
                [Article(headline=t, language=lang) for lang, t in TITLES.items()], title="World"
            ),
            "epub",
            context=ctx,
        ),
        "no-cover": syndicate.write(
            feedcases.articles()[3], "epub", context=ctx, options=EpubOptions(generate_cover=False)
        ),
    }
    return built


def _zip(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def test_epubcheck_passes_every_book(books: dict[str, bytes], tmp_path: Path) -> None:
    paths = {}
    for name, data in books.items():
        paths[name] = tmp_path / f"{name}.epub"
        paths[name].write_bytes(data)
    verdicts = check_all(paths)
    for name, verdict in verdicts.items():
        assert (verdict.fatals, verdict.errors, verdict.warnings) == (0, 0, 0), (
            name,
            verdict.messages,
        )


def test_byte_identical_and_ocf_layout(books: dict[str, bytes]) -> None:
    again = syndicate.write(feedcases.feed(), "epub", context=Context(now=FIXED_NOW))
    assert again == books["digest"]
    archive = _zip(books["digest"])
    first = archive.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert archive.read("mimetype") == b"application/epub+zip"
    assert {i.date_time for i in archive.infolist()} == {(2026, 1, 2, 3, 4, 4)}  # 2 s DOS precision


def _nav(archive: zipfile.ZipFile) -> etree._Element:
    return etree.fromstring(archive.read("EPUB/nav.xhtml"))


def test_two_level_navigation_in_section_order(books: dict[str, bytes]) -> None:
    nav = _nav(_zip(books["digest"]))
    toc = nav.find(f".//{XHTML}nav[@{OPS}type='toc']")
    assert toc is not None
    top = toc.findall(f"{XHTML}ol/{XHTML}li")
    sections = [li for li in top if li.find(f"{XHTML}ol") is not None]
    assert sections, "no section level"
    names = ["".join(li[0].itertext()) for li in sections]
    expected: list[str] = []
    for article in feedcases.articles():
        name = article.section or article.kicker or "News"
        if name not in expected:
            expected.append(name)
    assert names == expected
    labels = [
        "".join(a.itertext())
        for li in sections
        for a in li.findall(f"{XHTML}ol/{XHTML}li/{XHTML}a")
    ]
    assert len(labels) == len(feedcases.articles())
    assert labels[0].startswith("India, Russia firm on S-400") and labels[0].endswith(
        "— By Nayanima Basu"
    )


def test_every_spine_item_is_reachable_and_ids_unique(books: dict[str, bytes]) -> None:
    for name, data in books.items():
        archive = _zip(data)
        opf = etree.fromstring(archive.read("EPUB/content.opf"))
        ns = {"o": "http://www.idpf.org/2007/opf"}
        manifest = {i.get("id"): i.get("href") for i in opf.findall(".//o:manifest/o:item", ns)}
        spine = [manifest[r.get("idref")] for r in opf.findall(".//o:spine/o:itemref", ns)]
        hrefs = set()
        for member in archive.namelist():
            if member.endswith(".xhtml"):
                doc = etree.fromstring(archive.read(member))
                ids = [e.get("id") for e in doc.iter() if e.get("id")]
                assert len(ids) == len(set(ids)), (name, member)
                hrefs |= {
                    a.get("href").split("#")[0] for a in doc.iter(f"{XHTML}a") if a.get("href")
                }
                for img in doc.iter(f"{XHTML}img"):
                    assert f"EPUB/{img.get('src')}" in archive.namelist(), (name, img.get("src"))
        unreachable = [s for s in spine if s not in hrefs and s not in {"cover.xhtml", "nav.xhtml"}]
        assert not unreachable, (name, unreachable)


def test_images_are_packed_scaled_or_degraded(books: dict[str, bytes]) -> None:
    archive = _zip(books["images"])
    pictures = [n for n in archive.namelist() if n.startswith("EPUB/images/")]
    assert len(pictures) == 2  # the body picture and the lead; the missing one is not
    for member in pictures:
        with PILImage.open(io.BytesIO(archive.read(member))) as image:
            assert max(image.size) <= 800
    page = archive.read("EPUB/article-0001.xhtml").decode()
    assert "[Gone (Nobody)]" in page and "missing.jpg" not in page


def test_read_back_with_ebooklib_lists_the_articles_in_order(
    books: dict[str, bytes], tmp_path: Path
) -> None:
    path = tmp_path / "digest.epub"
    path.write_bytes(books["digest"])
    book = epub.read_epub(str(path))
    titles = []
    for item_id, _ in book.spine:
        item = book.get_item_with_id(item_id)
        if (
            item is not None
            and item.get_type() == ebooklib.ITEM_DOCUMENT
            and item.file_name.startswith("article-")
        ):
            doc = etree.fromstring(item.get_content())
            titles.append("".join(doc.find(f".//{XHTML}h1").itertext()))
    by_section: dict[str, list[str]] = {}
    for article in feedcases.articles():
        by_section.setdefault(article.section or article.kicker or "News", []).append(
            article.headline or "Untitled"
        )
    assert titles == [t for group in by_section.values() for t in group]


def test_metadata(books: dict[str, bytes]) -> None:
    opf = _zip(books["digest"]).read("EPUB/content.opf").decode()
    assert "<dc:title>Test feed — 6 April 2021</dc:title>" in opf
    assert '<meta property="dcterms:modified">2026-01-02T03:04:05Z</meta>' in opf
    assert "urn:uuid:" in opf and "<dc:language>en</dc:language>" in opf
    assert "<dc:date>2021-04-06</dc:date>" in opf


def test_zero_articles_is_an_error() -> None:
    with pytest.raises(syndicate.WriteError, match="at least one article"):
        syndicate.write(syndicate.feed([], title="Empty"), "epub")


def test_no_script_reaches_the_book(books: dict[str, bytes]) -> None:
    archive = _zip(books["digest"])
    for member in archive.namelist():
        if member.endswith(".xhtml"):
            text = archive.read(member).decode()
            assert "<script" not in text and "javascript:" not in text
