from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syndicate.reader.metadata.textdates import find_dates
from syndicate.reader.metadata.zones import region_of, zone


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Pressemitteilung vom 08.11.2021", "2021-11-08"),
        ("2. Januar 2022", "2022-01-02"),
        ("Publié le 8 novembre 2021", "2021-11-08"),
        ("8 de noviembre de 2021", "2021-11-08"),
        ("8 novembre 2021", "2021-11-08"),
        ("8 de novembro de 2021", "2021-11-08"),
        ("8 november 2021", "2021-11-08"),
        ("8 ноября 2021 г.", "2021-11-08"),
        ("2021年11月8日", "2021-11-08"),
        ("Friday, December 19, 2025", "2025-12-19"),
        ("[Submitted on 18 Dec 2025]", "2025-12-18"),
        ("Nov 8, 2021, 3:05 pm EST", "2021-11-08T15:05:00-05:00"),
        ("2021-11-08T10:20:00Z", "2021-11-08T10:20:00+00:00"),
        ("2021年11月8日 10:30", "2021-11-08T10:30:00"),
        # month names, year-first and era forms of more languages
        ("Opublikowano: 15 października 2023", "2023-10-15"),
        ("12. prosince 2023", "2023-12-12"),
        ("12. decembra 2023", "2023-12-12"),
        ("12 грудня 2023", "2023-12-12"),
        ("12 Aralık 2023 Salı", "2023-12-12"),
        ("12 augusti 2023", "2023-08-12"),
        ("12. joulukuuta 2023", "2023-12-12"),
        ("2023. december 12. 10:30", "2023-12-12T10:30:00"),
        ("12 decembrie 2023", "2023-12-12"),
        ("12 d’abril de 2023", "2023-04-12"),
        ("Selasa, 12 Desember 2023", "2023-12-12"),
        ("Thứ Ba, ngày 12 tháng 12 năm 2023", "2023-12-12"),
        ("Τρίτη 12 Μαΐου 2023", "2023-05-12"),
        ("2023년 12월 12일", "2023-12-12"),
        ("令和5年12月12日", "2023-12-12"),
        ("令和元年5月1日", "2019-05-01"),
        ("平成31年4月30日", "2019-04-30"),
        ("民國112年12月12日", "2023-12-12"),
    ],
)
def test_written_dates_in_many_languages(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


def test_update_labels_in_more_languages() -> None:
    for label in ("Zaktualizowano:", "Güncellenme:", "Uppdaterad", "Päivitetty", "Оновлено"):
        assert find_dates(f"{label} 12.12.2023")[0].updated, label


def test_numeric_dates_follow_the_locale_unless_a_part_decides() -> None:
    assert find_dates("4/8/2021")[0].iso == "2021-04-08"
    assert find_dates("4/8/2021", month_first=False)[0].iso == "2021-08-04"
    assert find_dates("24/8/2021")[0].iso == "2021-08-24"


def test_no_date_without_day_month_and_year_or_with_an_impossible_day() -> None:
    assert find_dates("© 2024 Company") == []
    assert find_dates("November 2021") == []
    assert find_dates("31.02.2021") == []


def test_update_labels_and_zone_abbreviations_with_regional_sense() -> None:
    found = find_dates("Last updated: Dec 4, 2025")
    assert found[0].updated and found[0].iso == "2025-12-04"
    assert not find_dates("Published Dec 4, 2025")[0].updated
    india = find_dates("April 6, 2021 7:53 pm IST", region=("in",))[0].iso
    ireland = find_dates("April 6, 2021 7:53 pm IST", region=("ie",))[0].iso
    assert india.endswith("+05:30") and ireland.endswith("+01:00")
    assert find_dates("6. April 2021 19:53 MESZ")[0].iso.endswith("+02:00")


def test_zone_abbreviations_of_more_regions_and_only_in_capitals() -> None:
    assert find_dates("Dec 4, 2025 9:00 SAST")[0].iso.endswith("+02:00")
    assert find_dates("12 Mar 2024 10:00 TRT")[0].iso.endswith("+03:00")
    assert find_dates("4 Dec 2025 09:00 WITA")[0].iso.endswith("+08:00")
    words = find_dates("8. November 2021 um 10:30 ist der Termin")[0]  # German "ist", not IST
    assert words.iso == "2021-11-08T10:30:00" and words.end == len("8. November 2021 um 10:30")


def test_relative_dates_need_a_date_the_page_gives() -> None:
    assert find_dates("posted 3 hours ago") == []
    stated = datetime(2025, 1, 2, 12, tzinfo=timezone.utc)
    assert find_dates("vor 2 Tagen", reference=stated)[0].iso == "2024-12-31"
    assert find_dates("3 hours ago", reference=stated)[0].iso.startswith("2025-01-02T09:00")
    for text in ("3 часа назад", "3 godziny temu", "3 saat önce", "för 3 timmar sedan",
                 "3 jam yang lalu", "3 giờ trước", "3時間前", "3小时前", "3시간 전"):  # fmt: skip
        assert find_dates(text, reference=stated)[0].iso.startswith("2025-01-02T09:00"), text
        assert find_dates(text) == [], text
    assert find_dates("2 дня назад", reference=stated)[0].iso == "2024-12-31"


def test_regions_come_from_the_host_and_the_language() -> None:
    assert region_of("https://www.example.cn/a", "zh-CN") == ("cn", "cn", "zh")
    assert zone("CST", ("cn",)) != zone("CST", ())
    assert zone("XYZ") is None


_DATE_PARTS = st.sampled_from(
    [
        "12", "2023", "2023.", "31", "0", "Dec", "december", "grudnia", "Μαΐου", "tháng", "năm",
        "年", "月", "日", "/", ".", "-", ",", " ", "10:30", "pm", "EST", "IST", "ist", "ago",
        "vor", "3", "hours", "d'", "de", "Updated", "+05:30", "UTC+3",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_DATE_PARTS, st.text(max_size=6)), max_size=14))
def test_any_text_gives_valid_dates_without_raising(parts: list[str]) -> None:
    stated = datetime(2025, 1, 2, 12, tzinfo=timezone.utc)
    for found in find_dates("".join(parts), reference=stated):
        datetime.fromisoformat(found.iso)
