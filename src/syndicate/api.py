"""The three verbs: ``read``, ``write`` and ``convert``."""

from __future__ import annotations

from datetime import tzinfo

from syndicate.context import Context
from syndicate.errors import WriteError
from syndicate.model import Article, Feed
from syndicate.options import DEFAULT_MAX_BYTES, ReadOptions
from syndicate.reader.html import read_html
from syndicate.writers.registry import get_writer


def read(
    source: bytes | str,
    *,
    url: str = "",
    charset: str = "",
    default_tz: tzinfo | None = None,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read an HTML page (bytes or text) into an ``Article``.

    Lenient by default: problems become ``Article.diagnostics``. With
    ``strict=True`` the first problem raises its ``SyndicateError`` subclass.
    """
    options = ReadOptions(
        url=url, charset=charset, default_tz=default_tz, strict=strict, max_bytes=max_bytes
    )
    return read_html(source, options)


def write(
    obj: Article | Feed,
    format: str,
    *,
    context: Context | None = None,
    options: object | None = None,
) -> bytes:
    """Write an article or feed in ``format`` (see ``syndicate formats``)."""
    writer = get_writer(format)
    try:
        return writer.write(obj, context=context or Context.from_environment(), options=options)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise WriteError(f"{writer.name} writer failed: {exc}") from exc


def convert(
    source: bytes | str,
    format: str,
    *,
    url: str = "",
    strict: bool = False,
    context: Context | None = None,
    options: object | None = None,
) -> bytes:
    """``write(read(source), format)`` in one call."""
    get_writer(format)  # fail fast on a bad format name, before reading
    return write(read(source, url=url, strict=strict), format, context=context, options=options)
