"""Digest images go through the guarded fetcher: private addresses refused unless allowed
(on every hop), non-image types and oversized bodies refused, and the book shows the
caption of an image it could not have. Nothing here reaches beyond 127.0.0.1."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image as PILImage

import syndicate
from syndicate import Article, Figure, Image, Paragraph, Text, cli
from syndicate.errors import SyndicateError
from syndicate.fetcher import MAX_IMAGE_BYTES, ImageFetch, image_fetcher, safety
from syndicate.writers.epub.options import EpubOptions
from tests.fetcher.server import LocalServer, Route, endless


def _png() -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (40, 30), "blue").save(out, format="PNG")
    return out.getvalue()


def _book(url: str, fetch: ImageFetch) -> zipfile.ZipFile:
    figure = Figure(image=Image(url=url, caption=(Text(text="Blue box"),), credit="Lab"))
    article = Article(
        headline="Pictures",
        url="https://img.example/story",
        body=(Paragraph(children=(Text(text="A story with a picture."),)), figure),
    )
    feed = syndicate.feed([article], title="Picture Post")
    data = syndicate.write(feed, "epub", options=EpubOptions(fetch=fetch))
    return zipfile.ZipFile(io.BytesIO(data))


def _images(book: zipfile.ZipFile) -> list[str]:
    return [n for n in book.namelist() if n.startswith("EPUB/images/")]


def test_private_image_refused_by_default_and_fetched_when_allowed(
    server: LocalServer, options: syndicate.FetchOptions
) -> None:
    url = server.add("/blue.png", Route(_png(), content_type="image/png"))
    errors: list[tuple[str, SyndicateError]] = []
    strict = dataclasses.replace(options, allow_private_hosts=False)
    with image_fetcher(strict, on_error=lambda u, e: errors.append((u, e))) as fetch:
        book = _book(url, fetch)
    assert _images(book) == []
    assert "[Blue box (Lab)]" in book.read("EPUB/article-0001.xhtml").decode()
    assert [(u, getattr(e, "code", "")) for u, e in errors] == [(url, "private-address")]
    assert server.requests == []  # not even robots.txt

    with image_fetcher(options) as fetch:
        book = _book(url, fetch)
    assert len(_images(book)) == 1
    assert "[Blue box (Lab)]" not in book.read("EPUB/article-0001.xhtml").decode()
    path, headers = server.requests[-1]
    assert path == "/blue.png" and headers["user-agent"].startswith("syndicate/")
    assert headers["accept"].startswith("image/")


def test_redirect_to_a_private_address_is_refused(
    server: LocalServer, options: syndicate.FetchOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    """127.0.0.1 stands in for a public host; its redirect to 127.0.0.2 must be refused."""
    real = safety.is_public
    monkeypatch.setattr(safety, "is_public", lambda a: str(a) == "127.0.0.1" or real(a))
    server.add("/secret.png", Route(_png(), content_type="image/png"))
    target = f"http://127.0.0.2:{server.port}/secret.png"
    url = server.add("/go.png", Route(status=302, headers={"Location": target}))
    errors: list[SyndicateError] = []
    strict = dataclasses.replace(options, allow_private_hosts=False, robots=False)
    with image_fetcher(strict, on_error=lambda u, e: errors.append(e)) as fetch:
        assert fetch(url) is None
    assert [getattr(e, "code", "") for e in errors] == ["private-address"]
    assert server.count("/go.png", 302) == 1 and server.count("/secret.png") == 0


def test_non_image_types_and_oversized_bodies_are_refused(
    server: LocalServer, options: syndicate.FetchOptions
) -> None:
    page = server.add("/page.png", Route(b"<html>not a picture</html>"))
    big = server.add("/big.png", Route(lambda: endless(), content_type="image/png"))
    errors: list[SyndicateError] = []
    with image_fetcher(options, on_error=lambda u, e: errors.append(e)) as fetch:
        assert fetch(page) is None
        assert fetch(big) is None
        assert fetch("file:///etc/passwd") is None
    assert [getattr(e, "code", "") for e in errors] == ["content-type", "too-large"]
    assert str(MAX_IMAGE_BYTES) in str(errors[1])


def test_digest_fetch_images_honours_allow_private_hosts(
    server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.add("/photo.png", Route(_png(), content_type="image/png"))
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Remote picture</title></head><body><article><h1>Remote picture</h1>"
        f"<figure><img src='{url}' alt='A photo'><figcaption>Blue box</figcaption></figure>"
        "<p>Body text of the story, long enough to be the article body of this page.</p>"
        "</article></body></html>"
    )
    book = tmp_path / "paper.epub"
    argv = ["digest", str(page), "-o", str(book), "--fetch-images", "--no-cache", "--delay", "0"]
    assert cli.main(argv) == 0
    assert "non-public address" in capsys.readouterr().err
    assert server.requests == []
    assert _images(zipfile.ZipFile(book)) == []

    assert cli.main([*argv, "--allow-private-hosts"]) == 0
    assert capsys.readouterr().err == ""
    assert len(_images(zipfile.ZipFile(book))) == 1
    assert server.count("/photo.png", 200) == 1
