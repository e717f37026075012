"""Postcodes written after the town, Nordic and Korean streets (issue 15, sheets nobody here has
seen): each postal convention read on a line of its own and on a small drawn page. A bare code is
also a time, a sum or a phone's fragment, so it makes an address only with its context: a street
before it, a state code, "CEP", "PIN" or the postal mark. Rows are (x, baseline y, text, size)
in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.address_parts import find_postcodes
from pipeline.extract.reader.addresses import address_score, find_address
from tests.fixtures.callsheets import column, render

Row = tuple[float, float, str, float]


@pytest.mark.parametrize(
    ("text", "code", "country"),
    [
        ("301-305 Queen St, Auckland Central, Auckland 1010", "1010", None),  # NZ Post
        ("71 Wale St, Cape Town, 8001", "8001", None),  # South Africa, code after the town
        ("1 Macquarie St, Sydney NSW 2000", "2000", "AU"),  # Australia Post: state, 4 digits
        ("Rua Boa Vista 150, Centro, São Paulo - SP, CEP 01014-000", "01014-000", "BR"),
        ("12 Hill Road, Bandra West, Mumbai 400050", "400050", None),  # India Post PIN
        ("12 Hill Road, Bandra West, Mumbai - 400 050", "400 050", None),
        ("281 Eulji-ro, Jung-gu, Seoul 04566", "04566", None),  # Korean road name, 5 digits
        ("Karl Johans gate 22, 0159 Oslo", "0159", "NO"),  # Nordic: 4 digits before the town
        ("Vesterbrogade 3, 1630 København V", "1630", "DK"),
        ("Mannerheimintie 13, 00100 Helsinki", "00100", "FI"),
    ],
)
def test_a_street_then_a_code_after_or_before_its_town_is_a_whole_address(
    text: str, code: str, country: str | None
) -> None:
    found = find_address(text)
    assert found is not None and found.start == 0
    assert found.postcode == code and found.street is not None and found.country == country
    assert address_score(text) >= 0.9


@pytest.mark.parametrize(
    ("text", "code"),
    [("Sydney NSW 2000", "2000"), ("Praça da Sé, CEP 01001-000", "01001-000"),
     ("Pin Code: 400 050", "400 050"), ("〒100-0005", "100-0005")],
)  # fmt: skip
def test_a_code_with_its_own_mark_is_a_postcode_without_a_street(text: str, code: str) -> None:
    assert [p.code for p in find_postcodes(text) if p.strong] == [code]


@pytest.mark.parametrize(
    "text",
    ["Auckland 1010", "Cape Town, 8001", "Mumbai 400050", "Seoul 04566", "Tokyo 100-0005"],
)
def test_a_bare_code_after_a_town_is_no_postcode_of_its_own(text: str) -> None:
    # it is read as the town line under a street (town_lines.py), never alone
    assert all(not p.strong for p in find_postcodes(text))
    assert find_address(text) is None


@pytest.mark.parametrize(
    "text",
    ["Camera Dan Kerr 555-0161 07:15", "Permit 400050 issued", "Crew Call 7, 0630 Lunch",
     "Studio Gate 4, 0630 arrival", "Sc 12 Queen St Lunch 1230", "Total Budget 400050",
     "Groote Schuur Hospital, Main Rd, Observatory 021 404 9111"],
)  # fmt: skip
def test_times_sums_and_phones_are_no_postcodes(text: str) -> None:
    found = find_address(text)
    assert found is None or found.postcode is None


def test_a_code_followed_by_more_digits_is_a_phone() -> None:
    # "Auckland 1023 09 367 0000": the digits run on, so no code is read in them
    found = find_address("2 Park Rd, Grafton, Auckland 1023 09 367 0000")
    assert found is not None and found.postcode is None


def test_a_word_before_a_colon_is_no_town_of_a_code_before_it() -> None:
    found = find_address("301-305 Queen St Auckland Central, Auckland 1010 Parking: Lot 4")
    assert found is not None and found.text.endswith("Auckland 1010")


def _phone_print(street: str, town: str) -> Any:
    """A phone app's printed day: the sets under a LOCATIONS heading that is no label (alone, it
    heads a crew list's department), so the set is read from the running text."""
    rows: list[Row] = [
        (24, 40, "HARBOUR LIGHTS", 16),
        (24, 60, "Tuesday, 9 June 2026", 10),
        (24, 80, "CREW CALL", 9),
        (24, 94, "7:30am", 12),
        *column("LOCATIONS", "1 Great Hall stage", "Town Hall", street, town, x=24, top=130,
                size=9, step=13),
        (24, 200, "Parking: Lot 4, Greys Ave, Harbourside", 9),
        *column("NEAREST HOSPITAL", "City Hospital", "2 Park Rd", "09 367 0000", x=24, top=230,
                size=9, step=13),
    ]  # fmt: skip
    result = extract_document(render(rows, unicode_font=True)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


@pytest.mark.parametrize(
    ("street", "town"),
    [
        ("301-305 Queen St", "Auckland Central, Auckland 1010"),
        ("Darling St", "Cape Town City Centre, Cape Town, 8001"),
        ("12 Hill Road", "Bandra West, Mumbai - 400 050"),
        ("281 Eulji-ro", "Jung-gu, Seoul 04566"),
        ("1 Macquarie St", "Sydney NSW 2000"),
        ("Rua Boa Vista 150", "Centro, São Paulo - SP, CEP 01014-000"),
        ("Karl Johans gate 22", "0159 Oslo"),
    ],
)
def test_a_set_read_from_running_text_ends_at_its_postcode(street: str, town: str) -> None:
    # Given a set's street and its town line under an unlabelled heading, a parking line after
    day = _phone_print(street, town)
    # Then the location is the street through the postcode, and not the parking line's
    assert day["location"] is not None
    assert day["location"].startswith(street) and day["location"].endswith(town.split()[-1])
    assert "Parking" not in day["location"] and "Lot 4" not in day["location"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Praça Ramos de Azevedo, s/n, República, São Paulo - SP, 01037-010",
         "Praça Ramos de Azevedo, s/n"),
        ("R. Augusta, 1500, Consolação, São Paulo - SP, 01304-001", "R. Augusta, 1500"),
    ],
)  # fmt: skip
def test_a_brazilian_street_with_its_number_or_s_n_then_its_cep(text: str, street: str) -> None:
    # Correios: type (Rua, R., Praça), name, a comma and the number or "s/n" (sem número),
    # the district, the town and state, then the CEP
    found = find_address(text)
    assert found is not None and found.text == text
    assert found.street == street and found.country == "BR" and found.quality == 1.0


def _labelled(lines: list[str]) -> Any:
    rows: list[Row] = [
        (40, 40, "OLIVE GROVE", 16),
        (40, 60, "CALL SHEET", 10),
        (400, 60, "17 March 2026", 10),
        (40, 100, "Crew call 07:00", 9),
        (320, 100, "LOCATION", 9),
        *column(*lines, x=320, top=114, size=9, step=12),
        (40, 200, "Hospital: Santa Casa, Rua Dr. Cesário Mota Jr. 112, Tel 11 2176 7000", 9),
    ]
    result = extract_document(render(rows, unicode_font=True)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


@pytest.mark.parametrize(
    "lines",
    [
        ["Praça Ramos de Azevedo, s/n, República", "São Paulo - SP, 01037-010"],
        ["12 Hill Road, Bandra West", "Mumbai - 400 050"],
    ],
)
def test_a_town_line_with_a_bare_code_completes_the_street_line_above(lines: list[str]) -> None:
    # Given a labelled set: its street line, then its town, state and a code with no mark
    day = _labelled(lines)
    # Then both lines are the location, read sure enough to need no review
    assert day["location"] == ", ".join(lines)
    assert day["field_confidence"]["location"] >= 0.85
    assert not any(w.startswith("location") for w in day["warnings"])


def test_a_locality_line_over_a_town_and_pin_is_the_whole_address() -> None:
    # Given an Indian set: place, locality and area with no house number, then 'Town, State PIN',
    # a parking line with a street and a PIN, and a hospital line with its phone after it
    rows: list[Row] = [
        (56, 40, "RANGREZ", 16),
        (56, 60, "CALL SHEET", 10),
        (56, 80, "DATE", 9), (160, 80, "Thu 12.11.26", 9),
        (56, 96, "CALL TIME (UNIT)", 9), (160, 96, "7:30 AM", 9),
        (56, 120, "LOCATION", 9), (160, 120, "Amber Fort, Devisinghpura, Amer", 9),
        (160, 132, "Jaipur, Rajasthan 302001", 9),
        (56, 150, "UNIT PARKING", 9),
        (160, 150, "Amer Road, Kheri Gate, Jaipur, Rajasthan 302002", 9),
        (56, 168, "NEAREST HOSPITAL", 9), (160, 168, "Sawai Man Singh Hospital", 9),
        (160, 180, "Jawahar Lal Nehru Marg, Jaipur, Rajasthan 302004, Ph: +91 141 256 0291", 9),
    ]  # fmt: skip
    result = extract_document(render(rows, unicode_font=True)).to_json()
    day = result["days"][0]
    # Then the set is both lines, trusted; neither the parking nor the hospital line outranks it
    assert day["location"] == "Amber Fort, Devisinghpura, Amer, Jaipur, Rajasthan 302001"
    assert day["field_confidence"]["location"] >= 0.85
    assert day["base_location"] is not None and "302002" in day["base_location"]


@pytest.mark.parametrize(
    "lines",
    [
        ["Amber Fort, Devisinghpura, Amer", "Jaipur, Rajasthan"],  # no code: not sure enough
        ["Stage 4, Crew Call 07:00", "Jaipur, Rajasthan 302001"],  # a label and a time
    ],
)
def test_no_locality_pair_without_a_code_or_with_a_label(lines: list[str]) -> None:
    from pipeline.extract.reader.town_lines import street_and_town

    assert street_and_town(lines) is None


def test_japanese_block_numbers_then_ward_town_and_code_are_an_address() -> None:
    # chōme-banchi-gō before the district, the ward, the town and Japan Post's NNN-NNNN
    found = find_address("1-9-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005")
    assert found is not None and found.street == "1-9-1 Marunouchi"
    assert found.postcode == "100-0005" and found.country == "JP" and found.quality == 1.0
    # without a ward, three numbers, a word and a phone's fragment are no address
    assert find_address("1-2-3 Kitchen, Camera 555-0161") is None
