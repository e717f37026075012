"""Rules reader92 added, drawn in wordings and layouts of their own (not fresh65's sheets): a
page's lines come in the order of their own middles, so a tall value in one column (a crew
call in 24 pt) that shares a row with the small line beside its middle in the next column does
not lift that line above the one printed over it. A boxed set address read under its label
keeps its lines' order: the place's name, its street with no house number ('Pier Road'), its
town and postcode, and a note on the set after it that is no part of the address.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.layout import group_lines
from pipeline.extract.reader.model import Word
from pipeline.extract.reader.place_finder import one_address
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import read_day


def _word(text: str, x: float, top: float, height: float) -> Word:
    return Word(text, x, x + 5 * len(text), top, top + height, height)


def _texts(words: list[Word]) -> list[str]:
    return [" ".join(w.text for w in line.words) for line in group_lines(words, 0)]


# --- a tall value beside a column of small lines ----------------------------------------------


def test_a_tall_value_does_not_lift_the_small_line_it_joins_above_the_one_over_it() -> None:
    # a 28 pt time at x 40 spans two 10 pt lines at x 300; its middle is nearer the second
    words = [
        _word("Venue", 300, 100, 10),
        _word("06:30", 40, 98, 31),
        _word("Street", 300, 111, 10),
        _word("Town", 300, 122, 10),
    ]
    assert _texts(words) == ["Venue", "06:30 Street", "Town"]


def test_a_tall_value_on_its_labels_line_stays_one_line() -> None:
    # negative: 'CREW CALL 6:30A', the time bigger than its label on one baseline
    words = [_word("CREW", 40, 103, 9), _word("CALL", 70, 103, 9), _word("6:30A", 100, 99, 14)]
    words += [_word("Breakfast", 40, 120, 9)]
    assert _texts(words) == ["CREW CALL 6:30A", "Breakfast"]


def test_lines_of_one_size_keep_their_order() -> None:
    words = [_word(t, 40 + 60 * (i % 2), 100 + 11 * i, 9) for i, t in enumerate("abcd")]
    assert _texts(words) == ["a", "b", "c", "d"]


# --- a boxed set address beside a big unit call -------------------------------------------------


def _unit_call_sheet(place: list[str], call_size: float = 24) -> list[Row]:
    """A unit call sheet: the call big in the left column, the LOCATION block's lines in the
    right one, 11 pt apart, the first a little under the call's top."""
    rows: list[Row] = [
        (40, 44, "THE SALT ROAD", 18),
        (40, 58, "Episode 2 · Director: Morwenna Pike", 9),
        (420, 44, "CALL SHEET No. 9", 10),
        (420, 58, "Thursday 14th May 2026", 9),
        (40, 92, "UNIT CALL", 9),
        (40, 118, "07:15", call_size),
        (300, 92, "LOCATION", 8),
        *column(*place, x=300, top=104, size=8.5, step=11),
        (40, 140, "Breakfast", 8.5),
        (120, 140, "06:30", 8.5),
        (40, 153, "Lunch", 8.5),
        (120, 153, "12:30", 8.5),
        (40, 166, "Wrap", 8.5),
        (120, 166, "19:15", 8.5),
        (300, 180, "NEAREST A&E", 8),
        *column(
            "Queen Elizabeth Hospital",
            "Queen Elizabeth Avenue",
            "Gateshead NE9 6SX",
            x=300,
            top=192,
            size=8.5,
            step=11,
        ),
        (40, 240, "SC   SET   D/N   PGS", 8),
        (40, 252, "12   EXT. PRIORY WALLS   D   1 2/8", 8),
    ]
    return rows


@pytest.mark.parametrize(
    ("place", "street", "town"),
    [
        (
            ["Tynemouth Priory", "Pier Road", "North Shields NE30 4BZ", "the walls and the pier"],
            "Pier Road",
            "North Shields NE30 4BZ",
        ),
        (
            ["Seaton Delaval Hall", "The Avenue", "Whitley Bay NE26 4QR", "the south front"],
            "The Avenue",
            "Whitley Bay NE26 4QR",
        ),
        (
            ["Alnwick Garden", "Denwick Lane", "Alnwick NE66 1YU", "the cascade and the bridge"],
            "Denwick Lane",
            "Alnwick NE66 1YU",
        ),
    ],
)
def test_an_unnumbered_street_under_the_venue_beside_a_big_call_is_kept(
    place: list[str], street: str, town: str
) -> None:
    day = read_day(render(_unit_call_sheet(place), page="A4"))
    assert day["location"] == f"{street}, {town}"
    assert day["locations"][0]["name"] == place[0]
    assert day["call_time"] == "07:15"


def test_the_note_after_the_postcode_is_no_part_of_the_address() -> None:
    # negative: the set note under the town and postcode stays out, beside a big call or not
    place = ["Tynemouth Priory", "Pier Road", "North Shields NE30 4BZ", "the walls and the pier"]
    for size in (24, 9):
        day = read_day(render(_unit_call_sheet(place, call_size=size), page="A4"))
        assert "walls" not in day["location"]
        assert day["location"].endswith("NE30 4BZ")


def test_a_venue_line_that_is_no_street_is_not_read_as_one() -> None:
    # negative: no street line, the venue's name over its town and postcode: the venue is the
    # place's name, never its street, and the note stays out
    place = ["St Mary's Lighthouse", "Whitley Bay NE26 4RS", "the causeway at low tide"]
    day = read_day(render(_unit_call_sheet(place), page="A4"))
    assert day["locations"][0]["name"] == "St Mary's Lighthouse"
    assert "Lighthouse" not in day["location"]
    assert "causeway" not in day["location"]


def test_a_venue_and_its_street_read_sure() -> None:
    place = ["Tynemouth Priory", "Pier Road", "North Shields NE30 4BZ", "the walls and the pier"]
    day = read_day(render(_unit_call_sheet(place), page="A4"))
    assert day["field_confidence"]["location"] >= 0.85


def test_a_street_printed_over_the_venue_is_no_name_and_goes_to_review() -> None:
    # the street above the venue's name: read as the name, it would leave the street out of a
    # sure address ('Tynemouth Priory, North Shields NE30 4BZ'); a sure street names no place
    place = ["Pier Road", "Tynemouth Priory", "North Shields NE30 4BZ", "the walls and the pier"]
    day = read_day(render(_unit_call_sheet(place, call_size=9), page="A4"))
    assert "Pier Road" in day["location"] or day["field_confidence"]["location"] < 0.85


# --- a premises line between the place's name and its post town ------------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (
            ["Dunstaffnage Castle", "Dunbeg Visitor Centre", "Oban PA37 1PZ", "the curtain wall"],
            "Dunbeg Visitor Centre, Oban PA37 1PZ",
        ),
        (
            ["Kinloch Castle", "Kinloch Village", "Isle of Rum, Highland PH43 4RR"],
            "Kinloch Village, Isle of Rum, Highland PH43 4RR",
        ),
    ],
)
def test_a_line_of_capitalised_words_above_the_post_town_is_the_addresss(
    lines: list[str], address: str
) -> None:
    assert one_address(lines)[:2] == (lines[0], address)


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        # a note in running words between the name and the town is no address line
        (["Dunstaffnage Castle", "park by the chapel", "Oban PA37 1PZ"], "Oban PA37 1PZ"),
        # the name alone over its town and postcode: nothing between them
        (["Dunstaffnage Castle", "Oban PA37 1PZ", "the curtain wall"], "Oban PA37 1PZ"),
        # capitalised words after the postcode are the set's, not the address's
        (["Dunstaffnage Castle", "Oban PA37 1PZ", "Chapel And Woods"], "Oban PA37 1PZ"),
    ],
)
def test_no_premises_line_is_taken_where_none_is_printed(lines: list[str], address: str) -> None:
    assert one_address(lines)[1] == address
