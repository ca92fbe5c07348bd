"""The ``json`` format: the model's own versioned JSON (see ``syndicate.codec``)."""

from __future__ import annotations

from syndicate import codec
from syndicate.context import Context
from syndicate.model import Article, Feed
from syndicate.writers.base import NoOptions, TypedWriter
from syndicate.writers.safetext import utf8


class JsonWriter(TypedWriter[NoOptions]):
    """The ``json`` format."""

    name = "json"
    media_type = "application/json"
    suffix = ".json"
    description = "the native article model as versioned JSON"
    options_type = NoOptions

    def render(self, obj: Article | Feed, context: Context, options: NoOptions) -> bytes:
        return utf8(codec.dumps(obj))
