"""The reader's budgets. The body converter counts blocks, characters and time: once spent,
conversion stops and the reader keeps the blocks it has (and says so in a diagnostic). The
passes that find the body (cleaning, scoring, prose) tick a ``Clock``: once the reader's
deadline has passed, the next tick raises ``OutOfTime`` and the chooser falls back to the
page's whole body.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_CLOCK_EVERY = 256
"""Elements visited between two looks at the timer."""
CHOOSING_SHARE = 2 / 3
"""Share of the reader's time budget (counted from the start of the read) after which the
passes that find the body stop."""
CONVERSION_FLOOR = 1 / 6
"""Share of the time budget that converting the body may take after finding it, even past
the budget (so that a page whose other stages took it all still gets a body)."""
TIME = "time budget"
"""``Budget.exhausted`` when conversion stopped at the deadline."""


class Budget:
    """Counts what the converter produced against the read options' limits."""

    def __init__(self, *, max_blocks: int, max_chars: int, expired: Callable[[], bool]) -> None:
        self.max_blocks = max_blocks
        self.max_chars = max_chars
        self._expired = expired
        self.blocks = 0
        self.chars = 0
        self._visits = 0
        self.exhausted = ""

    def visit(self) -> bool:
        """Called per element; False once any limit is spent."""
        if self.exhausted:
            return False
        self._visits += 1
        if self._visits % _CLOCK_EVERY == 0 and self._expired():
            self.exhausted = TIME
        return not self.exhausted

    def spend(self, chars: int) -> None:
        """Account for one emitted block of ``chars`` characters."""
        self.blocks += 1
        self.chars += chars
        if self.blocks >= self.max_blocks:
            self.exhausted = f"{self.max_blocks} blocks"
        elif self.chars >= self.max_chars:
            self.exhausted = f"{self.max_chars} characters"


def unlimited() -> Budget:
    """A budget that never runs out (for converting single figures and tests)."""
    return Budget(max_blocks=1 << 62, max_chars=1 << 62, expired=lambda: False)


class OutOfTime(Exception):
    """The reader's deadline passed during a pass that finds the body."""


class Clock:
    """A read's deadlines: ``expired`` for the whole read, ``choosing`` for the passes that
    find the body. Those passes tick the clock; it looks at the timer every ``_CLOCK_EVERY``
    ticks and, once ``choosing`` has passed, every tick raises ``OutOfTime``."""

    def __init__(self, choosing: Callable[[], bool], *, expired: Callable[[], bool]) -> None:
        self._choosing = choosing
        self.expired = expired
        self._left = _CLOCK_EVERY
        """Ticks until the next look at the timer (none once spent)."""
        self.spent = False
        """Finding the body ran out of time."""

    def tick(self) -> None:
        """One unit of work (an element visited, a subtree read)."""
        self._left -= 1
        if self._left <= 0:
            self._look()

    def _look(self) -> None:
        if self.spent or self._choosing():
            self.spent = True
            self._left = 0
            raise OutOfTime
        self._left = _CLOCK_EVERY


class _Unlimited(Clock):
    def tick(self) -> None:
        pass


_UNLIMITED = _Unlimited(lambda: False, expired=lambda: False)
_CURRENT: ContextVar[Clock | None] = ContextVar("reader_clock", default=None)


def clock() -> Clock:
    """The clock of the read in progress (one that never runs out outside ``timed``)."""
    return _CURRENT.get() or _UNLIMITED


@contextmanager
def timed(watch: Clock) -> Iterator[Clock]:
    """Make ``watch`` the clock the body-finding passes run inside tick."""
    token = _CURRENT.set(watch)
    try:
        yield watch
    finally:
        _CURRENT.reset(token)
