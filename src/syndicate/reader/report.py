"""Diagnostics collected while reading: recorded in lenient mode, raised in strict mode."""

from __future__ import annotations

from syndicate.errors import ExtractionError, SyndicateError
from syndicate.model import Diagnostic, Severity


class Report:
    """Collects ``Diagnostic``s for one document."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.items: list[Diagnostic] = []

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
