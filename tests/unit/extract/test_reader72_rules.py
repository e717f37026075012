"""Rules reader72 added, drawn on small pages in wordings of their own (not fresh48's): a
message's "Tomorrow <date>" under its stamp of the day before names the day the message is
about, so no advance section opens there (its call and set are today's); the Baltic postcodes
("LT-01103 Vilnius", "Cēsis, LV-4101"); a rural address that names no street, only the house,
the parish and the municipality over the postcode ('Pūpoli, Straupes pagasts' / 'Cēsu novads,
LV-4152'), read whole and kept for a person to check. Rows are (x, baseline y, text, size) in
points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.address_parts import find_postcodes
from pipeline.extract.reader.place_finder import one_address
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


# --- a message's "Tomorrow <date>" that is its stamp's next day --------------------------------


def _message(stamp: str, opening: str) -> dict:
    rows: list[Row] = [
        (22, 20, "Harbour Lights - unit chat", 10),
        (22, 34, "Ilze, Peteris, Anna + 18 others", 7),
        (22, 60, f"Ilze (1st AD) - {stamp}", 7),
        (22, 74, opening, 9),
        (22, 88, "Pick-up 6:30 from the hotel (cast)", 9),
        (22, 101, "Call time 7:45 at the lighthouse", 9),
        (22, 114, "Kolkas baka, Ziemeļu iela 3, Kolka, LV-3275", 9),
        (22, 127, "Lunch 13:00, wrap 18:30", 9),
        (22, 150, "Peteris: ok", 7),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    "opening",
    [
        "Hi all! Tomorrow Friday 13.03.2026, Harbour Lights, day 4",
        "Evening everyone. Tomorrow, 13.03.2026, our day 4",
        "Good evening - tomorrow Fri 13.03.2026 is day 4",
    ],
)
def test_a_messages_tomorrow_that_is_its_stamps_next_day_is_the_day(opening: str) -> None:
    day = _message("12.03.2026, 20:41", opening)
    assert day["shooting_date"] == "2026-03-13"
    assert day["call_time"] == "07:45"
    assert "Ziemeļu iela 3" in (day["location"] or "")


def test_a_tomorrow_that_is_not_the_stamps_next_day_still_opens_an_advance() -> None:
    """Negative: stamped three days before the date after "tomorrow": the two disagree, so the
    lines under it stay another day's plan and the call is never given sure."""
    day = _message("10.03.2026, 20:41", "Hi all! Tomorrow Friday 13.03.2026, Harbour Lights, day 4")
    assert day["call_time"] is None or day["field_confidence"]["call_time"] < SURE


# --- Baltic postcodes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Brīvības iela 12, Rīga, LV-1010", "LV-1010"),
        ("Līgatnes pagasts, Cēsu novads, LV-4110", "LV-4110"),
        ("Gedimino pr. 9, LT-01103 Vilnius", "01103"),
        ("Laisvės al. 53, LT-44309 Kaunas", "44309"),
    ],
)
def test_baltic_postcodes_are_read(text: str, code: str) -> None:
    assert code in [p.code for p in find_postcodes(text) if p.strong]


@pytest.mark.parametrize("text", ["Gate LV-12 north", "Flight LV-42311", "Rack LT-7, LT-12"])
def test_other_numbers_after_the_letters_are_no_baltic_postcode(text: str) -> None:
    """Negative: the letters with too few or too many digits read as no code."""
    assert not [p for p in find_postcodes(text) if p.country in ("LV", "LT")]


# --- a rural address with no street ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (
            ["Turaidas muižas klēts", "Pūpoli, Straupes pagasts", "Cēsu novads, LV-4152"],
            "Pūpoli, Straupes pagasts, Cēsu novads, LV-4152",
        ),
        (
            ["Kalna sēta (the old barn)", "Kalna mājas, Vecpiebalgas pag.", "Cēsu nov., LV-4122"],
            "Kalna mājas, Vecpiebalgas pag., Cēsu nov., LV-4122",
        ),
        (
            ["Senoji karčema", "Bijūnų kaimas", "LT-18121 Ignalinos r."],
            "Bijūnų kaimas, LT-18121 Ignalinos r.",
        ),
    ],
)
def test_a_rural_address_is_read_under_the_places_name(lines: list[str], address: str) -> None:
    name, read, _ = one_address([*lines, "the barn and the orchard"])
    assert (name, read) == (lines[0], address)


def test_a_parish_line_with_no_postcode_under_it_is_no_address() -> None:
    """Negative: the parish alone, then the rooms: no postcode closes it."""
    _, read, _ = one_address(["Turaidas muižas klēts", "Pūpoli, Straupes pagasts", "the barn"])
    assert read is None


def _rural_sheet(place: list[str]) -> dict:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "Production: Amber Coast", 9),
        (40, 78, "Date: 14.03.2026", 9),
        (40, 94, "Crew call: 07:30", 9),
        (40, 120, "LOCATION", 8),
        *[(40, 134 + 12 * n, text, 9) for n, text in enumerate(place)],
        (40, 200, "Nearest hospital: Cēsu klīnika, Slimnīcas iela 9, Cēsis, LV-4101", 9),
    ]
    return read_day(render(rows, unicode_font=True))


def test_a_rural_set_is_read_whole_and_sure_under_its_name() -> None:
    """Since reader90 a rural address under its place's name reads sure (rural_named.py)."""
    place = ["Turaidas muižas klēts", "Pūpoli, Straupes pagasts", "Cēsu novads, LV-4152"]
    day = _rural_sheet(place)
    assert "Pūpoli, Straupes pagasts" in (day["location"] or "")
    assert day["field_confidence"]["location"] >= SURE


def test_a_street_address_under_the_name_stays_a_street_address() -> None:
    """Negative: a street with its number before the town and code is no rural address."""
    day = _rural_sheet(["Valmieras teātris", "Rīgas iela 22, Valmiera, LV-4201", "the stage"])
    assert "Rīgas iela 22" in (day["location"] or "")
    assert not any("rural address" in w for w in day["warnings"])


# --- a rural place found by its numbered road, its town and region -----------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (
            [
                "Okonjima Nature Reserve",
                "Farm Okonjima, off the B1",
                "Otjiwarongo, Otjozondjupa Region",
            ],
            "Farm Okonjima, off the B1, Otjiwarongo, Otjozondjupa Region",
        ),
        (
            ["Petrified Forest camp", "C39, 40 km west of town", "Khorixas, Kunene Region"],
            "C39, 40 km west of town, Khorixas, Kunene Region",
        ),
        (
            ["Old mission school", "D3716 gravel road, gate 2", "Gibeon, Hardap Region"],
            "D3716 gravel road, gate 2, Gibeon, Hardap Region",
        ),
    ],
)
def test_a_numbered_road_over_a_town_and_region_is_the_address(
    lines: list[str], address: str
) -> None:
    name, read, _ = one_address([*lines, "the dunes and the dry river"])
    assert (name, read) == (lines[0], address)


@pytest.mark.parametrize(
    "second",
    [
        "the riverbed and the old bridge",  # no numbered road
        "Travel call 0545 from the lodge",  # a time
        "Tel 081 924 3310",  # a phone number
    ],
)
def test_a_line_with_no_numbered_road_over_a_region_is_no_address(second: str) -> None:
    """Negative: only a numbered road makes the line over the town and region an address."""
    _, read, _ = one_address(
        ["Okonjima Nature Reserve", second, "Otjiwarongo, Otjozondjupa Region"]
    )
    assert read is None


def test_a_road_set_is_read_whole_and_sure_under_its_name() -> None:
    """Since reader90 the camp's name over its road, town and region finds the place."""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "Production: Dry River", 9),
        (40, 78, "Date: 14.03.2026", 9),
        (40, 94, "Crew call: 06:15", 9),
        (40, 120, "LOCATION", 8),
        (40, 134, "Petrified Forest camp", 9),
        (40, 146, "C39, 40 km west of town", 9),
        (40, 158, "Khorixas, Kunene Region", 9),
        (40, 200, "Nearest hospital: Khorixas State Hospital, Hospital Street, Khorixas", 9),
    ]
    day = read_day(render(rows))
    assert "C39, 40 km west of town" in (day["location"] or "")
    assert day["field_confidence"]["location"] >= SURE


# --- one sentence that calls the crew to one whole address --------------------------------------

_HOSPITAL = "Nearest hospital: Mercy Medical Center, 1111 6th Ave, Des Moines, IA 50314."


def _letter(*sentences: str) -> dict:
    rows: list[Row] = [
        (40, 40, "THE LONG FIELD - day 3", 12),
        (40, 62, "Saturday, May 9, 2026", 10),
        (40, 90, "Hi everyone, thanks for a great week so far.", 10),
        *[(40, 120 + 30 * n, text, 9) for n, text in enumerate([*sentences, _HOSPITAL])],
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    "sentence",
    [
        "Call is 6:30 AM at the boathouse in Gray's Lake Park, 2101 Fleur Dr, Des Moines, IA 50321",
        "Our crew call will be 6:30 AM at Salisbury House, 4025 Tonawanda Dr, Des Moines, IA 50312",
        # a crew call's label opening the sentence: the label reads the call, the sentence the set
        "Crew call is 6:30 AM @ the old depot, 100 Main St, Ames, IA 50010. Bring warm layers.",
    ],
)
def test_one_call_sentence_with_one_whole_address_is_sure(sentence: str) -> None:
    day = _letter(sentence)
    assert day["call_time"] == "06:30"
    assert day["field_confidence"]["call_time"] >= SURE
    assert day["field_confidence"]["location"] >= SURE
    assert not any("read from running text" in w for w in day["warnings"])


_CALL = "Call is 6:30 AM at the boathouse in Gray's Lake Park, 2101 Fleur Dr, Des Moines, IA 50321."


@pytest.mark.parametrize(
    "sentences",
    [
        # a second time in the sentence
        (
            "Call is 6:30 AM at the boathouse, 2101 Fleur Dr, Des Moines, IA 50321, "
            "first shot 7:15 AM.",
        ),
        # a rival call elsewhere on the page (a talent's, another day's)
        (_CALL, "Talent call 8:00 AM in the trailer."),
        (_CALL, "Next Saturday crew call will be 7:00 AM at the same place."),
        # the address is not whole (no postcode)
        ("Call is 6:30 AM at the boathouse in Gray's Lake Park off Fleur Dr.",),
        # a second address that may be the set
        (_CALL, "After lunch we move to Salisbury House, 4025 Tonawanda Dr, Des Moines, IA 50312."),
        # a label's call, the place named in another sentence than the call's
        ("Crew call: 6:30 AM.", "We shoot at the old depot, 100 Main St, Ames, IA 50010."),
        # everyone wanted at another time
        (_CALL, "We need everyone on set by 6:15 AM for the safety talk."),
    ],
)
def test_a_call_sentence_with_a_rival_stays_in_review(sentences: tuple[str, ...]) -> None:
    """Negatives: a second time, a rival call, an incomplete address or a second place keep
    the day for a person."""
    day = _letter(*sentences)
    assert day["confidence"] < SURE


# --- a one-word street of the postcode's own country, with no house number ---------------------


def _village_sheet(street: str, town: str) -> dict:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "Production: North Light", 9),
        (40, 78, "Date: Tuesday 14 April 2026", 9),
        (40, 94, "Crew call: 08:30", 9),
        (40, 120, "Location", 9),
        (150, 120, "Gjógv harbour chapel", 9),
        (150, 132, street, 9),
        (150, 144, town, 9),
        (40, 170, "Hospital", 9),
        (150, 170, "Landssjúkrahúsið, J.C. Svabos gøta 41, FO-100 Tórshavn", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("street", "town"), [("Gjáarvegur", "FO-476 Gjógv"), ("Kirkjuvegur", "FO-175 Kirkjubøur")]
)
def test_a_one_word_street_of_the_codes_country_is_a_street(street: str, town: str) -> None:
    day = _village_sheet(street, town)
    assert street in (day["location"] or "")
    assert day["field_confidence"]["location"] >= SURE


@pytest.mark.parametrize(
    ("street", "town"),
    [
        ("Gjógv", "FO-476 Gjógv"),  # the village's name, no street word
        ("Kullagatan", "FO-476 Gjógv"),  # another country's street word
        ("the old landing", "FO-476 Gjógv"),  # words, not a street
    ],
)
def test_no_street_of_the_codes_country_leaves_the_set_for_review(street: str, town: str) -> None:
    """Negatives: only one word ending on the postcode's country's street word counts."""
    day = _village_sheet(street, town)
    assert day["field_confidence"]["location"] < SURE
