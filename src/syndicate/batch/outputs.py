"""Where batch results go: a JSONL file (one article per line) or a directory (one file per
article), an errors file beside it, and ``resume`` to skip what is already written.
Files are opened in place, so new ones follow the umask and rewritten ones keep their mode;
an output that cannot be written (a full disk) is an ``InputError`` naming the file."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from syndicate.api import RulesArg
from syndicate.batch.inputs import Task, iter_tasks
from syndicate.batch.run import Result, convert_many, render
from syndicate.context import Context
from syndicate.errors import InputError
from syndicate.reader.siterules.store import DEFAULT_RULES
from syndicate.writers.registry import get_writer

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Summary:
    """Counts of one batch run."""

    converted: int = 0
    failed: int = 0
    skipped: int = 0
    first_exit_code: int = 0
    errors: list[str] = field(default_factory=list)


def output_name(origin: str, suffix: str) -> str:
    """A stable, safe file name for an item: its file stem, or WARC name plus record hash."""
    base, _, record = origin.partition("#")
    stem = Path(base).name
    for ending in (".gz", ".warc", ".html", ".htm", ".xhtml", ".arc"):
        stem = stem.removesuffix(ending)
    if record:
        stem += "-" + hashlib.sha256(record.encode()).hexdigest()[:12]
    else:
        stem += "-" + hashlib.sha256(base.encode()).hexdigest()[:8]
    return _UNSAFE.sub("_", stem) + suffix


def cannot_write(path: Path, exc: OSError) -> InputError:
    """The one-line error for an output that failed (as ``convert -o`` reports it)."""
    return InputError(f"{path}: cannot write ({exc.strerror or exc})")


def done_origins(target: Path, jsonl: bool) -> set[str]:
    """Origins already written by an earlier run (for ``resume``)."""
    if jsonl:
        if not target.exists():
            return set()
        found = set()
        for line in target.read_text(encoding="utf-8").splitlines():
            try:
                found.add(json.loads(line).get("evidence", {}).get("origin", ""))
            except (ValueError, AttributeError):
                continue
        return found
    return set()


def pending(
    tasks: Iterable[Task], target: Path, fmt: str, resume: bool, summary: Summary
) -> Iterator[Task]:
    """Tasks not yet written (all of them unless ``resume``)."""
    jsonl = fmt == "jsonl"
    done = done_origins(target, jsonl) if resume else set()
    suffix = get_writer(fmt).suffix if not jsonl else ""
    for task in tasks:
        exists = task.origin in done or (
            resume and not jsonl and (target / output_name(task.origin, suffix)).exists()
        )
        if exists:
            summary.skipped += 1
            continue
        yield task


class Sink:
    """Writes results as they arrive; errors go to ``errors.jsonl`` beside the output.
    Every ``OSError`` of the output files is raised as an ``InputError`` naming the file."""

    def __init__(self, target: Path, fmt: str, context: Context, resume: bool) -> None:
        self.target, self.fmt, self.context = target, fmt, context
        self.jsonl = fmt == "jsonl"
        self.suffix = "" if self.jsonl else get_writer(fmt).suffix
        if self.jsonl:
            self.errors_path = target.with_name(target.name + ".errors.jsonl")
        else:
            self.errors_path = target / "errors.jsonl"
        mode = "a" if resume else "w"
        self._out: IO[bytes] | None = None
        opening = target
        try:
            (target.parent if self.jsonl else target).mkdir(parents=True, exist_ok=True)
            if self.jsonl:
                self._out = target.open(mode + "b")
            opening = self.errors_path
            self._errors: IO[str] = self.errors_path.open(mode, encoding="utf-8")
        except OSError as exc:
            if self._out is not None:
                self._out.close()
            raise cannot_write(opening, exc) from None

    def add(self, result: Result, summary: Summary) -> None:
        if not result.ok:
            summary.failed += 1
            summary.first_exit_code = summary.first_exit_code or result.exit_code or 1
            summary.errors.append(f"{result.origin}: {result.error}")
            line = json.dumps({"source": result.origin, "error": result.error}, ensure_ascii=False)
            try:
                self._errors.write(line + "\n")
            except OSError as exc:
                raise cannot_write(self.errors_path, exc) from None
            return
        summary.converted += 1
        output = result.output
        if not output and result.article is not None:
            output = render(result.article, self.fmt, self.context)
        path = (
            self.target
            if self._out is not None
            else self.target / output_name(result.origin, self.suffix)
        )
        try:
            if self._out is not None:
                self._out.write(output)
            else:
                path.write_bytes(output)
        except OSError as exc:
            raise cannot_write(path, exc) from None

    def close(self) -> None:
        """Close both files (flushing them); the first failure is raised after both."""
        failure: InputError | None = None
        for path, handle in ((self.target, self._out), (self.errors_path, self._errors)):
            try:
                if handle is not None:
                    handle.close()
            except OSError as exc:
                failure = failure or cannot_write(path, exc)
        if failure is not None:
            raise failure


def run_batch(
    inputs: Iterable[str],
    target: Path,
    fmt: str,
    *,
    workers: int | None = None,
    pattern: str = "*.htm*",
    resume: bool = False,
    strict: bool = False,
    site_rules: RulesArg = DEFAULT_RULES,
    context: Context | None = None,
    progress: Callable[[Iterator[Result]], Iterator[Result]] | None = None,
) -> Summary:
    """Convert every input into ``target`` (a ``.jsonl`` file for ``fmt="jsonl"``, else a
    directory); failures go to the errors file and the summary, never stop the run."""
    if fmt != "jsonl":
        get_writer(fmt)  # an unknown format fails before any work
    summary = Summary()
    sink = Sink(target, fmt, context or Context.from_environment(), resume)
    tasks = pending(iter_tasks(inputs, pattern), target, fmt, resume, summary)
    results = convert_many(
        tasks,
        workers=workers,
        strict=strict,
        fmt=fmt,
        context=sink.context,
        site_rules=site_rules,
    )
    try:
        for result in progress(results) if progress else results:
            sink.add(result, summary)
    except BaseException:
        if isinstance(results, Generator):
            results.close()  # stops the pool now, not when the traceback is freed
        with contextlib.suppress(InputError):  # the first error is the one to report
            sink.close()
        raise
    sink.close()
    return summary
