"""Mends from a read-through (mends7), drawn on small pages of their own: a town line that
closes with its country ('Sydney NSW 2000 Australia', 'Masterton 5810 New Zealand') is the
address's last line, the country no town after a code; a crew list under its heading row
('Dept  Position  Name  Phone') read by its columns. Rows are (x, baseline y, text, size) in
points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.address_parts import find_postcodes
from pipeline.extract.reader.model import Line, Word
from pipeline.extract.reader.rows import contacts
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


# --- a crew list read by its heading's columns ---------------------------------------------------


def _line(y: float, *cells: tuple[float, str]) -> Line:
    words: list[Word] = []
    for x, text in cells:
        for part in text.split():
            words.append(Word(part, x, x + 6 * len(part), y, y + 9, 9))
            x += 6 * len(part) + 4
    return Line(tuple(words), 0)


_COLUMNS = (40.0, 120.0, 230.0, 340.0, 440.0)


def _row(y: float, *texts: str) -> Line:
    return _line(y, *((x, t) for x, t in zip(_COLUMNS, texts, strict=False) if t))


def test_a_crew_list_is_read_by_its_columns() -> None:
    lines = [
        _row(100, "Role", "Name", "Mobile", "Email"),
        _row(112, "1st AD", "Aroha Ngata", "021 555 0199", "aroha@example.com"),
        _row(124, "Key Grip", "Sam O'Neill", "021 555 0142"),
        _row(136, "Unit Manager", "Mere Tane-Smith", "021 555 0131"),
    ]
    read = [(c.name, c.role, c.department) for c in contacts(lines, "NZ", set())]
    assert read == [
        ("Aroha Ngata", "1st AD", None),
        ("Sam O'Neill", "Key Grip", None),
        ("Mere Tane-Smith", "Unit Manager", None),
    ]


def test_a_department_column_is_the_contacts_department() -> None:
    lines = [
        _row(100, "Department", "Position", "Name", "Phone"),
        _row(112, "Camera", "Focus Puller", "Lena Hart", "0412 555 024"),
    ]
    (crew,) = contacts(lines, "AU", set())
    assert (crew.name, crew.role, crew.department) == ("Lena Hart", "Focus Puller", "Camera")


def test_a_phone_line_outside_the_list_is_read_as_before() -> None:
    """A line under the list whose words start under no name column ('Production office ...'
    at the page's left edge) and a line on the next page are read word by word."""
    lines = [
        _row(100, "Dept", "Position", "Name", "Phone"),
        _row(112, "Cam", "DOP", "Ellie Chan", "0412 555 024"),
        _line(300, (20, "Production Office Jo Park 0412 555 777")),
        Line(_row(60, "Grip", "Key Grip", "Tom Reid", "0412 555 035").words, 1),
    ]
    read = [(c.name, c.role) for c in contacts(lines, "AU", set())]
    assert read[0] == ("Ellie Chan", "DOP")
    assert read[1] == ("Production Office", "Jo Park")
    assert read[2] == ("Grip Key", "Grip Tom Reid")


def test_no_heading_row_reads_two_capitalised_words_as_the_name() -> None:
    lines = [_row(112, "Ben Walsh", "Producer", "0412 555 013")]
    (crew,) = contacts(lines, "AU", set())
    assert (crew.name, crew.role) == ("Ben Walsh", "Producer")
