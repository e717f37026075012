"""Label families and cell shapes from templates the reader had not seen (issue 15, fresh set):
each rule on a small page of its own, in the wording families crews use for the same field."""

from __future__ import annotations

from typing import Any

import pytest
from fpdf import FPDF

from pipeline.extract import extract_document
from tests.fixtures.callsheets import DEJAVU

Row = tuple[float, float, str, float]
SAFE = 0.85
DOT = "\u00b7"


def _render(rows: list[Row], family: str = "Helvetica") -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    if family == "DejaVu":
        pdf.add_font("DejaVu", "", str(DEJAVU))
    for x, y, text, size in rows:
        pdf.set_font(family, size=size)
        pdf.text(x, y, text)
    return bytes(pdf.output())


def _day(rows: list[Row], family: str = "Helvetica") -> dict[str, Any]:
    result = extract_document(_render(rows, family)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def _head(title: str = "HARBOUR PILOTS", date: str = "Tuesday 12 May 2026") -> list[Row]:
    return [(40, 40, title, 16), (40, 60, "CALL SHEET", 10), (400, 60, date, 10)]


def _memo(call_row: str, family: str = "Courier") -> list[Row]:
    """A documentary crew sheet typed as a memo: 'LABEL:' then the value after a tab stop."""
    return [
        (40, 40, "CREW SHEET / SHOOT BRIEF", 13),
        (40, 70, "SLUG:", 9.5),
        (114, 70, "HARBOUR PILOTS", 9.5),
        (40, 84, "DATE:", 9.5),
        (114, 84, "Tuesday May 12 2026", 9.5),
        (40, 98, call_row, 9.5),
        (40, 112, "LOCATION:", 9.5),
        (114, 112, "1055 Marginal Rd, Halifax, NS B3H 4P7", 9.5),
        (40, 140, "NEAREST A&E: St James's Hospital, James's St, Dublin 8, D08 NHY1", 9.5),
    ]


@pytest.mark.parametrize(
    ("label", "value", "want"),
    [
        ("CREW MEET:", "0715 hrs", "07:15"),
        ("RV TIME:", "0830 hrs", "08:30"),
        ("CREW IN:", "6:30 AM", "06:30"),
        ("CREW CALL (ON SET):", "07:30", "07:30"),
        ("Crew Report Time:", "7:45 AM", "07:45"),
    ],
)
def test_the_crew_call_under_its_other_names(label: str, value: str, want: str) -> None:
    # Given a memo whose crew call is printed as a meeting / rendezvous / arrival time
    rows = _memo(label)
    rows.append((170, 98, value, 9.5))
    day = _day(rows)
    # Then it is the call, and the slug is the production
    assert day["call_time"] == want
    assert day["production"] == "HARBOUR PILOTS"


def test_a_monospaced_line_keeps_a_hospital_name_whole() -> None:
    # Given a Courier memo: every space is wider than 0.45 em, so "Hospital" in the name must
    # not start a new cell
    rows = _memo("CREW MEET:")
    rows.append((170, 98, "0715 hrs", 9.5))
    hospital = _day(rows)["hospital"]
    assert hospital["name"] == "St James's Hospital"
    assert hospital["address"] == "James's St, Dublin 8, D08 NHY1"


def test_a_strip_of_times_under_their_labels() -> None:
    # Given a night shoot's strip: small labels in a row, the times under them
    rows = [
        *_head("BAYOU NOIR", "Friday, October 9, 2026"),
        (30, 100, "CREW CALL", 7),
        (137, 100, "HMU / COSTUME", 7),
        (244, 100, "SHOOTING CALL", 7),
        (351, 100, "HOT MEAL", 7),
        (30, 114, "6:30 PM", 12),
        (137, 114, "5:30 PM", 12),
        (244, 114, "7:30 PM", 12),
        (351, 114, "12:00 AM", 12),
        (30, 150, "Set Location: 1132 Royal St, New Orleans, LA 70116", 10),
    ]
    assert _day(rows)["call_time"] == "18:30"


def _polish_strip(first_row: list[Row]) -> list[Row]:
    return [
        (40, 40, "SERIAL \u201ePrzysta\u0144\u201d", 14),
        (400, 40, "PLAN DNIA nr 34", 14),
        (400, 56, "wtorek, 19.05.2026 r.", 10),
        *first_row,
        (40, 140, "OBIEKT 1", 9),
        (110, 140, "Teatr Muzyczny", 9),
        (110, 152, "pl. Grunwaldzki 1, 81-372 Gdynia", 9),
        (40, 176, "wsch. 4.16", 9),
        (97, 176, "zach. 21.24", 9),
    ]


def test_polish_hour_strip_ekipa_is_the_crew_call() -> None:
    # Given a Polish series plan: an hour table, "Ekipa" (the crew) among other departments
    rows = _polish_strip(
        [
            (44, 96, "Charakteryzacja", 7),
            (147, 96, "Ekipa", 7),
            (250, 96, "Pocz\u0105tek zdj\u0119\u0107", 7),
            (353, 96, "Obiad", 7),
            (44, 110, "5.45", 10),
            (147, 110, "7.00", 10),
            (250, 110, "8.00", 10),
            (353, 110, "13.00", 10),
        ]
    )
    day = _day(rows, "DejaVu")
    # Then the crew's time is the call; "pl." starts an address, not a "PL." (plener) scene;
    # the abbreviated sun labels are read; the quoted title is the production
    assert day["call_time"] == "07:00"
    assert day["location"] == "pl. Grunwaldzki 1, 81-372 Gdynia"
    assert (day["sunrise"], day["sunset"]) == ("04:16", "21:24")
    assert day["production"] == "Przysta\u0144"


def test_a_crew_list_under_ekipa_is_not_a_call() -> None:
    # Given "EKIPA" heading a crew list whose rows carry each person's own call
    rows = _polish_strip(
        [
            (40, 96, "EKIPA", 9),
            (40, 108, "Kamera   Jan Nowak   600 100 200   6.30", 9),
            (40, 120, "D\u017awi\u0119k   Ewa Lis   600 100 201   7.30", 9),
        ]
    )
    day = _day(rows, "DejaVu")
    # Then no crew call is claimed from a person's row
    assert day["call_time"] is None
    assert day["confidence"] < SAFE


@pytest.mark.parametrize(
    ("label", "beside", "field"),
    [
        ("NIGHT LOCATION", "UNIT BASE / CREW PARKING", "location"),
        ("FIELD LOCATION", "CREW HOTEL / HOLDING", "location"),
        ("MAIN LOCATION", "UNIT BASE", "location"),
        ("CREW BASE", "SET LOCATION", "base_location"),
    ],
)
def test_a_place_label_with_a_modifier(label: str, beside: str, field: str) -> None:
    # Given a place label qualified by a word ("NIGHT LOCATION") beside another place and a
    # hospital, each heading its cell below
    rows = [
        *_head(),
        (40, 90, "Crew Call: 7:00 AM", 10),
        (40, 130, label, 8),
        (230, 130, beside, 8),
        (420, 130, "NEAREST HOSPITAL", 8),
        (40, 142, "Gallier House", 10),
        (230, 142, "1300 N Rampart St", 10),
        (420, 142, "UMC New Orleans", 10),
        (40, 155, "1132 Royal St", 10),
        (230, 155, "New Orleans, LA 70116", 10),
        (420, 155, "2000 Canal St", 10),
        (40, 168, "New Orleans, LA 70116", 10),
        (420, 168, "New Orleans, LA 70112", 10),
    ]
    day = _day(rows)
    # Then the qualified label owns the first column's address, and no other text
    assert day[field] == "1132 Royal St, New Orleans, LA 70116"
    assert day["hospital"]["name"] == "UMC New Orleans"


def test_a_polish_place_label_with_a_modifier_after_it() -> None:
    rows = [
        (40, 40, "Nocna Zmiana", 16),
        (40, 60, "PLAN ZDJ\u0118CIOWY", 10),
        (400, 60, "pi\u0105tek/sobota 25/26 wrze\u015bnia 2026", 10),
        (40, 90, "Zbi\u00f3rka ekipy: 20.00", 10),
        (40, 130, "MIEJSCE ZDJ\u0118\u0106 NOCNYCH", 8),
        (230, 130, "BAZA", 8),
        (40, 142, "Hala Stulecia", 10),
        (230, 142, "ul. Miko\u0142aja Kopernika 9, 51-622 Wroc\u0142aw", 10),
        (40, 155, "ul. Wystawowa 1, 51-618 Wroc\u0142aw", 10),
    ]
    day = _day(rows, "DejaVu")
    assert day["location"] == "ul. Wystawowa 1, 51-618 Wroc\u0142aw"
    # the night is dated by its first day
    assert day["shooting_date"] == "2026-09-25"


@pytest.mark.parametrize(
    "label",
    [
        "Nearest Emergency Department",
        "24HR EMERGENCY",
        "CLOSEST ER",
        "NAJBLI\u017bSZY SOR",
        "Nearest A&E Department",  # a label's own words after it (department, unit, centre)
        "NEAREST HOSPITAL EMERGENCY CENTRE",
        "LOCAL HOSPITAL",  # and before it (local, nearest, closest)
        "Emergency Dept:",
        "Szpital (SOR 24h)",  # a note in brackets that ends the cell
    ],
)
def test_the_emergency_department_under_its_other_names(label: str) -> None:
    rows = [
        *_head(),
        (40, 90, "Crew Call: 7:00 AM", 10),
        (40, 104, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (40, 140, label, 9),
        (40, 153, "Royal London Hospital", 10),
        (40, 166, "Whitechapel Rd, London E1 1FR", 10),
    ]
    hospital = _day(rows, "DejaVu")["hospital"]
    assert hospital["name"] == "Royal London Hospital"
    assert hospital["address"] == "Whitechapel Rd, London E1 1FR"


def test_a_hospital_line_split_by_middle_dots() -> None:
    rows = [
        *_head(),
        (40, 90, "Crew Call: 7:00 AM", 10),
        (40, 104, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (40, 140, "CLOSEST ER", 8),
        (
            40,
            152,
            f"UNM Hospital {DOT} 2211 Lomas Blvd NE, Albuquerque, NM 87106 {DOT} (505) 272-2111",
            9,
        ),
    ]
    hospital = _day(rows, "DejaVu")["hospital"]
    assert hospital["name"] == "UNM Hospital"
    assert hospital["address"] == "2211 Lomas Blvd NE, Albuquerque, NM 87106"


def test_sun_up_and_sun_down() -> None:
    rows = [
        *_head(),
        (40, 90, "Crew Call: 7:00 AM", 10),
        (40, 104, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (40, 130, "SUN UP 5:06 AM   SUN DOWN 8:37 PM", 9),
    ]
    day = _day(rows)
    assert (day["sunrise"], day["sunset"]) == ("05:06", "20:37")


def test_a_first_name_is_not_an_abbreviated_sunset() -> None:
    # "Zach" is a first name; "zach." with its mark is the Polish sunset
    rows = [
        *_head(),
        (40, 90, "Crew Call: 7:00 AM", 10),
        (40, 104, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (40, 140, "Zach Miller 555-0101 07:00", 9),
    ]
    assert _day(rows)["sunset"] is None


def test_a_street_without_a_number_leads_its_town_line() -> None:
    rows = [
        *_head("HOLLOW TIDE", "Friday 20th February 2026"),
        (40, 90, "Crew Call: 19:00", 10),
        (40, 130, "SET LOCATION", 8),
        (40, 142, "Wales Millennium Centre", 10),
        (40, 155, "Bute Pl", 10),
        (40, 168, "Cardiff CF10 5AL", 10),
    ]
    assert _day(rows)["location"] == "Bute Pl, Cardiff CF10 5AL"


def test_a_town_and_postcode_alone_is_not_trusted_as_the_set() -> None:
    # Given a set named, then only its town and postcode: the street was never printed
    rows = [
        *_head("HOLLOW TIDE", "Friday 20th February 2026"),
        (40, 90, "Crew Call: 19:00", 10),
        (40, 130, "SET LOCATION", 8),
        (40, 142, "Wales Millennium Centre", 10),
        (40, 155, "Cardiff CF10 5AL", 10),
    ]
    day = _day(rows)
    assert day["field_confidence"]["location"] < SAFE
    assert any("no street" in w for w in day["warnings"])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Sunrise / Sunset: 6:03 AM / 7:57 PM", ("06:03", "19:57")),
        ("SUN UP/DOWN 6:03 AM / 7:57 PM", ("06:03", "19:57")),
        ("Wsch\u00f3d / zach\u00f3d s\u0142o\u0144ca 6.03 / 19.57", ("06:03", "19:57")),
        ("Lever / coucher du soleil 6h03 / 19h57", ("06:03", "19:57")),
    ],
)
def test_one_label_for_sunrise_and_sunset(line: str, want: tuple[str, str]) -> None:
    rows = [
        *_head(),
        (40, 90, "Crew Call: 7:00 AM", 10),
        (40, 104, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (40, 130, line, 9),
    ]
    day = _day(rows, "DejaVu")
    assert (day["sunrise"], day["sunset"]) == want


def test_a_time_in_brackets_is_the_value_not_a_note() -> None:
    # "CREW CALL (ON SET):" carries a note; "Sunrise (06:12)" carries its value in brackets
    rows = [
        *_head(),
        (40, 90, "CREW CALL (ON SET):", 10),
        (170, 90, "07:30", 10),
        (40, 104, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (40, 130, "Sunrise (06:12)", 9),
        (200, 130, "Sunset (19:40)", 9),
    ]
    day = _day(rows)
    assert day["call_time"] == "07:30"
    assert (day["sunrise"], day["sunset"]) == ("06:12", "19:40")


def test_a_crew_lists_first_time_under_crew_is_not_confirmed() -> None:
    # Given "CREW" heading a crew list whose first column is each person's own call: the word
    # alone is weak evidence of the general call, so the day goes to review
    rows = [
        *_head(),
        (40, 104, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (40, 140, "CREW", 9),
        (200, 140, "NAME", 9),
        (330, 140, "PHONE", 9),
        (40, 153, "06:30", 9),
        (200, 153, "Gaffer  Jo Lee", 9),
        (330, 153, "555-0101", 9),
        (40, 166, "07:00", 9),
        (200, 166, "Grip  Al Ray", 9),
        (330, 166, "555-0102", 9),
    ]
    day = _day(rows)
    assert day["field_confidence"]["call_time"] < SAFE
    assert day["confidence"] < SAFE


@pytest.mark.parametrize(
    "label",
    [
        "MAIN SET",
        "NIGHT SET",
        "LOCATION (NIGHT)",
        "Today's Location:",
        "STUDIO",
        "Filming Address",
        "Location & Parking",
        "VENUE",
        "SITE",
        "Locations:",
    ],
)
def test_the_set_under_its_other_names(label: str) -> None:
    rows = [
        *_head(),
        (40, 90, "Crew Call: 7:00 AM", 10),
        (40, 130, label, 8),
        (300, 130, "NEAREST HOSPITAL", 8),
        (40, 142, "The Old Brewery", 10),
        (300, 142, "Royal London Hospital", 10),
        (40, 155, "52 Brick Lane, London E1 6QL", 10),
        (300, 155, "Whitechapel Rd, London E1 1FR", 10),
    ]
    assert _day(rows)["location"] == "52 Brick Lane, London E1 6QL"


def test_the_locations_department_in_a_crew_list_is_no_set() -> None:
    # "Locations" alone heads a department in a crew list (a person, not a place)
    rows = [
        *_head(),
        (40, 90, "Crew Call: 7:00 AM", 10),
        (40, 130, "Locations", 9),
        (40, 142, "Location Manager   Sam Bell   555-0144", 9),
        (40, 154, "Unit Manager   Ana Ruiz   555-0145", 9),
    ]
    assert _day(rows)["location"] is None


def _strip(labels: list[str], values: list[str], *, above: bool = False) -> list[Row]:
    """A row of small labels with the times under them, or the times over them (header box)."""
    rows = [*_head(), (40, 170, "Set Location: 52 Grove Rd, London E3 5TB", 10)]
    label_y, value_y = (114, 100) if above else (100, 114)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        rows += [(40 + 107 * i, label_y, label, 7), (40 + 107 * i, value_y, value, 14)]
    return rows


def test_times_over_their_labels_just_under_the_heading() -> None:
    # Given a reality-TV strip: big times over small labels, right under "CALL SHEET"; the
    # heading owns no field, so it does not take the times from the labels under them
    labels, times = ["CREW IN", "CAST PICK-UP", "FIRST SETUP"], ["6a", "7:30a", "8a"]
    assert _day(_strip(labels, times, above=True))["call_time"] == "06:00"
    assert _day(_strip(labels, times))["call_time"] == "06:00"


def test_a_strip_of_24_hour_times_without_colons_is_a_call_sheet() -> None:
    # "UNIT CALL" over "0630": four digits beside a crew-call label are a time
    rows = _strip(["UNIT CALL", "BREAKFAST", "LUNCH", "WRAP"], ["0630", "0600", "1230", "1830"])
    rows = [r for r in rows if r[2] != "CALL SHEET"]  # no "call sheet" cue: structure alone
    day = _day(rows)
    assert day["call_time"] == "06:30"


@pytest.mark.parametrize(
    "lines",
    [
        # the street and the town on lines of their own, under the place's name
        ["Navy Yard Building 77", "141 Flushing Ave", "Brooklyn, NY 11205"],
        # the whole address on one line under the name (already read before)
        ["Navy Yard Building 77", "141 Flushing Ave, Brooklyn, NY 11205"],
    ],
)
def test_a_place_name_that_looks_like_a_street_leads_the_address_below_it(
    lines: list[str],
) -> None:
    """'Building 77' reads like a street, but a street with its town and postcode follows: the
    first line names the place, and the set is the address below it, not the name alone."""
    rows = [*_head(), (40, 100, "CREW CALL", 9), (40, 114, "7:00 AM", 11)]
    rows += [(220, 100, "NIGHT LOCATION", 9)]
    rows += [(220, 114 + 12 * i, text, 9) for i, text in enumerate(lines)]
    day = _day(rows)
    assert day["location"] == "141 Flushing Ave, Brooklyn, NY 11205"
