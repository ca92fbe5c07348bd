"""Batch inputs as small, picklable tasks: files (plain or ``.gz``), directories walked with
a glob filter, glob patterns, and the HTML response records of WARC files (warcio)."""

from __future__ import annotations

import glob as globbing
import gzip
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dateutil import parser as dateparser
from warcio.archiveiterator import ArchiveIterator

from syndicate.errors import InputError

DEFAULT_PATTERN = "*.htm*"
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_RECORD_BYTES = 64 * 1024 * 1024
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


@dataclass(frozen=True, slots=True)
class Task:
    """One page to convert: a file to read in the worker, or a WARC record's bytes."""

    origin: str
    """File path, or ``warc-file#record-id``; also the key ``--resume`` looks for."""
    path: str = ""
    data: bytes = b""
    offset: int = -1
    """For a WARC record: where it starts in ``path`` (the worker reads it from there)."""
    url: str = ""
    charset: str = ""
    fetched: datetime | None = None
    error: str = ""
    """Why the input could not even be listed (an unreadable WARC): the task fails as is."""


def describe(exc: BaseException) -> str:
    """An input failure in one line, without the path (the task's origin names it)."""
    match exc:
        case FileNotFoundError():
            return "no such file"
        case PermissionError():
            return "permission denied"
        case IsADirectoryError():
            return "is a directory"
        case OSError(strerror=str(reason)) if reason:
            return f"cannot read ({reason})"
    return f"{type(exc).__name__}: {exc}"


def load(task: Task) -> bytes:
    """The page bytes of a task, read in the worker: a file (``.gz`` inflated) or the WARC
    record at ``offset``."""
    if not task.path:
        return task.data
    if task.offset >= 0:
        with open(task.path, "rb") as handle:
            handle.seek(task.offset)
            for record in ArchiveIterator(handle):
                data: bytes = record.content_stream().read(MAX_RECORD_BYTES + 1)
                return data
        return b""
    raw = Path(task.path).read_bytes()
    if task.path.endswith(".gz"):
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as handle:
            return handle.read(MAX_RECORD_BYTES + 1)
    return raw


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return ""


def warc_tasks(path: Path) -> Iterator[Task]:
    """A task per HTML response record, with its target URI, date and charset. Only the
    record's offset travels to the worker, which reads the record itself."""
    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        for record in records:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(HTML_TYPES):
                continue
            headers = record.rec_headers
            record_id = headers.get_header("WARC-Record-ID") or ""
            date = headers.get_header("WARC-Date") or ""
            try:
                fetched = dateparser.isoparse(date) if date else None
            except ValueError:
                fetched = None
            yield Task(
                origin=f"{path}#{record_id}",
                path=str(path),
                offset=records.get_record_offset(),
                url=headers.get_header("WARC-Target-URI") or "",
                charset=_charset(content_type),
                fetched=fetched if fetched and fetched.tzinfo else None,
            )


def warc_tasks_or_error(path: Path) -> Iterator[Task]:
    """``warc_tasks``, ending with a failed task instead of an exception when the archive
    cannot be opened or stops being readable (records before the fault are kept)."""
    try:
        yield from warc_tasks(path)
    except Exception as exc:  # warcio raises its own, zlib and OS errors on broken archives
        yield Task(origin=str(path), path=str(path), error=describe(exc))


def _files(given: str, pattern: str) -> list[Path]:
    path = Path(given)
    if path.is_dir():
        return sorted(p for p in path.rglob(pattern) if p.is_file()) + sorted(
            p for p in path.rglob("*") if p.is_file() and is_warc(p)
        )
    if any(ch in given for ch in "*?["):
        return sorted(Path(p) for p in globbing.glob(given, recursive=True))
    return [path]


def iter_tasks(inputs: Iterable[str], pattern: str = DEFAULT_PATTERN) -> Iterator[Task]:
    """Tasks for every input, lazily (a WARC is read record by record)."""
    for given in inputs:
        found = _files(given, pattern)
        if not found:
            raise InputError(f"{given}: no input pages found")
        for path in found:
            if is_warc(path):
                yield from warc_tasks_or_error(path)
            else:
                yield Task(origin=str(path), path=str(path))
