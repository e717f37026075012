"""Rules reader103 added, drawn in wordings and layouts of their own (not fresh75's sheets):
a generic CALL heading over a cell that opens with the crew's call ('Crew call 07:30 (Camera
07:00)') is the crew's call; the places a day lists are places (no bare time, no sentence of
notes, no directions); Welsh street words count as street words.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.addresses import find_addresses
from pipeline.extract.reader.attach import Piece
from pipeline.extract.reader.crew_headed import cell_names_the_crew
from pipeline.extract.reader.model import Place
from pipeline.extract.reader.not_a_place import not_a_place, places_only
from pipeline.extract.reader.streets import find_streets, street_evidence, tokenize
from pipeline.extract.reader.times import find_time
from pipeline.extract.reader.welsh_streets import welsh_type
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
    # (a 'Main unit call 07:00' is the main unit's own label and time since reader77: the crew's)
    day = read_day(render(_boxed_call("Splinter unit call 07:00")))
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


# --- 2. the places a day lists are places -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "07:00",
        "7:00A",
        "8:30a",
        "8 h 45",
        "0700-1230",
        "-",
        "",
        "Hall to barn: cast and crew on foot over the bridge, 8 mins",
        "5 min walk from base",
        "turn left at the lodge gates",
        "day 1 of 2 (Block 44) - no studio recording",
        "museum open to the public; keep the lobby clear.",
        "has a show at 8:00 PM: we are out by 6:30 PM",
        "no food or drink inside the house, booties over shoes on floors",
    ],
)
def test_no_place(text: str) -> None:
    assert not_a_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "Powerscourt Estate, Enniskerry, Co. Wicklow",
        "14 Strand Road, Kilcoole, Co. Wicklow A63 XY12",
        "Marietta Square (walk, 3 min)",  # a note in brackets on a place
        "Harbour wharf, 12740 Trites Rd (walk 10 min)",
        "The Long Walk, Windsor SL4 2HT",
        "museum gallery and the coulee viewpoint",  # a set described in lower case
        "chodnik na poziomie 320 i komora pomp",
        "Calle de la Princesa 5, 28008 Madrid",
        "ul. Marszałkowska 10/12, 00-590 Warszawa",
        "the old barn at the end of the lane behind the farm",
        "Studio 2",
        "M25 J10",
    ],
)
def test_a_place(text: str) -> None:
    assert not not_a_place(text)


def test_the_first_place_always_stays() -> None:
    places = [Place("07:00", "07:00"), Place("Boathouse", "14 Strand Road"), Place("-", "-")]
    assert places_only(places) == (Place("07:00", "07:00"), Place("Boathouse", "14 Strand Road"))


def test_a_cast_tables_times_and_a_day_count_are_not_the_days_places() -> None:
    rows: list[Row] = [
        (40, 40, "HARBOUR LIGHTS", 16),
        (40, 62, "Wednesday 14 April 2027", 11),
        (40, 76, "Crew call 07:30", 10),
        (40, 110, "LOCATION", 9),
        (40, 124, "Kilcoole Boathouse", 9),
        (40, 136, "14 Strand Road, Kilcoole, Co. Wicklow A63 XY12", 9),
        (40, 150, "Travel: cast and crew on foot over the dunes, 8 mins", 9),
        (40, 170, "Sunrise 06:41  Sunset 20:11", 9),
        (40, 190, "Nearest A&E: St Columcille's Hospital, Loughlinstown, Co. Dublin", 9),
        (40, 220, "ARTIST", 8),
        (150, 220, "CHARACTER", 8),
        (260, 220, "MAKE-UP", 8),
        (340, 220, "LOCATION", 8),
        (40, 232, "Ciara Holohan", 8),
        (150, 232, "Deirdre", 8),
        (260, 232, "06:45", 8),
        (340, 232, "07:30", 8),
        (40, 244, "Rory Devane", 8),
        (150, 244, "Lorcan", 8),
        (260, 244, "07:00", 8),
        (340, 244, "-", 8),
        (40, 270, "Location day 1 of 2 - no studio recording today", 8),
    ]
    day = read_day(render(rows))
    assert day["location"] == "14 Strand Road, Kilcoole, Co. Wicklow A63 XY12"
    assert [p["name"] for p in day["locations"]] == ["Kilcoole Boathouse"]


# --- 3. Welsh street words ---------------------------------------------------------------------


def _street(text: str) -> str | None:
    found = find_addresses(text)
    return found[0].street if found else None


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Canolfan y Celfyddydau, 12 Heol y Frenhines, Caerdydd CF10 2BH", "12 Heol y Frenhines"),
        ("Heol y Frenhines, Caerdydd CF10 2BH", "Heol y Frenhines"),
        ("Neuadd y Dref, Stryd Fawr, Llanberis LL55 4EU", "Stryd Fawr"),
        ("14 Ffordd Penrhos, Bangor LL57 2EF", "14 Ffordd Penrhos"),
        ("Caffi'r Harbwr, 3 Lôn Las, Abersoch LL53 7AB", "3 Lôn Las"),
        ("Rhodfa'r Môr, Aberystwyth SY23 2AZ", "Rhodfa'r Môr"),
        ("7 Teras Bodlondeb, Bangor LL57 2BH", "7 Teras Bodlondeb"),
        ("Sgwâr y Castell, Caernarfon LL55 2NF", "Sgwâr y Castell"),
        ("Plas Newydd, Heol Hir, Llandaf, Caerdydd CF5 2AB", "Heol Hir"),
        ("Y Stryd Fawr, Harlech LL46 2YA", "Y Stryd Fawr"),
    ],
)
def test_a_welsh_street_word_makes_a_street(text: str, street: str) -> None:
    assert _street(text) == street


@pytest.mark.parametrize(
    "text",
    [
        "Lon Chaney Theatre",  # 'Lon' unaccented, no house number: a first name
        "Teras",  # the word alone, no name after it
        "walk up the heol fach to the gate",  # lower case: no street word opening a name
        "Stryd, Caerdydd",  # the name cut off by a comma
    ],
)
def test_no_welsh_street_without_its_name(text: str) -> None:
    assert find_streets(tokenize(text)) == []


@pytest.mark.parametrize(
    ("street", "evidence"),
    [("Heol Hir", True), ("Sgwâr y Castell", True), ("Lon Chaney Theatre", False)],
)
def test_a_welsh_street_word_is_evidence_of_a_street(street: str, evidence: bool) -> None:
    assert street_evidence(street) is evidence


@pytest.mark.parametrize(
    ("key", "welsh"),
    [("heol", True), ("sgwâr", True), ("rhodfa'r", True), ("road", False), ("lane", False)],
)
def test_welsh_type_words(key: str, welsh: bool) -> None:
    assert welsh_type(key) is welsh


def _welsh_set(street: str, town: str) -> list[Row]:
    return [
        (40, 40, "Y GWYLIWR", 16),
        (40, 62, "Dydd Mawrth 13 Ebrill 2027 / Tuesday 13 April 2027", 10),
        (40, 80, "Crew call 07:30", 10),
        (40, 110, "LOCATION", 9),
        (40, 124, "Neuadd y Dref", 9),
        (40, 136, street, 9),
        (40, 148, town, 9),
        (40, 170, "Sunrise 06:32  Sunset 20:05", 9),
        (40, 190, "Nearest A&E: Ysbyty Gwynedd, Penrhosgarnedd, Bangor LL57 2PW", 9),
    ]


@pytest.mark.parametrize(
    ("street", "town"),
    [
        ("Heol y Frenhines", "Caerdydd"),
        ("12 Stryd Fawr", "Llanberis"),
        ("Sgwâr y Castell", "Caernarfon LL55 2NF"),
        ("High Street", "Caerdydd"),  # the English street, read the same way
    ],
)
def test_a_welsh_street_under_the_set_is_its_address(street: str, town: str) -> None:
    day = read_day(render(_welsh_set(street, town), unicode_font=True))
    assert day["location"].startswith(street)
    assert day["field_confidence"]["location"] >= SURE


def test_a_name_line_that_is_no_welsh_street_is_not_confirmed() -> None:
    day = read_day(render(_welsh_set("Lon Chaney Theatre", "Caerdydd"), unicode_font=True))
    assert day["field_confidence"]["location"] < SURE
