"""Rules reader65 added, drawn on small pages in wordings of their own (not fresh46's): a crew
department or role is never a title (a title label opening a crew list's row has the next
row's department under it); a commercial's trailing spot length is no part of its title; a
'UNIT HOSPITAL' block heads the hospital the unit uses; a bracketed ride to the call ('(pick-up
from the station 6.15am)') is no rival call time; a numbered plan's item number is no part of
its row's time. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.crew_words import crew_words
from pipeline.extract.reader.title import clean_title, without_spot_length
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


# --- a department or a crew role is never a title -------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "Camera",
        "Kamera / grip",
        "Hair & Make-up",
        "Gaffer",
        "Sound, Electrics",
        "Kostiumy",
        "1st AD",
    ],
)
def test_departments_and_roles_are_crew_words(value: str) -> None:
    assert crew_words(value)


@pytest.mark.parametrize(
    "value",
    ["Camera Obscura", "The Grip", "Harbour Lights", "Sound of Silence", "Mazury Fresh", ""],
)
def test_a_title_with_another_word_is_no_crew_word(value: str) -> None:
    assert not crew_words(value)


def _crew_list_sheet(project: str, first_dept: str, call_after_phone: bool = True) -> dict:
    """A commercial's header with a 'Project:' line, and a crew list whose first row opens with
    'Production' (a title label word) over the next row's department."""
    call = "  6:15" if call_after_phone else ""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 60, "Harbourside Pictures Ltd", 9),
        (40, 76, f"Project: {project}", 9),
        (40, 92, "Client: Coastline Bakeries", 9),
        (40, 120, "Date: Tuesday 10 March 2026", 9),
        (40, 136, "Crew Call: 7:30 AM", 9),
        (40, 152, "Location: Old Pier Hall, 4 Marine Parade, Brighton BN2 1TL", 9),
        (40, 168, "Sunrise 6:21 AM   Sunset 5:58 PM", 9),
        (40, 200, "DEPT", 8),
        (140, 200, "NAME", 8),
        (260, 200, "PHONE", 8),
        (380, 200, "CALL", 8),
        (40, 214, "Production", 9),
        (140, 214, "Sam Reyes", 9),
        (260, 214, "07700 900 118" + call, 9),
        (40, 228, first_dept, 9),
        (140, 228, "Jo Park", 9),
        (260, 228, "07700 900 442" + call, 9),
        (40, 242, "Art Department", 9),
        (140, 242, "Lee Moss", 9),
        (260, 242, "07700 900 731" + call, 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize("first_dept", ["Camera", "Camera / Grip", "Sound"])
def test_a_department_under_a_title_label_is_no_title(first_dept: str) -> None:
    day = _crew_list_sheet("Crumb & Crust - 60s spot", first_dept)
    assert day["production"] == "Crumb & Crust"
    assert day["field_confidence"]["production"] >= SURE


def test_a_crew_row_without_a_call_is_no_title_either() -> None:
    day = _crew_list_sheet("Sea Salt Days (:30)", "Camera", call_after_phone=False)
    assert day["production"] == "Sea Salt Days"


# --- a commercial's trailing spot length is no part of the title ----------------------------


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ('Kawa Poranna · TVC 45"', "Kawa Poranna"),
        ("Crumb & Crust - 60s spot", "Crumb & Crust"),
        ("Sea Salt Days (:30)", "Sea Salt Days"),
        ('Winter Tyres | TVC 30" + cut-downs 15" / 10"', "Winter Tyres"),
        ('Biały Las · online spot 20"', "Biały Las"),
        ("Summer Fields - 30 sec", "Summer Fields"),
    ],
)
def test_a_spot_length_is_cut(raw: str, title: str) -> None:
    assert without_spot_length(raw) == title
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "raw",
    ["Club - 60s", "Blade Runner 2049", "Ocean's 11", "Room 101", "The 39 Steps", "Fresh · TVC"],
)
def test_no_spot_length_no_cut(raw: str) -> None:
    assert without_spot_length(raw) == raw


# --- a UNIT HOSPITAL block -------------------------------------------------------------------


def _unit_hospital_sheet(block: list[Row]) -> dict:
    rows: list[Row] = [
        (40, 40, "RIVERSIDE DRAMA LTD", 9),
        (420, 40, "CALL SHEET No. 9", 9),
        (420, 54, "Tuesday 10th March 2026", 9),
        (200, 80, "The Ferryman's Daughter", 16),
        (40, 120, "UNIT CALL", 9),
        (40, 136, "0730", 14),
        (40, 170, "LOCATION", 9),
        (40, 184, "Bangor Carnegie Library", 9),
        (40, 196, "80 Hamilton Road, Bangor BT20 4LH", 9),
        (40, 220, "Sunrise 0648   Sunset 1816", 9),
        *block,
    ]
    return read_day(render(rows))


def test_a_unit_hospital_block_names_the_hospital() -> None:
    day = _unit_hospital_sheet(
        [
            (40, 300, "UNIT HOSPITAL", 9),
            (420, 300, "EMERGENCY: 999", 9),
            (40, 314, "Ulster Hospital", 10),
            (40, 328, "Upper Newtownards Road, Dundonald, Belfast BT16 1RH", 8.5),
            (40, 342, "A&E open 24 hours", 8.5),
            (40, 356, "From base: A2 towards Belfast, then the A20. About 25 min.", 7.5),
        ]
    )
    assert day["hospital"]["name"] == "Ulster Hospital"
    assert "BT16 1RH" in (day["hospital"]["address"] or "")
    assert day["field_confidence"]["hospital"] >= SURE


def test_a_hospital_named_with_a_word_before_it_is_still_a_name() -> None:
    """'Cottage Hospital' is a value under a label, never a label of its own."""
    day = _unit_hospital_sheet(
        [
            (40, 300, "NEAREST A&E:", 9),
            (150, 300, "Ards Cottage Hospital, 24 Church Street, Newtownards BT23 4AS", 9),
        ]
    )
    assert day["hospital"]["name"] == "Ards Cottage Hospital"


# --- a bracketed ride to the call is no rival call --------------------------------------------


def _short_sheet(call_line: str, plan_first: str) -> dict:
    rows: list[Row] = [
        (200, 40, "THE HERON'S WATCH", 14),
        (200, 58, "a short film by Isla Grant", 9),
        (200, 74, "CALL SHEET - DAY 2 OF 3", 10),
        (40, 110, "DATE:", 9),
        (150, 110, "Tuesday 10th March 2026", 9),
        (40, 126, "CALL TIME:", 9),
        (150, 126, call_line, 9),
        (40, 142, "LOCATION:", 9),
        (150, 142, "Birks Cinema, 111 Atholl Street, Aberfeldy PH15 2BP", 9),
        (40, 158, "NEAREST A&E:", 9),
        (150, 158, "Perth Royal Infirmary, Taymount Terrace, Perth PH1 1NX", 9),
        (40, 174, "SUNRISE / SUNSET:", 9),
        (150, 174, "6.41am / 6.09pm", 9),
        (40, 204, "TODAY'S PLAN", 10),
        (40, 220, plan_first, 9),
        (40, 234, "2.  10am \u2013 first shot in the foyer", 9),
        (40, 248, "3.  1pm \u2013 lunch", 9),
    ]
    return read_day(render(rows, unicode_font=True))


def test_a_ride_to_the_call_in_brackets_is_no_rival() -> None:
    day = _short_sheet(
        "8.30am at the cinema (minibus from Pitlochry station 7.50am)",
        "1.  8.30am \u2013 crew call, tea and coffee",
    )
    assert day["call_time"] == "08:30"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_later_time_in_the_bracket_stays_a_doubt() -> None:
    """A bracket whose time is after the call is no ride to it: the call stays for a person."""
    day = _short_sheet(
        "8.30am at the cinema (minibus leaves 9.15am)",
        "1.  8.30am \u2013 crew call, tea and coffee",
    )
    assert day["call_time"] == "08:30"
    assert day["field_confidence"]["call_time"] < SURE


def test_a_plan_row_at_another_time_keeps_the_doubt() -> None:
    """The numbered plan's crew call at another time than the call line's: a rival."""
    day = _short_sheet(
        "8.30am at the cinema (minibus from Pitlochry station 7.50am)",
        "1.  9am \u2013 crew call, tea and coffee",
    )
    assert day["field_confidence"]["call_time"] < SURE
