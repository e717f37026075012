"""A generic "Call Time" / "Call" label is weak: crew lists print it for everyone. Alone on
page 1 beside one time, with no other call label on the sheet, it is the day's call and needs
no review; beside a "Crew Call", a disagreeing second "Call", or in a cell below, it stays weak.
Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.scoring import SAFE
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]

HEAD: list[Row] = [
    (40, 40, "LAST TRAIN HOME", 16),
    (40, 60, "CALL SHEET", 10),
    (40, 80, "Date 3/12/2026", 9),
    (40, 140, "Set Austin Studios", 9),
    (40, 152, "1901 E 51st St, Austin, TX 78723", 9),
    (40, 170, "Hospital Dell Seton Medical Center", 9),
    (40, 182, "1500 Red River St, Austin, TX 78701", 9),
]


def _call(rows: list[Row]) -> tuple[Any, float]:
    day = extract_document(render(HEAD + rows)).to_json()["days"][0]
    return day["call_time"], day["field_confidence"]["call_time"]


def test_a_lone_call_time_beside_one_time_is_the_days_call() -> None:
    # Given the only call label on the sheet, beside one time, next to other labelled times
    rows = [
        (40, 100, "Call Time 0700", 9),
        (40, 112, "Shooting Call 0815", 9),
        (40, 124, "Lunch 1300", 9),
    ]
    # Then it is read as the call at a confidence that needs no review
    value, conf = _call(rows)
    assert value == "07:00"
    assert conf >= SAFE


def test_a_bare_call_cell_alone_is_the_days_call() -> None:
    value, conf = _call([(40, 100, "Call: 8:00 AM", 9), (40, 112, "Wrap: 6:00 PM", 9)])
    assert value == "08:00"
    assert conf >= SAFE


def test_a_crew_call_beside_it_still_decides() -> None:
    # Given a "Call Time" and a "Crew Call" that disagree: the crew call is the day's
    value, _ = _call([(40, 100, "Call Time 0630", 9), (40, 112, "Crew Call 0700", 9)])
    assert value == "07:00"


def test_a_second_generic_call_that_disagrees_keeps_it_in_review() -> None:
    # Given "Call Time 0700" and, lower, a crew list whose "Call" column starts at 06:00
    rows = [
        (40, 100, "Call Time 0700", 9),
        (40, 220, "NAME", 8),
        (200, 220, "POSITION", 8),
        (400, 220, "Call", 8),
        (40, 232, "Sam Okafor", 8),
        (200, 232, "1st AD", 8),
        (400, 232, "06:00", 8),
    ]
    _, conf = _call(rows)
    assert conf < SAFE


def test_a_call_time_with_more_than_a_time_beside_it_stays_weak() -> None:
    # Given "Call Time 0700 / 0800": two times, one label
    _, conf = _call([(40, 100, "Call Time 0700 / 0800", 9)])
    assert conf < SAFE


def test_a_call_time_heading_a_grid_cell_over_one_time_is_the_days_call() -> None:
    # Given a header grid: labels in a row, each value in the cell under it
    rows = [
        (40, 100, "DATE", 8),
        (160, 100, "Call Time", 8),
        (280, 100, "ARTIST CALL", 8),
        (400, 100, "WRAP", 8),
        (160, 112, "09:00", 9),
        (280, 112, "11:00", 9),
        (400, 112, "21:00", 9),
    ]
    value, conf = _call(rows)
    assert value == "09:00"
    assert conf >= SAFE


def test_a_call_column_of_a_crew_list_stays_weak() -> None:
    # Given a crew list whose "Call" column holds everyone's time
    rows = [
        (40, 100, "NAME", 8),
        (400, 100, "Call", 8),
        (40, 112, "Sam Okafor", 8),
        (400, 112, "06:00", 8),
        (40, 124, "Priya Nair", 8),
        (400, 124, "06:30", 8),
    ]
    _, conf = _call(rows)
    assert conf < SAFE
