"""The reader view in a real browser (headless Chromium over the DevTools protocol): the
example page and a table/figure/embed-rich article at phone and desktop widths, in light
and dark schemes. What a person sees: the headline once, the byline, each caption with its
credit under its image, no horizontal scroll at 375 px, readable text contrast, the
stylesheet applied under the page's own Content-Security-Policy, and no request but the
page and its images. Screenshots go to build/browser/ (not committed) for a person to look."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

import syndicate
from syndicate import (
    Article,
    Context,
    Figure,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    Text,
    codec,
)
from tests import browser
from tests.conftest import EXAMPLE, EXAMPLE_URL, FIXED_NOW, GOLDENS, ROOT

SHOTS = ROOT / "build" / "browser"
WIDTHS = (375, 1280)
SCHEMES = ("light", "dark")

MEASURE = r"""(() => {
  const doc = document.documentElement;
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
    }
    return null;
  };
  const texts = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    texts.push({what: el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''),
                color: rgb(style.color), background: background(el)});
  }
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  return {
    scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, innerWidth,
    text: document.body.innerText,
    headlines: [...document.querySelectorAll('h1')].map((e) => e.innerText),
    byline: (document.querySelector('.byline') || {innerText: ''}).innerText,
    mainWidth: getComputedStyle(document.querySelector('main')).maxWidth,
    figures: [...document.querySelectorAll('figure')].map((f) => {
      const img = f.querySelector('img'), cap = f.querySelector('figcaption');
      return {img: box(img), caption: cap ? box(cap) : null, text: cap ? cap.innerText : '',
              loaded: img.complete && img.naturalWidth > 0, src: img.currentSrc};
    }),
    images: [...document.images].map((i) => i.currentSrc),
    texts,
  };
})()"""


@pytest.fixture(scope="module")
def chromium() -> Iterator[browser.Browser]:
    executable = browser.find()
    if not executable:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with browser.launched(executable) as launched:
        launched.serve(IMAGES)
        yield launched


IMAGES: dict[str, bytes] = {}
"""The pictures the pages show, by URL, served inside the browser (``browser.serve``)."""


def _png(width: int, height: int, shade: int) -> str:
    url = f"https://images.test/{width}x{height}-{shade}.png"
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), (shade, shade // 2, 90)).save(out, format="PNG")
    IMAGES[url] = out.getvalue()
    return url


def _example() -> Article:
    """The example page, its lead image a local picture (the tests never go online)."""
    article = syndicate.read(EXAMPLE.read_bytes(), url=EXAMPLE_URL)
    assert article.lead_image is not None
    return replace(article, lead_image=replace(article.lead_image, url=_png(1200, 675, 160)))


def _rich() -> Article:
    """The rich golden article with local pictures, a wide table, a long unbroken line."""
    article = codec.loads((GOLDENS / "rich-article.json").read_text())
    assert isinstance(article, Article) and article.lead_image is not None
    body = [
        replace(b, image=replace(b.image, url=_png(800, 400, 60))) if isinstance(b, Figure) else b
        for b in article.body
    ]
    cells = tuple(
        TableCell(children=(Text(text=f"Column {n} heading"),), header=True) for n in range(9)
    )
    values = tuple(TableCell(children=(Text(text=f"{n * 1234.5:,.2f}"),)) for n in range(9))
    body.append(Table(rows=(TableRow(cells=cells), TableRow(cells=values)), caption=()))
    long_word = "https://news.example/" + "x" * 160
    body.append(Paragraph(children=(Text(text=f"A long address: {long_word} ends here."),)))
    lead = replace(article.lead_image, url=_png(1280, 720, 200))
    return replace(article, lead_image=lead, body=tuple(body))


ARTICLES = {"example": _example, "rich": _rich}


def _luminance(rgb: list[float]) -> float:
    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: list[float], bg: list[float]) -> float:
    """The WCAG 2 contrast ratio of two sRGB colours."""
    light, dark = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _render(
    chromium: browser.Browser, name: str, width: int, scheme: str, tmp: Path
) -> tuple[Article, dict[str, Any], list[str]]:
    article = ARTICLES[name]()
    page = tmp / f"{name}.html"
    page.write_bytes(syndicate.write(article, "html", context=Context(now=FIXED_NOW)))
    requests = chromium.open(page.as_uri(), width=width, scheme=scheme)
    seen: dict[str, Any] = chromium.evaluate(MEASURE)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / f"{name}-{width}-{scheme}.png").write_bytes(chromium.screenshot())
    return article, seen, requests


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_what_a_person_sees(
    chromium: browser.Browser, name: str, width: int, scheme: str, tmp_path: Path
) -> None:
    article, seen, requests = _render(chromium, name, width, scheme, tmp_path)
    # the stylesheet applied under the page's own policy, and the phone viewport honoured
    assert seen["mainWidth"] == "640px" and seen["innerWidth"] == width
    # the headline once, the byline
    assert seen["headlines"] == [article.headline]
    assert seen["text"].count(article.headline) == 1
    assert seen["byline"].startswith("By ") and article.authors[0].name in seen["byline"]
    # every caption (with its credit) under its image
    for figure in seen["figures"]:
        assert figure["loaded"], figure["src"][:80]
        if figure["caption"] is not None:
            image, caption = figure["img"], figure["caption"]
            assert caption[1] >= image[3] - 0.5, (image, caption)
            assert caption[0] < image[2] and caption[2] > image[0]  # not beside it
    lead = seen["figures"][0]["text"]
    assert article.lead_image is not None and article.lead_image.credit in lead
    # no horizontal scroll
    assert seen["scrollWidth"] <= seen["clientWidth"] == width
    # readable text in both schemes (WCAG AA, 4.5:1, for every text the page shows)
    low = [
        (t["what"], round(contrast(t["color"], t["background"]), 2))
        for t in seen["texts"]
        if contrast(t["color"], t["background"]) < 4.5
    ]
    assert not low, low
    # nothing fetched but the page itself and the article's own images
    allowed = {Path(tmp_path / f"{name}.html").as_uri(), *seen["images"]}
    assert [u for u in requests if u not in allowed] == []


def test_dark_and_light_differ(chromium: browser.Browser, tmp_path: Path) -> None:
    backgrounds = {}
    for scheme in SCHEMES:
        _, seen, _ = _render(chromium, "rich", 375, scheme, tmp_path)
        backgrounds[scheme] = next(t["background"] for t in seen["texts"] if t["what"] == "h1")
    assert contrast(backgrounds["light"], backgrounds["dark"]) > 10


def test_screenshots_are_kept_for_a_person(chromium: browser.Browser, tmp_path: Path) -> None:
    _render(chromium, "example", 375, "light", tmp_path)
    shot = SHOTS / "example-375-light.png"
    with PILImage.open(shot) as image:
        assert image.width == 375 and image.height > 800
    assert re.search(r"^/?build/", (ROOT / ".gitignore").read_text(), re.M)
