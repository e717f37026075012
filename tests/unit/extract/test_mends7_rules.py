"""Mends from a read-through (mends7), drawn on small pages of their own: a town line that
closes with its country ('Sydney NSW 2000 Australia', 'Masterton 5810 New Zealand') is the
address's last line, the country no town after a code. Rows are (x, baseline y, text, size) in
points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.address_parts import find_postcodes
from pipeline.extract.reader.town_lines import town_line
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _sheet(*location: str, after: str = "Sunrise 5:48 AM   Sunset 7:21 PM") -> dict:
    rows: list[Row] = [
        (40, 40, "TIDEWATER PICTURES", 14),
        (400, 40, "CALL SHEET", 12),
        (40, 70, "Production: Low Water", 9),
        (40, 84, "Date: Thursday 22 October 2026", 9),
        (40, 98, "Crew Call: 7:00 AM", 9),
        (40, 126, "LOCATION", 9),
    ]
    rows += [(40, 140 + 12 * n, text, 9) for n, text in enumerate(location)]
    rows += [(40, 200, after, 9)]
    return read_day(render(rows, unicode_font=True, page="a4"))


# --- a town line closed by its country ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "street", "town"),
    [
        ("Old Customs House", "31 Alfred St", "Sydney NSW 2000 Australia"),
        ("Wool Exchange", "120 Collins Street", "Geelong VIC 3220 AUSTRALIA"),
        ("Rail Yards", "8 Flinders Pde", "Cairns QLD 4870, Australia"),
        ("Wool Store", "12 Queen Street", "Masterton 5810 New Zealand"),
        ("Boat Sheds", "2 Marine Parade", "Napier 4110, New Zealand"),
    ],
)
def test_a_town_line_closed_by_its_country_ends_the_address(
    name: str, street: str, town: str
) -> None:
    day = _sheet(name, street, town)
    assert day["location"] == f"{street}, {town}"
    assert day["locations"][0]["name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "Sydney NSW 2000 Australia",
        "Hobart TAS 7000 Australia",
        "Darwin NT 0800, Australia",
        "Masterton 5810 New Zealand",
        "Te Aro, Wellington 6011 New Zealand",
    ],
)
def test_town_state_code_and_country_is_a_town_line(text: str) -> None:
    assert town_line(text, coded_only=True)


@pytest.mark.parametrize(
    "text",
    [
        "Fox Studios Australia",  # a name with the country in it, no code
        "Lunch 1300 New Zealand lamb",  # a row of the day: a time, then words
        "Shot 12 Australia Day parade",
        "Crew 0630 Australia",
    ],
)
def test_a_country_after_a_number_is_no_town_line(text: str) -> None:
    assert not town_line(text, coded_only=True)


def test_the_country_is_no_town_after_a_code() -> None:
    """A code before a town still names the town ('1010 Wien'), never a country."""
    assert [p.city for p in find_postcodes("Stephansplatz 3, 1010 Wien")] == ["Wien"]
    assert [p.city for p in find_postcodes("Kanalstrasse 8, 8001 Zürich")] == ["Zürich"]
    codes = find_postcodes("Fitzroy VIC 3065 Australia")
    assert [(p.code, p.country, p.city) for p in codes] == [("3065", "AU", None)]


def test_a_later_line_is_not_taken_into_the_address() -> None:
    day = _sheet("Old Customs House", "31 Alfred St", "Sydney NSW 2000", after="Australia Day")
    assert day["location"] == "31 Alfred St, Sydney NSW 2000"
