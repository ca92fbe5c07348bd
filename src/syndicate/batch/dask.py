"""The reader on a Dask cluster (``pip install 'syndicate[dask]'``): a bag of input paths is
mapped to converted articles by the cluster's workers, and written as JSONL partitions.

Files are read by the workers; a WARC path is one bag element whose records are read and
converted inside one worker, so only paths travel over the network; an unreadable file or
archive is a failed result, not a failed task. The same code runs on a laptop's
``LocalCluster`` and on a real cluster (see docs/batch.md): only the ``distributed.Client``
changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import dask.bag as db

from syndicate.batch.inputs import DEFAULT_PATTERN, Task, _files, is_warc, warc_tasks_or_error
from syndicate.batch.run import Result, convert_one


def _convert_path(path: str, fmt: str, strict: bool) -> Iterator[Result]:
    source = Path(path)
    tasks: Iterable[Task] = (
        warc_tasks_or_error(source) if is_warc(source) else [Task(origin=path, path=path)]
    )
    for task in tasks:
        yield convert_one(task, strict=strict, fmt=fmt)


def _convert_partition(paths: Sequence[str], fmt: str, strict: bool) -> list[Result]:
    return [result for path in paths for result in _convert_path(path, fmt, strict)]


def convert_bag(
    inputs: Iterable[str],
    *,
    fmt: str = "jsonl",
    pattern: str = DEFAULT_PATTERN,
    npartitions: int | None = None,
    strict: bool = False,
) -> Any:
    """A ``dask.bag`` of ``Result``s, one per page (inputs expanded as the CLI does)."""
    paths = [str(p) for given in inputs for p in _files(given, pattern)]
    partitions = npartitions or max(1, min(len(paths), 64))
    bag = db.from_sequence(paths, npartitions=partitions)  # type: ignore[no-untyped-call]
    return bag.map_partitions(_convert_partition, fmt=fmt, strict=strict)


def write_jsonl(results: Any, directory: Path) -> tuple[list[str], list[str]]:
    """Write articles to ``directory/part-*.jsonl`` and failures to ``errors-*.jsonl``;
    returns the two lists of file names (computed on the cluster)."""
    directory.mkdir(parents=True, exist_ok=True)
    good = results.filter(lambda r: r.ok).map(lambda r: r.output.decode("utf-8").rstrip("\n"))
    bad = results.filter(lambda r: not r.ok).map(
        lambda r: f'{{"source": {_json(r.origin)}, "error": {_json(r.error)}}}'
    )
    articles = good.to_textfiles(str(directory / "part-*.jsonl"))
    errors = bad.to_textfiles(str(directory / "errors-*.jsonl"))
    return list(articles), list(errors)


def _json(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
