"""Three wordings the reader misread (reader47), each drawn on small pages of its own: a
hospital's name with its department after it ('Mercy Hospital - Emergency Room', 'St Luke's
Medical Center, Emergency Department') is the name, not a second label that leaves the value
empty; a letter's dateline with no dating word ('Leeds, 3 March 2026') is when the paper was
written, no rival to the labelled date; a memo's lone 'Call:' line that says where ('Call:
7.15am at the boathouse') is the day's call. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import re

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85

_TOP: list[Row] = [
    (40, 40, "Harbour Light Films", 9),
    (40, 66, "The Long Tide", 18),
    (40, 100, "Date: Thursday 5 March 2026", 9),
    (40, 116, "Crew Call: 7:00 AM", 9),
    (40, 132, "Location: Saltpan Barn, 12 Marsh Lane, Wells NR23 1AB", 9),
    (40, 148, "Sunrise 6:31 AM   Sunset 5:52 PM", 9),
]


def _hospital(rows: list[Row]) -> dict:
    return read_day(render(_TOP + rows, unicode_font=True))


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("NEAREST HOSPITAL", "Mercy General Hospital - Emergency Room"),
        ("EMERGENCY ROOM", "St Luke's Medical Center, Emergency Department"),
        ("Nearest A&E", "Queen Elizabeth Hospital \u2013 Emergency Dept"),
    ],
)
def test_a_name_with_its_department_under_a_heading(heading: str, name: str) -> None:
    day = _hospital(
        [
            (40, 180, heading, 9),
            (40, 194, name, 9),
            (40, 208, "4100 Harbor Blvd", 9),
            (40, 222, "Oxnard, CA 93035", 9),
        ]
    )
    read = day["hospital"]["name"]
    hospital = re.split(r",| [-\u2013] ", name)[0]
    assert read is not None and read.startswith(hospital)
    assert day["field_confidence"]["hospital"] >= SURE


def test_a_name_with_its_department_after_the_label() -> None:
    line = "Hospital: Mercy Hospital - Emergency Department, 4100 Harbor Blvd"
    day = _hospital([(40, 180, line, 9)])
    assert day["hospital"]["name"].startswith("Mercy Hospital")


def test_a_gloss_after_a_slash_stays_a_label() -> None:
    """'KLINIK / HOSPITAL': the label said again in another language, not a name's department."""
    day = _hospital(
        [
            (40, 180, "KLINIK / HOSPITAL", 9),
            (40, 194, "Asklepios Klinik Altona", 9),
            (40, 208, "Paul-Ehrlich-Str. 1, 22763 Hamburg", 9),
        ]
    )
    assert day["hospital"]["name"] == "Asklepios Klinik Altona"


def test_a_label_after_its_value_stays_a_label() -> None:
    """'Royal Victoria Infirmary   NEAREST A&E': no dash or comma, the label printed after."""
    day = _hospital(
        [
            (40, 180, "Royal Victoria Infirmary", 9),
            (300, 180, "NEAREST A&E", 9),
            (40, 194, "Queen Victoria Rd, Newcastle NE1 4LP", 9),
        ]
    )
    assert day["hospital"]["name"] == "Royal Victoria Infirmary"


def test_a_department_heading_alone_stays_a_label() -> None:
    """'Nearest Hospital - Emergency Department' heads the cell: the name is the line under."""
    day = _hospital(
        [
            (40, 180, "Nearest Hospital - Emergency Department", 9),
            (40, 194, "Mercy General Hospital", 9),
            (40, 208, "4100 Harbor Blvd, Oxnard, CA 93035", 9),
        ]
    )
    assert day["hospital"]["name"] == "Mercy General Hospital"


def _dated(corner: str, date_line: str | None) -> dict:
    rows: list[Row] = [
        (40, 40, "Brickfield Pictures", 9),
        (400, 40, corner, 9),
        (40, 70, "Northern Lights", 18),
        (40, 116, "Unit call: 07:30", 9),
        (40, 132, "Location: Corn Exchange, Call Lane, Leeds LS1 7BR", 9),
        (40, 148, "Sunrise 06:31   Sunset 17:52", 9),
    ]
    if date_line:
        rows.append((40, 100, date_line, 9))
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("corner", "date_line", "want"),
    [
        ("Leeds, 3 March 2026", "Shoot date: Thursday 5 March 2026", "2026-03-05"),
        ("Gdańsk, 03.03.2026", "Data zdjęć: 05.03.2026", "2026-03-05"),
        ("Saint-Malo, 3 mars 2026", "Date : jeudi 5 mars 2026", "2026-03-05"),
    ],
)
def test_a_bare_dateline_is_no_rival_to_the_labelled_date(
    corner: str, date_line: str, want: str
) -> None:
    day = _dated(corner, date_line)
    assert day["shooting_date"] == want
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_a_weekday_before_the_comma_is_no_town() -> None:
    """'Tuesday, 3 March 2026' in the corner is a date of its own: still a rival."""
    day = _dated("Tuesday, 3 March 2026", "Date: Thursday 5 March 2026")
    assert day["field_confidence"]["shooting_date"] < SURE


def test_a_dateline_alone_still_dates_the_sheet() -> None:
    day = _dated("Leeds, 5 March 2026", None)
    assert day["shooting_date"] == "2026-03-05"


def _memo(call_line: str) -> dict:
    rows: list[Row] = [
        (40, 40, "From: Maya Ortiz <maya@tidewaterfilms.com>", 9),
        (40, 54, "Subject: Marsh Song - details for Friday", 9),
        (40, 68, "Date: Mon 2 Mar 2026 18:02", 9),
        (40, 96, "Hi everyone, here is the plan for Friday's shoot on Marsh Song.", 9),
        (40, 112, "Date: Friday, 6 March 2026", 9),
        (40, 128, call_line, 9),
        (40, 144, "Location: Blackwater Boathouse, 2 Quay Rd, Maldon CM9 5HN", 9),
        (40, 160, "Sunrise 6:27am, sunset 5:56pm.", 9),
        (40, 176, "Nearest hospital: Broomfield Hospital, Court Rd, Chelmsford CM1 7ET", 9),
        (40, 204, "Thanks, Maya", 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Call: 7.15am at the boathouse slipway", "07:15"),
        ("Call time: 06:45 on location (north gate)", "06:45"),
        ("Call: 9am crew call in the car park", "09:00"),
    ],
)
def test_a_memo_call_line_that_says_where(line: str, want: str) -> None:
    day = _memo(line)
    assert day["call_time"] == want
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_memo_call_line_with_a_second_time_stays_in_doubt() -> None:
    day = _memo("Call: 7.15am at the boathouse, cast at 9am")
    assert day["field_confidence"]["call_time"] < SURE
