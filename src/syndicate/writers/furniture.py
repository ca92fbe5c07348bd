"""Newspaper furniture shared by the human-readable writers: byline, dates, dateline, credits."""

from __future__ import annotations

from datetime import datetime

from syndicate.content import Paragraph
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


def _date_only(article: Article, field: str) -> bool:
    source = article.evidence.source_of(field)
    return source is not None and source.precision == "date"


def byline(article: Article) -> str:
    """'By A, B and C (PTI)' or '' when nobody is credited."""
    names = [p.name for p in article.authors]
    if len(names) > 1:
        text = "By " + ", ".join(names[:-1]) + " and " + names[-1]
    elif names:
        text = "By " + names[0]
    else:
        text = ""
    if article.credit:
        text = f"{text} ({article.credit})" if text else article.credit
    return text


def dates(article: Article) -> str:
    """'Published …' and 'Updated …' joined, or ''."""
    parts = []
    if article.published:
        parts.append(
            "Published "
            + format_date(article.published, date_only=_date_only(article, "published"))
        )
    if article.modified and article.modified != article.published:
        parts.append(
            "Updated " + format_date(article.modified, date_only=_date_only(article, "modified"))
        )
    return " · ".join(parts)


def byline_and_dates(article: Article) -> str:
    """The byline and dates on one line."""
    return " · ".join(p for p in (byline(article), dates(article)) if p)


def editors(article: Article) -> str:
    """'Edited by X and Y' or ''."""
    names = [p.name for p in article.editors]
    if not names:
        return ""
    return "Edited by " + (
        ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    )


def dateline_index(article: Article) -> int:
    """Index of the body paragraph the dateline belongs in front of, or -1."""
    if not article.dateline:
        return -1
    return next((i for i, b in enumerate(article.body) if isinstance(b, Paragraph)), -1)
