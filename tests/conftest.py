"""Shared fixtures: paths, a fixed Context and golden-file comparison."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from bench import wcxb
from bench.wcxb import WcxbPage

import syndicate
from syndicate import Article, Context

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
PAGES = FIXTURES / "pages"
CORPUS = FIXTURES / "corpus"
GOLDENS = FIXTURES / "goldens"
EXAMPLE = PAGES / "theprint-s400-lavrov.html"
EXAMPLE_URL = (
    "https://theprint.in/diplomacy/india-russia-firm-on-s-400-missiles-deal-moscow-now-eyes-"
    "arms-unit-under-make-in-india/635800/"
)
FIXED_NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite golden files from the current output (review the diff!)",
    )


@pytest.fixture
def context() -> Context:
    return Context(now=FIXED_NOW)


Golden = Callable[[Path, bytes], None]


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """Compare bytes with a golden file; rewrite it only under --update-goldens."""
    update = bool(request.config.getoption("--update-goldens"))

    def check(path: Path, actual: bytes) -> None:
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(actual)
            return
        assert path.exists(), f"missing golden {path}; run pytest --update-goldens and review it"
        expected = path.read_bytes()
        assert actual.decode("utf-8") == expected.decode("utf-8"), f"golden mismatch: {path}"

    return check


def require_corpus(corpus: Path) -> None:
    """Skip when ../shared is not beside the project; fail in CI, where it must be."""
    if not corpus.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the dev corpus is missing: {corpus}")
        pytest.skip("../shared/corpus is not beside the project")


@pytest.fixture(scope="session")
def wcxb_read() -> list[tuple[WcxbPage, Article]]:
    """Every wcxb-dev page with what syndicate reads from it, read once for all the gates."""
    require_corpus(wcxb.WCXB)
    return [(page, syndicate.read(page.html, url=page.url)) for page in wcxb.load()]
