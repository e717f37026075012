"""A sheet that states the general crew call twice at different times (call_clash.py): the
call is read, warned about with both times, and sent to a person. Repeats that agree, and the
other calls a sheet prints (departments, talent, shooting, tomorrow's, another unit's), leave
it sure. Each sheet is drawn on a small page of its own; rows are (x, baseline y, text, size)
in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.call_clash import same_time
from pipeline.extract.reader.scoring import SAFE
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _sheet(header: list[Row], schedule: list[tuple[str, str]], extra: list[Row] = ()) -> bytes:
    """A header with the given call rows, a set, and a running order in two columns."""
    rows: list[Row] = [
        (40, 40, "Larkspur Lane Productions", 9),
        (40, 64, "SALT AND CEDAR", 16),
        (400, 40, "Wednesday, June 17, 2026", 9),
        *header,
        (40, 150, "Location", 9),
        (150, 150, "Old Boathouse, 12 Quay Street, Bristol BS1 4DB", 9),
        (40, 200, "RUNNING ORDER", 10),
    ]
    for n, (time, what) in enumerate(schedule):
        rows += [(40, 216 + 13 * n, time, 9), (110, 216 + 13 * n, what, 9)]
    return render([*rows, *extra], unicode_font=True)


def _call(data: bytes) -> tuple[str, float, list[str]]:
    day = read_day(data)
    clash = [w for w in day["warnings"] if w.startswith("call_time:")]
    return day["call_time"], day["field_confidence"]["call_time"], clash


# --- clashes: two statements of the general call ---------------------------------------------


@pytest.mark.parametrize(
    ("header", "schedule", "times"),
    [
        (  # a generic "Call time" in the header, the crew's call in the running order
            [(40, 96, "Call time:", 9), (150, 96, "7:00 AM", 9)],
            [("6:15 AM", "Hair / make-up"), ("7:30 AM", "Crew call"), ("8:15 AM", "First shot")],
            {"07:00", "07:30"},
        ),
        (  # "CREW CALL" in the header, a unit call row saying another time
            [(40, 96, "CREW CALL", 9), (150, 96, "0700", 9)],
            [("0630", "Breakfast"), ("0745", "Unit call at base"), ("0830", "Shooting call")],
            {"07:00", "07:45"},
        ),
        (  # "General call" beside, "General crew call, load in" in a row, 24-hour clock
            [(40, 96, "General call", 9), (150, 96, "06:30", 9)],
            [("06:00", "Riggers in"), ("07:00", "General crew call, load in"), ("12:30", "Lunch")],
            {"06:30", "07:00"},
        ),
        (  # a header grid cell: "UNIT CALL" over its time, and a crew call row
            [
                (40, 96, "UNIT CALL", 9),
                (40, 110, "8:00", 9),
                (200, 96, "WRAP", 9),
                (200, 110, "18:00", 9),
            ],
            [("7:00", "Catering open"), ("8:30", "Crew call - all departments")],
            {"08:00", "08:30"},
        ),
        (  # a designed card: a generic "CALL TIME" over its big time, a crew call row
            [(40, 92, "CALL TIME", 8), (40, 116, "7:00am", 20)],
            [("6:30am", "Crew call"), ("7:15am", "Blocking, scene 3")],
            {"07:00", "06:30"},
        ),
    ],
)
def test_two_statements_of_the_crew_call_put_it_in_doubt(
    header: list[Row], schedule: list[tuple[str, str]], times: set[str]
) -> None:
    value, conf, warnings = _call(_sheet(header, schedule))
    assert value in times
    assert conf < SAFE
    assert warnings and all(t in warnings[0] for t in times)


def test_a_crew_call_label_and_a_generic_call_label_that_disagree() -> None:
    header = [
        (40, 96, "Crew Call", 9),
        (150, 96, "9:00 AM", 9),
        (40, 124, "Call Time", 9),
        (150, 124, "8:30 AM", 9),
    ]
    value, conf, warnings = _call(_sheet(header, [("1:00 PM", "Lunch")]))
    assert value in {"09:00", "08:30"}
    assert conf < SAFE
    assert warnings and "09:00" in warnings[0] and "08:30" in warnings[0]


# --- no clash: repeats that agree, and everyone else's calls ---------------------------------


@pytest.mark.parametrize(
    ("header", "schedule"),
    [
        (  # the same call in the header and the running order, written two ways
            [(40, 96, "Crew call", 9), (150, 96, "7:00", 9)],
            [("7:00 AM", "Crew call"), ("8:00 AM", "First shot")],
        ),
        (  # a unit call row at the header's time, in its own clock
            [(40, 96, "Unit Call:", 9), (150, 96, "2:00 PM", 9)],
            [("14:00", "Unit call"), ("15:15", "Shooting call"), ("19:30", "Dinner")],
        ),
        (  # department, talent, pre-call, shooting and production calls around the crew's
            [(40, 96, "CREW CALL", 9), (150, 96, "07:30", 9)],
            [
                ("05:45", "Production call"),
                ("06:00", "Hair/MU call"),
                ("06:30", "Camera pre-call"),
                ("07:30", "Crew call"),
                ("08:30", "Talent call"),
                ("09:00", "Shooting call"),
            ],
        ),
        (  # only a generic "Call time" and the crew's row, agreeing
            [(40, 96, "Call time:", 9), (150, 96, "6:45 AM", 9)],
            [("6:45 AM", "Crew call, unload gear"), ("7:30 AM", "First setup")],
        ),
    ],
)
def test_calls_that_agree_or_are_someone_elses_leave_the_call_sure(
    header: list[Row], schedule: list[tuple[str, str]]
) -> None:
    _, conf, warnings = _call(_sheet(header, schedule))
    assert conf >= SAFE
    assert not warnings


@pytest.mark.parametrize(
    "line",
    [
        [(40, 110, "Call for riggers and electrics", 9), (220, 110, "6:00 AM", 9)],
        [(40, 110, "Call time wardrobe and hair", 9), (220, 110, "5:45 AM", 9)],
    ],
)
def test_a_generic_call_word_that_says_whose_is_no_clash(line: list[Row]) -> None:
    header = [(40, 96, "Crew Call", 9), (220, 96, "7:00 AM", 9), *line]
    value, conf, warnings = _call(_sheet(header, [("7:00 AM", "Crew call")]))
    assert value == "07:00"
    assert conf >= SAFE
    assert not warnings


def test_tomorrows_and_another_units_calls_are_no_clash() -> None:
    header = [(40, 96, "Crew Call", 9), (150, 96, "7:00 AM", 9)]
    extra = [
        (40, 320, "2nd Unit Call: 10:00 AM", 9),
        (40, 334, "Tomorrow's crew call: 6:00 AM", 9),
    ]
    value, conf, warnings = _call(_sheet(header, [("7:00 AM", "Crew call")], extra))
    assert value == "07:00"
    assert conf >= SAFE
    assert not warnings


def test_an_advance_schedules_crew_call_is_no_clash() -> None:
    header = [(40, 96, "Crew Call", 9), (150, 96, "07:00", 9)]
    extra = [
        (40, 320, "ADVANCE SCHEDULE - DAY 4", 10),
        (40, 336, "06:00", 9),
        (110, 336, "Crew call", 9),
        (40, 349, "07:00", 9),
        (110, 349, "Sc. 31 EXT. HARBOUR WALL", 9),
    ]
    value, conf, warnings = _call(_sheet(header, [("07:00", "Crew call")], extra))
    assert value == "07:00"
    assert conf >= SAFE
    assert not warnings


def test_a_cast_tables_call_column_is_no_clash() -> None:
    header = [(40, 96, "Crew Call", 9), (150, 96, "8:00 AM", 9)]
    extra = [
        (40, 320, "CAST", 10),
        (40, 334, "#", 9),
        (60, 334, "Artist", 9),
        (200, 334, "Character", 9),
        (320, 334, "Call", 9),
        (40, 347, "1", 9),
        (60, 347, "Priya Nair", 9),
        (200, 347, "Maud", 9),
        (320, 347, "9:30 AM", 9),
        (40, 360, "2", 9),
        (60, 360, "Tom Askew", 9),
        (200, 360, "Reg", 9),
        (320, 360, "10:15 AM", 9),
    ]
    value, conf, warnings = _call(_sheet(header, [("8:00 AM", "Crew call")], extra))
    assert value == "08:00"
    assert conf >= SAFE
    assert not warnings


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("07:00", "07:00", True), ("01:00", "13:00", True), ("07:00", "07:30", False)],
)
def test_same_time_reads_a_missing_meridiem_as_agreement(a: str, b: str, same: bool) -> None:
    assert same_time(a, b) is same
