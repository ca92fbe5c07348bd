"""Convert many pages in a process pool, streaming results in input order with a bounded
number of pages in flight (memory grows with the workers, not with the inputs). Workers
exit on their own when the parent process dies."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import wait

from syndicate import codec
from syndicate.api import RulesArg, read, write
from syndicate.batch.inputs import Task, describe, load
from syndicate.context import Context
from syndicate.errors import SyndicateError
from syndicate.model import Article
from syndicate.reader.siterules.store import DEFAULT_RULES

IN_FLIGHT_PER_WORKER = 4
PARENT_CHECK_SECONDS = 1.0
"""How often a worker looks for a dead parent besides waiting on its sentinel pipe."""


@dataclass(frozen=True, slots=True)
class Result:
    """A converted page (the article, or its rendered bytes), or the error that stopped it,
    with where it came from."""

    origin: str
    article: Article | None = None
    output: bytes = b""
    error: str = ""
    exit_code: int = 0

    @property
    def ok(self) -> bool:
        return not self.error


def render(article: Article, fmt: str, context: Context) -> bytes:
    """The bytes a batch writes for one article: a JSONL line, or a writer's output."""
    if fmt == "jsonl":
        return codec.dumps(article, indent=None).encode("utf-8", "surrogatepass")
    return write(article, fmt, context=context)


def convert_one(
    task: Task,
    strict: bool = False,
    fmt: str = "",
    context: Context | None = None,
    site_rules: RulesArg = DEFAULT_RULES,
) -> Result:
    """Read one task (and render it when ``fmt`` is given, in this same process); every
    failure becomes a ``Result`` with the error, never an exception."""
    if task.error:
        return Result(origin=task.origin, error=task.error, exit_code=3)
    try:
        article = read(
            load(task), url=task.url, charset=task.charset, strict=strict, site_rules=site_rules
        )
        evidence = dataclasses.replace(article.evidence, origin=task.origin, fetched=task.fetched)
        article = dataclasses.replace(article, evidence=evidence)
        if fmt:
            output = render(article, fmt, context or Context.from_environment())
            return Result(origin=task.origin, output=output)
    except SyndicateError as exc:
        return Result(origin=task.origin, error=str(exc), exit_code=exc.exit_code)
    except (OSError, EOFError, ValueError) as exc:  # unreadable file, broken gzip
        return Result(origin=task.origin, error=describe(exc), exit_code=3)
    except Exception as exc:  # a reader bug must cost one page, not the run
        return Result(origin=task.origin, error=f"internal error: {describe(exc)}", exit_code=1)
    return Result(origin=task.origin, article=article)


def _watch_parent(interval: float = PARENT_CHECK_SECONDS) -> None:
    """Pool initializer: a daemon thread ends this worker (``os._exit``) once the parent is
    gone, seen as EOF on multiprocessing's parent sentinel pipe or as a new parent pid."""
    parent = multiprocessing.parent_process()
    if parent is None:  # pragma: no cover - only called in pool workers
        return
    sentinel, ppid = parent.sentinel, os.getppid()

    def watch() -> None:
        while not wait([sentinel], timeout=interval) and os.getppid() == ppid:
            pass
        os._exit(1)

    threading.Thread(target=watch, name="syndicate-parent-watch", daemon=True).start()


def convert_many(
    tasks: Iterable[Task],
    *,
    workers: int | None = None,
    strict: bool = False,
    fmt: str = "",
    context: Context | None = None,
    site_rules: RulesArg = DEFAULT_RULES,
) -> Iterator[Result]:
    """Results in input order. ``workers=1`` converts in this process; more use a pool with
    at most ``IN_FLIGHT_PER_WORKER`` pages per worker submitted ahead. With ``fmt`` the
    workers also render each article ("jsonl" or a writer name) and return bytes, which
    keeps the parent process from becoming the bottleneck."""
    count = workers or os.cpu_count() or 1
    job = partial(convert_one, strict=strict, fmt=fmt, context=context, site_rules=site_rules)
    if count <= 1:
        yield from map(job, tasks)
        return
    window: deque[Future[Result]] = deque()
    pool = ProcessPoolExecutor(max_workers=count, initializer=_watch_parent)
    try:
        for task in tasks:
            window.append(pool.submit(job, task))
            if len(window) >= count * IN_FLIGHT_PER_WORKER:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:  # a consumer that stops early (an error, Ctrl-C) does not wait for the rest
        pool.shutdown(wait=True, cancel_futures=True)
