# ruff: noqa: RUF001
"""General rules from the eighth held-out set (fresh7 misses): Finnish, Turkish and Indonesian
dates, labels and times, a banner row's far time and a revised call, each drawn on a small page
of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.dates import find_dates
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]


def _read(rows: list[Row]) -> dict[str, Any]:
    result = extract_document(render(rows, unicode_font=True)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("keskiviikko 22. huhtikuuta 2026", "2026-04-22"),  # Finnish, partitive month
        ("pe 9.10.2026", "2026-10-09"),  # Finnish d.m.yyyy
        ("Tarih: 11 Kasım 2026 Çarşamba", "2026-11-11"),  # Turkish, weekday after
        ("Jumat, 4 Desember 2026", "2026-12-04"),  # Indonesian
    ],
)
def test_finnish_turkish_indonesian_dates(text: str, iso: str) -> None:
    assert [p.value for p in find_dates(text)] == [iso]


def test_a_turkish_sheet_in_capitals_reads_call_sun_and_hospital() -> None:
    # Given Turkish labels in capitals (dotted İ) and times with a full stop
    rows = [
        (40, 40, "Mavi Yapım · GÜNLÜK ÇEKİM PROGRAMI", 9),
        (200, 70, "SAHİL EVİ", 16),
        (40, 96, "Tarih: 11 Kasım 2026 Çarşamba", 9),
        (40, 120, "EKİP TOPLANMA", 9),
        (180, 120, "08.00", 9),
        (40, 150, "Gün doğumu: 07.02   Gün batımı: 17.01", 9),
        (40, 180, "EN YAKIN HASTANE (ACİL)", 9),
        (40, 192, "Bodrum Devlet Hastanesi", 9),
        (40, 204, "Kıbrıs Şehitleri Cd. No:1, 48400 Bodrum/Muğla", 9),
        (40, 240, "Yarın: ekip toplanma 07.30", 8),
    ]
    day = _read(rows)
    assert day["shooting_date"] == "2026-11-11"
    assert day["call_time"] == "08:00"  # not tomorrow's
    assert (day["sunrise"], day["sunset"]) == ("07:02", "17:01")
    assert day["hospital"]["name"].startswith("Bodrum Devlet Hastanesi")


def test_an_indonesian_time_zone_is_part_of_the_time() -> None:
    rows = [
        (40, 40, "Lentera Films   JADWAL SYUTING", 9),
        (200, 70, "LANGIT TIMUR", 16),
        (40, 96, "Hari / Tanggal : Jumat, 4 Desember 2026", 9),
        (40, 112, "Kumpul kru : 05.45 WITA", 9),
        (40, 140, "MATAHARI", 9),
        (40, 152, "Terbit 05.41 WITA · Terbenam 18.22 WITA", 9),
        (40, 200, "Besok: kumpul kru 06.00 WITA", 8),
    ]
    day = _read(rows)
    assert (day["shooting_date"], day["call_time"]) == ("2026-12-04", "05:45")
    assert (day["sunrise"], day["sunset"]) == ("05:41", "18:22")


def test_a_banner_row_owns_its_far_time_and_a_revision_wins_unconfirmed() -> None:
    # Given a Finnish banner: the call label at the left, its time alone at the far right
    rows = [
        (40, 40, "PÄIVÄOHJELMA", 9),
        (200, 70, "MERITUULI", 16),
        (40, 96, "pe 9.10.2026", 9),
        (50, 130, "TYÖRYHMÄN YLEISKUTSU", 10),
        (510, 130, "07.15", 12),
        (40, 160, "LÄHIN PÄIVYSTYS", 9),
        (40, 172, "Oulun yliopistollinen sairaala, Kajaanintie 50, 90220 Oulu", 9),
    ]
    day = _read(rows)
    assert (day["shooting_date"], day["call_time"]) == ("2026-10-09", "07:15")
    # When a revised call is printed above the same banner
    revised = _read([(40, 24, "*** REVISED CALL: 7:45 ***", 9), *rows])
    # Then the revision is read, with less trust and a warning
    assert revised["call_time"] == "07:45"
    assert revised["confidence"] < 0.85
    assert any("revised" in w for w in revised["warnings"])


def test_a_yearless_date_takes_the_year_after_the_issue_date() -> None:
    # Given a heading date without a year, and the issue line with a full date
    rows = [
        (40, 40, "CALL SHEET", 10),
        (200, 70, "LOW TIDE   FRIDAY 8TH JANUARY", 14),
        (40, 100, "CREW CALL 07:00", 9),
        (40, 130, "NEAREST A&E", 9),
        (40, 142, "Royal Cornwall Hospital, Treliske, Truro TR1 3LJ", 9),
        (40, 700, "Issued Thursday 31/12/2026 17:00 - v2", 7),
    ]
    day = _read(rows)
    # Then the shooting date is the first 8 January after the issue date (a Friday), not it
    assert day["shooting_date"] == "2027-01-08"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_a_yearless_date_without_a_weekday_is_unsure() -> None:
    rows = [
        (40, 40, "CALL SHEET", 10),
        (200, 70, "LOW TIDE   8TH JANUARY", 14),
        (40, 100, "CREW CALL 07:00", 9),
        (40, 700, "Printed 31/12/2026 17:00", 7),
    ]
    day = _read(rows)
    assert day["shooting_date"] == "2027-01-08"
    assert day["field_confidence"]["shooting_date"] < 0.85
    assert any("year not printed" in w for w in day["warnings"])


def test_a_daily_production_report_and_a_casting_call_are_other() -> None:
    # Given a report of a day already shot: its calls, set and date are what happened
    report = [
        (40, 40, "DAILY PRODUCTION REPORT", 12),
        (40, 60, "NORTH SHORE - Day 4 of 20   Date: Thursday, June 4, 2026", 9),
        (40, 80, "Crew call 6:30 AM   First shot 7:48 AM   Actual wrap 7:05 PM", 9),
        (40, 100, "Location: Mill Pond Park, 12 Shore Rd, Portland, ME 04101", 9),
        (40, 120, "Scenes completed: 12, 13   Scenes not completed: 14", 9),
        (40, 140, "Setups 31 / takes 88   Minutes shot 6:40", 9),
        (40, 160, "Delays: none   Injuries: none", 9),
    ]
    result = extract_document(render(report)).to_json()
    assert result["document_type"] == "other"
    # Given an open casting call: a date, hours and a place, but roles sought and how to apply
    casting = [
        (40, 40, "OPEN CASTING CALL", 12),
        (40, 60, "Saturday, March 7, 2026   9:00 AM - 2:00 PM", 9),
        (40, 80, "Grange Hall, 40 Main St, Bangor, ME 04401", 9),
        (40, 100, "Seeking: fishermen, teachers, ages 20-70. No experience needed.", 9),
        (40, 120, "Bring a headshot, or submit online by March 5.", 9),
    ]
    assert extract_document(render(casting)).to_json()["document_type"] == "other"


def test_a_finnish_sheet_reads_numeric_dates_day_first() -> None:
    # Given a Finnish päiväohjelma whose date is printed d.m.yyyy with no weekday
    rows = [
        (40, 40, "PÄIVÄOHJELMA", 9),
        (200, 70, "MERITUULI", 16),
        (40, 96, "Päivämäärä: 7.5.2026", 9),
        (40, 120, "Kokoontuminen klo 7.30", 9),
    ]
    day = _read(rows)
    # Then "7.5." is 7 May, as the locale writes it, and trusted
    assert day["shooting_date"] == "2026-05-07"
    assert day["field_confidence"]["shooting_date"] >= 0.85
