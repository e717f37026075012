"""Rules reader74 added, drawn on small pages in wordings of their own (not fresh51's or
fresh52's): a paper whose heading names it a stage, conference or school paper (a touring
show's technical rider or stage plot, a conference's or festival's programme, an exam or class
timetable, a theatre's tech week or rehearsal schedule) is other paper even though it calls a
crew at a time, while a call sheet that mentions a rehearsal, a conference room, an exam scene
or a stage stays a call sheet; a numbered set's hours after a dash head its block ('LOC 1 -
7:00 AM - 11:30 AM', 'LOC 2 - 12:30 PM - WRAP'), and a running order's row pointing to that set
('7:00 AM  LOC 1  Unit call') adds no place. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.labelling import _timed_window
from pipeline.extract.reader.model import Line, Word
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _doc_type(rows: list[Row], *, unicode_font: bool = False) -> str:
    return extract_document(render(rows, unicode_font=unicode_font)).to_json()["document_type"]


# --- stage, conference and school paper is other ---------------------------------------------


def _stage_paper(title: str, second: str = "Northern Lights Touring Company") -> list[Row]:
    """A paper with a day's date, a crew call with its time and a venue's address under
    ``title``: everything a call sheet's shape needs, none of a shooting day."""
    return [
        (40, 40, title, 16),
        (40, 62, second, 10),
        (40, 84, "Date: Thursday, March 12, 2026", 9),
        (40, 100, "Crew call: 8:30 AM (venue crew)", 9),
        (40, 116, "Venue: Riverside Hall, 120 Water St, Easton, PA 18042", 9),
        (40, 140, "8:30 AM   Load-in and registration", 8),
        (40, 154, "10:00 AM   Session one / focus", 8),
        (40, 168, "1:00 PM   Lunch", 8),
        (40, 182, "7:30 PM   Performance", 8),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "TECH RIDER 2026",  # a touring show's rider
        "Technical Rider - Spring Tour",
        "STAGE PLOT & INPUT LIST",
        "FICHE: RIDER TECHNIQUE",
        "Technischer Rider / Bühne",
        "Rider técnico - gira 2026",
        "CONFERENCE PROGRAMME",  # a conference or a festival
        "Festival Program - Day 2",
        "Programme du colloque",
        "Tagungsprogramm",
        "Programma del convegno",
        "EXAMINATION TIMETABLE - SPRING TERM",  # a school
        "Class timetable, week 12",
        "Prüfungsplan Sommersemester",
        "Calendario de exámenes",
        "Harmonogram egzaminów",
        "REHEARSAL SCHEDULE - WEEK 3",  # a theatre
        "Tech Week Schedule",
        "Probenplan KW 11",
        "Planning des répétitions",
        "Plan prób - tydzień 2",
    ],
)
def test_a_stage_conference_or_school_paper_is_other(title: str) -> None:
    assert _doc_type(_stage_paper(title), unicode_font=True) == "other"


def test_the_kind_may_stand_on_the_second_heading_line() -> None:
    rows = _stage_paper("ANNUAL PRODUCERS' FORUM 2026", "Conference programme")
    assert _doc_type(rows) == "other"


def _call_sheet(*extra: Row, title: str = "CALL SHEET") -> list[Row]:
    return [
        (40, 40, title, 16),
        (40, 62, "NORTHERN DRIVE", 14),
        (380, 62, "Thursday, March 12, 2026", 10),
        (40, 100, "Crew call: 7:45 AM", 10),
        (40, 120, "Location: Riverside Mill, 120 Water St, Easton, PA 18042", 9),
        (40, 140, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
        *extra,
    ]


@pytest.mark.parametrize(
    "extra",
    [
        [(40, 170, "Rehearsal schedule: blocking 7:45, rehearse-shoot from 8:30", 9)],
        [(40, 170, "Set: Conference room B (3rd floor), conference programme props", 9)],
        [(40, 170, "Sc 14  INT. EXAM HALL - DAY  Students sit the exam timetable scene", 8)],
        [(40, 170, "Stage 4: tech rider for the band performance scene on the stage", 9)],
        [(40, 170, "SC 22  INT. THEATRE - NIGHT  Tech week chaos, the dress rehearsal", 8)],
    ],
)
def test_a_call_sheet_that_mentions_stage_or_school_words_stays_one(extra: list[Row]) -> None:
    """Negatives: the kinds' words in a call sheet's body are the day's scenes or sets."""
    assert _doc_type(_call_sheet(*extra)) == "call_sheet"


@pytest.mark.parametrize(
    "title",
    [
        "REHEARSAL CALL SHEET",
        "CALL SHEET - TECH WEEK SCHEDULE SCENES",
        "Call Sheet / Conference programme shoot",
    ],
)
def test_a_heading_that_calls_itself_a_call_sheet_stays_one(title: str) -> None:
    """Negatives: a heading naming the paper a call sheet too wins over the kind's words."""
    assert _doc_type(_call_sheet(title=title)) == "call_sheet"


def test_a_production_titled_with_a_kinds_word_alone_stays_a_call_sheet() -> None:
    """Negative: 'Tech Week' alone (a production's title) names no schedule."""
    rows = _call_sheet(title="TECH WEEK")
    rows[0] = (40, 40, "TECH WEEK", 16)
    rows.append((40, 20, "DAILY CALL SHEET", 8))
    assert _doc_type(rows) == "call_sheet"


# --- a numbered set's hours after a dash head its block --------------------------------------


def _moving_day(head1: str, head2: str, rows_first: bool = True) -> dict:
    rows: list[Row] = [
        (40, 40, "FIELD UNIT CALL SHEET", 16),
        (40, 62, "HARBOUR LIGHTS", 14),
        (380, 62, "Thursday, March 12, 2026", 10),
        (40, 100, "UNIT CALL 6:45 AM", 10),
        (40, 124, head1, 8),
        (300, 124, head2, 8),
        (40, 138, "Old Mill House", 9),
        (300, 138, "Hilltop Lookout", 9),
        (40, 150, "120 Water St", 9),
        (300, 150, "44 Ridge Rd", 9),
        (40, 162, "Easton, PA 18042", 9),
        (300, 162, "Easton, PA 18045", 9),
        (40, 190, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
    ]
    if rows_first:
        rows += [
            (40, 214, "TIME   WHERE   WHAT", 8),
            (40, 228, "6:45 AM   SET 1   Crew call, walk the mill", 8),
            (40, 242, "12:00 PM   SET 2   Interviews on the ridge", 8),
        ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    ("head1", "head2"),
    [
        ("LOC 1 - 6:45 AM - 11:30 AM", "LOC 2 - 12:30 PM - WRAP"),
        ("SET 1 - 07:00 - 12:00", "SET 2 - 13:00 - TBC"),
        ("Location 1 - gear prep 6:15 AM", "Location 2 - 1:00 PM"),
    ],
)
def test_a_numbered_set_with_its_hours_heads_its_block(head1: str, head2: str) -> None:
    day = _moving_day(head1, head2)
    assert day["location"].startswith("120 Water St"), day["location"]
    addresses = [p.get("address") or "" for p in day.get("locations", [])]
    assert any(a.startswith("44 Ridge Rd") for a in addresses), addresses
    # the running order's rows point to the sets: their work is no place
    assert not any(a.startswith(("Crew call", "Interviews")) for a in addresses), addresses


def _run(texts: list[str]) -> Line:
    """One run of words 3 pt apart (each 20 pt wide)."""
    words = tuple(Word(t, 40 + 23 * i, 60 + 23 * i, 100, 109, 9) for i, t in enumerate(texts))
    return Line(words, 0)


@pytest.mark.parametrize(
    ("texts", "end"),
    [
        (["LOC", "1", "-", "7:00", "AM", "-", "11:30", "AM"], 8),
        (["LOC", "2", "-", "12:30", "PM", "-", "WRAP"], 7),
        (["SET", "3", "-", "16:00", "-", "wrap"], 6),
        (["LOC", "1", "-", "kit", "prep", "5:45", "AM"], 7),
        (["LOC", "2", "-", "1:00", "PM"], 5),
        (["LOCATION", "1", "-", "120", "Water", "St"], 2),  # the set's address runs on
        (["SET", "1", "-", "Old", "Mill", "House"], 2),  # the set's name runs on
        (["SET", "1", "-", "Old", "Mill", "House,", "built", "1820", "at", "9:00"], 2),  # too long
        (["SET", "1", "7:00"], 2),  # no dash
    ],
)
def test_a_set_s_hours_after_a_dash_end_the_heading(texts: list[str], end: int) -> None:
    assert _timed_window(_run(texts), 2) == end


# --- a call placed at a numbered set ('CALL @ LOC 1  6:30 AM') ------------------------------


def _placed_call_sheet(call_cell: str, *extra: Row) -> dict:
    rows: list[Row] = [
        (40, 40, "FIELD UNIT CALL SHEET", 16),
        (40, 62, "HARBOUR LIGHTS", 14),
        (380, 62, "Thursday, March 12, 2026", 10),
        (40, 100, call_cell, 10),
        (150, 100, "6:30 AM", 10),
        (260, 100, "Sunrise 7:05 AM / Sunset 6:12 PM", 9),
        (40, 124, "Location: Old Mill House, 120 Water St, Easton, PA 18042", 9),
        (40, 140, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
        *extra,
    ]
    return read_day(render(rows))


@pytest.mark.parametrize("cell", ["CALL @ LOC 1", "Call at set 1", "Crew call on set 2"])
def test_a_call_placed_at_a_numbered_set_is_the_crew_call(cell: str) -> None:
    day = _placed_call_sheet(cell)
    assert day["call_time"] == "06:30", day
    assert day["field_confidence"]["call_time"] >= 0.85, day["field_confidence"]


def test_a_running_order_row_calling_at_a_set_is_no_crew_call_label() -> None:
    """Negative: 'Unit call at set 1, rig the roof' runs on: the row's work, not a label."""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 62, "HARBOUR LIGHTS", 14),
        (380, 62, "Thursday, March 12, 2026", 10),
        (40, 100, "Crew call: 7:15 AM", 10),
        (40, 124, "Location: Old Mill House, 120 Water St, Easton, PA 18042", 9),
        (40, 140, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
        (40, 170, "5:30 AM   Unit call at set 1, rig the roof lights", 8),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:15", day
