"""German and French call sheets, and labels whose words also name places or people.

Built from documented conventions (tests/fixtures/dispo_sheets.py), not from the held-out sheets.
"""

from __future__ import annotations

from typing import Any

import pytest
from fpdf import FPDF

from pipeline.extract import extract_document
from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.classify import verdict
from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.times import find_times
from tests.fixtures.callsheets import Row, render
from tests.fixtures.dispo_sheets import french_feuille, german_dispo


def _day(data: bytes) -> dict[str, Any]:
    result = extract_document(data).to_json()
    assert result["document_type"] == "call_sheet", result.get("reason")
    assert len(result["days"]) == 1
    return result["days"][0]


@pytest.mark.parametrize("build", [german_dispo, french_feuille])
def test_german_and_french_sheets_are_read_as_call_sheets(build: Any) -> None:
    data, want = build()
    day = _day(data)
    assert day["shooting_date"] == want["shooting_date"]
    assert day["call_time"] == want["call_time"]  # the team's, not make-up's or the first take
    assert want["location_has"] in day["location"]
    assert (day["sunrise"], day["sunset"]) == (want["sunrise"], want["sunset"])


def test_a_scene_table_column_named_motiv_or_decor_is_no_set() -> None:
    for build in (german_dispo, french_feuille):
        day = _day(build()[0])
        assert len(day["locations"]) == 1, day["locations"]


def test_hospital_named_with_the_word_keeps_it() -> None:
    day = _day(french_feuille()[0])
    assert day["hospital"]["name"] == "Hôpital de la Timone"
    assert day["hospital"]["address"] == "264 rue Saint-Pierre, 13005 Marseille"


@pytest.mark.parametrize(
    ("text", "iso", "quality"),
    [
        ("Dienstag, 12. Mai 2026", "2026-05-12", 1.0),
        ("Drehtag 5 von 20 - Dienstag, 12.05.2026", "2026-05-12", 1.0),
        ("vendredi 5 juin 2026", "2026-06-05", 1.0),
        ("Mittwoch, 12. Mai 2026", "2026-05-12", 0.3),  # the weekday disagrees
    ],
)
def test_german_and_french_dates_are_checked_by_their_weekday(
    text: str, iso: str, quality: float
) -> None:
    (found,) = find_dates(text)
    assert (found.value, found.quality) == (iso, quality)


@pytest.mark.parametrize(
    ("text", "want"),
    [("06:30 Uhr", "06:30"), ("Drehbeginn 8 Uhr", "08:00"), ("07h30", "07:30"), ("7h", "07:00")],
)
def test_german_and_french_times(text: str, want: str) -> None:
    assert [t.value for t in find_times(text)] == [want]


def test_german_streets_named_with_a_preposition() -> None:
    found = find_address("Am Güterbahnhof 3, 04109 Leipzig")
    assert found is not None and found.street == "Am Güterbahnhof 3"
    assert find_address("7:00 AM Sunset 5 PM") is None  # 'AM' is no street prefix


def test_a_dated_day_with_times_and_an_address_is_never_other_for_want_of_labels() -> None:
    # Labels in a language the vocabulary does not know: the shapes still make a shooting day.
    lines = [
        "Kuvausaikataulu nro 4",  # Finnish; none of these words is a known label
        "keskiviikko 13.5.2026",
        "Kokoontuminen 06:30",
        "Kuvaukset alkavat 08:00",
        "Lounas 13:00",
        "Mannerheimintie 12, 00100 Helsinki",
    ]
    assert verdict("\n".join(lines), False).kind == "call_sheet"
    # ... but without a dated day it is other, and other paperwork still wins on its own words
    assert verdict("\n".join(lines[2:]), False).kind == "other"
    planner = ["Weekly planner 13.05.2026", "School run 08:00", "Dentist 15:30"]
    planner += ["Groceries, laundry, chores", "Home: 12 High Street, London E3 5TB"]
    assert verdict("\n".join(planner), False).kind == "other"


def _english_day(rows: list[Row]) -> dict[str, Any]:
    head: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 60, "THE LAST TRAIN", 13),
        (400, 54, "Tuesday, 12 May 2026", 10),
        (40, 104, "Crew Call: 06:30", 10),
    ]
    return _day(render(head + rows))


def test_location_contact_is_a_person_not_a_place() -> None:
    day = _english_day(
        [
            (40, 150, "Location: 3 High Street, London E3 5TB", 10),
            (40, 164, "Location Contact: Sam Reed 07700 900123", 10),
        ]
    )
    assert [p["name"] for p in day["locations"]] == [None]
    assert day["location"] == "3 High Street, London E3 5TB"


def test_lettered_locations_with_notes_head_their_cells() -> None:
    day = _english_day(
        [
            (40, 190, "LOCATION A (performance)", 10),
            (300, 190, "LOCATION B (interviews)", 10),
            (40, 204, "Old Signal Box", 10),
            (300, 204, "Canal Studio", 10),
            (40, 218, "12 Grove Rd, London E3 5TB", 10),
            (300, 218, "4 Dock St, London E1 8JN", 10),
        ]
    )
    assert [p["name"] for p in day["locations"]] == ["Old Signal Box", "Canal Studio"]
    assert day["location"] == "12 Grove Rd, London E3 5TB"


def test_hospital_name_and_address_on_one_line_split_at_the_dash() -> None:
    day = _english_day(
        [
            (40, 150, "Location: 3 High Street, London E3 5TB", 10),
            (40, 252, "Nearest Hospital: Royal London Hospital - Whitechapel Rd, E1 1FR", 10),
        ]
    )
    assert day["hospital"]["name"] == "Royal London Hospital"
    assert day["hospital"]["address"] == "Whitechapel Rd, E1 1FR"


def test_generic_words_head_a_label_column() -> None:
    # Movie Magic style: labels right-aligned against a rule, values in one column after it.
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=9)

    def label(y: float, text: str) -> Row:
        return (122 - pdf.get_string_width(text), y, text, 9)  # right edge against the rule

    rows: list[Row] = [(40, 30, "NORTHERN LINE", 14), (480, 30, "CALL SHEET", 10)]
    for y, name, value in [
        (63, "Date", "Thursday 12/03/2026"),
        (83, "CALL", "0700"),
        (103, "Shooting Call", "0815"),
        (123, "Lunch", "1300"),
        (143, "Set", "Mill Street Studios"),
        (173, "Parking", "1800 E 51st St, Austin, TX 78723"),
        (193, "Hospital", "Dell Seton Medical Center"),
        (213, "Sunrise", "0744"),
    ]:
        rows += [label(y, name), (140, y, value, 9)]
    rows.append((140, 154, "1901 E 51st St, Austin, TX 78723", 9))
    day = _day(render(rows))
    assert day["call_time"] == "07:00"
    assert day["location"] == "1901 E 51st St, Austin, TX 78723"
    assert day["base_location"] == "1800 E 51st St, Austin, TX 78723"


def test_generic_words_in_running_text_stay_values() -> None:
    # Without a label column, 'Set' and 'Parking' at a line's start are ordinary words.
    day = _english_day(
        [
            (40, 150, "Location: 3 High Street, London E3 5TB", 10),
            (40, 170, "Set dressing from 05:00, see notes", 10),
            (40, 184, "Parking is tight: car share please", 10),
        ]
    )
    assert day["location"] == "3 High Street, London E3 5TB"
    assert day["base_location"] is None
