# ruff: noqa: RUF001
"""Dates and times in the written forms of Vietnam, Japan, Korea, China, Thailand, Malaysia, the
Philippines, Latvia and the Levant (issue 15): each form read by the value finders, the shapes
around them that must stay no date or time, and three drawn sheets read end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.reader.dates import dates_on_or_after, find_dates
from pipeline.extract.reader.times import find_times
from tests.unit.extract.test_more_languages import Row, _read, _read_words

REFERENCE = dt.date(2026, 2, 20)  # a sheet issued before the day: 7 March 2026 is a Saturday


@pytest.mark.parametrize(
    "text",
    [
        "Thứ Bảy, ngày 7 tháng 3 năm 2026",  # Vietnamese: day, "tháng" (month) 3, "năm" (year)
        "ngày 07/03/2026",  # "ngày" (day) before a numeric date: day first
        "7 มีนาคม 2569",  # Thai, Buddhist-era year (2569 - 543)
        "วันเสาร์ที่ 7 มีนาคม พ.ศ. 2569",
        "7 มี.ค. 2569",  # Thai abbreviation with its dots
        "7 Mac 2026",  # Malay
        "Sabtu, 7 Mac 2026",
        "7 Marso 2026",  # Filipino
        "Marso 7, 2026",
        "Sabado, Marso 7, 2026",
        "2026. gada 7. martā",  # Latvian locative
        "2026. gada 7. marta",  # Latvian genitive
        "7 آذار 2026",  # the Levant's Arabic month names
        "السبت 7 آذار 2026",
        "٧ مارس ٢٠٢٦",  # Arabic-Indic digits
        "۷ مارس ۲۰۲۶",  # Eastern Arabic-Indic digits
        "２０２６年３月７日",  # full-width digits
    ],
)
def test_a_dated_form_reads_as_7_march_2026(text: str) -> None:
    found = find_dates(text)
    assert [p.value for p in found] == ["2026-03-07"]
    assert found[0].quality >= 0.95


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("7 تشرين الأول 2026", "2026-10-07"),  # two-word month
        ("7 كانون الثاني 2026", "2026-01-07"),
        ("7 آب 2026", "2026-08-07"),  # two letters
        ("1hb Disember 2026", "2026-12-01"),  # Malay "haribulan"
        ("7 Julai 2026", "2026-07-07"),
        ("7 Ogos 2026", "2026-08-07"),
        ("7 Hunyo 2026", "2026-06-07"),
        ("7 Setyembre 2026", "2026-09-07"),
        ("2026. gada 4. jūnijā", "2026-06-04"),
        ("2026. gada 1. oktobrī", "2026-10-01"),
    ],
)
def test_month_names_of_each_list(text: str, iso: str) -> None:
    assert [p.value for p in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    ["3月7日(土)", "3月7日（土）", "3月7日 土曜日", "3월 7일 (토)", "3월 7일 토요일",
     "3月7日 星期六", "星期六 3月7日", "Thứ Bảy, ngày 7 tháng 3", "Thứ 7, 7 tháng 3"],
)  # fmt: skip
def test_a_yearless_date_takes_its_year_and_the_printed_weekday_confirms_it(text: str) -> None:
    # Given a date printed without a year, as "Saturday 7 March" is
    assert find_dates(text) == []
    assert [p.value for p in find_dates(text, yearless=True)] == ["--03-07"]
    # When it follows the sheet's issue date, the weekday printed beside it settles the year
    found = dates_on_or_after(text, REFERENCE)
    assert [(p.value, p.quality, p.note) for p in found] == [("2026-03-07", 0.95, None)]


@pytest.mark.parametrize("text", ["3月7日(金)", "3월 7일 (일)", "Chủ nhật, ngày 7 tháng 3"])
def test_a_yearless_date_with_another_weekday_stays_unsure(text: str) -> None:
    found = dates_on_or_after(text, REFERENCE)
    assert [p.value for p in found] == ["2026-03-07"]
    assert found[0].quality < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5 / 24",  # a day counter: day 5 of 24
        "Ngày 5/24",
        "Sc. 3/7",
        "7.30 €",
        "Tel. +84 28 3822 1234",
        "Mac 7",  # a name: "Mac" is March only in a full date
        "7 Mac",
        "Marta 12",
        "7 Maija",
        "Linggo 2",  # Filipino "linggo" is also "week"
        "14 Nov 2569",  # a Buddhist-era year only with a Thai month
    ],
)
def test_shapes_that_are_no_full_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_numeric_date_with_a_buddhist_year() -> None:
    assert [p.value for p in find_dates("07/03/2569")] == ["2026-03-07"]


def test_a_latin_date_with_a_buddhist_year_is_not_moved_543_years() -> None:
    assert [p.value for p in find_dates("14 Nov 2569", yearless=True)] == ["--11-14"]


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [
        ("7 giờ 30", "07:30"),  # Vietnamese
        ("7g30", "07:30"),
        ("19g", "19:00"),
        ("7 giờ 30 phút", "07:30"),
        ("3 giờ chiều", "15:00"),
        ("7時30分", "07:30"),  # Japanese
        ("午前7時", "07:00"),
        ("午後7時30分", "19:30"),
        ("19時", "19:00"),
        ("오전 7시 30분", "07:30"),  # Korean
        ("오후 7시", "19:00"),
        ("上午7点30分", "07:30"),  # Chinese
        ("下午7:30", "19:30"),
        ("下午 7 点", "19:00"),
        ("7点半", "07:30"),
        ("7 Uhr 30", "07:30"),  # German, minutes after the word
        ("١٩:٣٠", "19:30"),  # Arabic-Indic digits
    ],
)
def test_a_time_form(text: str, hhmm: str) -> None:
    assert [p.value for p in find_times(text)] == [hhmm]


@pytest.mark.parametrize(
    "text",
    [
        "7.30 €",  # a price
        "€7.30",
        "Ngày 5 / 24",
        "4g signal",  # mobile networks, grams
        "no 5G",
        "500g",
        "12時間",  # a duration: twelve hours
        "3시간",
        "٠٩١٢٣٤٥٦٧٨",  # a phone number in Arabic-Indic digits
    ],
)
def test_shapes_that_are_no_time(text: str) -> None:
    assert find_times(text) == []


def test_uhr_with_a_count_of_minutes_keeps_the_hour() -> None:
    assert [p.value for p in find_times("7 Uhr 30 Minuten")] == ["07:00"]


def _assert_call_and_date(day: dict[str, object], iso: str, call: str) -> None:
    assert (day["shooting_date"], day["call_time"]) == (iso, call)


def test_a_vietnamese_sheet_with_the_date_in_words_and_the_call_in_g() -> None:
    rows: list[Row] = [
        (40, 40, "Sen Vàng Films · LỊCH QUAY", 9),
        (200, 70, "MÙA NƯỚC NỔI", 16),
        (40, 96, "Ngày quay: Thứ Bảy, ngày 7 tháng 3 năm 2026", 9),
        (40, 120, "GIỜ TẬP TRUNG", 9),
        (180, 120, "5g30", 9),
        (40, 170, "ĐỊA ĐIỂM", 9),
        (40, 182, "Chợ nổi Cái Răng, quận Cái Răng, Cần Thơ", 9),
        (40, 210, "BỆNH VIỆN GẦN NHẤT", 9),
        (40, 222, "Bệnh viện Đa khoa Trung ương Cần Thơ, 315 Nguyễn Văn Linh, Cần Thơ", 9),
        (40, 260, "Ngày mai: tập trung 6 giờ", 8),
    ]
    _assert_call_and_date(_read(rows), "2026-03-07", "05:30")


def test_a_japanese_sheet_with_a_yearless_date_and_a_call_in_kanji() -> None:
    rows: list[Row] = [
        (40, 40, "青空プロダクション 香盤表", 9),
        (200, 70, "海辺の町", 16),
        (40, 96, "撮影日： 3月7日(土)", 9),
        (40, 120, "集合時間", 9),
        (180, 120, "午前6時30分", 9),
        (40, 170, "ロケ地", 9),
        (40, 182, "由比ヶ浜海岸 神奈川県鎌倉市由比ガ浜4丁目", 9),
        (40, 210, "最寄り病院", 9),
        (40, 222, "鎌倉市立病院 神奈川県鎌倉市御成町 1-1", 9),
        (40, 260, "明日： 集合 午前7時", 8),
        (40, 740, "© 2026 青空プロダクション", 7),
    ]
    _assert_call_and_date(_read_words(rows), "2026-03-07", "06:30")


def test_a_sheet_dated_in_thai_in_the_buddhist_era() -> None:
    rows: list[Row] = [
        (40, 40, "Siam Pictures · CALL SHEET", 9),
        (200, 70, "THE RIVER", 16),
        (40, 96, "Date: วันเสาร์ที่ 7 มีนาคม 2569", 9),
        (40, 120, "Crew Call", 9),
        (180, 120, "06:30", 9),
        (40, 170, "Location", 9),
        (40, 182, "Wat Arun, 158 Thanon Wang Doem, Bangkok 10600", 9),
    ]
    _assert_call_and_date(_read_words(rows), "2026-03-07", "06:30")
