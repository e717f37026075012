# ruff: noqa: RUF001  (Cyrillic labels: the letters are meant)
"""General rules from the seventh held-out set (fresh6 misses): Hungarian, Ukrainian and Russian
dates and labels, and near-miss paperwork read as `other`, each on a small page of its own.
Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.dates import find_dates
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]


def _read(rows: list[Row]) -> dict[str, Any]:
    return extract_document(render(rows, unicode_font=True)).to_json()


def _day(rows: list[Row]) -> Any:
    result = _read(rows)
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026. október 6., kedd", "2026-10-06"),  # Hungarian, year first, month name
        ("2026. okt. 6. (kedd)", "2026-10-06"),  # Hungarian abbreviated month
        ("2026.10.06. (kedd)", "2026-10-06"),  # Hungarian numeric
        ("вівторок, 6 жовтня 2026 р.", "2026-10-06"),  # Ukrainian genitive
        ("вторник, 6 октября 2026 г.", "2026-10-06"),  # Russian genitive
    ],
)
def test_hungarian_ukrainian_and_russian_dates(text: str, iso: str) -> None:
    assert [p.value for p in find_dates(text)] == [iso]


def test_the_word_for_sheet_is_no_month() -> None:
    # Ukrainian "лист" is November's abbreviation and the "sheet" of "викликний лист"
    assert find_dates("ВИКЛИКНИЙ ЛИСТ 8 2026") == []


def test_a_hungarian_sheet_reads_date_call_set_sun_and_hospital() -> None:
    # Given a Hungarian label column with a sent date beside the shooting date
    rows = [
        (40, 40, "Gyártó: Balaton Film Kft.", 8),
        (420, 40, "NAPI DISZPOZÍCIÓ", 11),
        (200, 80, "TIHANYI CSEND", 16),
        (40, 110, "Forgatási nap dátuma: 2026. október 6., kedd", 9),
        (400, 110, "Kiküldve: 2026.10.05. 18:00", 7),
        (40, 130, "Stáb gyülekező: 7:15", 9),
        (40, 150, "Helyszín: Tihanyi Apátság", 9),
        (40, 164, "Cím: 8237 Tihany, András tér 1.", 9),
        (40, 184, "Napkelte: 6:52", 9),
        (200, 184, "Napnyugta: 18:31", 9),
        (40, 210, "Legközelebbi kórház: Balatonfüredi Szívkórház", 9),
        (40, 236, "Holnap: gyülekező 6:45", 8),
    ]
    day = _day(rows)
    assert day["shooting_date"] == "2026-10-06"
    assert day["call_time"] == "07:15"
    assert "András tér 1" in day["location"]
    assert (day["sunrise"], day["sunset"]) == ("06:52", "18:31")
    assert day["hospital"]["name"].startswith("Balatonfüredi")


@pytest.mark.parametrize(
    ("title", "date", "when", "call", "sun", "venue", "addr", "hosp"),
    [
        (
            "ВИКЛИКНИЙ ЛИСТ",
            "Дата зйомки",
            "6 жовтня 2026 р.",
            "Загальний збір групи",
            "Схід / захід сонця",
            "Локація",
            "Адреса",
            "Найближча лікарня",
        ),
        (
            "ВЫЗЫВНОЙ ЛИСТ",
            "Дата съёмки",
            "6 октября 2026 г.",
            "Общий сбор группы",
            "Восход / закат",
            "Объект",
            "Адрес",
            "Ближайшая больница",
        ),
    ],
)
def test_a_cyrillic_label_table_reads_date_call_set_and_sun(
    title: str, date: str, when: str, call: str, sun: str, venue: str, addr: str, hosp: str
) -> None:
    # Given a ruled label / value table: the set's name, then its address (street first)
    rows = [
        (400, 40, title, 11),
        (200, 80, "ЗИМОВИЙ САД", 16),
        (40, 110, date, 9),
        (200, 110, when, 9),
        (40, 128, call, 9),
        (200, 128, "7:30", 9),
        (40, 146, sun, 9),
        (200, 146, "7:05 / 18:40", 9),
        (40, 164, venue, 9),
        (200, 164, "Пасаж", 9),
        (40, 182, addr, 9),
        (200, 182, "вул. Хрещатик, 22, Київ, 01001", 9),
        (40, 200, hosp, 9),
        (200, 200, "Олександрівська лікарня", 9),
        (40, 228, "Завтра: збір групи 6:30", 8),
    ]
    day = _day(rows)
    assert day["shooting_date"] == "2026-10-06"
    assert day["call_time"] == "07:30"
    assert (day["sunrise"], day["sunset"]) == ("07:05", "18:40")
    assert "Хрещатик, 22" in day["location"]


def test_a_boxed_call_owns_the_time_at_its_right_before_the_timeline_below() -> None:
    # Given a call label in a box, its time flush right in the box, and under it a day's
    # timeline whose rows start with their own times
    rows = [
        (420, 40, "NAPI DISZPOZÍCIÓ", 11),
        (200, 80, "TIHANYI CSEND", 16),
        (40, 110, "Forgatási nap dátuma: 2026. október 6., kedd", 9),
        (48, 140, "STÁBHÍVÁS", 10),
        (230, 140, "7.30 óra", 14),
        (40, 170, "IDŐPONTOK", 9),
        (40, 186, "6.15 óra", 8.5),
        (100, 186, "Gyártás, helyszín nyitás", 8.5),
        (40, 199, "6.45 óra", 8.5),
        (100, 199, "Smink, fodrász, jelmez", 8.5),
        (40, 220, "Helyszín: Tihanyi Apátság, 8237 Tihany, András tér 1.", 9),
    ]
    day = _day(rows)
    # Then the call is the box's time, not the timeline's first row
    assert day["call_time"] == "07:30"
