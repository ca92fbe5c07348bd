from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import threading
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


def test_digest_never_reads_images_beside_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 17: a page read from disk has no URL to resolve ``img/photo.png`` against, so
    the model drops it (with a warning) and the book shows the caption; no local file is
    read for an image."""
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
    assert "relative-url-dropped" in err and "'img/photo.png'" in err
    import zipfile

    book = zipfile.ZipFile(target)
    assert not any(n.startswith("EPUB/images/") for n in book.namelist())
    page = next(n for n in book.namelist() if n.startswith("EPUB/article-"))
    assert "Red square" in book.read(page).decode()


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


# Issue 17: output files, faults of the standard streams, inputs that are no article.


def syndicate_sh(script: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``sh -c script`` where ``$0 -m syndicate`` is this interpreter's CLI (for
    redirections such as ``<&-`` or ``> /dev/full`` that ``subprocess`` cannot express)."""
    return subprocess.run(
        ["sh", "-c", script, sys.executable, *args], capture_output=True, check=False
    )


def one_error_line(stderr: bytes, message: str) -> None:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text and text.count("\n") == 1, text
    assert text.startswith("syndicate: error:") and message in text, text


def test_output_respects_the_umask_and_keeps_a_replaced_files_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new, old = tmp_path / "new.txt", tmp_path / "old.txt"
    old.write_bytes(b"old")
    old.chmod(0o604)
    previous = os.umask(0o027)
    try:
        assert run(["convert", str(EXAMPLE), "-o", str(new)], capsys)[0] == 0
        assert run(["convert", str(EXAMPLE), "-o", str(old)], capsys)[0] == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(new.stat().st_mode) == 0o640  # 0666 less the umask, not 0600
    assert stat.S_IMODE(old.stat().st_mode) == 0o604  # the replaced file's mode, not 0600
    assert old.read_bytes() == new.read_bytes() != b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.txt", "old.txt"]


def test_output_through_a_symlink_replaces_its_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "feed.txt"
    target.write_bytes(b"old")
    link = tmp_path / "feed.txt"
    link.symlink_to(target)
    assert run(["convert", str(EXAMPLE), "-o", str(link)], capsys)[0] == 0
    assert link.is_symlink() and link.readlink() == target
    assert target.read_bytes().startswith(b"Diplomacy")
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["feed.txt"]


def test_output_to_a_fifo_is_written_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = run(["convert", str(EXAMPLE), "-o", str(fifo)], capsys)
    reader.join(timeout=60)
    assert code == 0, err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still the FIFO, not a renamed regular file
    assert received and received[0].startswith(b"Diplomacy")


def test_output_to_a_character_device_is_written_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o /dev/null`` as root must not replace /dev/null: a copy of its node stands in."""
    null = tmp_path / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        null.write_bytes(b"")  # a file system mounted nodev refuses to open it
    except OSError:
        pytest.skip("cannot make or open a device node here (needs root, no nodev)")
    code, _, err = run(["convert", str(EXAMPLE), "-o", str(null)], capsys)
    assert code == 0, err
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["convert {page}", "feed {page} --title T", "formats"])
def test_full_standard_output_is_one_error_line(command: str) -> None:
    result = syndicate_sh(
        f'"$0" -m syndicate {command.format(page="$1")} > /dev/full', str(EXAMPLE)
    )
    assert result.returncode == 3
    one_error_line(result.stderr, "standard output: cannot write (No space left on device)")


def test_closed_standard_input_and_output_are_one_error_line() -> None:
    result = syndicate_sh('"$0" -m syndicate convert - <&-')
    assert result.returncode == 3
    one_error_line(result.stderr, "standard input is closed")
    result = syndicate_sh('"$0" -m syndicate convert "$1" >&-', str(EXAMPLE))
    assert result.returncode == 3
    one_error_line(result.stderr, "standard output is closed")


def make_junk_site(tmp_path: Path) -> Path:
    """A directory with a good page, an empty file and a binary file."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "a-good.html").write_bytes(EXAMPLE.read_bytes())
    (site / "empty.html").write_bytes(b"")
    (site / "binary.html").write_bytes(bytes(range(256)) * 16)
    return site


def test_feed_leaves_out_inputs_that_yield_no_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = make_junk_site(tmp_path)
    code, out, err = run(["feed", str(site), "-t", "rss", "--title", "T"], capsys)
    assert code == 0 and out.count("<item>") == 1, err
    skipped = [line for line in err.splitlines() if "skipped, no article" in line]
    assert len(skipped) == 2 and "empty.html" in err and "binary.html" in err
    code, out, err = run(["feed", str(site), "-t", "rss", "--title", "T", "--strict"], capsys)
    assert code != 0 and out.count("<item>") == 1
    assert "error: " in err and "empty.html" in err and "binary.html" in err


def test_digest_leaves_out_inputs_that_yield_no_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import zipfile

    site = make_junk_site(tmp_path)
    book = tmp_path / "paper.epub"
    code, _, err = run(["digest", str(site), "-o", str(book)], capsys)
    assert code == 0, err
    names = zipfile.ZipFile(book).namelist()
    chapters = [n for n in names if n.startswith("EPUB/article-")]
    assert len(chapters) == 1, names


def test_feed_keeps_an_article_without_a_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "untitled.html"
    page.write_bytes(
        b"<html><body><article><p>A body without any headline, long enough to count as the "
        b"text of an article in its own right.</p></article></body></html>"
    )
    code, out, err = run(["feed", str(page), "-t", "jsonfeed", "--title", "T"], capsys)
    assert code == 0 and "without any headline" in out and "skipped" not in err


def test_feed_reports_an_unexpected_reader_error_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import syndicate

    real_read = syndicate.read

    def read(data: bytes, **kwargs: object) -> syndicate.Article:
        if b"CRASH" in data:
            raise ValueError("Invalid IPv6 URL")  # as urlsplit raised before issue 17
        return real_read(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(syndicate, "read", read)
    crash = tmp_path / "crash.html"
    crash.write_bytes(b"<html><body><p>CRASH</p></body></html>")
    code, out, err = run(["feed", str(crash), str(EXAMPLE), "-t", "atom", "--title", "T"], capsys)
    assert code == 1 and out.count("<entry>") == 1
    assert err.splitlines() == [
        f"syndicate: error: {crash}: internal error: ValueError: Invalid IPv6 URL"
    ]


def test_feed_leaves_out_empty_articles_from_json_and_fails_on_them_when_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import syndicate
    from syndicate import codec

    lines = tmp_path / "batch.jsonl"
    good, empty = syndicate.read(EXAMPLE.read_bytes()), syndicate.read(b"")
    lines.write_text("".join(codec.dumps(a, indent=None) + "\n" for a in (good, empty)))
    code, out, err = run(["feed", str(lines), "-t", "rss", "--title", "T"], capsys)
    assert code == 0 and out.count("<item>") == 1 and "skipped, no article" in err
    code, out, err = run(["feed", str(lines), "-t", "rss", "--title", "T", "--strict"], capsys)
    assert code == 6 and out.count("<item>") == 1
    assert f"syndicate: error: {lines}: no article (no headline and no body)" in err


RULED_PAGE = (
    "<html><head><title>Story</title><link rel='canonical' href='https://www.example.org/a'>"
    "</head><body><nav>Home News Sport</nav>"
    "<div class='teaser'>"
    + "<p>A teaser paragraph that is long enough to be read as the article body by itself.</p>" * 6
    + "</div><div class='real'><p>The rule's own body.</p></div></body></html>"
)


def test_site_rules_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(RULED_PAGE, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "example.org.txt").write_text("body: //div[@class='real']\nprune: no\n")
    base = ["convert", str(page), "--url", "https://www.example.org/a", "-t", "text"]
    code, out, _ = run([*base, "--site-rules", str(rules)], capsys)
    assert code == 0 and "The rule's own body." in out and "teaser paragraph" not in out
    with pytest.raises(SystemExit) as usage:  # one or the other
        run([*base, "--site-rules", str(rules), "--no-site-rules"], capsys)
    assert usage.value.code == 2
    code, out, _ = run([*base, "--no-site-rules"], capsys)
    assert code == 0 and "teaser paragraph" in out
    code, _, err = run([*base, "--site-rules", str(tmp_path / "none")], capsys)
    assert code == 3 and err.count("\n") == 1 and "not a directory" in err
    out_file = tmp_path / "out.jsonl"
    batch = ["batch", str(page), "-o", str(out_file), "--workers", "1", "--quiet"]
    code, _, _ = run([*batch, "--site-rules", str(rules)], capsys)
    line = out_file.read_text(encoding="utf-8")
    assert code == 0 and "The rule's own body." in line and "teaser paragraph" not in line
    code, out, _ = run(["feed", str(page), "--title", "T", "--site-rules", str(rules)], capsys)
    assert code == 0 and "own body." in out and "teaser paragraph" not in out


def test_rules_show_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rules", "show", "https://www.nytimes.com/2024/01/01/x.html"], capsys)
    assert code == 0
    assert out.splitlines()[:2] == ["# bundled:nytimes.com.txt", "# bundled:global.txt"]
    assert 'body: //*[@itemprop="articleBody"]' in out
    code, out, _ = run(["rules", "show", "no-rule.invalid"], capsys)
    assert code == 0 and out == "no site rule applies to no-rule.invalid\n"
    (tmp_path / "example.org.txt").write_text("body: //article\nbody: //div[\ntitl: //h1\n")
    (tmp_path / "example.net.txt").write_text("strip_id_or_class: ad\nprune: no\n")
    code, out, _ = run(["rules", "check", str(tmp_path)], capsys)
    assert code == 1
    assert out.splitlines()[:3] == [
        f"{tmp_path}:example.org.txt:2: XPath does not compile: //div[",
        f"{tmp_path}:example.org.txt:3: unknown directive 'titl'",
        "2 files, 2 unusable lines",
    ]
    assert "      1  body" in out and "      1  strip_id_or_class" in out
    code, out, _ = run(["rules", "check"], capsys)  # the bundled snapshot: listed, no crash
    assert "files," in out and int(out.split(" files,")[0].splitlines()[-1]) > 1900


def test_html_page_fragment_and_feed_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["convert", str(EXAMPLE), "--url", EXAMPLE_URL, "-t", "html"], capsys)
    assert code == 0 and out.startswith("<!DOCTYPE html>") and "<article" in out
    code, out, _ = run(["convert", str(EXAMPLE), "-t", "html", "--fragment"], capsys)
    assert code == 0 and out.startswith("<article") and "<html" not in out
    code, out, _ = run(["feed", str(EXAMPLE), "-t", "html", "--title", "Index"], capsys)
    assert code == 0 and '<ol class="index">' in out and out.count("<li>") == 1


def test_writer_flags_come_from_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["feed", "--help"])
    help_text = capsys.readouterr().out
    for flag in ("--order", "--max-items", "--hub", "--package", "--ninjs-version", "--fragment"):
        assert flag in help_text
    assert "--width" not in help_text  # text is no feed format
