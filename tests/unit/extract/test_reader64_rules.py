"""Rules of reader64, drawn on small pages of their own (rows are (x, baseline y, text, size)
in points): on another unit's own sheet (a second, splinter or aerial unit's band), the main
unit's call printed for reference is never the sheet's call, and the call its own unit's
label gives is read at full strength; on a main unit's sheet, another unit's call stays weak."""

from __future__ import annotations

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import doc_type, northern_drive, read_day

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


# --- paper that is no call sheet: a sound report, a performers' time report ------------------


def test_a_sound_log_of_another_layout_is_other() -> None:
    rows: list[Row] = [
        (40, 40, "PRODUCTION SOUND LOG", 16),
        (40, 62, "Show: Northern Drive   Date: 03/11/2026   Sound roll 7", 9),
        (40, 78, "Set: Riverside Mill, 120 Water St, Easton, PA", 9),
        (40, 94, "Sound mixer: Ana Reyes   Recorder: Zoom F8n   Sample rate 48 kHz", 9),
        (40, 120, "SCENE   TAKE   TIMECODE   DURATION   NOTES", 9),
        (40, 136, "14   1   09:12:40   01:10   boom only", 9),
        (40, 150, "14   2   09:16:02   01:12   circled", 9),
        (40, 164, "14   WT   09:20:55   00:30   wild track", 9),
        (40, 190, "Room tone 60 s after the last take.", 9),
    ]
    assert doc_type(rows) == "other"


def test_a_performers_daily_time_sheet_is_other() -> None:
    rows: list[Row] = [
        (40, 40, "ACTORS' TIME SHEET", 16),
        (40, 62, "Production: Northern Drive   Date: 3/11/2026", 9),
        (40, 78, "Location: Riverside Mill, 120 Water St, Easton, PA", 9),
        (40, 104, "PERFORMER   CALL   ON SET   MEAL OUT   MEAL IN   DISMISSED   SIGNATURE", 8),
        (40, 120, "Dana Holt   7:00A   7:45A   12:30P   1:00P   6:10P", 8),
        (40, 134, "Ray Ivers   8:00A   8:30A   12:30P   1:00P   4:40P", 8),
        (40, 160, "Union copy due within 15 business days. Times are actual.", 8),
    ]
    assert doc_type(rows) == "other"


def test_a_call_sheet_that_mentions_the_sound_report_and_exhibit_g_stays_a_call_sheet() -> None:
    """Negative: the papers named in a call sheet's notes do not make it that paper."""
    rows: list[Row] = [
        *northern_drive(),
        (40, 170, "Sound: sound report and cards to the DIT at wrap.", 9),
        (40, 186, "Cast: Exhibit G signed at wrap with the 2nd AD.", 9),
    ]
    assert doc_type(rows) == "call_sheet"


# --- titles: a cover's 'presents', a unit's sheet named as the heading --------------------------


def test_a_cover_title_under_presents_is_the_production() -> None:
    rows: list[Row] = [
        (200, 40, "HOLLOW OAK PICTURES", 12),
        (270, 60, "presents", 10),
        (150, 420, "THE LONG FERRY", 30),
        (230, 450, "a limited series", 11),
        (250, 480, "CALL SHEET", 14),
        (200, 500, "Wednesday, March 11, 2026", 11),
        (220, 540, "CREW CALL 6:30 AM", 18),
        (40, 600, "Location: Riverside Mill, 120 Water St, Easton, PA 18042", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == "THE LONG FERRY"


def test_a_company_over_a_title_without_presents_is_unchanged() -> None:
    """Negative: no 'presents' line; the title at the top stays the title."""
    rows: list[Row] = [
        (40, 40, "THE LONG FERRY", 20),
        (40, 62, "Hollow Oak Pictures", 10),
        (380, 40, "CALL SHEET", 14),
        (380, 62, "Wednesday, March 11, 2026", 10),
        (40, 100, "Crew call: 6:30 AM", 10),
        (40, 120, "Location: Riverside Mill, 120 Water St, Easton, PA 18042", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == "THE LONG FERRY"


@pytest.mark.parametrize(
    ("heading", "under", "want"),
    [
        ("DRONE UNIT CALL SHEET", "Salt Marsh | Tidewater Media for Coastal Trust", "Salt Marsh"),
        ("AERIAL UNIT", "Ridge Line · Alpine Documentary Co.", "Ridge Line"),
    ],
)
def test_a_unit_sheets_heading_is_no_title_the_line_under_it_gives_it(
    heading: str, under: str, want: str
) -> None:
    rows: list[Row] = [
        (40, 40, heading, 15),
        (40, 58, under, 9),
        (40, 90, "DATE", 6.5),
        (160, 90, "CREW CALL", 6.5),
        (40, 102, "Wednesday, March 11, 2026", 10),
        (160, 102, "5:45 AM", 15),
        (40, 140, "TAKE-OFF / LANDING ZONE", 6.5),
        (40, 152, "Riverside Park, 120 Water St, Easton, PA 18042", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == want
    assert day["location"] is not None and "120 Water St" in day["location"]
    assert day["field_confidence"]["location"] >= SURE


def test_a_main_sheets_title_with_its_company_is_kept() -> None:
    """Negative: a title heading that is no unit's name keeps the largest heading."""
    rows: list[Row] = [
        (40, 40, "SALT MARSH", 15),
        (40, 58, "Day 2 · Tidewater Media", 9),
        (40, 90, "Date: Wednesday, March 11, 2026", 10),
        (40, 104, "Crew call: 5:45 AM", 10),
    ]
    day = read_day(render(rows))
    assert day["production"] == "SALT MARSH"
