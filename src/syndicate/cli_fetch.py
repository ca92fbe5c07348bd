"""The command line's network side: fetch flags → ``FetchOptions``, URL inputs, progress bar.

Like ``cli.py`` it only calls the public API.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import syndicate
from syndicate.errors import SyndicateError
from syndicate.fetcher import ImageFetch, Progress, image_fetcher


def is_url(text: str) -> bool:
    """Whether a command-line input names a web address rather than a file."""
    return text.lower().startswith(("http://", "https://"))


def add_fetch_flags(command: argparse.ArgumentParser) -> None:
    """The flags of every command that may fetch URLs."""
    group = command.add_argument_group("fetching (for URL inputs)")
    where = group.add_mutually_exclusive_group()
    where.add_argument(
        "--cache",
        metavar="PATH",
        default=None,
        help=f"the SQLite cache file (default: {syndicate.default_cache_path()})",
    )
    where.add_argument("--no-cache", action="store_true", help="use no cache file")
    group.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="fetch from loopback, private and link-local addresses (intranets, tests)",
    )
    group.add_argument(
        "--ignore-robots", action="store_true", help="do not honour robots.txt (your own sites)"
    )
    group.add_argument(
        "--delay", type=float, default=1.0, metavar="SECONDS", help="between requests to a host"
    )
    group.add_argument(
        "--per-host", type=int, default=2, metavar="N", help="connections to one host at a time"
    )
    group.add_argument(
        "--connections", type=int, default=8, metavar="N", help="connections at a time in all"
    )
    group.add_argument(
        "--timeout", type=float, default=60.0, metavar="SECONDS", help="total time for one URL"
    )
    group.add_argument("--user-agent", default="", help="replace syndicate's User-Agent")
    group.add_argument("--quiet", action="store_true", help="no progress bar")


def fetch_options(args: argparse.Namespace) -> syndicate.FetchOptions:
    """The ``FetchOptions`` the flags ask for; bad values are an ``InputError``."""
    cache: Path | None = None
    if not args.no_cache:
        cache = Path(args.cache) if args.cache else syndicate.default_cache_path()
    try:
        return syndicate.FetchOptions(
            cache=cache,
            allow_private_hosts=args.allow_private_hosts,
            robots=not args.ignore_robots,
            per_host_delay=args.delay,
            per_host_concurrency=args.per_host,
            concurrency=args.connections,
            total_timeout=args.timeout,
            user_agent=args.user_agent,
        )
    except ValueError as exc:
        raise syndicate.InputError(str(exc)) from None


@contextmanager
def images(args: argparse.Namespace) -> Iterator[ImageFetch]:
    """The digest's image downloads (``--fetch-images``) through the guarded fetcher, with
    the fetching flags' options; an image that cannot be had is a warning on stderr."""

    def warn(url: str, error: SyndicateError) -> None:
        print(f"syndicate: warning: image {url}: {error}", file=sys.stderr)

    with image_fetcher(fetch_options(args), on_error=warn) as fetch:
        yield fetch


@contextmanager
def progress_bar(args: argparse.Namespace, unit: str = "item") -> Iterator[Progress | None]:
    """A ``progress(done, total)`` drawing a tqdm bar on standard error when it is a
    terminal (and not ``--quiet``); None otherwise."""
    if getattr(args, "quiet", False) or sys.stderr is None or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    bars: list[Any] = []

    def update(done: int, total: int) -> None:
        if not bars:
            bars.append(tqdm(total=total, unit=unit, file=sys.stderr, leave=False))
        bar = bars[0]
        bar.total = total
        bar.update(done - bar.n)

    try:
        yield update
    finally:
        for bar in bars:
            bar.close()


def report_failures(failures: tuple[syndicate.Failure, ...]) -> int:
    """One line per URL that gave nothing; the first one's exit code (0: none)."""
    for failure in failures:
        print(f"syndicate: error: {failure.url}: {failure.error}", file=sys.stderr)
    return failures[0].error.exit_code if failures else 0
