"""Conventions from the thirty-second held-out set's misses (reader42): a call label's own row
that says the call moved ("CALL PUSHED TO 9:30 AM", "now 0800") gives the call, sure when the
old time is struck through and in doubt when it is still printed beside it; a revision stamp
("Amended Sun 26 Apr 2026 18:05") is no shooting date; a paper headed as a location recce or
scout report that plans no work is no call sheet; a memo's "Call:" line beats an earlier
"Meet:" line; a running order's row named after the sun ("06:40 Sunrise timelapse") is no
sunrise beside the sun's own label; a memo's "Where:" names a set even when the place's name
holds "base"; and a night that runs "into" the next day's date is dated by its start. Each is
drawn on a small page of its own, in words and places of its own. Rows are (x, baseline y,
text, size) in points."""

from __future__ import annotations

from fpdf import FPDF

from pipeline.extract import extract_document
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _width(text: str, size: float) -> float:
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=size)
    return pdf.get_string_width(text)


def _revised_sheet(old: str, new_note: str, *, strike: bool) -> bytes:
    rows: list[Row] = [
        (40, 40, "REVISED CALL SHEET", 14),
        (40, 62, "Copper Kettle", 16),
        (40, 84, "Date: Friday 9 October 2026", 9),
        (40, 110, "UNIT CALL", 10),
        (130, 110, old, 10),
        (230, 110, new_note, 10),
        (40, 128, "Rain overnight: the yard is not usable before 7:00 AM.", 8),
        (40, 150, "Location: Fenwick Mill, 40 Canal Rd, Leeds LS12 2DU", 9),
        (40, 166, "Sunrise 7:20 AM   Sunset 6:10 PM", 9),
        (40, 182, "Nearest hospital: Leeds General Infirmary, Great George St, Leeds LS1 3EX", 9),
    ]
    lines = []
    if strike:
        x1 = 130 + _width(old, 10)
        lines.append((128, 106.5, x1 + 2, 106.5))
    return render(rows, lines=lines)


def test_struck_call_gives_way_to_the_moved_one() -> None:
    day = read_day(_revised_sheet("6:30 AM", "CALL MOVED BACK TO 8:15 AM", strike=True))
    assert day["call_time"] == "08:15", day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85


def test_moved_call_beside_the_old_one_unstruck_is_doubted() -> None:
    day = read_day(_revised_sheet("6:30 AM", "NOW 8:15 AM", strike=False))
    assert day["call_time"] == "08:15", day["warnings"]
    assert day["field_confidence"]["call_time"] < 0.85


def test_amendment_stamp_is_no_shooting_date() -> None:
    rows: list[Row] = [
        (40, 30, "AMENDED SHEET", 9),
        (400, 30, "Amended Thu 8 Oct 2026 21:40", 9),
        (40, 60, "Quiet Orchard", 16),
        (40, 80, "Friday, October 9, 2026", 11),
        (40, 104, "Crew Call: 7:00 AM", 9),
        (40, 120, "Location: Apple Barn, 12 Orchard Ln, Hood River, OR 97031", 9),
        (40, 136, "Sunrise 7:15 AM   Sunset 6:35 PM", 9),
    ]
    day = read_day(render(rows))
    assert day["shooting_date"] == "2026-10-09", day["warnings"]
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_paper_titled_as_a_scout_report_is_other() -> None:
    rows: list[Row] = [
        (40, 40, "LOCATION SCOUTING REPORT", 14),
        (40, 58, "Feature: Salt Lines - Locations dept: Omar Reyes", 8),
        (40, 90, "1. Pier 39 boathouse (preferred)", 10),
        (40, 104, "Pier 39, Beach St, San Francisco, CA 94133", 9),
        (40, 118, "Seen: Mon 12 Oct 2026, 11:00 with the designer and DP", 9),
        (40, 132, "Good dock light until 3 PM; harbour noise; permit via the port.", 9),
        (40, 160, "2. Fort Point (backup)", 10),
        (40, 174, "201 Marine Dr, San Francisco, CA 94129", 9),
        (40, 188, "Seen: Tue 13 Oct 2026, 15:30", 9),
        (40, 202, "Wind all afternoon; no power on site.", 9),
    ]
    result = extract_document(render(rows)).to_json()
    assert result["document_type"] == "other"


def _memo(lines: list[str]) -> bytes:
    rows: list[Row] = [(40, 40 + 14 * i, text, 9) for i, text in enumerate(lines)]
    return render(rows)


def test_memo_call_line_beats_an_earlier_meet() -> None:
    day = read_day(
        _memo(
            [
                "From: Ana Ruiz <ana@northlight.example>",
                "Sent: Monday, 12 October 2026 18:02",
                "Subject: Harbour Voices - shoot details",
                "Hi team,",
                "When: Wednesday 14 October 2026, all morning",
                "Where: Ferry Terminal, 10 Quay St, Auckland 1010",
                "Meet: 06h45 at the depot, gear in the van",
                "Call: 07h15 at the ticket hall",
                "Sunrise 06h32, sunset 19h41.",
                "Nearest hospital: Auckland City Hospital, 2 Park Rd, Grafton, Auckland 1023",
            ]
        )
    )
    assert day["call_time"] == "07:15", day["warnings"]


def test_meet_after_the_call_line_is_not_explained_away() -> None:
    day = read_day(
        _memo(
            [
                "From: Ana Ruiz <ana@northlight.example>",
                "Sent: Monday, 12 October 2026 18:02",
                "Subject: Harbour Voices - shoot details",
                "When: Wednesday 14 October 2026",
                "Where: Ferry Terminal, 10 Quay St, Auckland 1010",
                "Call: 07h15 at the ticket hall",
                "Meet: 09h00 at the depot",
            ]
        )
    )
    assert day["field_confidence"]["call_time"] < 0.85, day["call_time"]


def test_running_order_row_named_after_the_sun_is_no_sunrise() -> None:
    head = [
        "From: Ana Ruiz <ana@northlight.example>",
        "Sent: Thursday, 15 October 2026 18:02",
        "Subject: Coast Roads - day three",
        "When: Saturday 17 October 2026",
        "Where: Cape Point, Cape Point Rd, Cape Town 7780",
        "Call: 05h30 at the lower car park",
        "Rough plan",
    ]
    rows: list[Row] = [(40, 40 + 14 * i, text, 9) for i, text in enumerate(head)]
    y = 40 + 14 * len(head)
    plan = [
        ("06h00", "Sunrise drone pass over the lighthouse"),
        ("09h00", "Interview at the kiosk"),
        ("12h00", "Lunch, then wrap"),
    ]
    for n, (time, what) in enumerate(plan):
        rows += [(40, y + 14 * n, time, 9), (90, y + 14 * n, what, 9)]
    rows.append((40, y + 14 * len(plan) + 6, "Sunrise 06h11, sunset 19h12. Windy.", 9))
    day = read_day(render(rows))
    assert day["sunrise"] == "06:11", day["warnings"]
    assert day["field_confidence"]["sunrise"] >= 0.85


def test_where_line_names_the_set_though_its_name_holds_base() -> None:
    day = read_day(
        _memo(
            [
                "Subject: Peak Crews - shoot details",
                "When: Thursday 15 October 2026",
                "Where: Summit ski base, 5 Alpine Way, Wanaka 9305 (the lift hut)",
                "Call: 07h00 at the hut",
                "Nearest hospital: Dunstan Hospital, 29 Hospital St, Clyde 9330",
            ]
        )
    )
    assert day["location"] is not None and "5 Alpine Way" in day["location"], day["warnings"]


def test_where_line_naming_a_unit_base_is_no_set() -> None:
    from pipeline.extract.reader.prose import _not_the_set

    assert _not_the_set("Where: unit base, ")
    assert not _not_the_set("Where: Summit ski base, ")
    assert _not_the_set("Parking at the base, ")


def test_night_running_into_the_next_date_is_dated_by_its_start() -> None:
    rows: list[Row] = [
        (40, 36, "CALL SHEET", 14),
        (40, 58, "Saturday, March 14, 2026", 10),
        (40, 74, "NIGHT WATCH (running into Sunday, March 15, 2026)", 12),
        (40, 100, "Crew Call: 6:00 PM", 9),
        (40, 116, "Location: Old Mint, 88 Fifth St, San Francisco, CA 94103", 9),
        (40, 132, "Sunset 7:18 PM   Sunrise 7:20 AM", 9),
    ]
    day = read_day(render(rows))
    assert day["shooting_date"] == "2026-03-14", day["warnings"]
    assert day["field_confidence"]["shooting_date"] >= 0.85
