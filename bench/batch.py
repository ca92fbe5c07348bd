"""Batch throughput: pages/s and peak memory for 1 and 2 workers and the Dask path, on the
dev corpus cycled to 2,000 page files and on a WARC built from the same pages, beside
trafilatura's own parallel CLI over the same files, in the same run. Each configuration
runs in a fresh process; peak memory is the largest RSS of that process or its children.

    pip install -e '.[bench,dask]'
    python -m bench.batch [--pages 2000]
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bench.corpus import DEFAULT_CORPUS

RUNNER = """
import resource, sys, time
from pathlib import Path
mode, inputs, out, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
start = time.perf_counter()
if mode == "dask":
    import distributed
    from syndicate.batch.dask import convert_bag, write_jsonl
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        files, _ = write_jsonl(convert_bag([inputs], npartitions=workers * 8), Path(out))
    count = sum(len(Path(f).read_text().splitlines()) for f in files)
else:
    from syndicate.batch import run_batch
    count = run_batch([inputs], Path(out), "jsonl", workers=workers).converted
seconds = time.perf_counter() - start
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
print(count, seconds, peak)
"""


def build(pages: int, work: Path) -> tuple[Path, Path]:
    sources = sorted(DEFAULT_CORPUS.glob("*/source.html"))
    folder = work / "pages"
    folder.mkdir()
    warc = work / "pages.warc.gz"
    with warc.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number in range(pages):
            source = sources[number % len(sources)]
            target = folder / f"{number:05d}-{source.parent.name}.html"
            shutil.copyfile(source, target)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://bench.example/{target.name}",
                    "response",
                    payload=io.BytesIO(source.read_bytes()),
                    http_headers=headers,
                )
            )
    return folder, warc


def run_syndicate(mode: str, inputs: Path, out: Path, workers: int) -> tuple[int, float, float]:
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, mode, str(inputs), str(out), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    count, seconds, peak = result.stdout.split()
    return int(count), float(seconds), float(peak)


def run_trafilatura(folder: Path, out: Path, workers: int) -> tuple[int, float, float] | None:
    executable = shutil.which("trafilatura") or str(Path(sys.executable).parent / "trafilatura")
    if not Path(executable).exists():
        return None
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        f"subprocess.run([{executable!r}, '--input-dir', {str(folder)!r}, '--output-dir', {str(out)!r},"
        f" '--parallel', '{workers}'], check=True, capture_output=True)\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    seconds, peak = map(float, result.stdout.split())
    written = sum(1 for _ in out.rglob("*.txt"))
    print(f"  (trafilatura wrote {written} files: it skips pages whose text it has seen before)")
    return sum(1 for _ in folder.iterdir()), seconds, peak


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder, warc = build(args.pages, work)
        print(
            f"{args.pages} pages; files in {folder}, WARC {warc.stat().st_size / 2**20:.0f} MiB\n"
        )
        print(f"{'configuration':<34}{'pages':>7}{'seconds':>9}{'pages/s':>9}{'peak MiB':>10}")
        print("(pages: inputs processed; peak MiB: the largest process of the run)")
        rows: list[tuple[str, tuple[int, float, float] | None]] = []
        for label, mode, inputs, workers in (
            ("syndicate files, 1 worker", "pool", folder, 1),
            ("syndicate files, 2 workers", "pool", folder, 2),
            ("syndicate WARC, 1 worker", "pool", warc, 1),
            ("syndicate WARC, 2 workers", "pool", warc, 2),
            ("syndicate Dask, 2 workers", "dask", folder, 2),
        ):
            out = work / f"out-{len(rows)}" / ("out.jsonl" if mode == "pool" else "")
            rows.append((label, run_syndicate(mode, inputs, out, workers)))
            _print(*rows[-1])
        for workers in (1, 2):
            rows.append(
                (
                    f"trafilatura CLI, --parallel {workers}",
                    run_trafilatura(folder, work / f"traf-{workers}", workers),
                )
            )
            _print(*rows[-1])


def _print(label: str, row: tuple[int, float, float] | None) -> None:
    if row is None:
        print(f"{label:<34}  (not installed: pip install -e '.[bench]')")
        return
    count, seconds, peak = row
    print(f"{label:<34}{count:>7}{seconds:>9.1f}{count / seconds:>9.1f}{peak:>10.0f}")


if __name__ == "__main__":
    main()
