"""Pathological pages end fast and bounded, with a diagnostic naming the limit they hit
(strict mode raises LimitError). Timings are measured by `python -m bench.pathological`,
never asserted here."""

from __future__ import annotations

import base64

import pytest

import syndicate
from syndicate import LimitError


def _page(body: str) -> bytes:
    return f"<html><head><title>Case</title></head><body>{body}</body></html>".encode()


CASES = {
    "input-too-large": (
        _page("<article>" + ("<p>" + "word " * 100 + "</p>") * 2000 + "</article>"),
        {"max_bytes": 200_000},
    ),
    "parser-limit": (_page("<div>" * 5_000 + "<p>deep</p>" + "</div>" * 5_000), {}),
    "too-many-nodes": (_page("<p>short paragraph text</p>" * 20_000), {"max_nodes": 5_000}),
    "body-truncated": (
        _page("<article>" + ("<p>" + "word " * 50 + "</p>") * 25_000 + "</article>"),
        {},
    ),
    "time-budget": (
        _page("<div>" + '<a href="/x">link</a> <p>text</p>' * 3_000 + "</div>"),
        {"time_budget": 1e-9},
    ),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_limit_is_a_diagnostic_then_a_strict_error(code: str) -> None:
    data, options = CASES[code]
    article = syndicate.read(data, **options)  # type: ignore[arg-type]
    assert code in {d.code for d in article.diagnostics}
    assert isinstance(syndicate.write(article, "text"), bytes)
    with pytest.raises(LimitError):
        syndicate.read(data, strict=True, **options)  # type: ignore[arg-type]


def test_truncated_body_keeps_its_start() -> None:
    data, _ = CASES["body-truncated"]
    article = syndicate.read(data)
    assert article.body and len(article.body) < 25_000
    assert syndicate.read(data, time_budget=60).body_text.startswith("word word")


def test_a_huge_text_node_is_read_not_dropped() -> None:
    article = syndicate.read(_page("<p>" + "lorem ipsum " * 1_000_000 + "</p>"))
    assert "parser-limit" not in {d.code for d in article.diagnostics}
    assert article.body_text.startswith("lorem ipsum")


def test_a_huge_inline_image_is_left_out_like_any_inline_image() -> None:
    data = _page(
        "<article><p>"
        + "text " * 100
        + "</p><img src='data:image/png;base64,"
        + base64.b64encode(b"\x89PNG" + bytes(3_000_000)).decode()
        + "'></article>"
    )
    article = syndicate.read(data)
    notes = [d for d in article.diagnostics if d.code == "data-image-dropped"]
    assert len(notes) == 1 and len(notes[0].message) < 300  # the URI is not quoted whole
    assert article.body_text.startswith("text text")
