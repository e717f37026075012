"""Rules reader97 added, drawn in wordings and layouts of their own (not fresh65's or fresh68's
sheets): a British or Irish road's number standing where the street is ('B9176, Struie, Ardgay
IV24 3AD') is the address's street; the opening of a phone number that wraps to the next line
('... F23 H529 (094' / '902 1733).') ends no hospital's address; a learnt section's address printed
postcode first ('NR25 7RZ, Holt Road, Cley') is read whole, not as its postcode; one quote pattern
for a work quoted under its artist, a music video's song among them.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from pipeline.extract.layouts.rules import learn, read
from pipeline.extract.reader.addresses import find_addresses
from pipeline.extract.reader.title import quoted_work_over_kind, whole_quoted
from pipeline.extract.reader.town_lines import town_line
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day
from tests.unit.extract.layouts.test_layouts import prose_sheet
from tests.unit.extract.test_reader94_rules import _page

SURE = 0.85


# --- 1. a road's number where the street is --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "street", "code"),
    [
        ("Struie viewpoint, B9176, Struie, Ardgay IV24 3AD", "B9176", "IV24 3AD"),
        ("Bettyhill Hall, A836, Bettyhill, Thurso KW14 7SS", "A836", "KW14 7SS"),
        ("Doolin Pier, R479, Doolin, Co. Clare V95 X2K4", "R479", "V95 X2K4"),
        ("Kylemore car park, N59, Pollacappul, Co. Galway H91 VR90", "N59", "H91 VR90"),
    ],
)
def test_a_road_number_where_the_street_is_is_the_street(text: str, street: str, code: str) -> None:
    found = [a for a in find_addresses(text) if a.postcode == code]
    assert found and found[0].street == street and found[0].quality == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "A27 west to Brighton, about 20 minutes",  # a route in directions
        "B1648 Tigre, Buenos Aires",  # an Argentine postcode before its town
        "Dun Laoghaire, Co. Dublin, A96 K2P6",  # an Eircode's routing key
        "Paper: A4, Landscape",  # a paper size
        "Media: cards A041-A046, B027, Camera B",  # camera rolls and cards
        "Route: A2, M2, A299, Margate",  # a list of roads
    ],
)
def test_a_road_number_elsewhere_is_no_street(text: str) -> None:
    """Negative: the shape with a word after it, after a word, or among other roads."""
    assert not any(
        a.street and any(ch.isdigit() for ch in a.street) and a.street[0] in "ABNR"
        for a in find_addresses(text)
    )


def _one_liner(place: str, hospital: str = "") -> bytes:
    rows: list[Row] = [
        (40, 40, "From: Morag Ross <morag@firthpictures.example>", 9),
        (40, 53, "Sent: Monday 14 June 2027 19:20", 9),
        (40, 66, "To: crew list", 9),
        (40, 79, "Subject: Northern Light - call tomorrow", 9),
        (40, 110, "Hi all,", 10),
        (40, 126, f"Tuesday 15 June: Call 0700 at {place}.", 10),
        (40, 142, "Drone at first light if the wind drops, interviews after lunch.", 10),
        (40, 168, hospital or "Nearest A&E: Raigmore Hospital, Old Perth Road, Inverness.", 10),
        (40, 184, "Sunrise 0421, sunset 2214.", 10),
        (40, 210, "Thanks, Morag", 10),
    ]  # fmt: skip
    return render(rows, page="A4")


def test_a_one_liner_call_at_a_road_numbered_address_confirms_the_set() -> None:
    day = read_day(_one_liner("Struie viewpoint, B9176, Struie, Ardgay IV24 3AD"))
    assert "B9176" in day["location"]
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["location"] >= SURE


def test_a_one_liner_call_at_a_road_in_a_sentence_stays_in_review() -> None:
    """Negative: a road named in the sentence ('the B9176 lay-by'), no address: a person checks."""
    day = read_day(_one_liner("the B9176 lay-by above Struie, look for the van"))
    assert day["location"] is None or day["field_confidence"]["location"] < SURE


# --- 2. a phone's opening bracket at the end of a hospital's line -----------------------------


def _one_liner_wrapped(first: str, second: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "From: Morag Ross <morag@firthpictures.example>", 9),
        (40, 53, "Sent: Monday 14 June 2027 19:20", 9),
        (40, 66, "To: crew list", 9),
        (40, 79, "Subject: Northern Light - call tomorrow", 9),
        (40, 110, "Hi all,", 10),
        (40, 126, "Tuesday 15 June: Call 0700 at Struie viewpoint, B9176, Ardgay IV24 3AD.", 10),
        (40, 168, first, 10),
        (40, 181, second, 10),
        (40, 200, "Sunrise 0421, sunset 2214.", 10),
    ]  # fmt: skip
    return render(rows, page="A4")


def test_a_wrapped_phones_opening_is_cut_from_the_address() -> None:
    data = _one_liner_wrapped(
        "Nearest A&E: Raigmore Hospital, Old Perth Road, Inverness IV2 3UJ (01463", "704000)."
    )
    hospital = extract_document(data).to_json()["days"][0]["hospital"]
    assert hospital["name"] == "Raigmore Hospital"
    assert hospital["address"] == "Old Perth Road, Inverness IV2 3UJ"


def test_a_closed_bracket_in_a_hospital_address_stays() -> None:
    """Negative: a bracket closed on its line (the building, the entrance) is the address's."""
    data = _one_liner_wrapped(
        "Nearest A&E: Raigmore Hospital, Old Perth Road (Gate 2), Inverness IV2 3UJ", "Tel 704000."
    )
    hospital = extract_document(data).to_json()["days"][0]["hospital"]
    assert "(Gate 2)" in (hospital["address"] or "")


# --- 3. a learnt section's address printed postcode first -------------------------------------


def _section(line: str) -> tuple:
    return prose_sheet(
        ["We're out on the marsh all day, boots not trainers.", line, "Park on the verge."],
        ["A&E: Cromer Hospital, Mill Road, Cromer NR27 0BQ."],
    )


def test_a_postcode_first_address_under_a_learnt_section_is_read_whole() -> None:
    rule = learn("location", "NR25 7SA, Coast Road, Cley next the Sea",
                 _section("NR25 7SA, Coast Road, Cley next the Sea"))  # fmt: skip
    assert rule is not None and rule.relation == "section"
    found = read(rule, _section("NR25 7RZ, Holt Road, Cley"))
    assert found is not None and found.value == "NR25 7RZ, Holt Road, Cley"
    assert found.quality == 1.0


@pytest.mark.parametrize("line", ["NR25 7RZ, Cley", "NR25 7RZ", "NR25 7RZ - Cley Marshes"])
def test_a_postcode_first_with_no_street_under_a_section_stays_unsure(line: str) -> None:
    """Negative: a postcode alone or before place names only is never a whole address."""
    rule = learn("location", "NR25 7SA, Coast Road, Cley next the Sea",
                 _section("NR25 7SA, Coast Road, Cley next the Sea"))  # fmt: skip
    assert rule is not None
    found = read(rule, _section(line))
    assert found is None or found.quality < SURE


# --- 4. one quote pattern for a quoted work or song under its artist --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("\u201cSalt Flats\u201d", "Salt Flats"),
        ("\u201eDym nad rzek\u0105\u201d", "Dym nad rzek\u0105"),
        ("\u00abLa Nuit\u00bb", "La Nuit"),
        ("'Low Tide Club'", "Low Tide Club"),
        ("\u2018Paper Kites\u2019", "Paper Kites"),
        ("\u201cDon\u2019t Look Back\u201d", "Don\u2019t Look Back"),  # an apostrophe inside
        ("\u201cRock 'n' Roll\u201d", "Rock 'n' Roll"),
    ],
)
def test_a_name_alone_in_quotes(text: str, name: str) -> None:
    assert whole_quoted(text) == name


@pytest.mark.parametrize(
    "text",
    ["'Rock 'n' Roll Again'", "\u201cSalt Flats\u201d demo take", "Salt Flats", "'Tis"],
)
def test_no_name_alone_in_quotes(text: str) -> None:
    """Negative: a single quote's own kind inside, words after the quote, no quotes."""
    assert whole_quoted(text) is None


def test_a_song_right_under_its_artist_on_a_music_video_sheet_needs_no_kind() -> None:
    page = _page(
        "MUSIC VIDEO - SHOOT DAY 1", "THE GULLS", "\u2018Paper Kites\u2019", "Crew call 0800"
    )
    assert quoted_work_over_kind(page, "THE GULLS") == "Paper Kites"


def test_a_quoted_line_under_a_heading_on_another_sheet_needs_its_kind() -> None:
    """Negative: no music video named at the top and no kind under the quote: no work."""
    page = _page("CALL SHEET - DAY 4", "THE GULLS", "\u2018Paper Kites\u2019", "Crew call 0800")
    assert quoted_work_over_kind(page, "THE GULLS") is None


# --- 5. right but reviewed: an Irish town line with its Eircode -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Birr, Co. Offaly R42 V513",
        "Ennis, County Clare, V95 T9PX",
        "Dooagh, Achill Island, Co. Mayo",
    ],
)
def test_an_irish_town_and_county_line_is_a_town_line(text: str) -> None:
    assert town_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Main Street, Co. Offaly R42 V513",
        "Rosse Row, Birr, Co. Offaly R42 V513",
    ],
)
def test_a_street_before_the_county_is_no_town_line(text: str) -> None:
    """Negative: a street before the county is an address's, no town's line."""
    assert not town_line(text, coded_only=True)


def _irish_block(town: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "HALF MOON BAY", 18),
        (40, 60, "Call sheet 4 · Tuesday 17 November 2026", 10),
        (40, 90, "Crew call 07:30", 10),
        (40, 120, "LOCATION", 9),
        (40, 134, "Clonmacnoise Visitor Centre", 9),
        (40, 146, "Shannonbridge Road", 9),
        (40, 158, town, 9),
        (300, 120, "NEAREST A&E", 9),
        (300, 134, "Midland Regional Hospital Tullamore", 9),
        (300, 146, "Arden Road, Tullamore, Co. Offaly R35 NY51", 9),
        (40, 190, "Sunrise 08:00  Sunset 16:33", 9),
    ]
    return render(rows, page="A4")


def test_a_street_over_an_irish_town_county_and_eircode_is_the_whole_address() -> None:
    day = read_day(_irish_block("Clonmacnoise, Co. Offaly N37 V292"))
    assert day["location"] == "Shannonbridge Road, Clonmacnoise, Co. Offaly N37 V292"
    assert day["field_confidence"]["location"] >= SURE


# --- 5. right but reviewed: a one-liner's set down to its Irish county ------------------------


def test_a_one_liner_set_down_to_its_county_is_whole() -> None:
    day = read_day(_one_liner("Dog's Bay, Gurteen Road, Ballyconneely, Co. Galway"))
    assert day["location"] == "Dog's Bay, Gurteen Road, Ballyconneely, Co. Galway"
    assert day["field_confidence"]["location"] >= SURE


def test_a_one_liner_place_down_to_its_county_with_no_street_stays_in_review() -> None:
    """Negative: a place, its townland and county, no street: a person checks it."""
    day = read_day(_one_liner("Dog's Bay, Ballyconneely, Co. Galway"))
    assert day["field_confidence"]["location"] < SURE


# --- 5. right but reviewed: a yearless date whose weekday's year the header prints ------------


def _yearless(header: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "THE CLOISTER", 18),
        (40, 58, header, 9),
        (40, 80, "Date Weds 21st Oct", 10),
        (40, 96, "Unit call 0800", 10),
        (40, 130, "LOCATION", 9),
        (40, 142, "Lincoln Cathedral", 9),
        (40, 154, "Minster Yard, Lincoln LN2 1PX", 9),
        (300, 130, "NEAREST A&E", 9),
        (300, 142, "Lincoln County Hospital", 9),
        (300, 154, "Greetwell Road, Lincoln LN2 5QY", 9),
        (40, 180, "Sunrise 0741  Sunset 1755", 9),
    ]
    return render(rows, page="A4")


def test_a_season_year_in_the_header_that_the_weekday_agrees_with_confirms_the_date() -> None:
    day = read_day(_yearless("Block 2 · Autumn 2026 · Fenland Films"))
    assert day["shooting_date"] == "2026-10-21"
    assert day["field_confidence"]["shooting_date"] >= SURE


@pytest.mark.parametrize(
    "header", ["Block 2 · Autumn 2027 · Fenland Films", "Block 2 · Fenland Films · 2026 555"]
)
def test_a_year_the_weekday_does_not_give_or_no_season_year_stays_in_review(header: str) -> None:
    """Negative: a season's year the weekday disagrees with (21 Oct 2027 is a Thursday), or a
    number that is no season's year: the year from the file's date stays a guess."""
    day = read_day(_yearless(header))
    assert day["field_confidence"]["shooting_date"] < SURE
