"""Dates written for people: "2. Januar 2022", "8 de noviembre de 2021", "Nov 8, 2021,
3:05 pm EST", "08.11.2021", "11/8/2021", "2021年11月8日", "3 hours ago" — in English,
German, French, Spanish, Italian, Portuguese, Dutch, Russian, Japanese and Chinese.

Found dates come back as ISO 8601 strings (date only, or with a time and, when the text
names one, its offset), with what the words before them say the date is ("updated …"
is a modification date)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from syndicate.reader.metadata.zones import zone

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio",
        "gen", "janeiro", "januari", "января", "январь", "янв"),
    2: ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero",
        "febbraio", "fevereiro", "fev", "februari", "февраля", "февраль", "фев"),
    3: ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart",
        "mrt", "марта", "март"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "мая", "май"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "июня", "июнь",
        "июн"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "июля",
        "июль", "июл"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "августа", "август",
        "авг"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre",
        "set", "setembro", "сентября", "сентябрь", "сен"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott",
         "outubro", "out", "октября", "октябрь", "окт"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre",
         "dic", "dicembre", "dezembro", "декабря", "декабрь", "дек"),
}  # fmt: skip
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names}
_MONTH = "(?P<m>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + ")"
_YEAR_DIGITS = r"(?P<y>(?:19|20)\d{2})"
_YEAR = _YEAR_DIGITS + r"(?!\d)"
_DAY = r"(?<![\d.,])(?P<d>[0-3]?\d)"

_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\d.])" + _YEAR_DIGITS + r"-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)")),
    ("ymd", re.compile(r"(?<![\d.])" + _YEAR_DIGITS + r"\s*[/.年년]\s*(?P<m>[01]?\d)\s*[/.月월]\s*(?P<d>[0-3]?\d)(?!\d)[日일]?")),
    ("dmy-name", re.compile(_DAY + r"(?:st|nd|rd|th|er|º|°)?\.?(?:\s*(?:de\s+|of\s+)?|-)" + _MONTH
                            + r"(?!\w)\.?(?:,?\s*(?:de\s+|del\s+)?|-)" + _YEAR, re.I)),
    ("mdy-name", re.compile(r"(?<!\w)" + _MONTH + r"(?!\w)\.?\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                            r"(?!\d),?\s*" + _YEAR, re.I)),
    ("dmy-dot", re.compile(_DAY + r"\.\s?(?P<m>[01]?\d)\.\s?" + _YEAR)),
    ("numeric", re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)" + _YEAR)),
)  # fmt: skip
"""Each written form of a full date (day, month and year), in the order they are tried."""

_TIME = re.compile(
    r"(?:T|\s*(?:,|at|um|à|a las|alle|às|om|в|-|–|\||·|/)?\s*)"
    r"(?P<h>[0-2]?\d)[:h](?P<min>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?(?!\w))?\s*"
    r"(?P<tz>Z|[+-][01]\d:?[0-5]\d|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}(?![\w]))?",
    re.I,
)
_OFFSET = re.compile(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$", re.I)

_UPDATED = re.compile(
    r"(?:updated|last\s+updated|modified|revised|edited|aktualisiert|geändert|mis\s+à\s+jour"
    r"|modifié|actualizad[oa]|aggiornat[oa]|atualizad[oa]|bijgewerkt|обновлено|更新)"
    r"[^\d]{0,24}$",
    re.I,
)

_UNITS: dict[str, timedelta] = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}
_UNIT_WORDS: dict[str, str] = {
    "sec": "second", "second": "second", "sekunde": "second", "seconde": "second",
    "segundo": "second", "secondo": "second",
    "min": "minute", "minute": "minute", "minuto": "minute", "minuut": "minute",
    "hour": "hour", "hr": "hour", "stunde": "hour", "heure": "hour", "hora": "hour",
    "ora": "hour", "ore": "hour", "uur": "hour",
    "day": "day", "tag": "day", "jour": "day", "día": "day", "dia": "day", "giorno": "day",
    "giorni": "day", "dag": "day",
    "week": "week", "woche": "week", "semaine": "week", "semana": "week", "settimana": "week",
}  # fmt: skip
_RELATIVE = re.compile(
    r"(?:(?P<n1>\d{1,3}|an?|one)\s+(?P<u1>[a-zäéí]+?)s?\s+ago"
    r"|(?:vor|il\s+y\s+a|hace|há|fa)\s+(?P<n2>\d{1,3}|einer?|einem|une?|una?)\s+(?P<u2>[a-zäéí]+?)"
    r"(?:n|en|s|es|e|i)?(?!\w)"
    r"|(?P<n3>\d{1,3})\s+(?P<u3>[a-z]+?)(?:n|en|s|e|i)?\s+(?:fa|geleden))",
    re.I,
)


@dataclass(frozen=True, slots=True)
class TextDate:
    """A date found in text: ISO 8601, where it was, and what the text calls it."""

    iso: str
    start: int
    end: int
    updated: bool = False
    """The words before it say it is an update ("Updated", "aktualisiert", "mis à jour")."""


def find_dates(
    text: str,
    *,
    month_first: bool = True,
    region: tuple[str, ...] = (),
    reference: datetime | None = None,
) -> list[TextDate]:
    """Every full date in ``text``, in order. ``month_first`` reads an ambiguous 4/8/2021
    as April 8 (US usage); a relative "3 hours ago" is resolved only against
    ``reference``, a date the page itself gives, never against the clock."""
    found: list[TextDate] = []
    taken: list[tuple[int, int]] = []
    forms = _FORMS if "19" in text or "20" in text else ()  # each form has a 19xx/20xx year
    for form, pattern in forms:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            day = _calendar_day(form, match, month_first)
            if day is None:
                continue
            iso, end = _with_time(day, text, match.end(), region)
            taken.append((match.start(), end))
            before = text[max(0, match.start() - 40) : match.start()]
            found.append(TextDate(iso, match.start(), end, bool(_UPDATED.search(before))))
    if reference is not None:
        found.extend(_relative(text, reference, taken))
    return sorted(found, key=lambda d: d.start)


def _calendar_day(form: str, match: re.Match[str], month_first: bool) -> date | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if form == "numeric":
        a, b = int(groups["a"]), int(groups["b"])
        month, day = (a, b) if (month_first and a <= 12) or b > 12 else (b, a)
    else:
        raw = groups["m"]
        month = int(raw) if raw.isdigit() else MONTHS[raw.casefold()]
        day = int(groups["d"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_time(day: date, text: str, end: int, region: tuple[str, ...]) -> tuple[str, int]:
    match = _TIME.match(text, end)
    if match is None:
        return day.isoformat(), end
    hour, minute = int(match["h"]), int(match["min"])
    ampm = (match["ampm"] or "").casefold().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return day.isoformat(), end
    stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}:{int(match['s'] or 0):02d}"
    offset = _offset(match["tz"] or "", region)
    return stamp + offset, match.end() if offset or ampm else match.end("min")


def _offset(name: str, region: tuple[str, ...]) -> str:
    if not name:
        return ""
    numeric = _OFFSET.match(name)
    if numeric:
        sign, hours, minutes = numeric.groups()
        return f"{sign}{int(hours):02d}:{minutes or '00'}"
    tz = zone(name, region)
    if tz is None:
        return ""
    delta = tz.utcoffset(None)
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _relative(text: str, reference: datetime, taken: list[tuple[int, int]]) -> list[TextDate]:
    found = []
    for match in _RELATIVE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        count = match["n1"] or match["n2"] or match["n3"] or ""
        unit = (match["u1"] or match["u2"] or match["u3"] or "").casefold()
        step = _UNITS.get(_UNIT_WORDS.get(unit, ""))
        if step is None:
            continue
        number = int(count) if count.isdigit() else 1
        moment = reference - number * step
        iso = moment.date().isoformat() if step >= _UNITS["day"] else moment.isoformat()
        found.append(TextDate(iso, match.start(), match.end()))
    return found
