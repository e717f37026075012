"""Rules the fresh72 session's reader72 added (test_reader72_rules.py holds an earlier reader72's),
drawn in wordings and layouts of their own (not fresh72's sheets): a production schedule's one
row named the shoot dates the call sheet printed with it; the two ends of a range of dates are
a window (a permit's validity, a hold), no rivals to a date the sheet prints inside it; a
bracket after a commercial's title that opens with a spot length is its deliverables, no part
of the title; a generic STUDIO label over a place whose own name says Studios, with its whole
address, heads that place as surely as a LOCATION label.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.reader.date_windows import windows
from pipeline.extract.reader.title import clean_title
from pipeline.extract.reader.values import find_dates
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


# --- 1. a production schedule's SHOOT row ------------------------------------------------------


def _timeline(rows: list[str], band: str) -> bytes:
    """A production company's one-pager: the job's timeline over the day's call sheet."""
    out: list[Row] = [
        (40, 40, "Northlight Content", 14),
        (40, 58, "Job 7731 · Client: Prairie Grain Co. · Product: Harvest Oat Bars", 9),
        (40, 90, "JOB TIMELINE", 11),
        (40, 104, "STEP                     DATE", 8),
        *column(*rows, x=40, top=118, size=9, step=13),
        (40, 200, band, 11),
        (40, 220, "Crew call 7:00 AM", 10),
        (40, 234, "Talent call 8:30 AM", 10),
        *column(
            "SET",
            "Willow Creek Farm",
            "4120 County Rd 12",
            "Grand Forks, ND 58201",
            x=40,
            top=262,
            size=9,
            step=12,
        ),
        *column(
            "EMERGENCY ROOM",
            "Altru Hospital",
            "1200 S Columbia Rd",
            "Grand Forks, ND 58201",
            x=300,
            top=262,
            size=9,
            step=12,
        ),
    ]
    return render(out)


_ROWS = [
    "Pre-pro call    Mon 9/14/26",
    "Wardrobe fitting    Wed 9/16/26",
    "Shoot    Fri 9/18/26",
    "First edit    Tue 9/22/26",
    "Final delivery    Fri 10/9/26",
]


def test_the_schedules_shoot_row_dates_the_call_sheet() -> None:
    day = read_day(_timeline(_ROWS, "CALL SHEET (shoot date above)"))
    assert day["shooting_date"] == "2026-09-18"
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_the_shoot_row_agrees_with_the_bands_date() -> None:
    day = read_day(_timeline(_ROWS, "CALL SHEET - Shoot day 1 of 1 - Fri 9/18/26"))
    assert day["shooting_date"] == "2026-09-18"
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_a_schedule_with_no_shoot_row_is_reviewed() -> None:
    rows = [r.replace("Shoot ", "Tech recce ") for r in _ROWS]
    day = read_day(_timeline(rows, "CALL SHEET"))
    assert day["field_confidence"]["shooting_date"] < SURE


def test_a_schedule_with_two_shoot_days_is_reviewed() -> None:
    rows = [*_ROWS[:2], "Shoot day 1    Fri 9/18/26", "Shoot day 2    Sat 9/19/26", *_ROWS[3:]]
    day = read_day(_timeline(rows, "CALL SHEET"))
    assert day["field_confidence"]["shooting_date"] < SURE


def test_a_scout_row_is_no_shoot_row() -> None:
    rows = [*_ROWS[:2], "Tech scout    Fri 9/18/26", *_ROWS[3:]]
    day = read_day(_timeline(rows, "CALL SHEET"))
    assert day["field_confidence"]["shooting_date"] < SURE


# --- 2. a range of dates is a window -----------------------------------------------------------


def _permit(permit: str, date: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "Salt Marsh Pictures", 10),
        (40, 64, "TIDEWATER", 18),
        (40, 86, "CALL SHEET", 11),
        (40, 110, permit, 9),
        (40, 124, "Site supervisor: R. Okafor (Parks Dept.)", 9),
        (40, 150, f"Date: {date}", 10),
        (40, 166, "Unit call: 6:30 AM", 10),
        (40, 190, "Location: Bay Point Boardwalk, 200 Shore Dr, Cape May, NJ 08204", 9),
        (40, 206, "Hospital: Cape Regional Medical Center, 2 Stone Harbor Blvd,", 9),
        (40, 218, "Cape May Court House, NJ 08210", 9),
    ]
    return render(rows)


@pytest.mark.parametrize(
    "permit",
    [
        "County film permit FP-2231, valid 10/5/26 through 10/9/26",
        "Beach access permit (10/5/26 - 10/9/26), 20 persons max",
        "Boardwalk hold: October 5 to October 9, 2026",
    ],
)
def test_a_date_inside_a_permits_window_is_the_day(permit: str) -> None:
    day = read_day(_permit(permit, "Wed 10/7/26"))
    assert day["shooting_date"] == "2026-10-07"
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_a_date_outside_the_window_leaves_the_ends_as_rivals() -> None:
    # the sheet's day falls outside its permit: a person looks at it
    day = read_day(_permit("County film permit FP-2231, valid 10/5/26 - 10/9/26", "Mon 10/12/26"))
    assert day["field_confidence"]["shooting_date"] < SURE


def _spans(text: str) -> list[tuple[dt.date, dt.date]]:
    return sorted(set(windows(text, find_dates(text, us_order=True), True).values()))


def test_window_ends_are_read() -> None:
    d = dt.date
    assert _spans("valid 6/7/27 - 6/9/27") == [(d(2027, 6, 7), d(2027, 6, 9))]
    assert _spans("from Mon 6/7/27 through Wed 6/9/27") == [(d(2027, 6, 7), d(2027, 6, 9))]
    assert _spans("hold June 7 to June 9, 2027") == [(d(2027, 6, 7), d(2027, 6, 9))]
    assert _spans("Dec 28 - Jan 3, 2027") == [(d(2026, 12, 28), d(2027, 1, 3))]


@pytest.mark.parametrize(
    "text",
    [
        "Fri 3/6/26 - Sat 3/7/26",  # a night's two dates: one date, no range
        "6/9/27 - 6/7/27",  # backwards: no span
        "Prep 6/7/27, shoot 6/9/27",  # two dates, no range between them
        "6/7/26 - 6/9/27",  # over a year apart
    ],
)
def test_no_window(text: str) -> None:
    assert _spans(text) == []


# --- 3. a bracket opening with a spot length ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Harvest Oat Bars (:30 "Morning Field" and :15 cutdown)', "Harvest Oat Bars"),
        ("Prairie Boots (:60 and stills)", "Prairie Boots"),
        ('Cold Brew Co (30" TV, 6" bumpers)', "Cold Brew Co"),
        ("Lakeside Bank (2 x :15 pre-roll)", "Lakeside Bank"),
    ],
)
def test_a_bracket_opening_with_a_spot_length_is_cut(text: str, title: str) -> None:
    assert clean_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        'Song (Take 30")',  # a length inside the bracket, not opening it
        "Heat (30s)",  # a bare '30s' may be a decade
        "Untitled (30 Rock parody)",
        "Route 66 (Director's Cut)",
    ],
)
def test_other_brackets_stay(text: str) -> None:
    assert clean_title(text) == text


# --- 4. STUDIO over a place that names itself a studio -----------------------------------------


def _stage_day(first: list[str], second: list[str] | None = None) -> bytes:
    rows: list[Row] = [
        (40, 40, "STAGE 4", 10),
        (40, 64, "CORNER BAKERY", 18),
        (40, 84, "Episode 6 - Taping day", 10),
        (40, 100, "Thursday, February 11, 2027", 10),
        (40, 124, "CREW CALL", 8),
        (40, 138, "9:00 AM", 14),
        (200, 124, "CAST CALL", 8),
        (200, 138, "10:00 AM", 14),
        *column(*first, x=40, top=180, size=9, step=12),
        *column(
            "NEAREST ER",
            "Providence Saint Joseph Medical Center",
            "501 S Buena Vista St",
            "Burbank, CA 91505",
            x=40,
            top=260,
            size=9,
            step=12,
        ),
    ]
    if second:
        rows += column(*second, x=300, top=180, size=9, step=12)
    return render(rows)


_STUDIO = ["STUDIO", "Magnolia Park Studios", "3300 W Olive Ave", "Burbank, CA 91505"]


def test_studio_over_a_place_named_studios_is_sure() -> None:
    day = read_day(_stage_day(_STUDIO))
    assert day["location"].startswith("3300 W Olive Ave")
    assert day["field_confidence"]["location"] >= 0.9


def test_studio_over_another_name_keeps_its_doubt() -> None:
    lines = ["STUDIO", "Magnolia Park Productions", "3300 W Olive Ave", "Burbank, CA 91505"]
    day = read_day(_stage_day(lines))
    assert day["location"].startswith("3300 W Olive Ave")
    assert day["field_confidence"]["location"] < 0.9


def test_a_location_label_still_outranks_the_studio() -> None:
    location = ["LOCATION", "Verdugo Park", "1621 Canada Blvd", "Glendale, CA 91208"]
    day = read_day(_stage_day(_STUDIO, location))
    assert day["location"].startswith("1621 Canada Blvd")
