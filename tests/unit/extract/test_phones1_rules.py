"""A phone's country (phones1), drawn on small pages of their own and on the functions: a region
the sheet's words alone suggest ("Unit call", "A&E", "10:00 AM") reads a number printed in its
national form only when that country has such a number (a Cape Town hospital's "021 807 8000"
on a sheet saying "Unit call" is no British number: better unread than wrong); and any
country's dialling code on the sheet's numbers ("+27", "+254", "+353") settles its region, as
+44 / +48 / +61 / +64 did. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.classify import region
from pipeline.extract.reader.values import Guess, find_phones
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _sheet(office: str, contacts: list[str], hospital: list[str], call: str = "Unit call") -> dict:
    rows: list[Row] = [
        (40, 40, office, 9),
        (40, 70, "CALL SHEET", 18),
        (40, 100, "Production: Salt Road", 9),
        (40, 114, "Date: Thursday 12 March 2026", 9),
        (40, 128, f"{call}: 07:30", 9),
        (40, 142, "Location: Old Harbour Wall, Quay Road", 9),
        (40, 156, "Sunrise 06:21   Sunset 18:02", 9),
        (40, 184, "Nearest Hospital:", 9),
        *[(40, 198 + 14 * n, t, 9) for n, t in enumerate(hospital)],
        (40, 260, "CONTACTS", 10),
        *[(40, 276 + 14 * n, t, 9) for n, t in enumerate(contacts)],
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    ("office", "contacts", "hospital", "phone"),
    [
        (  # South Africa: the office's and crew's "+27" place the hospital's "021" in Cape Town
            "Karoo Light Films, Loop Street, Cape Town",
            ["Producer  Naledi Khumalo  +27 82 555 0143", "1st AD  Pieter Nel  +27 83 555 0177"],
            ["Groote Schuur Hospital", "Main Road, Observatory", "Tel 021 404 9111"],
            "+27214049111",
        ),
        (  # Kenya: "+254" numbers, a Nairobi hospital's "020"
            "Rift Valley Pictures, Nairobi",
            ["Producer  Wanjiru Kamau  +254 722 555 014", "1st AD  Otieno Ouma  +254 733 555 019"],
            ["Nairobi Hospital", "Argwings Kodhek Road, Nairobi", "Tel 020 284 5000"],
            "+254202845000",
        ),
        (  # Ireland: "+353" numbers, a Cork hospital's "021" (Cape Town's code at home)
            "Lee Side Films, Cork",
            ["Producer  Aoife Byrne  +353 87 555 0101", "1st AD  Cian Walsh  +353 86 555 0102"],
            ["Cork University Hospital", "Wilton Road, Cork", "Tel 021 492 2000"],
            "+353214922000",
        ),
    ],
)
def test_a_dialling_code_places_the_national_numbers(
    office: str, contacts: list[str], hospital: list[str], phone: str
) -> None:
    day = _sheet(office, contacts, hospital)
    assert day["hospital"]["phone"] == phone


def test_a_foreign_number_is_not_read_in_a_guessed_country() -> None:
    """Only "Unit call" hints at the UK, and Cape Town's number is no British one: unread."""
    day = _sheet(
        "Karoo Light Films",
        ["Producer  Naledi Khumalo"],
        ["Groote Schuur Hospital", "Main Road, Observatory", "Tel 021 404 9111"],
    )
    assert day["hospital"]["phone"] is None


def test_a_british_number_is_still_read_in_a_guessed_uk() -> None:
    """Negative: the same words, a Whitby number the UK has: read as British."""
    day = _sheet(
        "Greyfriars Pictures Ltd",
        ["Producer  Anna Price  07700 900111"],
        ["Whitby Community Hospital", "Spring Hill, Whitby", "Tel 01947 602 201"],
    )
    assert day["hospital"]["phone"] == "+441947602201"
    assert "+447700900111" in [c["phone"] for c in day["contacts"]]  # Ofcom's drama range


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Unit call 07:00\nOffice +27 21 424 8890", "ZA"),
        ("UNIT CALL 0700 · Producer +254 722 555 014", "KE"),
        ("Nearest A&E: Mater, +353 1 803 2000", "IE"),
        ("A&E  +351 21 555 0100  +351 91 555 0101  +34 91 555 0102", "PT"),  # the most printed
    ],
)
def test_a_dialling_code_settles_the_region(text: str, code: str) -> None:
    found = region(text)
    assert found == code
    assert not isinstance(found, Guess)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Unit call 07:00, travel time +20 mins", "GB"),  # a time's sign, no dialling code
        ("NEAREST A&E: Whitby Hospital", "GB"),
        ("Crew call 7:00 AM", "US"),
    ],
)
def test_words_alone_only_guess_the_region(text: str, code: str) -> None:
    found = region(text)
    assert found == code
    assert isinstance(found, Guess)


def test_a_postcode_or_dialling_code_is_no_guess() -> None:
    assert not isinstance(region("A&E: Spring Hill, Whitby YO21 1DP"), Guess)
    assert not isinstance(region("Unit call, office +44 20 7946 0123"), Guess)
    assert region("Call 07:00, +800 1234 5678") is None  # a code of no country


@pytest.mark.parametrize(
    ("text", "guess", "phones"),
    [
        ("A&E 01947 602 201", "GB", ["+441947602201"]),
        ("Hospital 021 807 8000", "GB", []),  # Cape Town's: the UK has no 021 8 numbers
        ("Medic 07700 900 123", "GB", ["+447700900123"]),  # Ofcom's drama range
        ("ER (212) 555-0142", "US", ["+12125550142"]),
        ("ER 212-555-0142", "US", ["+12125550142"]),
        ("Office +27 21 807 8000", "GB", ["+27218078000"]),  # printed with its code: kept
    ],
)
def test_a_guessed_region_reads_only_its_valid_numbers(
    text: str, guess: str, phones: list[str]
) -> None:
    assert find_phones(text, Guess(guess)) == phones


def test_a_settled_region_reads_possible_numbers_as_before() -> None:
    """Negative: a region settled by a postcode or a code reads its possible numbers."""
    assert find_phones("Mobile 07700 900 123", "GB") == ["+447700900123"]
    assert find_phones("Hospital 021 807 8000", "ZA") == ["+27218078000"]
