"""The generated cover in every script: the headlines are text in the cover's XHTML (with
their language and ``dir="auto"``), over a plain image that holds no text (the same bytes for
every book). Laid out in headless Chromium, every character of every line is drawn from a
font whose character map holds it (fontTools), so nothing falls back to the missing-glyph
box; the picture is kept in build/browser/ for a person to look at."""

from __future__ import annotations

import io
import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTCollection, TTFont
from lxml import etree

import syndicate
from syndicate import Article, Context
from syndicate.writers.epub import cover
from tests import browser
from tests.conftest import FIXED_NOW, ROOT

TITLES = {
    "cs": "Čeští výrobci hrozí gigantům, říká ředitelka",
    "ru": "Россия и Индия подписали соглашение",
    "el": "Η Αθήνα υποδέχεται τη σύνοδο κορυφής",
    "ar": "الأسواق ترتفع بعد قرار البنك المركزي",
    "he": "הכנסת אישרה את התקציב",
    "hi": "भारत ने नई नीति की घोषणा की",
    "ja": "東京で新しい経済政策が発表された",
    "zh": "中国经济增长放缓",
}
XHTML = "{http://www.w3.org/1999/xhtml}"


def _book(titles: dict[str, str], title: str = "Weltpresse") -> zipfile.ZipFile:
    articles = [
        Article(headline=text, language=lang, url=f"https://x.example/{lang}")
        for lang, text in titles.items()
    ]
    feed = syndicate.feed(articles, title=title)
    data = syndicate.write(feed, "epub", context=Context(now=FIXED_NOW))
    return zipfile.ZipFile(io.BytesIO(data))


def test_cover_sets_every_headline_as_text_in_its_language() -> None:
    book = _book(TITLES)
    page = etree.fromstring(book.read("EPUB/cover.xhtml"))
    lines = page.findall(f".//{XHTML}li")
    assert [(li.get("lang"), li.text) for li in lines] == list(TITLES.items())
    assert all(li.get("dir") == "auto" for li in lines)
    assert page.findtext(f".//{XHTML}h1") == "Weltpresse"
    assert b"cover.css" in book.read("EPUB/cover.xhtml")
    opf = book.read("EPUB/content.opf").decode()
    assert 'properties="cover-image"' in opf and 'idref="cover-page"' in opf


def test_cover_image_holds_no_text() -> None:
    one, other = _book(TITLES), _book({"en": "Something else entirely"}, "Other")
    assert one.read("EPUB/cover.png") == other.read("EPUB/cover.png") == cover.image()


def _font_files() -> dict[str, Path]:
    """Installed fonts by PostScript name (fontconfig's list)."""
    listing = subprocess.run(
        ["fc-list", "--format", "%{postscriptname}\t%{file}\n"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {
        name: Path(file)
        for line in listing.splitlines()
        for name, _, file in [line.partition("\t")]
    }


def _cmap(path: Path, name: str) -> set[int]:
    fonts = TTCollection(str(path)).fonts if path.suffix.lower() == ".ttc" else [TTFont(str(path))]
    for font in fonts:
        if font["name"].getDebugName(6) == name or len(fonts) == 1:
            return set(font.getBestCmap())
    return set()


def test_cover_renders_every_script_without_missing_glyphs(tmp_path: Path) -> None:
    executable = browser.find()
    if not executable:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs it")
        pytest.skip("chromium is not installed")
    book = _book(TITLES)
    for name in ("cover.xhtml", "cover.css", "cover.png"):
        (tmp_path / name).write_bytes(book.read(f"EPUB/{name}"))
    files = _font_files()
    with browser.launched(executable) as chromium:
        chromium.open((tmp_path / "cover.xhtml").as_uri(), width=600, scheme="light", height=800)
        used = chromium.fonts("li")
        shots = ROOT / "build" / "browser"
        shots.mkdir(parents=True, exist_ok=True)
        (shots / "epub-cover.png").write_bytes(chromium.screenshot())
    assert len(used) == len(TITLES)
    for (lang, text), fonts in zip(TITLES.items(), used, strict=True):
        assert fonts, lang
        missing_fonts = [f for f in fonts if f not in files]
        if missing_fonts and not os.environ.get("CI"):
            pytest.skip(f"fonts for {lang} not installed: {missing_fonts}")
        covered = set().union(*(_cmap(files[f], f) for f in fonts))
        missing = [c for c in text if not c.isspace() and ord(c) not in covered]
        assert not missing, (lang, fonts, missing)
