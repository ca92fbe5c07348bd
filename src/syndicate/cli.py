"""The ``syndicate`` command: parse flags, call the public API, write bytes atomically.

No extraction or formatting logic lives here. Errors become one line on stderr
and the exit code of their ``SyndicateError`` class (2 for usage errors); so do a closed or
full standard input or output, and an output file that cannot be written.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import secrets
import stat
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import syndicate
from syndicate import cli_fetch
from syndicate.batch import Result, run_batch
from syndicate.errors import ExtractionError, InputError, SyndicateError, UnknownFormatError
from syndicate.writers.base import flags_of, options_from

_MAX_STDIN = 64 * 1024 * 1024


_PAGES_HELP = "HTML files, .json/.jsonl articles, directories or glob patterns"


def _add_inputs(command: argparse.ArgumentParser, help_text: str) -> None:
    command.add_argument("inputs", nargs="+", metavar="INPUT", help=help_text)


def _add_site_rules(command: argparse.ArgumentParser) -> None:
    group = command.add_mutually_exclusive_group()
    group.add_argument(
        "--site-rules",
        metavar="DIR",
        default="",
        help="a directory of your own site-rule files, searched before the bundled ones",
    )
    group.add_argument(
        "--no-site-rules", action="store_true", help="read pages without any site rules"
    )


def _site_rules(args: argparse.Namespace) -> syndicate.SiteRules | None:
    """The rules the flags ask for (the bundled ones by default)."""
    if getattr(args, "no_site_rules", False):
        return None
    directory = getattr(args, "site_rules", "")
    if not directory:
        return syndicate.DEFAULT_RULES
    if not Path(directory).is_dir():
        raise InputError(f"--site-rules: {directory} is not a directory")
    return syndicate.SiteRules([Path(directory)])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="syndicate",
        description="Turn publisher HTML news pages into clean text, Markdown, JSON and more.",
        epilog="Example: syndicate convert page.html --url https://example.com/story -t text",
    )
    parser.add_argument("--version", action="version", version=f"syndicate {syndicate.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    convert = commands.add_parser(
        "convert", help="convert one HTML page", description="Convert one HTML page to a format."
    )
    convert.add_argument("page", help="HTML file or http(s) URL to read, or - for standard input")
    convert.add_argument(
        "-t",
        "--to",
        default="text",
        metavar="FORMAT",
        help="output format (default: text; see `syndicate formats`)",
    )
    convert.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    convert.add_argument("--url", default="", help="the page's URL, for relative links and ids")
    convert.add_argument("--charset", default="", help="transport charset (e.g. from HTTP headers)")
    convert.add_argument(
        "--default-tz",
        default="",
        metavar="ZONE",
        help="IANA zone for page times without an offset (default: UTC)",
    )
    convert.add_argument(
        "--strict", action="store_true", help="treat any diagnostic as an error (non-zero exit)"
    )
    convert.add_argument(
        "-v", "--verbose", action="store_true", help="print the reader's diagnostics on stderr"
    )

    feed = commands.add_parser(
        "feed",
        help="build a feed from pages",
        description="Build an RSS, Atom or JSON Feed (or a NewsML-G2 newsMessage / ninjs "
        "composite) from HTML pages or native JSON articles.",
    )
    _add_inputs(feed, _PAGES_HELP)
    feed.add_argument(
        "-t",
        "--to",
        default="atom",
        metavar="FORMAT",
        help="rss, atom (default), jsonfeed, newsml (a newsMessage) or ninjs (a composite)",
    )
    feed.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    feed.add_argument("--title", required=True, help="the feed's title")
    feed.add_argument("--link", default="", help="the site the feed belongs to")
    feed.add_argument("--self", dest="self_url", default="", help="where the feed itself lives")
    feed.add_argument("--description", default="", help="the feed's description/subtitle")
    feed.add_argument("--language", default="", help="the feed's language (e.g. en)")
    feed.add_argument("--strict", action="store_true", help="treat any diagnostic as an error")
    _add_writer_flags(convert, syndicate.WRITERS, feed=False)
    _add_writer_flags(feed, _FEED_FORMATS, feed=True)

    digest = commands.add_parser(
        "digest",
        help="build an EPUB digest from pages",
        description="Build an EPUB 3 digest (cover, masthead, sections, articles) from HTML "
        "pages or native JSON articles. With --fetch-images, the articles' http(s) images "
        "are downloaded into the book; without it, figures show their captions.",
    )
    _add_inputs(digest, _PAGES_HELP)
    digest.add_argument("-o", "--output", required=True, metavar="FILE", help="the .epub to write")
    digest.add_argument("--title", default="", help="the publication's name")
    digest.add_argument(
        "--language", default="", help="the book's language (default: the articles')"
    )
    digest.add_argument(
        "--fetch-images",
        action="store_true",
        help="download http(s) images through the fetcher (the fetching flags apply: "
        "private hosts refused unless --allow-private-hosts; 10 MB cap per image)",
    )
    digest.add_argument(
        "--max-image-px",
        type=int,
        default=None,
        help="downscale images larger than N pixels on their long side",
    )
    digest.add_argument("--cover", default="", help="an image file to use as the cover")
    digest.add_argument("--strict", action="store_true", help="treat any diagnostic as an error")

    batch = commands.add_parser(
        "batch",
        help="convert many pages in parallel",
        description="Convert files, directories, .html.gz files and WARC archives in a "
        "process pool. Failures are listed in an errors file and do not stop the run.",
    )
    _add_inputs(batch, "files, directories, globs, .warc(.gz) files; - reads paths from stdin")
    batch.add_argument(
        "-t",
        "--to",
        default="jsonl",
        metavar="FORMAT",
        help="jsonl (default; one article per line) or any format for one file each",
    )
    batch.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="OUT.jsonl for -t jsonl, else a directory",
    )
    batch.add_argument("--workers", type=int, default=None, help="processes (default: CPU count)")
    batch.add_argument("--glob", default="*.htm*", help="file pattern inside directories")
    batch.add_argument("--resume", action="store_true", help="skip items already written")
    batch.add_argument("--quiet", action="store_true", help="no progress bar")
    batch.add_argument("--strict", action="store_true", help="treat any diagnostic as an error")

    for command in (convert, feed, digest, batch):
        _add_site_rules(command)

    fulltext = commands.add_parser(
        "fulltext",
        help="a feed with the whole article in every item",
        description="Fetch an RSS, Atom or JSON feed and every item's page, and write the feed "
        "with each item's whole article (the feed's ids, links and dates kept). An item whose "
        "page fails keeps its summary, with a warning.",
    )
    fulltext.add_argument("feed_url", metavar="FEED_URL", help="the feed's http(s) URL")
    fulltext.add_argument(
        "-t", "--to", default="atom", metavar="FORMAT", help="rss, atom (default), jsonfeed, ..."
    )
    fulltext.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    fulltext.add_argument("--strict", action="store_true", help="any failing item is an error")
    fulltext.add_argument(
        "-v", "--verbose", action="store_true", help="print every item's diagnostics on stderr"
    )
    _add_writer_flags(fulltext, _FEED_FORMATS, feed=True)
    _add_site_rules(fulltext)
    feed.add_argument(
        "--fulltext", action="store_true", help="feed URLs: each item's whole article"
    )
    for command in (convert, feed, digest, fulltext):
        cli_fetch.add_fetch_flags(command)
    for command in (feed, digest, fulltext):
        command.add_argument(
            "--only-new",
            action="store_true",
            help="URL inputs: leave out articles an earlier run on the same cache gathered",
        )

    rules = commands.add_parser(
        "rules",
        help="show or check site rules",
        description="Site rules (Full-Text RSS's site-config format): which apply to a host, "
        "and whether every line of a set of rule files can be used.",
    )
    actions = rules.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = actions.add_parser("show", help="the rule files that apply to HOST, and the rule")
    show.add_argument("host", help="a host name or a URL")
    show.add_argument("--site-rules", metavar="DIR", default="", help="your own rules first")
    check = actions.add_parser(
        "check", help="parse every rule file; list unusable lines, count directives"
    )
    check.add_argument(
        "directory", nargs="?", default="", help="your rule files (default: the bundled ones)"
    )

    commands.add_parser("formats", help="list the output formats")
    return parser


def _read_stdin(limit: int) -> bytes:
    """Up to ``limit`` bytes of standard input; closed or unreadable is an ``InputError``."""
    if sys.stdin is None:  # started with stdin closed (<&-)
        raise InputError("standard input is closed")
    try:
        data: bytes = sys.stdin.buffer.read(limit)
    except OSError as exc:
        raise InputError(f"standard input: cannot read ({exc.strerror or exc})") from None
    return data


def _read_input(page: str) -> bytes:
    if page == "-":
        data = _read_stdin(_MAX_STDIN + 1)
        if len(data) > _MAX_STDIN:
            raise InputError(f"standard input exceeds {_MAX_STDIN} bytes")
        return data
    path = Path(page)
    if path.is_dir():
        raise InputError(f"{page}: is a directory, not an HTML file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{page}: no such file") from None
    except PermissionError:
        raise InputError(f"{page}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{page}: cannot read ({exc.strerror or exc})") from None


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds the old bytes or the new ones, never a part.

    A regular file is replaced by a temporary file from the same directory, renamed into
    place: a new file gets mode 0666 less the umask (as ``open`` gives), a replaced one keeps
    its permission bits (and, where allowed, its owner). A symlink is followed: its target
    is replaced and the link stays. A device, FIFO or other special file is opened and
    written in place, never renamed over (``-o /dev/null`` leaves /dev/null alone).
    """
    real = Path(os.path.realpath(path))
    try:
        old: os.stat_result | None = real.stat()
    except FileNotFoundError:
        old = None
    if old is not None and not stat.S_ISREG(old.st_mode):
        with real.open("wb") as special:
            special.write(data)
        return
    fd, tmp = _new_temporary(real)
    try:
        with os.fdopen(fd, "wb") as handle:
            if old is not None:
                _keep_owner_and_mode(handle.fileno(), old)
            handle.write(data)
        os.replace(tmp, real)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _new_temporary(path: Path) -> tuple[int, Path]:
    """A new, empty file beside ``path``, created with mode 0666 so the umask applies."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


def _keep_owner_and_mode(fd: int, old: os.stat_result) -> None:
    """Give the temporary file the replaced file's permission bits (never set-id bits) and,
    when this process may, its owner and group."""
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) != (old.st_uid, old.st_gid):
        try:
            os.fchown(fd, old.st_uid, old.st_gid)
        except PermissionError:  # not root: keep the group if we are in it
            with contextlib.suppress(PermissionError):
                os.fchown(fd, -1, old.st_gid)
    os.fchmod(fd, stat.S_IMODE(old.st_mode) & 0o777)


def _zone(name: str) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"unknown time zone {name!r}") from None


def _report(source: str, article: syndicate.Article, *, verbose: bool) -> None:
    """One line per warning diagnostic on stderr (informational ones with -v too)."""
    for item in article.diagnostics:
        if verbose or item.severity is not syndicate.Severity.INFO:
            print(
                f"syndicate: {item.severity.value}: {source}: {item.code}: {item.message}",
                file=sys.stderr,
            )


_NOT_A_PAGE = ("empty-input", "binary-input")
"""Reader diagnostics that say the input was no HTML page at all."""


def _no_article(article: syndicate.Article) -> str:
    """Why ``article`` is not an article (to be left out of a feed or digest), or "".

    It is none when it has neither headline nor body, or no headline and the reader found
    the input empty or binary (whatever text it salvaged from that is noise). An article
    with a body but no headline is kept.
    """
    if article.headline:
        return ""
    if not article.body:
        return "no headline and no body"
    for item in article.diagnostics:
        if item.code in _NOT_A_PAGE:
            return f"no headline, and {item.message}"
    return ""


def _gather(args: argparse.Namespace) -> tuple[list[syndicate.Article], int]:
    """Articles from every input; a failing input is reported with its name and skipped,
    and so is one that yields no article (an error with ``--strict``, else a warning).
    Returns the articles and the exit code of the first failure (0: none).
    http(s) inputs are fetched (pages read, feeds' entries taken; whole articles for a
    digest or with ``--fulltext``)."""
    urls = [given for given in args.inputs if cli_fetch.is_url(given)]
    files = [given for given in args.inputs if not cli_fetch.is_url(given)]
    paths = expand_inputs(files) if files else []
    rules = _site_rules(args)
    articles: list[syndicate.Article] = []
    failed = 0
    sources: list[tuple[str, list[syndicate.Article]]] = []
    if urls:
        with cli_fetch.progress_bar(args) as progress:
            fetched = syndicate.gather(
                urls,
                fulltext=args.command == "digest" or getattr(args, "fulltext", False),
                options=cli_fetch.fetch_options(args),
                strict=args.strict,
                site_rules=rules,
                only_new=args.only_new,
                progress=progress,
            )
        failed = cli_fetch.report_failures(fetched.failures)
        sources += [(a.url or a.evidence.origin or a.id, [a]) for a in fetched.articles]
    for path in paths:
        try:
            sources.append((str(path), _articles_from(path, args.strict, rules)))
        except SyndicateError as exc:
            print(f"syndicate: error: {path}: {exc}", file=sys.stderr)
            failed = failed or exc.exit_code
            continue
        except Exception as exc:  # a reader bug must cost this input, not the whole run
            print(
                f"syndicate: error: {path}: internal error: {type(exc).__name__}: {exc}",
                file=sys.stderr,
            )
            failed = failed or SyndicateError.exit_code
            continue
    for source, found in sources:
        for article in found:
            _report(source, article, verbose=False)
            reason = _no_article(article)
            if not reason:
                articles.append(article)
            elif args.strict:
                print(f"syndicate: error: {source}: no article ({reason})", file=sys.stderr)
                failed = failed or ExtractionError.exit_code
            else:
                print(
                    f"syndicate: warning: {source}: skipped, no article ({reason})", file=sys.stderr
                )
    if not articles:
        raise InputError("no input could be read")
    return articles, failed


def _convert(args: argparse.Namespace) -> int:
    writer = syndicate.get_writer(args.to)
    if cli_fetch.is_url(args.page):
        article = syndicate.read_url(
            args.page,
            options=cli_fetch.fetch_options(args),
            default_tz=_zone(args.default_tz),
            strict=args.strict,
            site_rules=_site_rules(args),
        )
    else:
        article = syndicate.read(
            _read_input(args.page),
            url=args.url,
            charset=args.charset,
            default_tz=_zone(args.default_tz),
            strict=args.strict,
            site_rules=_site_rules(args),
        )
    _report(args.page, article, verbose=args.verbose)
    _emit(
        syndicate.write(article, writer.name, options=_writer_options(writer.name, args)),
        args.output,
    )
    return 0


_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".json", ".jsonl")
_FEED_FORMATS = ("rss", "atom", "jsonfeed", "newsml", "ninjs", "html")


def _add_writer_flags(
    command: argparse.ArgumentParser, formats: Iterable[str], *, feed: bool
) -> None:
    """The flags the options classes of ``formats`` declare (``writers.base.flag``), each
    once; item order and count only on a command that builds feeds."""
    added: set[str] = set()
    for fmt in formats:
        for field, spec in flags_of(syndicate.get_writer(fmt).options_type):
            if spec.name in added or (spec.feed_only and not feed):
                continue
            added.add(spec.name)
            if isinstance(field.default, bool):
                command.add_argument(spec.name, action="store_true", help=spec.help)
                continue
            command.add_argument(
                spec.name,
                type=spec.kind,
                choices=spec.choices or None,
                default=field.default.value if isinstance(field.default, Enum) else field.default,
                metavar=None if spec.choices else "N" if spec.kind is int else "VALUE",
                help=spec.help,
            )


def _writer_options(fmt: str, args: argparse.Namespace) -> object:
    """The writer's options, from the flags its options class declares."""
    return options_from(syndicate.get_writer(fmt).options_type, vars(args))


def expand_inputs(inputs: Sequence[str]) -> list[Path]:
    """Files as given; directories walked for pages; glob patterns expanded; sorted per input."""
    paths: list[Path] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in _PAGE_SUFFIXES)
        elif any(ch in given for ch in "*?["):
            found = sorted(Path(p) for p in glob.glob(given, recursive=True))
        else:
            found = [path]
        if not found:
            raise InputError(f"{given}: no input pages found")
        paths.extend(found)
    return paths


def _articles_from(
    path: Path, strict: bool, rules: syndicate.SiteRules | None
) -> list[syndicate.Article]:
    data = _read_input(str(path))
    if path.suffix.lower() == ".jsonl":
        lines = [line for line in data.splitlines() if line.strip()]
        loaded = [syndicate.load(line) for line in lines]
    elif path.suffix.lower() == ".json":
        loaded = [syndicate.load(data)]
    else:
        return [syndicate.read(data, strict=strict, site_rules=rules)]
    articles: list[syndicate.Article] = []
    for item in loaded:
        articles.extend(item.articles if isinstance(item, syndicate.Feed) else [item])
    return articles


def _feed(args: argparse.Namespace) -> int:
    writer = syndicate.get_writer(args.to)
    if writer.name not in _FEED_FORMATS:
        known = ", ".join(_FEED_FORMATS)
        raise UnknownFormatError(f"{args.to!r} is not a feed format; use one of {known}")
    articles, failed = _gather(args)
    feed = syndicate.feed(
        articles,
        title=args.title,
        link=args.link,
        self_url=args.self_url,
        description=args.description,
        language=args.language,
    )
    options = _writer_options(writer.name, args)
    _emit(syndicate.write(feed, writer.name, options=options), args.output)
    return failed


def _emit(output: bytes, target: str | None) -> None:
    if target:
        try:
            write_atomically(Path(target), output)
        except OSError as exc:
            raise InputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    else:
        _to_stdout(output)


def _to_stdout(data: bytes = b"") -> None:
    """Flush what was printed, then write and flush ``data``; a closed or full standard
    output is an ``InputError`` (a closed pipe stays a ``BrokenPipeError``)."""
    if sys.stdout is None:  # started with stdout closed (>&-)
        if data:
            raise InputError("standard output is closed")
        return
    try:
        sys.stdout.flush()
        if data:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _discard_stdout()
        raise InputError(f"standard output: cannot write ({exc.strerror or exc})") from None


def _discard_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush of
    bytes that could not be written does not fail (and print) a second time."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (e.g. captured by a test)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def _digest(args: argparse.Namespace) -> int:
    articles, failed = _gather(args)
    feed = syndicate.feed(articles, title=args.title or "News digest", language=args.language)
    with contextlib.ExitStack() as stack:
        fetch = stack.enter_context(cli_fetch.images(args)) if args.fetch_images else None
        options = syndicate.EpubOptions(
            title=args.title,
            language=args.language,
            fetch=fetch,
            max_image_px=args.max_image_px,
            cover=_read_input(args.cover) if args.cover else None,
        )
        book = syndicate.write(feed, "epub", options=options)
    _emit(book, args.output)
    return failed


def _batch(args: argparse.Namespace) -> int:
    inputs = (
        [os.fsdecode(line.strip()) for line in _read_stdin(-1).splitlines() if line.strip()]
        if args.inputs == ["-"]
        else args.inputs
    )
    progress = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        def progress(results: Iterator[Result]) -> Iterator[Result]:
            return iter(tqdm(results, unit="page", file=sys.stderr))

    started = time.perf_counter()
    summary = run_batch(
        inputs,
        Path(args.output),
        args.to.lower(),
        workers=args.workers,
        pattern=args.glob,
        resume=args.resume,
        strict=args.strict,
        site_rules=_batch_rules(args),
        progress=progress,
    )
    seconds = time.perf_counter() - started
    rate = summary.converted / seconds if seconds else 0.0
    print(
        f"syndicate: converted {summary.converted}, failed {summary.failed}, skipped "
        f"{summary.skipped} in {seconds:.1f} s ({rate:.1f} pages/s)",
        file=sys.stderr,
    )
    for line in summary.errors[:10]:
        print(f"syndicate: error: {line}", file=sys.stderr)
    return summary.first_exit_code


def _batch_rules(args: argparse.Namespace) -> str | syndicate.SiteRules | None:
    """Batch workers get the directory, not the loaded rules (each process reads it once)."""
    if args.no_site_rules:
        return None
    if args.site_rules and not Path(args.site_rules).is_dir():
        raise InputError(f"--site-rules: {args.site_rules} is not a directory")
    return str(args.site_rules) if args.site_rules else syndicate.DEFAULT_RULES


def _rules(args: argparse.Namespace) -> int:
    if args.action == "show":
        rules = _site_rules(args)
        assert rules is not None
        host = args.host if "//" not in args.host else urlsplit(args.host).hostname or ""
        files = rules.files_for(host)
        rule = rules.for_host(host)
        if rule is None:
            _to_stdout(f"no site rule applies to {host}\n".encode())
            return 0
        head = [f"# {f.origin}:{f.name}" for f in files]
        _to_stdout("\n".join([*head, *rule.lines(), ""]).encode("utf-8"))
        return 0
    directory = Path(args.directory) if args.directory else None
    if directory is not None and not directory.is_dir():
        raise InputError(f"{directory} is not a directory")
    rules = syndicate.SiteRules([directory]) if directory else syndicate.DEFAULT_RULES
    found = rules.check(bundled=directory is None)
    lines = [f"{problem}\n" for problem in found.problems]
    lines.append(f"{found.files} files, {len(found.problems)} unusable lines\n")
    lines += [f"{count:>7}  {name}\n" for name, count in found.directives.items()]
    _to_stdout("".join(lines).encode("utf-8"))
    return 1 if found.problems else 0


def _formats() -> int:
    lines = [
        f"{name:<10} {writer.suffix:<6} {writer.description}\n"
        for name, writer in sorted(syndicate.WRITERS.items())
    ]
    _to_stdout("".join(lines).encode("utf-8"))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        code = _run(args)
        _to_stdout()
        return code
    except SyndicateError as exc:
        print(f"syndicate: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("syndicate: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _discard_stdout()
        return 0


def _fulltext(args: argparse.Namespace) -> int:
    writer = syndicate.get_writer(args.to)
    if writer.name not in _FEED_FORMATS:
        known = ", ".join(_FEED_FORMATS)
        raise UnknownFormatError(f"{args.to!r} is not a feed format; use one of {known}")
    with cli_fetch.progress_bar(args) as progress:
        feed = syndicate.fulltext(
            args.feed_url,
            options=cli_fetch.fetch_options(args),
            strict=args.strict,
            site_rules=_site_rules(args),
            only_new=args.only_new,
            progress=progress,
        )
    for article in feed.articles:
        _report(article.link or article.id, article, verbose=args.verbose)
    options = _writer_options(writer.name, args)
    _emit(syndicate.write(feed, writer.name, options=options), args.output)
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.command == "formats":
        return _formats()
    if args.command == "fulltext":
        return _fulltext(args)
    if args.command == "feed":
        return _feed(args)
    if args.command == "digest":
        return _digest(args)
    if args.command == "batch":
        return _batch(args)
    if args.command == "rules":
        return _rules(args)
    return _convert(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
