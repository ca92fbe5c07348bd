"""The Dask path on a LocalCluster with two workers produces the same articles as the local
pool."""

from __future__ import annotations

from pathlib import Path

import pytest

from syndicate.batch import convert_many, iter_tasks
from tests.batch.test_batch import PAGES, make_warc

distributed = pytest.importorskip("distributed")


def test_dask_matches_the_local_path(tmp_path: Path) -> None:
    from syndicate.batch.dask import convert_bag, write_jsonl

    warc = tmp_path / "crawl.warc.gz"
    make_warc(warc)
    inputs = [str(warc), *(str(p) for p in PAGES[:3])]
    local = sorted(
        r.output.decode() for r in convert_many(iter_tasks(inputs), workers=1, fmt="jsonl")
    )
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        files, errors = write_jsonl(convert_bag(inputs, npartitions=4), tmp_path / "out")
    remote = sorted(
        line + "\n" for f in files for line in Path(f).read_text(encoding="utf-8").splitlines()
    )
    assert remote == local and len(remote) == len(PAGES) + 3
    assert all(Path(e).read_text() == "" for e in errors)


def test_unreadable_inputs_are_failed_results_not_failed_tasks(tmp_path: Path) -> None:
    from syndicate.batch.dask import convert_bag

    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"not a warc")
    missing = tmp_path / "missing.html"
    results = convert_bag([str(broken), str(missing)]).compute(scheduler="sync")
    assert [(r.origin, r.ok) for r in results] == [(str(broken), False), (str(missing), False)]
    assert results[1].error == "no such file"
