"""The one exception tree of syndicate, each class with its CLI exit code.

::

    SyndicateError (1)
    ├── InputError (3)            unreadable, missing or oversized input
    │   ├── LimitError (4)        a configured safety limit was exceeded
    │   └── FetchError (10)       a URL could not be fetched (network, HTTP, robots.txt…)
    ├── DecodeError (5)           bytes that cannot be turned into text
    ├── ExtractionError (6)       no article could be found in the page
    ├── ModelError (7)            a value the model refuses (e.g. a naive datetime)
    ├── UnknownFormatError (8)    no writer of that name
    └── WriteError (9)            a writer could not produce its output

Exit code 2 is left to command-line usage errors. Every class is also a
``ValueError`` where the mistake is in a value the caller passed.
"""

from __future__ import annotations

from typing import ClassVar


class SyndicateError(Exception):
    """Base of every error syndicate raises on purpose."""

    exit_code: ClassVar[int] = 1


class InputError(SyndicateError):
    """The input could not be read (missing, a directory, too large...)."""

    exit_code = 3


class LimitError(InputError):
    """A safety limit (input size, DOM size or depth, time budget) was exceeded."""

    exit_code = 4


class FetchError(InputError):
    """A URL could not be fetched: a network error or timeout, an HTTP error status, robots.txt,
    a refused address, a content type, a size or redirect limit. ``code`` names the reason
    (the diagnostic code in lenient runs), ``url`` the address."""

    exit_code = 10

    def __init__(self, message: str, *, url: str = "", code: str = "fetch-failed") -> None:
        super().__init__(message)
        self.url = url
        self.code = code


class DecodeError(SyndicateError, ValueError):
    """The bytes could not be decoded to text with any trustworthy encoding."""

    exit_code = 5


class ExtractionError(SyndicateError):
    """No article (headline or body) could be extracted from the page."""

    exit_code = 6


class ModelError(SyndicateError, ValueError):
    """A model value is invalid, e.g. a naive datetime or an unsafe URL."""

    exit_code = 7


class UnknownFormatError(SyndicateError, KeyError):
    """No writer is registered under the requested name."""

    exit_code = 8

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "unknown format"


class WriteError(SyndicateError):
    """A writer failed to produce its output."""

    exit_code = 9
