"""Date strings to timezone-aware datetimes, keeping precision and zone evidence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from dateutil import parser as dateparser

from syndicate.reader.metadata.zones import zone

_TIME = re.compile(r"\d{1,2}:\d{2}|T\d{2}")
_DATE_ONLY_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MIN_YEAR, _MAX_YEAR = 1990, 2100


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A parsed, aware datetime with how much of it the page actually said."""

    value: datetime
    precision: str  # "date" or "time"
    zone_assumed: bool


def _zones(region: tuple[str, ...]) -> Callable[[str | None, int | None], tzinfo | None]:
    """dateutil's zone hook: an abbreviation read with regional sense, else the offset."""

    def lookup(name: str | None, offset: int | None) -> tzinfo | None:
        found = zone(name, region) if name else None
        if found is None and offset is not None:
            found = timezone(timedelta(seconds=offset))
        return found

    return lookup


def parse_date(
    text: str, default_tz: tzinfo | None, region: tuple[str, ...] = ()
) -> ParsedDate | None:
    """Parse an ISO 8601 or human date; None when it is not a plausible date. A zone
    abbreviation is read with the page's regional sense (``zones.zone``)."""
    text = " ".join(text.split())
    if not text or len(text) > 80:
        return None
    try:
        value = dateparser.isoparse(text)
    except (ValueError, OverflowError):
        try:
            value = dateparser.parse(text, fuzzy=False, tzinfos=_zones(region))
        except (ValueError, OverflowError, TypeError):
            return None
    if not _MIN_YEAR <= value.year <= _MAX_YEAR:
        return None
    precision = "date" if _DATE_ONLY_ISO.match(text) or not _TIME.search(text) else "time"
    assumed = value.tzinfo is None or value.utcoffset() is None
    if assumed:
        value = value.replace(tzinfo=default_tz or timezone.utc)
    return ParsedDate(value=value, precision=precision, zone_assumed=assumed)
