"""The body converter's budget: blocks, characters and time. Once spent, conversion stops
and the reader keeps the blocks it has (and says so in a diagnostic)."""

from __future__ import annotations

from collections.abc import Callable

_CLOCK_EVERY = 256
"""Elements visited between two looks at the timer."""


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
            self.exhausted = "time budget"
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
