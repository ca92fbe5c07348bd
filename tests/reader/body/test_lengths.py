"""Text lengths measured bottom-up equal the ones read element by element, and reading them
for every element of a deep page costs a bounded multiple of its text (issue 17, item 5)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from syndicate.reader.body import lengths as lengths_module
from syndicate.reader.body.lengths import Lengths
from syndicate.reader.body.locate import by_score
from syndicate.reader.body.prose import container, held, prose
from syndicate.reader.dom import Element, link_density, parse, text_of

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
TRICKY = [
    "<p> a <b> b</b>c <!-- x --> d\u00a0 e<i>  </i> f</p>",
    "<div>\u2003<a>x <a>y</a></a>, ,<span><a href='/'> one, two </a></span>tail</div>",
    "<p><br>\n<br></p><p></p><div> <b> </b> </div>",
    "<ul><li>a<li><a>b<a>c</a>d</a></ul>",
]


def _pages() -> list[Element]:
    pages = [parse(text) for text in TRICKY]
    pages += [
        parse(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("corpus/*/source.html"))
    ]
    pages += [
        parse(gzip.decompress(p.read_bytes()).decode())
        for p in sorted(FIXTURES.glob("wcxb/*.html.gz"))
    ]
    return pages


@pytest.mark.parametrize("measured", [False, True], ids=["direct", "measured"])
def test_lengths_equal_reading_each_element(
    measured: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if measured:  # measure the whole tree on the first read
        monkeypatch.setattr(lengths_module, "_DIRECT_SHARE", 0)
        monkeypatch.setattr(lengths_module, "_DIRECT_FLOOR", 0)
    for root in _pages():
        sizes = Lengths(root)
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            text = text_of(el)
            assert sizes.text(el) == len(text)
            assert sizes.commas(el) == text.count(",")
            assert sizes.links(el) == sum(len(text_of(a)) for a in el.iter("a"))
            assert sizes.link_density(el) == link_density(el)


def _nested_links(levels: int) -> Element:
    """Unclosed links and boxes, each with a paragraph: every link holds the rest of the
    page, and every box is a scoring candidate (tag soup)."""
    html = "".join(
        f'<div><a href="/{n}">link {n} <p>A paragraph, with commas, and words {n}, long enough to count as prose in this test.</p>'
        for n in range(levels)
    )
    return parse(f"<html><body>{html}</body></html>")


def test_scoring_a_page_of_nested_links_reads_its_text_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[int] = []

    def counted(el: Element) -> str:
        text = text_of(el)
        read.append(len(text))
        return text

    monkeypatch.setattr(lengths_module, "text_of", counted)
    root = _nested_links(1_000)
    page_text = len(text_of(root))
    assert by_score(root) is not None
    assert prose(root).blocks
    # element by element this is ~levels² / 2 characters; measured once it stays linear
    assert sum(read) < 30 * page_text


def _container_by_ancestors(
    blocks: list[tuple[Element, str]], share: float = 0.75
) -> Element | None:
    """``prose.container`` as first written: every block's whole ancestor chain."""
    held_by: dict[Element, int] = {}
    depth: dict[Element, int] = {}
    total = sum(len(text) for _, text in blocks)
    for el, text in blocks:
        for level, node in enumerate(reversed([el, *el.iterancestors()])):
            held_by[node] = held_by.get(node, 0) + len(text)
            depth[node] = level
    best = [el for el, chars in held_by.items() if chars >= share * total]
    return max(best, key=lambda el: depth[el]) if best else None


def test_container_and_held_equal_the_ancestor_walks() -> None:
    for root in _pages():
        found = prose(root)
        for share in (0.75, 0.5, 0.3):
            assert container(found, share) is _container_by_ancestors(list(found.blocks), share)
        for el in list(root.iter("div", "section", "article", "main"))[:50]:
            expected = sum(
                len(text)
                for block, text in found.blocks
                if block is el or any(a is el for a in block.iterancestors())
            )
            assert held([el], found) == expected
