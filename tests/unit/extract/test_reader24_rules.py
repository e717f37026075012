"""Conventions from the sixteenth held-out set's misses (reader24): the sun's two times in one
small footer line named only by their directions. Each is drawn on a small page of its own, in
words of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

import pytest

from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import label_rows, masthead, read_day

# --- the sun in a footer: "Rise <time> / Set <time>" -------------------------------------------


def _footer_sheet(footer: str) -> bytes:
    rows = [
        *masthead("KESTREL & CO PRODUCTIONS", "SPARROW HOUR", "Friday 17 April 2026"),
        *label_rows(
            ("Unit call", "7:30am"), ("Location", "Corn Street Market Hall"), value_x=200, top=100
        ),
        (200, 127, "8 Corn Street, Bath BA1 1AA", 9),
        (40, 250, "Sc 4 INT. MARKET HALL - DAY", 9),
        (40, 740, footer, 6),
    ]
    return render(rows)


@pytest.mark.parametrize(
    ("footer", "rise", "fall"),
    [
        ("Rise 0612 HRS / Set 2002 HRS  ·  Dry, 14°C  ·  v3 issued Thu", "06:12", "20:02"),
        ("Up 6.12am | Down 8.02pm - showers later", "06:12", "20:02"),
        ("Weather: dry. Rise: 06:12, Set: 20:02. Revision 2", "06:12", "20:02"),
    ],
)
def test_the_sun_named_only_by_its_directions_in_one_line_is_read(
    footer: str, rise: str, fall: str
) -> None:
    # Given a sheet whose only sun times are a footer line naming each by its direction
    day = read_day(_footer_sheet(footer))
    # Then both are read, in the line's order
    assert day["sunrise"] == rise
    assert day["sunset"] == fall
    assert day["call_time"] == "07:30"


@pytest.mark.parametrize(
    "footer",
    [
        "Set up 0700 HRS / strike 1900 HRS",  # a set-up time is not the sun
        "Set 2000 HRS / Rise 0600 HRS",  # set before rise is not the pair
        "Rise 0612 HRS only",  # one direction alone
    ],
)
def test_a_direction_word_without_its_pair_is_not_the_sun(footer: str) -> None:
    day = read_day(_footer_sheet(footer))
    assert day["sunrise"] is None
    assert day["sunset"] is None


# --- the set under its scene heading: "INT. <room>" over the building and its address ---------


def _scene_headed(heading: str, block: list[str], labelled: str | None = None) -> bytes:
    rows = [
        *masthead("HARROW LANE PICTURES", "THE GLASSHOUSE", "Tuesday 14 July 2026"),
        *label_rows(("Crew call", "08:00"), ("Set:", "the palm house"), value_x=200, top=100),
        (40, 156, heading, 9),
        *((40, 168 + 12 * n, text, 9) for n, text in enumerate(block)),
        (40, 300, "Sc 4 INT. PALM HOUSE - DAY", 9),
    ]
    if labelled:
        rows.append((300, 128, f"Location: {labelled}", 9))
    return render(rows)


@pytest.mark.parametrize(
    ("heading", "block", "street", "sure"),
    [
        (
            "INT. PALM HOUSE / EXT. LAWN",
            ["Kibble Palace", "730 Great Western Rd", "Glasgow G12 0UE"],
            "730 Great Western Rd",
            True,  # since reader25: the scene row "Sc 4 INT. PALM HOUSE - DAY" names its room
        ),
        (
            "PLENER: OGRÓD ZIMOWY",
            ["Palmiarnia Miejska", "ul. Sulejkowska 12", "61-001 Poznan"],
            "ul. Sulejkowska 12",
            False,
        ),
    ],
)
def test_an_address_under_a_scene_heading_is_the_set(
    heading: str, block: list[str], street: str, sure: bool
) -> None:
    # Given a set's block headed by the scene's side and room, the building's address under it,
    # and a label that names only the room ("Set: the palm house")
    day = read_day(_scene_headed(heading, block))
    # Then the address is read as the set, for a person to confirm unless the day's scenes
    # name the heading's room again (test_reader25_rules.py)
    assert day["location"] is not None and street in day["location"]
    assert (day["field_confidence"]["location"] >= 0.85) is sure


def test_a_labelled_set_address_wins_over_a_scene_heading() -> None:
    block = ["Kibble Palace", "730 Great Western Rd", "Glasgow G12 0UE"]
    day = read_day(_scene_headed("INT. PALM HOUSE", block, labelled="20 Trongate, Glasgow G1 5ES"))
    assert day["location"] is not None and "Trongate" in day["location"]


def test_a_scene_heading_over_other_scenes_is_no_address() -> None:
    # Given scene headings stacked in a list, no address under any
    block = ["EXT. LAWN - DAY", "INT. OFFICE - NIGHT"]
    day = read_day(_scene_headed("INT. PALM HOUSE - DAY", block))
    # Then no set is read from them
    assert day["location"] is None or "LAWN" not in day["location"]


# --- a place's name that opens with another label's word ("Weather deck", "Lunch room") -------


def _place_block(first: str) -> bytes:
    rows = [
        *masthead("OYSTERCATCHER FILMS", "LOW TIDE", "Monday 8 June 2026"),
        *label_rows(("Crew call", "06:45"), value_x=200, top=100),
        (40, 150, "LOCATION", 9),
        (300, 150, "UNIT BASE / PARKING", 9),
        (46, 162, first, 9),
        (46, 174, "Old Pilot Station", 9),
        (46, 186, "9 Quay Road", 9),
        (46, 198, "Whitby YO21 1DH", 9),
        (306, 162, "Pier Road", 9),
        (306, 174, "Whitby YO21 3PU", 9),
        (40, 300, "Sc 7 INT. PILOT STATION - DAY", 9),
    ]
    return render(rows)


@pytest.mark.parametrize("first", ["Lunch room & kitchen garden", "Weather station and jetty"])
def test_a_place_name_opening_with_a_label_word_stays_the_place(first: str) -> None:
    # Given a set's block, flush under its heading, whose first line opens with another label's
    # word running on in lower case
    day = read_day(_place_block(first))
    # Then the block is still the set's, its address read
    assert day["location"] is not None and "9 Quay Road" in day["location"]


def test_a_label_with_its_colon_under_a_place_heading_stays_a_label() -> None:
    day = read_day(_place_block("Weather: sunny spells, 14°C"))
    assert day["location"] is None or "sunny" not in day["location"]


# --- the crew's row of a Polish department call list: "Ekipa techniczna (pozostali)" ----------


def _dept_list(crew_row: str) -> bytes:
    rows = [
        (40, 40, "SERIAL NADODRZE", 16),
        (40, 60, "CALL SHEET - odc. 31-32", 9),
        (400, 40, "DZIEN ZDJECIOWY 12", 10),
        (400, 54, "15.07.2026", 10),
        (40, 100, "GODZINY", 10),
        (46, 115, "Scenografia", 9),
        (220, 115, "05:45", 9),
        (46, 130, "Kostiumy i charakteryzacja", 9),
        (220, 130, "06:15", 9),
        (46, 145, crew_row, 9),
        (220, 145, "07:15", 9),
        (46, 160, "Aktorzy drugoplanowi", 9),
        (220, 160, "08:30", 9),
        (300, 100, "Lokacja: Stara Rzeznia", 9),
        (300, 114, "ul. Garbary 5, 61-001 Poznan", 9),
        (300, 140, "Szpital: Szpital Miejski", 9),
        (300, 154, "ul. Szwajcarska 3, 61-001 Poznan", 9),
        (40, 200, "Sc 31/4 WN. KUCHNIA - D", 9),
    ]
    return render(rows)


@pytest.mark.parametrize("crew_row", ["Ekipa techniczna (wszyscy pozostali)", "Ekipa (pozostali)"])
def test_the_crew_row_of_a_polish_department_list_is_the_call(crew_row: str) -> None:
    # Given a list of department calls, one row named for the rest of the crew
    day = read_day(_dept_list(crew_row))
    # Then that row's time is the crew call, not an earlier department's
    assert day["call_time"] == "07:15"


def test_a_department_row_is_not_the_crew_call() -> None:
    day = read_day(_dept_list("Oswietlenie (pre-light)"))
    assert day["call_time"] != "05:45"
