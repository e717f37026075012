"""Rules reader68 added, drawn on small pages in wordings of their own (not fresh48's): a South
Slavic street word written apart after an adjective name ('Jadranski put 5', 'Tržaška cesta
12') and a Baltic one after any name ('Brīvības iela 21', 'Gedimino pr. 9') make a street; in a
row of numbered headings ('7. NEAREST HOSPITAL  8. PARKING') the words beside a label that run
into the next heading's number are headings, the value is under the label; a paper titled as a
chaperone's record, or as a meeting's agenda or minutes, is no call sheet. Rows are (x,
baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.classify import verdict
from pipeline.extract.reader.hospital_finder import _next_numbered_heading
from pipeline.extract.reader.streets import find_streets, tokenize
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import doc_type, read_day

# --- street words written apart: South Slavic after an adjective, Baltic after any name ------


@pytest.mark.parametrize(
    "text",
    [
        "Jadranski put 5",
        "Supetarski put 12",
        "Tržaška cesta 12",
        "Dunajska cesta 101",
        "Vukovarska ulica 7",
        "Brīvības iela 21",
        "Graudu iela 36",
        "Gedimino pr. 9",
        "Savanorių prospektas 3",
    ],
)
def test_a_street_word_apart_after_its_name_makes_a_street(text: str) -> None:
    streets = find_streets(tokenize(text))
    assert len(streets) == 1 and streets[0].numbered, streets
    assert (streets[0].first, streets[0].last) == (0, len(tokenize(text)) - 1)


@pytest.mark.parametrize(
    "text",
    [
        "I put 2 chairs by the door",
        "We put 3 cones on the road",
        "Then put 2 lamps up",
        "Crew put 4 flags out",  # an English word before 'put', no adjective's ending
        "Add 5 g. 10 minutes before",
        "cesta 12",  # the street word with no name before it
    ],
)
def test_an_english_put_or_a_lone_word_is_no_street(text: str) -> None:
    assert find_streets(tokenize(text)) == []


def _venue_block_sheet(street: str, town: str) -> dict:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 60, "Morski val", 16),
        (40, 84, "Date: Tuesday 13 October 2026", 9),
        (40, 100, "Crew Call: 07:30", 9),
        (40, 130, "LOCATION", 9),
        (40, 144, "Tvrđava Sveti Nikola", 9),
        (40, 158, street, 9),
        (40, 172, town, 9),
        (40, 200, "Sunrise 07:05   Sunset 18:12", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("street", "town"),
    [("Jadranski put 5", "22000 Šibenik"), ("Brīvības iela 21", "Rīga, LV-1010")],
)
def test_the_street_under_a_venue_is_the_location(street: str, town: str) -> None:
    day = _venue_block_sheet(street, town)
    assert day["location"].startswith(street), day["location"]


# --- a row of numbered headings: the value is under the label --------------------------------


def _numbered_grid(hospital_heading: str, next_heading: str) -> dict:
    rows: list[Row] = [
        (40, 40, "NORTHERN LIGHT FILMS", 9),
        (40, 62, "Kettle Bay", 16),
        (40, 92, "1. DATE", 8),
        (300, 92, "2. CREW CALL", 8),
        (40, 106, "Wednesday 14 October 2026", 9),
        (300, 106, "07:45", 9),
        (40, 136, "3. LOCATION", 8),
        (300, 136, "4. UNIT BASE", 8),
        (40, 150, "Harbour Warehouse", 9),
        (300, 150, "Quay car park", 9),
        (40, 164, "14 Dock Road, Whitby YO21 1DH", 9),
        (300, 164, "Pier Road, Whitby YO21 3PU", 9),
        (40, 194, hospital_heading, 8),
        (300, 194, next_heading, 8),
        (40, 208, "Scarborough General Hospital", 9),
        (300, 208, "Thu 15 Oct - call 08:00", 9),
        (40, 222, "Woodlands Drive, Scarborough YO12 6QL", 9),
        (40, 250, "Sunrise 07:24   Sunset 18:14", 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    ("hospital_heading", "next_heading"),
    [
        ("5. NEAREST HOSPITAL / A&E", "6. NEXT DAY / TOMORROW"),
        ("5. NEAREST A&E / EMERGENCY", "6. ADVANCE / NEXT DAY"),
    ],
)
def test_a_numbered_heading_row_never_gives_the_hospital_its_name(
    hospital_heading: str, next_heading: str
) -> None:
    day = _numbered_grid(hospital_heading, next_heading)
    assert day["hospital"]["name"] == "Scarborough General Hospital"


@pytest.mark.parametrize(
    ("line", "text", "want"),
    [
        ("13. NEAREST HOSPITAL / A&E 14. TOMORROW", "A&E 14. TOMORROW", True),
        ("7. HOSPITAL 8. PARKING", "8. PARKING", True),
        # the label's line opens with no number of its own: no numbered row
        ("NEAREST HOSPITAL / A&E 14. TOMORROW", "A&E 14. TOMORROW", False),
        # a value with a number of its own before the next item ('Ward 4 ...')
        ("3. HOSPITAL WARD 4 2. BLOCK", "WARD 4 2. BLOCK", False),
        # no next heading's number at all
        ("3. NEAREST HOSPITAL / A&E", "A&E", False),
    ],
)
def test_the_next_numbered_heading_is_read_by_its_number(line: str, text: str, want: bool) -> None:
    assert _next_numbered_heading(line, text) is want


# --- a chaperone's record and a meeting's agenda are no call sheets -------------------------


def test_a_chaperones_daily_log_is_other() -> None:
    rows: list[Row] = [
        (40, 40, "CHAPERONE'S DAILY LOG", 14),
        (40, 58, "Child: Tom Reed (age 9) - Production: Low Tide", 9),
        (40, 74, "Licence 2026/CPL/88 - Borough of Camden", 9),
        (40, 90, "Place of performance: Harbour Warehouse, 14 Dock Road, Whitby YO21 1DH", 9),
        (40, 118, "DATE  ARRIVED  BREAKS  LEFT  HOURS", 8),
        (40, 132, "Wed 14 Oct 2026  07:50  10:00-10:20  14:30  4.5", 9),
        (40, 146, "Thu 15 Oct 2026", 9),
    ]
    assert doc_type(rows) == "other"


def test_a_call_sheet_with_a_chaperone_row_stays_a_call_sheet() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 60, "Low Tide", 16),
        (40, 84, "Date: Wednesday 14 October 2026", 9),
        (40, 100, "Crew Call: 07:30", 9),
        (40, 116, "Location: Harbour Warehouse, 14 Dock Road, Whitby YO21 1DH", 9),
        (40, 140, "CAST", 9),
        (40, 154, "Tom Reed (child) - chaperone record kept by J. Hall  07:50", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:30"


_AGENDA = [
    "Date: Tuesday 13 October 2026  Time: 09:30 - 11:00",
    "Place: Studio 2 office, 18 Mill Lane, Leeds LS1 4AB",
    "1. Schedule: day 1 is Monday 19 October, crew call 07:00 at the mill.",
    "2. Unit base at the Mill Lane car park from 06:00; lunch 13:00.",
    "3. Safety: nearest hospital Leeds General Infirmary.",
]


@pytest.mark.parametrize(
    "heading",
    [
        "AGENDA - PRE-PRODUCTION MEETING",
        "Minutes of the production meeting",
        "Réunion - ordre du jour",
    ],
)
def test_a_meeting_agenda_or_minutes_is_other(heading: str) -> None:
    assert verdict("\n".join([heading, "Mill Road Pictures", *_AGENDA]), False).kind == "other"


@pytest.mark.parametrize(
    "heading",
    [
        "CALL SHEET - production meeting agenda at lunch",
        "Meeting point at 06:45 - minutes from the unit base",
    ],
)
def test_a_call_sheet_heading_with_meeting_words_stays_a_call_sheet(heading: str) -> None:
    lines = [
        heading,
        "Mill Road Pictures - CALL SHEET",
        "Date: Monday 19 October 2026",
        "Crew Call: 07:00",
        "Location: The Old Mill, 18 Mill Lane, Leeds LS1 4AB",
        "Sunrise 07:31  Sunset 18:08",
        "Nearest Hospital: Leeds General Infirmary, Great George St, Leeds LS1 3EX",
    ]
    assert verdict("\n".join(lines), False).kind == "call_sheet"
