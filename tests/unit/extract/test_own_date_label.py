"""A date that prints its own label ("Date: Wednesday 08 December 2027") is the day's, even when
an other-date label on the line above ("Call Sheet No. 5 - REVISED Day 5 of 30") reaches it.
Found by moving the clock a year ahead: the demo's revised sheet for 8 December 2027 read its
date at 0.2, because "REVISED" sat over the date's run only for that day's word widths."""

from __future__ import annotations

import datetime as dt

from pipeline.app.demo import sample_callsheet
from pipeline.extract import extract_document
from tests.fixtures.callsheets import column, render


def _date(data: bytes) -> tuple[str, float]:
    day = extract_document(data).to_json()["days"][0]
    return day["shooting_date"], day["field_confidence"]["shooting_date"]


def test_the_revised_sheet_of_the_day_that_failed_reads_its_date() -> None:
    assert _date(sample_callsheet(dt.date(2027, 12, 8), "07:30", revised=True)) == (
        "2027-12-08",
        1.0,
    )


def test_every_day_of_a_year_reads_its_date_on_the_sheet_and_its_revision() -> None:
    # the word widths of each weekday, day and month put the labels elsewhere on the page
    start = dt.date(2027, 1, 1)
    wrong = []
    for n in range(0, 365, 2):
        day = start + dt.timedelta(days=n)
        for revised in (False, True):
            got = _date(sample_callsheet(day, "07:30" if revised else "07:00", revised=revised))
            if got[0] != day.isoformat() or got[1] < 0.85:
                wrong.append((day.isoformat(), revised, got))
    assert wrong == []


def test_a_revision_date_on_its_own_line_is_still_not_the_shooting_date() -> None:
    rows = [(40, 50, "THE LONG ACRE", 18)]
    rows += column(
        "Call Sheet No. 5 - Day 5 of 30",
        "Revised: Monday 6 December 2027 18:40",
        "Date: Wednesday 8 December 2027",
        "UNIT CALL: 07:30",
        "Set Location: Plac Defilad 1, 00-901 Warszawa",
        x=40, top=80, size=10, step=16,
    )  # fmt: skip
    assert _date(render(rows))[0] == "2027-12-08"
