from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from syndicate import cli
from tests.conftest import EXAMPLE, EXAMPLE_URL


def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], stdin: bytes = b""
) -> tuple[int, str, str]:
    if stdin:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_convert_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code = cli.main(["convert", str(EXAMPLE), "-t", "text", "--url", EXAMPLE_URL])
    assert code == 0
    assert capsysbinary.readouterr().out == EXAMPLE.with_suffix(".txt").read_bytes()


def test_convert_to_file_atomically(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.md"
    code, out, err = run(["convert", str(EXAMPLE), "-t", "markdown", "-o", str(target)], capsys)
    assert code == 0 and out == "" and err == ""
    assert target.read_text(encoding="utf-8").startswith("*Diplomacy*")
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]  # no temp file left behind


def test_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["formats"], capsys)
    assert code == 0 and {line.split()[0] for line in out.splitlines()} >= {
        "text",
        "markdown",
        "json",
    }


@pytest.mark.parametrize(
    ("argv", "exit_code", "message"),
    [
        (["convert", "no-such-file.html"], 3, "no such file"),
        (["convert", "."], 3, "is a directory"),
        (["convert", str(EXAMPLE), "-t", "pdf"], 8, "unknown format 'pdf'"),
        (["convert", str(EXAMPLE), "--default-tz", "Mars/Olympus"], 3, "unknown time zone"),
    ],
)
def test_errors_are_one_line_with_their_exit_code(
    argv: list[str], exit_code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(argv, capsys)
    assert code == exit_code and out == ""
    assert err.count("\n") == 1 and err.startswith("syndicate: error:") and message in err


def test_strict_turns_diagnostics_into_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(b"<html><body></body></html>")
    assert run(["convert", str(page)], capsys)[0] == 0
    code, _, err = run(["convert", str(page), "--strict"], capsys)
    assert code == 6 and "no-article" in err


def test_binary_input_lenient_and_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 64)
    code, _, err = run(["convert", str(blob), "-v"], capsys)
    assert code == 0 and "binary-input" in err
    code, _, err = run(["convert", str(blob), "--strict"], capsys)
    assert code == 5 and err.count("\n") == 1


def test_stdin_and_console_script() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "syndicate",
            "convert",
            "-",
            "-t",
            "json",
            "--url",
            "https://theprint.in/x/",
        ],
        input=EXAMPLE.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b'{\n  "schema": "syndicate/article@1"')


def test_help_is_useful(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["convert", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for flag in ("--to", "--output", "--url", "--strict", "--width", "--default-tz"):
        assert flag in out


def test_feed_command_from_pages_json_and_directories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article_json = tmp_path / "one.json"
    code, _, _ = run(
        ["convert", str(EXAMPLE), "-t", "json", "-o", str(article_json), "--url", EXAMPLE_URL],
        capsys,
    )
    assert code == 0
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_bytes(
        b"<html><head><title>A page</title></head><body><article><p>Body of page A, long enough.</p></article></body></html>"
    )
    target = tmp_path / "feed.xml"
    code, _, err = run(
        [
            "feed",
            str(article_json),
            str(pages),
            "-t",
            "rss",
            "--title",
            "Mine",
            "--link",
            "https://mine.example/",
            "-o",
            str(target),
        ],
        capsys,
    )
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert text.count("<item>") == 2 and "<title>Mine</title>" in text and "A page" in text


def test_feed_command_rejects_non_feed_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["feed", str(EXAMPLE), "-t", "markdown", "--title", "T"], capsys)
    assert code == 8 and "not a feed format" in err


def test_convert_and_feed_to_wire_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "item.xml"
    assert (
        run(["convert", str(EXAMPLE), "-t", "newsml", "--package", "-o", str(target)], capsys)[0]
        == 0
    )
    assert b"packageItem" in target.read_bytes() and b"ninat:picture" in target.read_bytes()
    code, out, _ = run(
        ["feed", str(EXAMPLE), "-t", "ninjs", "--title", "T", "--ninjs-version", "3.1"], capsys
    )
    assert code == 0 and '"type": "composite"' in out and '"versionCreated"' in out


def test_digest_command_uses_images_next_to_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image as PILImage

    pages = tmp_path / "site"
    (pages / "img").mkdir(parents=True)
    PILImage.new("RGB", (50, 30), "red").save(pages / "img" / "photo.png")
    (pages / "story.html").write_bytes(
        b"<html><head><title>Local story</title></head><body><article><h1>Local story</h1>"
        b"<figure><img src='img/photo.png' alt='A photo'><figcaption>Red square</figcaption></figure>"
        b"<p>Body text of the local story, long enough to be the article body.</p></article></body></html>"
    )
    target = tmp_path / "paper.epub"
    code, _, err = run(["digest", str(pages), "-o", str(target), "--title", "Local Paper"], capsys)
    assert code == 0, err
    import zipfile

    names = zipfile.ZipFile(target).namelist()
    assert any(n.startswith("EPUB/images/") for n in names)


def test_feed_reports_each_bad_input_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.html"
    good.write_bytes(EXAMPLE.read_bytes())
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    target = tmp_path / "feed.xml"
    code, _, err = run(
        [
            "feed",
            str(good),
            str(broken),
            str(tmp_path / "missing.html"),
            "-t",
            "atom",
            "--title",
            "T",
            "-o",
            str(target),
        ],
        capsys,
    )
    assert code != 0
    assert "broken.json" in err and "missing.html" in err
    assert target.read_bytes().count(b"<entry>") == 1  # the good page still made it


def test_binary_input_gives_one_warning_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob = tmp_path / "image.bin"
    blob.write_bytes(bytes(range(256)) * 16)
    code, _, err = run(["convert", str(blob)], capsys)
    assert code == 0
    lines = [line for line in err.splitlines() if "binary-input" in line]
    assert len(lines) == 1 and "image.bin" in lines[0]
