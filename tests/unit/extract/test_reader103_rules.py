"""Rules reader103 added, drawn in wordings and layouts of their own (not fresh75's sheets):
a generic CALL heading over a cell that opens with the crew's call ('Crew call 07:30 (Camera
07:00)') is the crew's call; the places a day lists are places (no bare time, no sentence of
notes, no directions); Welsh street words count as street words.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.attach import Piece
from pipeline.extract.reader.crew_headed import cell_names_the_crew
from pipeline.extract.reader.times import find_time
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


# --- 1. a generic CALL heading over a cell naming the crew's call ---------------------------


def _boxed_call(cell: str) -> list[Row]:
    return [
        (40, 40, "HARBOUR LIGHTS", 16),
        (40, 62, "Wednesday 14 April 2027", 11),
        (400, 62, "CALL", 8),
        (40, 76, "Recording day 4 of 10", 8),
        (400, 76, cell, 11),
        (40, 110, "LOCATION", 9),
        (40, 124, "Kilcoole Boathouse", 9),
        (40, 136, "14 Strand Road, Kilcoole, Co. Wicklow A63 XY12", 9),
        (40, 170, "Sunrise 06:41  Sunset 20:11", 9),
        (40, 190, "Nearest A&E: St Columcille's Hospital, Loughlinstown, Co. Dublin", 9),
        (40, 220, "SC  SET  CAST", 9),
        (40, 232, "12  EXT. BOATHOUSE SLIPWAY  Deirdre, Paudie", 9),
    ]


def test_a_call_box_whose_cell_names_the_crew_call_is_sure() -> None:
    day = read_day(render(_boxed_call("Crew call 07:30 (Camera/Sound 07:00)")))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_call_box_naming_one_unit_of_several_stays_in_review() -> None:
    day = read_day(render(_boxed_call("Main unit call 07:00")))
    assert day["field_confidence"]["call_time"] < SURE


def _cell(text: str) -> list[Piece]:
    return [Piece(0, 1, 0, text, True, 10.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Crew call 07:30 (Camera/Sound 07:00)",
        "General call: 0800",
        "Unit call 6:45 AM",
        "crew call time 07:00",
    ],
)
def test_a_cell_opening_with_the_crews_call(text: str) -> None:
    parsed = find_time(text)
    assert parsed is not None
    assert cell_names_the_crew(_cell(text), parsed)


@pytest.mark.parametrize(
    "text",
    [
        "Cast call 08:00",  # another group's call
        "Shoot 08:00 · crew call 07:30",  # the first time is the shoot's
        "Main unit call 07:00",  # one unit of several
        "Studio crew call 08:00",
        "Crew call after lunch, 14:00 at base",  # the time does not follow the phrase
    ],
)
def test_a_cell_not_naming_the_crews_call_for_its_first_time(text: str) -> None:
    parsed = find_time(text)
    assert parsed is not None
    assert not cell_names_the_crew(_cell(text), parsed)


def test_a_piece_beside_the_heading_is_not_its_cell() -> None:
    text = "Crew call 07:30"
    parsed = find_time(text)
    assert parsed is not None
    assert not cell_names_the_crew([Piece(0, 1, 0, text, False, 10.0)], parsed)
