"""Shooting dates a careful reader is sure of, and the doubts that stay (issue 15).

- 'do 11-06-2026', 'Mar. 12/05/2026': a weekday abbreviation too short to read alone settles
  the day/month order of the numeric date it stands before, when it agrees with one order.
- A sheet that opens as tomorrow's plan ('Here is everything for tomorrow, Saturday, April
  11, 2026'; 'plan zdjęć na jutro') is sent the day before: its tomorrow is its day.

Rows are (x, baseline y, text, size) in points on a letter page.
"""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.scoring import SAFE
from pipeline.extract.reader.values import find_dates
from tests.fixtures.callsheets import column, render

Row = tuple[float, float, str, float]


def _day(rows: list[Row], **kw: Any) -> Any:
    return extract_document(render(rows, **kw)).to_json()["days"][0]


def _conf(day: Any, field: str) -> float:
    return float(day["field_confidence"][field])


# --- short weekday names ----------------------------------------------------------------------


def test_a_short_weekday_settles_the_order_of_a_numeric_date() -> None:
    (thursday,) = find_dates("DRAAIDAG do 11-06-2026")  # donderdag: 11 June, not 6 November
    assert (thursday.value, thursday.quality) == ("2026-06-11", 0.95)
    (tuesday,) = find_dates("FEUILLE DE SERVICE Mar. 12/05/2026")  # mardi 12 May
    assert tuesday.value == "2026-05-12" and tuesday.quality >= SAFE


def test_a_short_word_that_fits_no_order_or_ends_a_range_settles_nothing() -> None:
    (neither,) = find_dates("Sa 06/11/2026")  # 11 June is a Thursday, 6 November a Friday
    assert neither.quality < SAFE
    (ranged,) = find_dates("od 5.06 do 06-11-2026")  # Polish "from 5.06 to ...": no Thursday
    assert ranged.quality < SAFE


def _draaidag(date_line: str) -> list[Row]:
    return [
        (40, 40, "Maasfilm Producties", 10),
        (226, 60, "HAVENLICHT", 16),
        (46, 96, date_line, 11),
        *column(
            "Crew call 07:30", "Lunch 12:30", "Verwacht einde 17:30", x=46, top=130, size=9, step=13
        ),
        (300, 130, "Locatie: Hotel New York", 9),
        (300, 143, "Adres: Koninginnenhoofd 1", 9),
        (300, 156, "3072 AD Rotterdam", 9),
        (40, 200, "ZIEKENHUIS (SPOEDEISENDE HULP)", 9),
        (40, 212, "Erasmus MC, Dr. Molewaterplein 40, 3015 GD Rotterdam", 9),
    ]


def test_a_sheet_dated_with_a_short_weekday_is_sure_of_its_day() -> None:
    day = _day(_draaidag("DRAAIDAG do 11-06-2026"))
    assert day["shooting_date"] == "2026-06-11"
    assert _conf(day, "shooting_date") >= SAFE
    day = _day(_draaidag("SHOOT DAY 11-06-2026"))
    assert _conf(day, "shooting_date") < SAFE  # 11 June or 6 November?
    # (the sheet's Dutch name, 'DRAAIDAG', settles the order: date_order, reader85)
    day = _day(_draaidag("DRAAIDAG 11-06-2026"))
    assert day["shooting_date"] == "2026-06-11" and _conf(day, "shooting_date") >= SAFE


# --- a sheet written for tomorrow -------------------------------------------------------------


def _letter(opening: str, later: list[str] = ()) -> list[Row]:  # type: ignore[assignment]
    lines = [
        "Times",
        "• Crew call: 7:00am",
        "• Talent call: 7:45am",
        "• Wrap: 4:00pm",
        "Where",
        "We are shooting on the Zilker Park Great Lawn, 2100 Barton Springs Rd, Austin, TX 78746.",
        "Safety",
        "Nearest hospital: St. David's Medical Center, 919 E 32nd St, Austin, TX 78705.",
        *later,
    ]
    return [
        (72, 58, "BARTON SPRINGS - Call Sheet", 14),
        (72, 86, opening, 10),
        *column(*lines, x=72, top=120, size=10, step=16),
    ]


def test_a_sheet_that_opens_as_tomorrows_plan_is_sure_of_its_date() -> None:
    opening = (
        "Hi everyone! Here is everything for tomorrow, Saturday, April 11, 2026. See you there."
    )
    day = _day(_letter(opening), unicode_font=True)
    assert day["shooting_date"] == "2026-04-11"
    assert _conf(day, "shooting_date") >= SAFE


def test_tomorrows_date_on_a_sheet_that_prints_another_day_stays_explained() -> None:
    opening = (
        "Hi everyone! Here is everything for tomorrow, Saturday, April 11, 2026. See you there."
    )
    later = ["ADVANCE: Sunday, April 12, 2026 - Crew call 8:00am"]
    day = _day(_letter(opening, later), unicode_font=True)
    assert _conf(day, "shooting_date") < SAFE  # two days printed: which one is the sheet's?
