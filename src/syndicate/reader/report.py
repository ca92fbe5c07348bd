"""Diagnostics collected while reading: recorded in lenient mode, raised in strict mode."""

from __future__ import annotations

from syndicate.errors import ExtractionError, InputError, SyndicateError
from syndicate.model import Diagnostic, Severity

_EXAMPLES = 3
"""URLs a dropped-URL diagnostic quotes."""


class Dropped:
    """URLs the reader left out, counted by ``urls.dropped_kind``, the first few distinct
    ones kept to quote; only the kinds ``Report.note_dropped`` reports are counted."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.examples: dict[str, list[str]] = {}

    def add(self, kind: str, url: str) -> None:
        """Count ``url``, left out for ``kind``."""
        if kind not in _DROP_NOTES:
            return
        self.counts[kind] = self.counts.get(kind, 0) + 1
        examples = self.examples.setdefault(kind, [])
        url = url.strip()
        quoted = url[:40] + ("…" if len(url) > 40 else "")
        if len(examples) < _EXAMPLES and quoted not in examples:
            examples.append(quoted)

    def update(self, other: Dropped) -> None:
        """Add the counts and examples of ``other``."""
        for kind, count in other.counts.items():
            self.counts[kind] = self.counts.get(kind, 0) + count
            examples = self.examples.setdefault(kind, [])
            fresh = [u for u in other.examples[kind] if u not in examples]
            examples += fresh[: _EXAMPLES - len(examples)]


class Report:
    """Collects ``Diagnostic``s for one document."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.items: list[Diagnostic] = []
        self.dropped = Dropped()
        """URLs left out while reading, reported by ``note_dropped``."""

    def note(
        self,
        code: str,
        message: str,
        *,
        severity: Severity = Severity.WARNING,
        error: type[SyndicateError] = ExtractionError,
    ) -> None:
        """Record a diagnostic; in strict mode a warning or error raises ``error``."""
        if self.strict and severity is not Severity.INFO:
            raise error(f"{code}: {message}")
        self.items.append(Diagnostic(code=code, message=message, severity=severity))

    def info(self, code: str, message: str) -> None:
        """Record an informational note; never raises."""
        self.note(code, message, severity=Severity.INFO)

    def note_dropped(self) -> None:
        """One diagnostic per kind of URL left out (``data-image-dropped``,
        ``relative-url-dropped``); in strict mode the first raises."""
        for kind, (code, what, why, error) in _DROP_NOTES.items():
            count = self.dropped.counts.get(kind, 0)
            if count:
                listed = ", ".join(repr(u) for u in self.dropped.examples[kind])
                more = ", …" if count > len(self.dropped.examples[kind]) else ""
                self.note(code, f"left out {count} {what} ({listed}{more}): {why}", error=error)


_DROP_NOTES: dict[str, tuple[str, str, str, type[SyndicateError]]] = {
    "data-image": (
        "data-image-dropped",
        "inline data: image(s)",
        "the model holds only http(s) URLs (a figure's caption is kept as text)",
        ExtractionError,
    ),
    "relative": (
        "relative-url-dropped",
        "relative URL(s)",
        "the page was read without a URL to resolve them against",
        InputError,
    ),
}
"""Diagnostic code, what was left out, why, and the error strict mode raises."""
