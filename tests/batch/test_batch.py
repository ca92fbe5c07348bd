"""Batch conversion: inputs (files, .gz, directories, WARC), the pool, outputs, resume, errors."""

from __future__ import annotations

import gzip
import io
import json
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
