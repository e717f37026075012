"""A date followed by the minute it was made ("v3 · 13.05.2026 20:14", "PINK REVISION ·
7/16/26 6:15 PM"), with no weekday, is when the sheet was written or exported: the shooting
date printed with its weekday is the day's, without doubt. Rows are (x, baseline y, text,
size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.scoring import SAFE
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]

BODY: list[Row] = [
    (40, 140, "Crew call 07:00", 9),
    (40, 160, "LOCATION", 9),
    (40, 172, "Congress Hall, pl. Defilad 1, 00-901 Warszawa", 9),
]


def _date(rows: list[Row]) -> tuple[Any, float]:
    day = extract_document(render(rows + BODY, unicode_font=True)).to_json()["days"][0]
    return day["shooting_date"], day["field_confidence"]["shooting_date"]


@pytest.mark.parametrize(
    ("stamp", "shoot", "want"),
    [
        ("v3 · 13.05.2026 20:14", "czwartek, 14.05.2026", "2026-05-14"),
        ("PINK REVISION · 7/16/26 6:15 PM", "Fri 7/17/26", "2026-07-17"),
        ("Exported 2026-03-09 at 18:02", "Tuesday 10 March 2026", "2026-03-10"),
    ],
)
def test_a_date_stamped_with_a_clock_time_is_not_the_shooting_date(
    stamp: str, shoot: str, want: str
) -> None:
    # Given a header with the sheet's stamp and, lower, the day's date with its weekday
    rows = [(40, 40, "ZIMNA WOJNA", 16), (40, 60, stamp, 8), (40, 90, shoot, 10)]
    value, conf = _date(rows)
    # Then the day's date is read, sure enough to need no review
    assert value == want
    assert conf >= SAFE


def test_a_weekday_keeps_a_date_followed_by_the_call_the_days_date() -> None:
    # Given "Thursday 14 May 2026 07:00": the day and its call on one line, no other date
    rows = [(40, 40, "ZIMNA WOJNA", 16), (40, 60, "Thursday 14 May 2026 07:00", 10)]
    value, conf = _date(rows)
    assert value == "2026-05-14"
    assert conf >= SAFE
