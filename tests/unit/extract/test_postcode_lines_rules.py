"""A postcode's town is on the postcode's own line. An Australian address ends its line on the
state and postcode, the locality before them ("Warrnambool VIC 3280"); in the sheet's text,
joined line after line, the four digits were read as a code printed before its town with the
next line's first words ("Unit Base") as that town, so the address placed the sheet nowhere and
a day-first "10/12/2026" lost its order. A code printed before its town ("20359 Hamburg",
"00-950 Warszawa") still takes the town beside it, never the next line's words. Rows are
(x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.address_parts import find_postcodes
from pipeline.extract.reader.classify import region
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _sheet(place: str, after_place: str, hospital: str, after_hospital: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Southern Ocean Films", 11),
        (380, 40, "CALL SHEET", 13),
        (40, 80, "PRODUCTION  Salt Road", 10),
        (40, 100, "DATE  10/12/2026", 10),
        (40, 120, "CREW CALL  7:30 AM", 10),
        (40, 140, f"LOCATION  {place}", 10),
        (40, 160, after_place, 10),
        (40, 180, f"HOSPITAL  {hospital}", 10),
        (40, 200, after_hospital, 10),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("place", "after_place", "hospital", "after_hospital"),
    [
        (
            "Lake Pertobe Rd, Warrnambool VIC 3280",
            "Unit Base  Lady Bay car park",
            "Warrnambool Base Hospital, Ryot St, Warrnambool VIC 3280",
            "Notes  Closed set",
        ),
        (
            "Victoria Quay, Fremantle WA 6160",
            "WEATHER  Sunny, 24°C",
            "Fiona Stanley Hospital, 11 Robin Warren Dr, Murdoch WA 6150",
            "Producer  Dana Pruitt",
        ),
    ],
)
def test_an_address_ending_its_line_on_a_state_and_postcode_places_the_sheet(
    place: str, after_place: str, hospital: str, after_hospital: str
) -> None:
    day = _sheet(place, after_place, hospital, after_hospital)
    assert day["shooting_date"] == "2026-12-10"
    assert day["field_confidence"]["shooting_date"] >= SURE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lake Pertobe Rd, Warrnambool VIC 3280\nUnit Base car park", "3280"),
        ("Invermay TAS 7248\nCrew Parking", "7248"),
        ("Docklands Studios, Docklands VIC 3008\nWeather Sunny", "3008"),
    ],
)
def test_a_line_final_state_and_postcode_is_australian(text: str, code: str) -> None:
    assert [(p.code, p.country, p.city) for p in find_postcodes(text)] == [(code, "AU", None)]
    assert region(text) == "AU"


@pytest.mark.parametrize(
    ("text", "code", "city"),
    [
        ("Hafenstrasse 9, 20359 Hamburg\nBase Camp", "20359", "Hamburg"),
        ("ul. Kordeckiego 2, 00-950 Warszawa\nParking Ekipy", "00-950", "Warszawa"),
        ("Rua Augusta 10, 1100-053 Lisboa\nBase", "1100-053", "Lisboa"),
    ],
)
def test_a_code_before_its_town_takes_the_town_beside_it(text: str, code: str, city: str) -> None:
    assert [(p.code, p.city) for p in find_postcodes(text)] == [(code, city)]


@pytest.mark.parametrize(
    "text",
    [
        "Studio 3280\nUnit Base car park",  # no state: no code, and no town from the next line
        "Hafenstrasse 9, 20359\nHamburg Hbf",
        "ul. Kordeckiego 2, 00-950\nWarszawa",
    ],
)
def test_a_code_never_takes_the_next_lines_words_as_its_town(text: str) -> None:
    assert not any(p.city for p in find_postcodes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Films SA\n1204 Genève",  # a company's 'SA' over a Swiss code and its town
        "Perth Films WA\nCall 0730",
    ],
)
def test_no_australian_code_without_one(text: str) -> None:
    assert region(text) != "AU"
