"""The shared dev corpus (Mozilla Readability's test pages) as decoded strings."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html

from syndicate.reader.decode import decode
from syndicate.reader.report import Report

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "readability-dev"
PAGE_URL = "http://fakehost/test/page.html"
"""The URL Readability's own test suite reads every page under."""


@dataclass(frozen=True)
class Page:
    name: str
    html: str
    truth: str
    metadata: dict[str, Any]


def forbid_network() -> None:
    """Make any connection attempt fail at once: the benchmarks measure extraction only
    (newspaper4k, for one, fetches images unless told not to)."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("network access is disabled in the benchmarks")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]


def _text(html: str) -> str:
    root = lxml.html.fromstring(html)
    return " ".join(" ".join(root.itertext()).split())


def load(directory: Path = DEFAULT_CORPUS) -> list[Page]:
    """Every page: source decoded once, truth text from expected.html, expected metadata."""
    forbid_network()
    pages = []
    for folder in sorted(p for p in directory.iterdir() if (p / "source.html").exists()):
        html = decode((folder / "source.html").read_bytes(), Report(strict=False)).text
        truth = _text((folder / "expected.html").read_text(encoding="utf-8"))
        metadata = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append(Page(folder.name, html, truth, metadata))
    return pages
