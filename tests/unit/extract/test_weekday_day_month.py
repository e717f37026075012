"""A day headed by its weekday and a day/month with no year ("DAY 14 - TUES 17/03", UK and
Australian unit sheets): the weekday makes the two numbers a date and settles its year. Two
numbers with no weekday before them stay no date (a scene's pages, a fraction)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.dates import dates_on_or_after, find_dates
from tests.fixtures.callsheets import column, render


@pytest.mark.parametrize(
    "text, want",
    [
        ("DAY 14 - TUES 17/03", "2026-03-17"),
        ("Weds 18.03", "2026-03-18"),
        ("THURSDAY 19/3", "2026-03-19"),
        ("Tue 3/17", "2026-03-17"),  # month first: 17 is no month
    ],
)
def test_a_weekday_before_day_and_month_is_a_date_whose_weekday_settles_the_year(
    text: str, want: str
) -> None:
    found = dates_on_or_after(text, dt.date(2026, 3, 1))
    assert [(d.value, d.quality) for d in found] == [(want, 0.95)]


@pytest.mark.parametrize("text", ["Sc. 3/7", "pages 17/03", "Unit 2 of 3/4", "Tues 31/02"])
def test_two_numbers_without_a_weekday_before_them_are_no_date(text: str) -> None:
    assert find_dates(text, yearless=True) == []


def test_a_sheet_headed_by_weekday_and_day_month_is_read_with_the_years_weekday() -> None:
    rows = [(40, 50, "SALT LINES", 18), (40, 74, "CALL SHEET  -  DAY 14 - TUES 17/03", 11)]
    rows += column(
        "Unit call: 07:00",
        "Location: 1 Canal St, Manchester M1 3HE",
        "Nearest A&E: Manchester Royal Infirmary, Oxford Rd, Manchester M13 9WL",
        "Printed 16/03/2026 18:40",
        x=40, top=110, size=10, step=16,
    )  # fmt: skip
    day = extract_document(render(rows)).to_json()["days"][0]
    assert day["shooting_date"] == "2026-03-17"
