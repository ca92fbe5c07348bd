"""Native JSON for ``Article`` and ``Feed``: versioned, stable key order, lossless.

The document starts with ``"schema": "syndicate/article@1"`` (or ``feed@1``).
Keys follow the dataclass field order; fields equal to their default are left
out; body nodes carry a ``"type"`` tag. ``loads(dumps(x)) == x`` for every
value the model accepts (datetimes keep their UTC offset).
"""

from __future__ import annotations

import dataclasses
import json
import types
from datetime import datetime
from enum import Enum
from typing import Any, Union, get_args, get_origin, get_type_hints

from syndicate import content
from syndicate.errors import ModelError
from syndicate.model import Article, Feed

ARTICLE_SCHEMA = "syndicate/article@1"
FEED_SCHEMA = "syndicate/feed@1"

_TAGS: dict[type, str] = {
    content.Text: "text",
    content.Emphasis: "emphasis",
    content.Strong: "strong",
    content.InlineLink: "link",
    content.Code: "code",
    content.LineBreak: "line_break",
    content.Subscript: "subscript",
    content.Superscript: "superscript",
    content.Paragraph: "paragraph",
    content.Heading: "heading",
    content.ListBlock: "list",
    content.Quote: "quote",
    content.PullQuote: "pull_quote",
    content.Figure: "figure",
    content.Table: "table",
    content.Preformatted: "preformatted",
    content.Embed: "embed",
    content.Rule: "rule",
    content.RelatedLinks: "related_links",
}
_BY_TAG: dict[str, type] = {tag: cls for cls, tag in _TAGS.items()}


# --- encoding ------------------------------------------------------------------


def to_data(obj: Article | Feed) -> dict[str, Any]:
    """The JSON-ready mapping of an article or feed, schema tag first."""
    schema = ARTICLE_SCHEMA if isinstance(obj, Article) else FEED_SCHEMA
    data = _encode(obj)
    assert isinstance(data, dict)
    return {"schema": schema, **data}


def dumps(obj: Article | Feed, *, indent: int | None = 2) -> str:
    """Serialise to JSON text ending in a newline (``indent=None``: one line, for JSONL)."""
    separators = (",", ":") if indent is None else None
    return json.dumps(to_data(obj), ensure_ascii=False, indent=indent, separators=separators) + "\n"


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        tag = _TAGS.get(type(value))
        if tag:
            out["type"] = tag
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.default is not dataclasses.MISSING and item == field.default:
                continue
            out[field.name] = _encode(item)
        return out
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


# --- decoding ------------------------------------------------------------------


def from_data(data: Any) -> Article | Feed:
    """Rebuild an article or feed from the mapping ``to_data`` made."""
    if not isinstance(data, dict):
        raise ModelError("syndicate JSON must be an object")
    schema = data.get("schema")
    rest = {k: v for k, v in data.items() if k != "schema"}
    if schema == ARTICLE_SCHEMA:
        article: Article = _decode_dataclass(Article, rest, "$")
        return article
    if schema == FEED_SCHEMA:
        feed: Feed = _decode_dataclass(Feed, rest, "$")
        return feed
    raise ModelError(f"unknown or missing schema tag {schema!r}; expected {ARTICLE_SCHEMA}")


def loads(text: str | bytes) -> Article | Feed:
    """Parse JSON text made by ``dumps``."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"not valid JSON: {exc}") from exc
    return from_data(data)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _decode_dataclass(cls: type[Any], data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise ModelError(f"{path}: expected an object for {cls.__name__}")
    hints = _hints(cls)
    unknown = set(data) - set(hints) - {"type"}
    if unknown:
        raise ModelError(f"{path}: unknown keys for {cls.__name__}: {sorted(unknown)}")
    kwargs = {k: _decode(v, hints[k], f"{path}.{k}") for k, v in data.items() if k != "type"}
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise ModelError(f"{path}: {exc}") from exc


def _decode(value: Any, hint: Any, path: str) -> Any:
    origin = get_origin(hint)
    if origin is Union or origin is types.UnionType:
        return _decode_union(value, get_args(hint), path)
    if origin is tuple:
        if not isinstance(value, list):
            raise ModelError(f"{path}: expected a list")
        inner = get_args(hint)[0]
        return tuple(_decode(v, inner, f"{path}[{i}]") for i, v in enumerate(value))
    if isinstance(hint, type):
        return _decode_plain(value, hint, path)
    raise ModelError(f"{path}: cannot decode type {hint!r}")  # pragma: no cover


def _decode_union(value: Any, args: tuple[Any, ...], path: str) -> Any:
    if value is None and type(None) in args:
        return None
    options = [a for a in args if a is not type(None)]
    if len(options) == 1:
        return _decode(value, options[0], path)
    if isinstance(value, dict) and value.get("type") in _BY_TAG:
        cls = _BY_TAG[value["type"]]
        if cls in options:
            return _decode_dataclass(cls, value, path)
    raise ModelError(f"{path}: no node type matches {value!r:.80}")


def _decode_plain(value: Any, hint: type, path: str) -> Any:
    if dataclasses.is_dataclass(hint):
        return _decode_dataclass(hint, value, path)
    if issubclass(hint, Enum):
        try:
            return hint(value)
        except ValueError as exc:
            raise ModelError(f"{path}: {exc}") from exc
    if hint is datetime:
        if not isinstance(value, str):
            raise ModelError(f"{path}: expected an ISO 8601 string")
        try:
            return datetime.fromisoformat(value)
        except ValueError as exc:
            raise ModelError(f"{path}: {exc}") from exc
    ok = isinstance(value, hint) and not (hint is int and isinstance(value, bool))
    if not ok:
        raise ModelError(f"{path}: expected {hint.__name__}, got {type(value).__name__}")
    return value
