"""Dates written for people: "2. Januar 2022", "8 de noviembre de 2021", "Nov 8, 2021,
3:05 pm EST", "08.11.2021", "11/8/2021", "2021年11月8日", "3 hours ago" — in English,
German, French, Spanish, Italian, Portuguese, Dutch, Russian, Japanese, Chinese and Korean,
and with the month names of Polish, Czech, Slovak, Ukrainian, Turkish, the Scandinavian
languages, Finnish, Hungarian, Romanian, Catalan, Indonesian, Vietnamese and Greek
(whose relative forms are read too: "3 часа назад", "2 godziny temu", "3時間前"), and
Japanese era and Republic of China years ("令和5年12月12日", "民國112年").

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
_MORE_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    # Polish, Czech, Slovak, Ukrainian, Turkish, Swedish/Danish/Norwegian, Finnish,
    # Hungarian, Romanian, Catalan, Indonesian, Greek (genitive): full names only, so that
    # no abbreviation reads an ordinary word as a month.
    1: ("styczeń", "stycznia", "leden", "ledna", "január", "januára", "січень", "січня",
        "ocak", "tammikuu", "tammikuuta", "ianuarie", "gener", "ιανουαρίου"),
    2: ("luty", "lutego", "únor", "února", "február", "februára", "лютий", "лютого",
        "şubat", "helmikuu", "helmikuuta", "februarie", "febrer", "φεβρουαρίου"),
    3: ("marzec", "marca", "březen", "března", "marec", "березень", "березня", "mart",
        "marts", "maaliskuu", "maaliskuuta", "március", "martie", "març", "maret",
        "μαρτίου"),
    4: ("kwiecień", "kwietnia", "duben", "dubna", "apríl", "apríla", "квітень", "квітня",
        "nisan", "huhtikuu", "huhtikuuta", "április", "aprilie", "απριλίου"),
    5: ("maj", "maja", "květen", "května", "máj", "mája", "травень", "травня", "mayıs",
        "toukokuu", "toukokuuta", "május", "maig", "μαΐου"),
    6: ("czerwiec", "czerwca", "červen", "června", "jún", "júna", "червень", "червня",
        "haziran", "kesäkuu", "kesäkuuta", "június", "iunie", "juny", "ιουνίου"),
    7: ("lipiec", "lipca", "červenec", "července", "júl", "júla", "липень", "липня",
        "temmuz", "heinäkuu", "heinäkuuta", "július", "iulie", "juliol", "ιουλίου"),
    8: ("sierpień", "sierpnia", "srpen", "srpna", "augusta", "серпень", "серпня",
        "ağustos", "augusti", "elokuu", "elokuuta", "augusztus", "agost", "agustus",
        "αυγούστου"),
    9: ("wrzesień", "września", "září", "septembra", "вересень", "вересня", "eylül",
        "syyskuu", "syyskuuta", "szeptember", "septembrie", "setembre", "σεπτεμβρίου"),
    10: ("październik", "października", "říjen", "října", "október", "októbra", "жовтень",
         "жовтня", "ekim", "lokakuu", "lokakuuta", "octombrie", "οκτωβρίου"),
    11: ("listopad", "listopada", "listopadu", "novembra", "листопад", "листопада", "kasım",
         "marraskuu", "marraskuuta", "noiembrie", "νοεμβρίου"),
    12: ("grudzień", "grudnia", "prosinec", "prosince", "decembra", "грудень", "грудня",
         "aralık", "desember", "joulukuu", "joulukuuta", "decembrie", "desembre",
         "δεκεμβρίου"),
}  # fmt: skip
"""Month names of the other languages read: the dates of a page in any of them are
written the same ways (day, month, year)."""
_NAMED = [(name, number) for t in (_MONTH_NAMES, _MORE_MONTH_NAMES) for number, names in t.items() for name in names]  # fmt: skip
MONTHS = {name.casefold(): number for name, number in _NAMED}
"""Month numbers by casefolded name."""
_MONTH = "(?P<m>" + "|".join(sorted((re.escape(n) for n, _ in _NAMED), key=len, reverse=True)) + ")"
_YEAR_DIGITS = r"(?P<y>(?:19|20)\d{2})"
_YEAR = _YEAR_DIGITS + r"(?!\d)"
_DAY = r"(?<![\d.,])(?P<d>[0-3]?\d)"

_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\d.])" + _YEAR_DIGITS + r"-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)")),
    ("ymd", re.compile(r"(?<![\d.])" + _YEAR_DIGITS + r"\s*[/.年년]\s*(?P<m>[01]?\d)\s*[/.月월]\s*(?P<d>[0-3]?\d)(?!\d)[日일]?")),
    ("dmy-name", re.compile(_DAY + r"(?:st|nd|rd|th|er|º|°)?\.?(?:\s*(?:de\s+|of\s+|d['’])?|-)" + _MONTH
                            + r"(?!\w)\.?(?:,?\s*(?:de\s+|del\s+)?|-)" + _YEAR, re.I)),
    ("mdy-name", re.compile(r"(?<!\w)" + _MONTH + r"(?!\w)\.?\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                            r"(?!\d),?\s*" + _YEAR, re.I)),
    ("ymd-name", re.compile(r"(?<![\d.])" + _YEAR_DIGITS + r"\.\s+" + _MONTH + r"(?!\w)\.?\s*(?P<d>[0-3]?\d)(?!\d)\.?", re.I)),
    ("dmy-vi", re.compile(_DAY + r"\s+tháng\s+(?P<m>[01]?\d)(?:\s*,\s*|\s+năm\s+|\s*/\s*)" + _YEAR, re.I)),
    ("era", re.compile(r"(?P<era>令和|平成|民國|民国)\s*(?P<y>\d{1,3}|元)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")),
    ("dmy-dot", re.compile(_DAY + r"\.\s?(?P<m>[01]?\d)\.\s?" + _YEAR)),
    ("numeric", re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)" + _YEAR)),
)  # fmt: skip
"""Each written form of a full date (day, month and year), in the order they are tried."""

_ERAS = {"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}
"""Year 1 of the Japanese eras and of the Republic of China's calendar, less one."""

_TIME = re.compile(
    r"(?:T|\s*(?:,|at|um|à|a las|alle|às|om|в|-|–|\||·|/)?\s*)"
    r"(?P<h>[0-2]?\d)[:h](?P<min>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?(?!\w))?\s*"
    r"(?P<tz>Z|[+-][01]\d:?[0-5]\d|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?|(?-i:[A-Z]{2,5})(?![\w]))?",
    re.I,
)
_OFFSET = re.compile(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$", re.I)

_UPDATED = re.compile(
    r"(?:updated|last\s+updated|modified|revised|edited|aktualisiert|geändert|mis\s+à\s+jour"
    r"|modifié|actualizad[oa]|aggiornat[oa]|atualizad[oa]|bijgewerkt|обновлено|更新"
    r"|zaktualizowano|aktualizacja|aktualizováno|aktualizované|оновлено|güncellenme|güncelleme"
    r"|uppdaterad|opdateret|oppdatert|päivitetty|frissítve|actualizat|ενημερώθηκε"
    r"|diperbarui|actualitzat|cập nhật|업데이트|수정)"
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
    r"|(?P<n3>\d{1,3})\s+(?P<u3>[a-z]+?)(?:n|en|s|e|i)?\s+(?:fa|geleden)"
    r"|(?:för\s+)?(?P<n4>\d{1,3})\s*(?P<u4>[^\W\d]+?)\s*(?:yang\s+)?(?:назад|тому|temu|önce"
    r"|sedan|siden|sitten|lalu|trước|前|전))",
    re.I,
)
_SPELLED_UNITS: dict[str, str] = {
    **dict.fromkeys(("минуту", "минуты", "минут", "хвилину", "хвилини", "хвилин", "minutę",
                     "minuty", "minut", "dakika", "minuter", "minutter", "minuttia", "menit",
                     "phút", "分钟", "分鐘", "分", "분"), "minute"),
    **dict.fromkeys(("час", "часа", "часов", "годину", "години", "годин", "godzinę",
                     "godziny", "godzin", "saat", "timme", "timmar", "time", "timer",
                     "tuntia", "tunti", "jam", "giờ", "小时", "小時", "時間", "时", "시간"), "hour"),
    **dict.fromkeys(("день", "дня", "дней", "дні", "днів", "dzień", "dni", "gün", "dag",
                     "dagar", "dage", "dager", "päivää", "päivä", "hari", "ngày", "天", "日", "일"),
                    "day"),
    **dict.fromkeys(("неделю", "недели", "недель", "тиждень", "тижні", "тижнів", "tydzień",
                     "tygodnie", "tygodni", "hafta", "vecka", "veckor", "uge", "uger", "uke",
                     "uker", "viikkoa", "viikko", "minggu", "tuần", "周", "週", "週間", "주"),
                    "week"),
}  # fmt: skip
"""Unit words of the relative forms read whole ("3 часа назад", "2 godziny temu", "3 saat
önce", "3時間前", "3시간 전")."""


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
    # each form has a 19xx/20xx year, or an era year before 年
    forms = _FORMS if "19" in text or "20" in text or "年" in text else ()
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
    era = groups.get("era")
    year = (
        _ERAS[era] + (1 if groups["y"] == "元" else int(groups["y"])) if era else int(groups["y"])
    )
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
        count = match["n1"] or match["n2"] or match["n3"] or match["n4"] or ""
        unit = (match["u1"] or match["u2"] or match["u3"] or "").casefold()
        word = _SPELLED_UNITS.get((match["u4"] or "").casefold(), "")
        step = _UNITS.get(word or _UNIT_WORDS.get(unit, ""))
        if step is None:
            continue
        number = int(count) if count.isdigit() else 1
        moment = reference - number * step
        iso = moment.date().isoformat() if step >= _UNITS["day"] else moment.isoformat()
        found.append(TextDate(iso, match.start(), match.end()))
    return found
