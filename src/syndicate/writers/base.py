"""The ``Writer`` protocol every output format implements, the typed-options base class
writers share, and how an option field declares its command-line flag."""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

from syndicate.context import Context
from syndicate.errors import WriteError
from syndicate.model import Article, Feed


class Writer(Protocol):
    """One output format: its name, media type, file suffix, options class and ``write``."""

    name: str
    media_type: str
    suffix: str
    description: str
    options_type: type[Any]

    def write(
        self, obj: Article | Feed, *, context: Context, options: object | None = None
    ) -> bytes:
        """Serialise ``obj``; ``options`` is an ``options_type`` instance or None (defaults);
        any other options raise ``WriteError``."""
        ...


@dataclass(frozen=True, slots=True, kw_only=True)
class NoOptions:
    """The options of a format that takes none."""


OptionsT = TypeVar("OptionsT")


class TypedWriter(ABC, Generic[OptionsT]):
    """A writer with a declared options class: ``write`` checks the options it is given
    and hands ``render`` an instance of ``options_type``."""

    name: str
    media_type: str
    suffix: str
    description: str
    options_type: type[OptionsT]

    def write(
        self, obj: Article | Feed, *, context: Context, options: object | None = None
    ) -> bytes:
        """Serialise ``obj`` (see ``Writer.write``)."""
        return self.render(obj, context, self.options(options))

    def options(self, options: object | None) -> OptionsT:
        """``options`` when it is this format's, the defaults for None; else ``WriteError``."""
        if options is None:
            return self.options_type()
        if not isinstance(options, self.options_type):
            raise WriteError(
                f"the {self.name} writer takes {self.options_type.__name__}, "
                f"not {type(options).__name__}"
            )
        return options

    @abstractmethod
    def render(self, obj: Article | Feed, context: Context, options: OptionsT) -> bytes:
        """The format's bytes for ``obj``."""


def articles_of(obj: Article | Feed) -> tuple[Article, ...]:
    """The articles to write: a feed's articles, or the single article."""
    return obj.articles if isinstance(obj, Feed) else (obj,)


# --- command-line flags ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Flag:
    """How an option field appears on the command line: ``--name``, its help, whether it
    only makes sense for a feed (item order and count), its choices."""

    name: str
    help: str
    feed_only: bool = False
    choices: tuple[str, ...] = ()
    kind: type[Any] = str

    @property
    def dest(self) -> str:
        """The argparse destination: '--ninjs-version' → 'ninjs_version'."""
        return self.name.lstrip("-").replace("-", "_")


def flag(
    name: str,
    help: str,
    *,
    feed_only: bool = False,
    choices: tuple[str, ...] = (),
    kind: type[Any] = str,
) -> dict[str, Flag]:
    """Field metadata that offers the field on the command line as ``name`` (its value
    read as ``kind``; a bool field is a switch):
    ``width: int | None = field(default=None, metadata=flag("--width", "…", kind=int))``."""
    return {"flag": Flag(name, help, feed_only, choices, kind)}


def flags_of(options_type: type[Any]) -> Iterator[tuple[dataclasses.Field[Any], Flag]]:
    """The fields of an options class that declare a flag, with their flag."""
    for field in dataclasses.fields(options_type):
        spec = field.metadata.get("flag")
        if isinstance(spec, Flag):
            yield field, spec


def options_from(options_type: type[OptionsT], values: Mapping[str, Any]) -> OptionsT:
    """An ``options_type`` built from command-line values keyed by ``Flag.dest`` (flags
    missing from ``values`` keep their defaults; an enum field gets its member)."""
    found: dict[str, Any] = {}
    for field, spec in flags_of(options_type):
        if spec.dest in values:
            value = values[spec.dest]
            found[field.name] = (
                type(field.default)(value) if isinstance(field.default, Enum) else value
            )
    return options_type(**found)
