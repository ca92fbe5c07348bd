"""Dates as every writer shows them: with their precision (a date-only value never shows a
time) and their machine form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from syndicate.model import Article

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(value: datetime, *, date_only: bool) -> str:
    """'6 April 2021, 19:32 UTC+05:30' (or just the date when no time was given)."""
    day = f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    if date_only:
        return day
    offset = value.utcoffset()
    assert offset is not None  # the model holds aware datetimes only
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    zone = "UTC" if minutes == 0 else f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{day}, {value.hour:02d}:{value.minute:02d} {zone}"


@dataclass(frozen=True, slots=True)
class Stamp:
    """A dated event of the article ("Published", "Updated") as shown and as data."""

    label: str
    value: datetime
    date_only: bool

    @property
    def text(self) -> str:
        """The date for people: '6 April 2021, 19:32 UTC+05:30' or '6 April 2021'."""
        return format_date(self.value, date_only=self.date_only)

    @property
    def machine(self) -> str:
        """The date for machines (HTML ``<time datetime>``): '2021-04-06' when date-only."""
        if self.date_only:
            return self.value.date().isoformat()
        return self.value.isoformat()

    @property
    def line(self) -> str:
        """'Published 6 April 2021'."""
        return f"{self.label} {self.text}"


def _stamp(article: Article, field: str, label: str) -> Stamp | None:
    value: datetime | None = getattr(article, field)
    if value is None:
        return None
    source = article.evidence.source_of(field)
    return Stamp(label, value, source is not None and source.precision == "date")


def stamps(article: Article) -> tuple[Stamp | None, Stamp | None]:
    """The published stamp and the updated one; an update is shown only when it reads
    differently from the publication."""
    published = _stamp(article, "published", "Published")
    modified = _stamp(article, "modified", "Updated")
    if modified is not None and published is not None and modified.text == published.text:
        modified = None
    return published, modified
