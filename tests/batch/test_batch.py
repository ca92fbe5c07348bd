"""Batch conversion: inputs (files, .gz, directories, WARC), the pool, outputs, resume, errors."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from syndicate import cli
from syndicate.batch import convert_many, iter_tasks, run_batch
from tests.conftest import CORPUS, EXAMPLE

PAGES = [EXAMPLE, *sorted(CORPUS.glob("*/source.html"))[:5]]


def make_warc(path: Path, compress: bool = True) -> list[str]:
    """A WARC with an HTML response per page, plus a PNG response and a request record."""
    urls = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        for number, page in enumerate(PAGES):
            url = f"https://warc.example/{number}/{page.parent.name}"
            urls.append(url)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(page.read_bytes()), http_headers=headers
                )
            )
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://warc.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                http_headers=png,
            )
        )
        writer.write_record(
            writer.create_warc_record(
                "https://warc.example/0", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
        )
    return urls


@pytest.mark.parametrize("compress", [True, False])
def test_warc_to_jsonl_one_line_per_html_record(tmp_path: Path, compress: bool) -> None:
    warc = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    urls = make_warc(warc, compress)
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(warc)], out, "jsonl", workers=2)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.converted == len(PAGES) == len(lines) and summary.failed == 0
    assert [line["url"] for line in lines] == urls
    for line in lines:
        assert line["evidence"]["origin"].startswith(f"{warc}#<urn:uuid:")
        assert line["evidence"]["fetched"].endswith("+00:00")


def test_files_gz_errors_and_resume(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.html").write_bytes(PAGES[0].read_bytes())
    (site / "b.html.gz").write_bytes(gzip.compress(PAGES[1].read_bytes()))
    (site / "broken.html.gz").write_bytes(b"not gzip at all")
    out = tmp_path / "articles"
    first = run_batch([str(site)], out, "markdown", workers=1, pattern="*.htm*")
    assert (first.converted, first.failed) == (2, 1) and first.first_exit_code
    assert sorted(p.suffix for p in out.iterdir()) == [".jsonl", ".md", ".md"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert errors[0]["source"].endswith("broken.html.gz")
    again = run_batch([str(site)], out, "markdown", workers=1, resume=True)
    assert (again.converted, again.failed, again.skipped) == (0, 1, 2)  # only the broken one again


def test_two_workers_give_the_same_results_in_order(tmp_path: Path) -> None:
    inputs = [str(p) for p in PAGES]
    one = [r.output for r in convert_many(iter_tasks(inputs), workers=1, fmt="jsonl")]
    two = [r.output for r in convert_many(iter_tasks(inputs), workers=2, fmt="jsonl")]
    assert one == two and len(one) == len(PAGES)
    articles = list(convert_many(iter_tasks(inputs), workers=2))
    assert all(r.ok and r.article is not None for r in articles)


def test_cli_batch_summary_and_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"xx")
    code = cli.main(
        ["batch", str(PAGES[0]), str(bad), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"]
    )
    err = capsys.readouterr().err
    assert code != 0 and "converted 1, failed 1" in err and "bad.html.gz" in err
    feed_code = cli.main(["feed", str(tmp_path / "o.jsonl"), "-t", "atom", "--title", "From batch"])
    assert feed_code == 0 and "<entry>" in capsys.readouterr().out


# Issue 17: file modes, full disks, closed stdin, one-line errors, workers of a killed parent.


def test_batch_outputs_respect_the_umask_and_keep_a_replaced_files_mode(tmp_path: Path) -> None:
    jsonl, directory = tmp_path / "out.jsonl", tmp_path / "out"
    previous = os.umask(0o027)
    try:
        run_batch([str(EXAMPLE)], jsonl, "jsonl", workers=1)
        run_batch([str(EXAMPLE)], directory, "markdown", workers=1)
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [jsonl, *directory.iterdir()]}
        assert set(modes.values()) == {0o640}, modes
        jsonl.chmod(0o644)
        run_batch([str(EXAMPLE)], jsonl, "jsonl", workers=1)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(jsonl.stat().st_mode) == 0o644


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_batch_on_a_full_disk_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = tmp_path / "out.jsonl"
    full.symlink_to("/dev/full")  # every write to the output fails with ENOSPC
    code = cli.main(["batch", str(EXAMPLE), "-o", str(full), "--workers", "1", "--quiet"])
    err = capsys.readouterr().err
    assert (
        code == 3 and err == f"syndicate: error: {full}: cannot write (No space left on device)\n"
    )


def test_batch_errors_name_the_path_once_and_a_broken_warc_does_not_stop_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.html"
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"junk\n")
    out = tmp_path / "out.jsonl"
    code = cli.main(
        ["batch", str(missing), str(broken), str(EXAMPLE), "-o", str(out), "--workers", "1"]
    )
    err = capsys.readouterr().err
    assert code == 3 and "converted 1, failed 2" in err
    assert f"syndicate: error: {missing}: no such file\n" in err
    assert err.count(str(missing)) == 1 and err.count(str(broken)) == 1
    errors = (tmp_path / "out.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in errors] == [str(missing), str(broken)]


def test_an_unexpected_reader_error_costs_one_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from syndicate.batch import run

    def read(data: bytes, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(run, "read", read)
    (result,) = convert_many(iter_tasks([str(EXAMPLE)]), workers=1)
    assert result.error == "internal error: RuntimeError: boom" and result.exit_code == 1


def test_batch_with_standard_input_closed_is_one_error_line(tmp_path: Path) -> None:
    result = subprocess.run(
        ["sh", "-c", '"$0" -m syndicate batch - -o "$1" <&-', sys.executable, tmp_path / "o.jsonl"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 3
    assert result.stderr == b"syndicate: error: standard input is closed\n"


def children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is ``pid``, from /proc."""
    found = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.append(int(stat_file.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_until(check: Callable[[], bool], seconds: float = 60.0) -> bool:
    end = time.monotonic() + seconds
    while not check():
        if time.monotonic() > end:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_exit_when_the_batch_is_killed(tmp_path: Path) -> None:
    """Each worker blocks opening a FIFO nobody writes to, so they are surely busy when the
    parent gets SIGKILL; they must notice and exit on their own."""
    fifos = [tmp_path / "a.html", tmp_path / "b.html"]
    for fifo in fifos:
        os.mkfifo(fifo)
    argv = [sys.executable, "-m", "syndicate", "batch", *map(str, fifos)]
    parent = subprocess.Popen(
        [*argv, "-o", str(tmp_path / "o.jsonl"), "--workers", "2", "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        assert wait_until(lambda: len(children(parent.pid)) >= 2), "no workers started"
        workers = children(parent.pid)
        parent.kill()
        parent.wait()
        assert wait_until(lambda: not any(map(alive, workers))), "workers outlived the parent"
    finally:
        parent.kill()
        parent.wait()
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
