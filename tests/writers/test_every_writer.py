"""Property test: every writer accepts every Article the model allows, and its output
parses as what it claims to be."""

from __future__ import annotations

import io
import json
import zipfile

from hypothesis import HealthCheck, given, settings
from lxml import etree

import syndicate
from syndicate import Article, Context
from tests.conftest import FIXED_NOW
from tests.strategies import articles

CTX = Context(now=FIXED_NOW)


def check_output(fmt: str, data: bytes) -> None:
    """Raise if ``data`` is not a well-formed document of format ``fmt``."""
    if fmt in {"rss", "atom", "newsml"}:
        etree.fromstring(data)
    elif fmt in {"json", "jsonfeed", "ninjs"}:
        json.loads(data)
    elif fmt == "epub":
        archive = zipfile.ZipFile(io.BytesIO(data))
        assert archive.namelist()[0] == "mimetype"
        for name in archive.namelist():
            if name.endswith((".xhtml", ".opf", ".ncx", ".xml")):
                etree.fromstring(archive.read(name))
    else:
        data.decode("utf-8")


def write_everything(article: Article) -> None:
    feed = syndicate.feed([article], title="Property feed", link="https://feed.example/")
    for fmt in syndicate.WRITERS:
        target = feed if fmt in {"rss", "atom", "jsonfeed"} else article
        check_output(fmt, syndicate.write(target, fmt, context=CTX))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_every_writer_accepts_every_article(article: Article) -> None:
    write_everything(article)
