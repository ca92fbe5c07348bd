"""The run context: the only place in syndicate that may read the clock (its wall time for
"now", and a monotonic timer for the reader's time budget).

Writers that need "now" (a feed's build date, an EPUB's ``dcterms:modified``)
take it from a ``Context``. ``Context.from_environment()`` honours
``SOURCE_DATE_EPOCH`` (reproducible-builds.org) so the same input gives the
same bytes; tests pass a fixed ``Context(now=...)``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from syndicate.errors import ModelError


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What a write depends on besides the article and the options."""

    now: datetime

    def __post_init__(self) -> None:
        if self.now.tzinfo is None or self.now.utcoffset() is None:
            raise ModelError("Context.now must be timezone-aware")

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Context:
        """Use SOURCE_DATE_EPOCH when set, else the current UTC time."""
        env = os.environ if environ is None else environ
        epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch:
            try:
                return cls(now=datetime.fromtimestamp(int(epoch), tz=timezone.utc))
            except (ValueError, OverflowError, OSError) as exc:
                raise ModelError(f"SOURCE_DATE_EPOCH is not a Unix time: {epoch!r}") from exc
        return cls(now=datetime.now(tz=timezone.utc))


def deadline(seconds: float) -> Callable[[], bool]:
    """A check that turns true once the calling thread has spent ``seconds`` of CPU time
    (a safety budget against pathological pages). CPU time, not elapsed time: a page reads
    the same on a loaded machine as on an idle one, and only a page that is itself too
    costly reaches the limit."""
    end = time.thread_time() + seconds
    return lambda: time.thread_time() > end
