"""Rules reader70 added, drawn on small pages in wordings of their own (not fresh49's): a paper
headed as a shot list (shots with their size, lens and move, estimated times, no crew call) is
no call sheet, while a call sheet carrying a shot list section stays one; a numbered set's
block heading with a bracketed part of the day ('SET 1 (AM)', 'SET 2 (PM) - UNIT MOVE 11:30')
heads its set, and a drive's route to a set ('Base to set 1: 38 km') is no set's label; a
street's name may open with any Latin capital ('Žvaigždžių g. 10', 'Ērgļu iela 4'). Rows are
(x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.labelling import _bracketed_part_of_day, _route_to
from pipeline.extract.reader.model import Line, Word
from pipeline.extract.reader.streets import find_streets, tokenize
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import doc_type, northern_drive, read_day

# --- a shot list is other paper ---------------------------------------------------------------


def test_a_shot_breakdown_of_another_layout_is_other() -> None:
    rows: list[Row] = [
        (40, 40, "SHOT BREAKDOWN", 16),
        (40, 62, "Northern Drive   Day 7   Wednesday, March 11, 2026", 9),
        (40, 78, "Location: Riverside Mill, 120 Water St, Easton, PA", 9),
        (40, 104, "SCENE   SHOT   ANGLE   LENS   MOVEMENT   ACTION   EST TIME", 8),
        (40, 120, "14   1   WS   24mm   steadicam   Dana crosses the yard   08:10", 8),
        (40, 134, "14   2   MCU   65mm   static   Dana at the gate   08:45", 8),
        (40, 148, "15   1   INSERT   100mm   tilt   The letter   10:20", 8),
        (40, 162, "15   2   CU   85mm   dolly   Ray reads   11:05", 8),
        (40, 190, "Estimated times only.", 9),
    ]
    assert doc_type(rows) == "other"


def test_a_call_sheet_with_a_shot_list_section_stays_a_call_sheet() -> None:
    """Negative: a real call sheet whose page carries the day's shot list."""
    rows: list[Row] = [
        *northern_drive(),
        (40, 170, "SHOT LIST", 10),
        (40, 186, "SC   SHOT   SIZE   LENS   MOVE   EST. TIME", 8),
        (40, 200, "14   A   WS   25mm   static   08:10", 8),
        (40, 214, "14   B   CU   75mm   push in   08:40", 8),
    ]
    assert doc_type(rows) == "call_sheet"


def test_a_call_sheet_headed_with_its_shot_list_and_a_crew_call_stays_a_call_sheet() -> None:
    """Negative: 'CALL SHEET & SHOT LIST' in the heading; the crew call outweighs it."""
    rows: list[Row] = [
        *northern_drive("CALL SHEET & SHOT LIST"),
        (40, 170, "SC   SHOT   SIZE   LENS   MOVE   EST. TIME", 8),
        (40, 184, "14   A   WS   25mm   static   08:10", 8),
    ]
    assert doc_type(rows) == "call_sheet"


# --- numbered set blocks with a bracketed part of the day -----------------------------------


def _two_sets(head1: str, head2: str, travel: str = "") -> dict:
    rows: list[Row] = [
        *northern_drive(places=False),
    ]
    if travel:
        rows.append((300, 100, travel, 9))
    rows += [
        (40, 124, "UNIT BASE (crew parking, catering)", 8),
        (40, 136, "Riverside Mall car park, 5 Mill Rd, Easton, PA", 9),
        (40, 160, head1, 8),
        (300, 160, head2, 8),
        (40, 174, "Old Mill House", 9),
        (300, 174, "Hilltop Lookout", 9),
        (40, 186, "120 Water St, Easton, PA", 9),
        (300, 186, "Ridge Road, Easton, PA", 9),
        (40, 220, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    ("head1", "head2"),
    [
        ("SET 1 (AM)", "SET 2 (PM) - UNIT MOVE 11:30"),
        ("Set 1 (morning)", "Set 2 (afternoon) - company move 13:00"),
        ("SET 1 (A.M.)", "SET 2 (P.M.)"),
        ("SET 1 (AM)", "SET 2 (PM) - MOVE AT 12:15"),
    ],
)
def test_a_numbered_set_with_its_part_of_the_day_heads_its_block(head1: str, head2: str) -> None:
    day = _two_sets(head1, head2)
    assert day["location"].startswith("120 Water St"), day["location"]


def test_a_route_to_a_set_is_no_label_of_the_set() -> None:
    day = _two_sets("SET 1 (AM)", "SET 2 (PM) - UNIT MOVE 11:30", "Base to set 1: 12 km, 20 min")
    assert day["location"].startswith("120 Water St"), day["location"]


def _run(texts: list[str]) -> Line:
    """One run of words 3 pt apart (each 20 pt wide)."""
    words = tuple(Word(t, 40 + 23 * i, 60 + 23 * i, 100, 109, 9) for i, t in enumerate(texts))
    return Line(words, 0)


@pytest.mark.parametrize(
    ("texts", "end"),
    [
        (["SET", "1", "(AM)"], 3),
        (["SET", "2", "(PM)", "-", "UNIT", "MOVE", "11:30"], 7),
        (["Set", "2", "(evening)", "-", "moving", "at", "6pm"], 7),
        (["SET", "2", "(PM)", "-", "120", "Water", "St"], 2),  # the set's address runs on
        (["SET", "2", "(PM)", "-", "Old", "Mill", "House"], 2),  # the set's name runs on
        (["SET", "2", "(main)"], 2),  # no part of the day (left to the note's rule)
        (["SET", "2", "(PM", "only", "if", "dry)"], 2),  # no closing bracket in reach
    ],
)
def test_a_bracketed_part_of_the_day_and_a_move_note_end_the_heading(
    texts: list[str], end: int
) -> None:
    assert _bracketed_part_of_day(_run(texts), 2) == end


@pytest.mark.parametrize(
    ("texts", "route"),
    [
        (["Base", "to", "set", "1:"], True),
        (["Drive", "from", "set", "2:"], True),
        (["Unit", "base", "/", "Set", "1:"], False),
        (["Set", "1:"], False),
    ],
)
def test_a_set_word_after_a_route_word_is_a_route(texts: list[str], route: bool) -> None:
    first = next(i for i, t in enumerate(texts) if t.lower() == "set")
    assert _route_to(_run(texts), first, "set", True) is route


def test_set_after_a_route_word_is_never_a_label_but_a_set_colon_is() -> None:
    """Negative: 'Set 1: 120 Water St' alone on its line stays the set's label."""
    rows: list[Row] = [
        *northern_drive(places=False),
        (40, 130, "Set 1: 120 Water St, Easton, PA", 9),
        (40, 160, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
    ]
    day = read_day(render(rows))
    assert day["location"].startswith("120 Water St"), day["location"]


# --- a street's name may open with any Latin capital ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Žvaigždžių g. 10",
        "Šeimyniškių g. 3",
        "Čiurlionio g. 5",
        "Ērgļu iela 4",
        "Ūdeļu iela 12",
        "Ģertrūdes iela 10",
    ],
)
def test_a_street_name_opening_with_a_latin_capital_is_read(text: str) -> None:
    streets = find_streets(tokenize(text))
    assert len(streets) == 1, streets
    assert streets[0].first == 0, streets


@pytest.mark.parametrize(
    "text",
    [
        "žvaigždžių g. 10",  # a small letter opens no name
        "Add 5 g. 10 minutes before",
        "ūdeļu iela",
    ],
)
def test_a_small_letter_or_a_lone_word_is_no_street(text: str) -> None:
    assert find_streets(tokenize(text)) == []


def test_a_lithuanian_street_under_a_venue_is_the_location() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 60, "Šiaurės vėjas", 16),
        (40, 84, "Date: Tuesday 13 October 2026", 9),
        (40, 100, "Crew Call: 07:30", 9),
        (40, 130, "LOCATION", 9),
        (40, 144, "Senoji malūno salė", 9),
        (40, 158, "Žvaigždžių g. 10", 9),
        (40, 172, "LT-01100 Vilnius", 9),
        (40, 200, "Sunrise 07:05   Sunset 18:12", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["location"].startswith("Žvaigždžių g. 10"), day["location"]


@pytest.mark.parametrize("phrase", ["location", "loc"])
def test_a_location_word_s_bracketed_part_of_the_day_is_left_to_the_place_reading(
    phrase: str,
) -> None:
    """Negative: 'LOC 1 (AM)' heading a table's column (its set in the LOCATION row under it)
    and 'LOCATION 1 (AM)' are read as before; only the generic set word needs the rule."""
    assert _bracketed_part_of_day(_run(["LOC", "1", "(AM)"]), 2, phrase) == 2
