"""Time-zone abbreviations with regional sense: "IST" on an Indian page is +05:30, on an
Irish page +01:00, on an Israeli page +02:00; "CST" is US Central unless the page is
Chinese. The region comes from the page's language and its host's country domain."""

from __future__ import annotations

from datetime import timedelta, timezone

from syndicate.urls import host_and_path

_H = 60
OFFSETS: dict[str, int] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "ut": 0,
    "wet": 0,
    "west": _H,
    "bst": _H,
    "cet": _H,
    "cest": 2 * _H,
    "met": _H,
    "mest": 2 * _H,
    "mez": _H,
    "mesz": 2 * _H,
    "eet": 2 * _H,
    "eest": 3 * _H,
    "msk": 3 * _H,
    "trt": 3 * _H,
    "eat": 3 * _H,
    "sast": 2 * _H,
    "cat": 2 * _H,
    "wat": _H,
    "gst": 4 * _H,
    "irst": 3 * _H + 30,
    "aft": 4 * _H + 30,
    "yekt": 5 * _H,
    "bdt": 6 * _H,
    "mmt": 6 * _H + 30,
    "wita": 8 * _H,
    "wit": 9 * _H,
    "myt": 8 * _H,
    "awdt": 9 * _H,
    "chst": 10 * _H,
    "hkst": 9 * _H,
    "ist": 5 * _H + 30,
    "pkt": 5 * _H,
    "npt": 5 * _H + 45,
    "ict": 7 * _H,
    "wib": 7 * _H,
    "sgt": 8 * _H,
    "hkt": 8 * _H,
    "pht": 8 * _H,
    "awst": 8 * _H,
    "cst": -6 * _H,
    "jst": 9 * _H,
    "kst": 9 * _H,
    "acst": 9 * _H + 30,
    "acdt": 10 * _H + 30,
    "aest": 10 * _H,
    "aedt": 11 * _H,
    "nzst": 12 * _H,
    "nzdt": 13 * _H,
    "est": -5 * _H,
    "edt": -4 * _H,
    "cdt": -5 * _H,
    "mst": -7 * _H,
    "mdt": -6 * _H,
    "pst": -8 * _H,
    "pdt": -7 * _H,
    "akst": -9 * _H,
    "akdt": -8 * _H,
    "hst": -10 * _H,
    "ast": -4 * _H,
    "adt": -3 * _H,
    "nst": -3 * _H - 30,
    "ndt": -2 * _H - 30,
    "brst": -2 * _H,
    "clt": -4 * _H,
    "clst": -3 * _H,
    "cot": -5 * _H,
    "pet": -5 * _H,
    "vet": -4 * _H,
    "uyt": -3 * _H,
    "brt": -3 * _H,
    "art": -3 * _H,
}
"""Minutes east of UTC for the reading most pages mean."""

_REGIONAL: dict[str, dict[str, int]] = {
    "ie": {"ist": _H},  # Irish Standard Time (summer)
    "il": {"ist": 2 * _H, "idt": 3 * _H},  # Israel
    "cn": {"cst": 8 * _H},  # China Standard Time
    "tw": {"cst": 8 * _H},
    "zh": {"cst": 8 * _H},
    "cu": {"cst": -5 * _H},  # Cuba
    "sa": {"ast": 3 * _H},  # Arabia Standard Time
    "ae": {"ast": 3 * _H},
    "qa": {"ast": 3 * _H},
    "ar": {"ast": 3 * _H},
}
"""Readings that differ by region (a country-code TLD or a language code)."""


def region_of(url: str, language: str) -> tuple[str, ...]:
    """The region hints for a page: its host's country code and its language's codes."""
    host, _ = host_and_path(url)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    parts = language.replace("_", "-").lower().split("-") if language else []
    return tuple(p for p in (tld, *reversed(parts)) if p)


def zone(abbreviation: str, region: tuple[str, ...] = ()) -> timezone | None:
    """The fixed offset an abbreviation means in ``region``; None when unknown."""
    key = abbreviation.casefold().strip(".")
    for hint in region:
        minutes = _REGIONAL.get(hint, {}).get(key)
        if minutes is not None:
            return timezone(timedelta(minutes=minutes))
    minutes = OFFSETS.get(key)
    return None if minutes is None else timezone(timedelta(minutes=minutes))
