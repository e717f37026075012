"""Rules of reader64, drawn on small pages of their own (rows are (x, baseline y, text, size)
in points): on another unit's own sheet (a second, splinter or aerial unit's band), the main
unit's call printed for reference is never the sheet's call, and the call its own unit's
label gives is read at full strength; on a main unit's sheet, another unit's call stays weak."""

from __future__ import annotations

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _unit_sheet(band: str, own: str, own_time: str, main: str, main_time: str) -> dict:
    rows: list[Row] = [
        (40, 40, band, 16),
        (40, 62, "NORTHERN DRIVE", 14),
        (380, 62, "Wednesday, March 11, 2026", 10),
        (40, 78, "Pinewood Lane Pictures", 9),
        (40, 110, own, 10),
        (200, 110, f"{main} {main_time}", 9),
        (40, 136, own_time, 22),
        (40, 170, "LOCATION", 9),
        (40, 184, "Riverside Mill, 120 Water St, Easton, PA 18042", 9),
        (40, 210, "NEAREST HOSPITAL", 9),
        (40, 224, "St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
        (40, 250, "Sunrise 7:12 AM   Sunset 7:08 PM", 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    ("band", "own", "own_time", "main", "main_time", "want"),
    [
        ("SECOND UNIT", "2ND UNIT CALL", "6:15 AM", "First unit call", "7:45 AM", "06:15"),
        ("B-UNIT", "B UNIT CREW CALL", "0930", "Main unit crew call", "0800", "09:30"),
        ("Splinter Unit", "SPLINTER UNIT CALL", "10:00a", "1st Unit call (ref.)", "8:00a", "10:00"),
    ],
)
def test_another_units_sheet_reads_its_own_call(
    band: str, own: str, own_time: str, main: str, main_time: str, want: str
) -> None:
    day = _unit_sheet(band, own, own_time, main, main_time)
    assert day["call_time"] == want


def test_the_main_units_call_alone_is_never_sure_on_another_units_sheet() -> None:
    rows: list[Row] = [
        (40, 40, "2ND UNIT", 16),
        (40, 62, "NORTHERN DRIVE", 14),
        (380, 62, "Wednesday, March 11, 2026", 10),
        (40, 110, "Main unit call: 7:45 AM", 10),
        (40, 170, "Location: Riverside Mill, 120 Water St, Easton, PA 18042", 9),
        (40, 210, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] is None or day["field_confidence"]["call_time"] < SURE


def test_a_main_units_sheet_keeps_its_main_unit_call() -> None:
    """Negative: no unit band; 'Main unit call' is the sheet's own, a 2nd unit's call beside
    it is another unit's."""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 62, "NORTHERN DRIVE", 14),
        (380, 62, "Wednesday, March 11, 2026", 10),
        (40, 110, "MAIN UNIT CALL", 10),
        (200, 110, "2ND UNIT CALL", 10),
        (40, 136, "7:45 AM", 22),
        (200, 136, "6:15 AM", 22),
        (40, 170, "Location: Riverside Mill, 120 Water St, Easton, PA 18042", 9),
        (40, 210, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:45"


def test_a_department_before_a_call_is_no_unit() -> None:
    """Negative: 'RIGGING UNIT CALL' names no other unit's band; the crew call stands."""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 62, "NORTHERN DRIVE", 14),
        (380, 62, "Wednesday, March 11, 2026", 10),
        (40, 110, "Crew call: 7:45 AM", 10),
        (240, 110, "RIGGING UNIT CALL 5:30 AM", 9),
        (40, 170, "Location: Riverside Mill, 120 Water St, Easton, PA 18042", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:45"
