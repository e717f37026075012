"""Values attached to the label whose cell holds them, on generated pages in real-world layouts."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.attach import fits
from pipeline.extract.reader.fields import clean_title
from tests.fixtures import callsheets as C

SAFE = 0.85


def _day(rows: list[C.Row], *, unicode_font: bool = False) -> dict[str, Any]:
    result = extract_document(C.render(rows, unicode_font=unicode_font)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def _head(title: str = "BRICK LANE BLUES") -> list[C.Row]:
    return [(30, 40, title, 18), (30, 60, "CALL SHEET", 10)]


def test_grid_value_does_not_absorb_a_left_aligned_line_below_it() -> None:
    # Given a plain grid (labels on one row, values on the next) and, a few millimetres below,
    # a left-aligned hospital line long enough to run under the SET LOCATION column
    rows = [
        *_head(),
        (30, 100, "DATE", 9),
        (200, 100, "CREW CALL", 9),
        (360, 100, "SET LOCATION", 9),
        (30, 114, "Tuesday 17 March 2026", 9),
        (200, 114, "07:30", 9),
        (360, 114, "52 Grove Rd, London E3 5TB", 9),
        (30, 130, "Hospital: St Thomas' Hospital, Westminster Bridge Rd, London SE1 7EH", 10),
    ]
    day = _day(rows)
    # Then the location is the one address in its cell, and the hospital keeps its own line
    assert day["location"] == "52 Grove Rd, London E3 5TB"
    assert day["hospital"]["name"] == "St Thomas' Hospital"
    assert day["hospital"]["address"] == "Westminster Bridge Rd, London SE1 7EH"
    assert (day["call_time"], day["shooting_date"]) == ("07:30", "2026-03-17")


def _toronto_grid() -> list[C.Row]:
    """One-page commercial template: numbered labels, each value in the grid cell below."""
    return [
        (30, 40, "NORTHERN LIGHTS PRODUCTIONS", 16),
        (30, 58, "CALL SHEET", 10),
        (30, 90, "1. PRODUCTION", 8),
        (220, 90, "2. SHOOT DATE", 8),
        (410, 90, "3. CREW CALL", 8),
        (30, 104, "Maple Leaf Yogurt :30", 10),
        (220, 104, "Tuesday, November 3, 2026", 10),
        (410, 104, "7:00 AM", 10),
        (30, 140, "4. SET LOCATION", 8),
        (220, 140, "5. UNIT BASE / CREW PARKING", 8),
        (410, 140, "6. NEAREST HOSPITAL", 8),
        (30, 154, "Casa Loma", 10),
        (220, 154, "Green P Lot 215", 10),
        (410, 154, "Toronto Western Hospital", 10),
        (30, 168, "1 Austin Terrace", 10),
        (220, 168, "20 Spadina Rd", 10),
        (410, 168, "399 Bathurst St", 10),
        (30, 182, "Toronto, ON M5R 1X8", 10),
        (220, 182, "Toronto, ON M5R 2S7", 10),
        (410, 182, "Toronto, ON M5T 2S8", 10),
        (30, 220, "7. SUNRISE", 8),
        (220, 220, "8. SUNSET", 8),
        (30, 234, "6:58 AM", 10),
        (220, 234, "4:52 PM", 10),
    ]


def test_numbered_labels_with_values_in_the_cell_below() -> None:
    day = _day(_toronto_grid())
    assert day["call_time"] == "07:00"
    assert day["shooting_date"] == "2026-11-03"
    assert day["location"] == "1 Austin Terrace, Toronto, ON M5R 1X8"
    assert day["locations"][0]["name"] == "Casa Loma"
    assert day["base_location"] == "20 Spadina Rd, Toronto, ON M5R 2S7"
    assert day["hospital"]["name"] == "Toronto Western Hospital"
    assert day["hospital"]["address"] == "399 Bathurst St, Toronto, ON M5T 2S8"
    assert (day["sunrise"], day["sunset"]) == ("06:58", "16:52")
    assert day["production"] == "Maple Leaf Yogurt :30"
    assert day["confidence"] >= SAFE


LABELS = [
    "1. SET LOCATION",
    "Location 2",
    "SET #1",
    "Set 1:",
    "(1) Shoot Location",
    "Location Address",
    "Miejsce zdjęć",
    "Lokacja 1",
]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("above", [False, True])
def test_location_label_variants(label: str, above: bool) -> None:
    address = "ul. Piotrkowska 104, 90-425 Łódź"
    value_at = (30, 114) if above else (140, 100)
    rows = [
        *_head(),
        (30, 80, "Crew Call: 7:00", 10),
        (30, 100, label, 10),
        (*value_at, address, 10),
    ]
    day = _day(rows, unicode_font=True)
    assert day["location"] == address


@pytest.mark.parametrize(
    "label", ["Unit Base / Crew Parking", "Basecamp", "Crew Parking", "Baza", "Unit Base"]
)
def test_base_label_variants(label: str) -> None:
    rows = [
        *_head(),
        (30, 80, "Crew Call: 7:00", 10),
        (30, 100, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (30, 120, label, 10),
        (30, 134, "Car park, 10 Mile End Rd, London E1 4TT", 10),
    ]
    day = _day(rows, unicode_font=True)
    assert day["base_location"] == "Car park, 10 Mile End Rd, London E1 4TT"
    assert day["location"] == "52 Grove Rd, London E3 5TB"


def test_several_sets_all_listed_lowest_number_first() -> None:
    rows = [
        *_head(),
        (30, 80, "Crew Call: 7:00", 10),
        (30, 100, "SET #2: Mile End Park, 10 Grove Rd, London E3 4PE", 10),
        (30, 116, "SET #1: The Old Brewery, 52 Brick Lane, London E1 6QL", 10),
        (30, 132, "Hospital #2: Homerton Hospital, Homerton Row, London E9 6SR", 10),
        (30, 148, "Hospital #1: Royal London Hospital, Whitechapel Rd, London E1 1FR", 10),
    ]
    day = _day(rows)
    assert day["location"] == "The Old Brewery, 52 Brick Lane, London E1 6QL"
    assert [p["address"] for p in day["locations"]] == [
        "The Old Brewery, 52 Brick Lane, London E1 6QL",
        "Mile End Park, 10 Grove Rd, London E3 4PE",
    ]
    assert day["hospital"]["name"] == "Royal London Hospital"


def test_a_two_line_hospital_name_keeps_its_first_line() -> None:
    rows = [
        *_head(),
        (30, 80, "Crew Call: 7:00", 10),
        (30, 100, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (30, 130, "NEAREST HOSPITAL", 9),
        (30, 144, "St Thomas' Hospital", 10),
        (30, 158, "Emergency Department", 10),
        (30, 172, "Westminster Bridge Rd, London SE1 7EH", 10),
    ]
    hospital = _day(rows)["hospital"]
    assert hospital["name"] == "St Thomas' Hospital"
    assert hospital["address"] == "Westminster Bridge Rd, London SE1 7EH"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("BRICK LANE BLUES 7:00 AM", "BRICK LANE BLUES"),
        ("Brick Lane Blues - Shoot Day 2 of 3 · Thursday 19 March 2026", "Brick Lane Blues"),
        ("Brick Lane Blues | Thursday", "Brick Lane Blues"),
        ("Brick Lane Blues 19/03/2026", "Brick Lane Blues"),
        ("Ostatni Dzwonek \u2013 dzień zdjęciowy 7", "Ostatni Dzwonek"),
        ("Maple Leaf Yogurt :30", "Maple Leaf Yogurt :30"),
        ("2 Days in Paris", "2 Days in Paris"),
        ("The Monday Club", "The Monday Club"),
        ("Blade Runner 2049", "Blade Runner 2049"),
        ("Friday Night Lights", "Friday Night Lights"),
        ("Brick Lane Blues Thursday 19 March 2026 7:00AM", "Brick Lane Blues"),
        ("BRICK LANE BLUES - Day 2/3", "BRICK LANE BLUES"),
        # the bracket that opened the cut tail goes with it; a bracket kept whole stays
        ("Cafe (10:30 call)", "Cafe"),
        ("Harbour Lights (Day 2 of 3)", "Harbour Lights"),
        ("The Crew [7:30 call]", "The Crew"),
        ("Edge (2026)", "Edge (2026)"),
    ],
)
def test_title_loses_its_trailing_day_date_and_time(raw: str, want: str) -> None:
    assert clean_title(raw) == want


def test_labelled_title_with_trailing_shoot_day_is_cleaned() -> None:
    rows = [
        (30, 40, "CALL SHEET", 16),
        (30, 64, "Production: Brick Lane Blues - Shoot Day 2 of 3", 10),
        (30, 80, "Crew Call: 7:00", 10),
    ]
    assert _day(rows)["production"] == "Brick Lane Blues"


def _polish_list() -> list[C.Row]:
    """A typed Polish list with every rival of the crew call and the shooting date printed."""
    return [
        (30, 40, "DZIENNY PLAN PRACY", 16),
        (30, 62, "Tytuł: Ostatni Dzwonek", 10),
        (360, 62, "Data wysłania: 14.03.2026", 10),
        (30, 80, "Data: poniedziałek, 16.03.2026", 10),
        (30, 100, "Zbiórka produkcji: 6.00", 10),
        (30, 114, "Zbiórka ekipy: 7.00", 12),
        (30, 128, "Start zdjęć: 8.00", 10),
        (30, 142, "Obiad: 13.00", 10),
        (30, 156, "Obiekt zdjęciowy: ul. Piotrkowska 104, 90-425 Łódź", 10),
        (30, 200, "PLAN NA JUTRO", 11),
        (30, 216, "Data: wtorek, 17.03.2026", 10),
        (30, 230, "Zbiórka ekipy: 6.30", 10),
    ]


def test_polish_crew_call_and_date_win_cleanly_over_explained_rivals() -> None:
    day = _day(_polish_list(), unicode_font=True)
    assert day["call_time"] == "07:00"
    assert day["shooting_date"] == "2026-03-16"
    assert day["field_confidence"]["call_time"] >= SAFE
    assert day["field_confidence"]["shooting_date"] >= SAFE
    assert not [w for w in day["warnings"] if " or " in w]


@pytest.mark.parametrize(
    "rival",
    ["Call \u2013 camera: 6:30", "Call (cast): 6:30", "Lunch: 6:30", "Tomorrow's crew call 6:30"],
)
def test_someone_elses_call_is_not_a_rival(rival: str) -> None:
    rows = [*_head(), (30, 80, rival, 10), (30, 100, "Crew Call: 7:00", 10)]
    rows.append((30, 120, "Set Location: 52 Grove Rd, London E3 5TB", 10))
    day = _day(rows, unicode_font=True)
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= SAFE


def test_two_crew_call_labels_that_disagree_stay_ambiguous() -> None:
    rows = [*_head(), (30, 80, "Crew Call: 6:30", 10), (300, 80, "Crew Call: 7:00", 10)]
    day = _day(rows)
    assert day["field_confidence"]["call_time"] <= 0.5
    assert any(w.startswith("call_time:") and " or " in w for w in day["warnings"])


def test_a_value_beside_its_label_continues_on_the_lines_aligned_under_it() -> None:
    rows = [
        *_head(),
        (30, 80, "Unit Call: 08:00", 10),
        (30, 100, "Set Location:", 10),
        (110, 100, "The Old Brewery", 10),
        (110, 114, "52 Brick Lane, London E1 6QL", 10),
        (30, 128, "Unit Base:", 10),
        (110, 128, "Ely's Yard, 91 Brick Lane, London E1 6QR", 10),
    ]
    day = _day(rows)
    assert day["locations"][0] == {
        "name": "The Old Brewery",
        "address": "52 Brick Lane, London E1 6QL",
    }
    assert day["base_location"] == "Ely's Yard, 91 Brick Lane, London E1 6QR"


def test_a_scene_table_location_column_does_not_outrank_the_set_address() -> None:
    rows = [
        *_head(),
        (30, 80, "Crew Call: 7:00", 10),
        (30, 100, "SC", 8),
        (80, 100, "SET", 8),
        (300, 100, "D/N", 8),
        (400, 100, "LOCATION", 8),
        (30, 114, "12", 9),
        (80, 114, "INT. KITCHEN", 9),
        (300, 114, "D", 9),
        (400, 114, "The Flat", 9),
        (30, 160, "Set Location: 52 Grove Rd, London E3 5TB", 10),
    ]
    day = _day(rows)
    assert day["location"] == "52 Grove Rd, London E3 5TB"


def test_a_label_column_reaches_its_values_across_a_column_gap() -> None:
    # Given a spreadsheet export: labels in one column, values in another far to the right
    rows = [
        *_head(),
        (30, 80, "Date", 10),
        (250, 80, "Thursday 19 March 2026", 10),
        (30, 96, "Crew Call", 10),
        (250, 96, "07:45", 10),
        (30, 112, "Lunch", 10),
        (250, 112, "13:00", 10),
        (30, 128, "Shoot Location", 10),
        (250, 128, "52 Grove Rd, London E3 5TB", 10),
    ]
    day = _day(rows)
    assert (day["call_time"], day["location"]) == ("07:45", "52 Grove Rd, London E3 5TB")
    assert day["shooting_date"] == "2026-03-19"
    assert day["confidence"] >= SAFE


def test_leader_dots_are_not_part_of_the_value() -> None:
    rows = [*_head(), (30, 80, "Crew Call ........ 7:00", 10)]
    rows.append((30, 100, "Location ........ 52 Grove Rd, London E3 5TB", 10))
    day = _day(rows)
    assert (day["call_time"], day["location"]) == ("07:00", "52 Grove Rd, London E3 5TB")


def _polish_grid() -> list[C.Row]:
    """'Dzienny plan pracy' grid: a row of labels, their values in the cells below."""
    return [
        (30, 40, "DZIENNY PLAN PRACY", 16),
        (400, 40, "Wersja 2 z dnia 12.03.2026", 9),
        (30, 62, "Tytuł: Ostatni Dzwonek", 10),
        (30, 90, "Data", 9),
        (150, 90, "Zbiórka ekipy", 9),
        (260, 90, "Start zdjęć", 9),
        (360, 90, "Obiad", 9),
        (460, 90, "Koniec zdjęć", 9),
        (30, 104, "śr. 18.03.2026", 10),
        (150, 104, "6:30", 10),
        (260, 104, "7:30", 10),
        (360, 104, "13:00", 10),
        (460, 104, "18:30", 10),
        (30, 130, "Miejsce zdjęć 1", 9),
        (250, 130, "Miejsce zdjęć 2", 9),
        (430, 130, "Baza", 9),
        (30, 144, "Dom Kultury", 10),
        (250, 144, "Park Źródliska", 10),
        (430, 144, "Parking przy hali", 10),
        (30, 158, "ul. Piotrkowska 104", 10),
        (250, 158, "al. Piłsudskiego 11", 10),
        (430, 158, "ul. Targowa 1", 10),
        (30, 172, "90-425 Łódź", 10),
        (250, 172, "90-001 Łódź", 10),
        (430, 172, "90-022 Łódź", 10),
        (30, 200, "Zbiórka jutro: 7:00", 10),
    ]


def test_polish_grid_reads_each_cell_and_lists_both_sets() -> None:
    day = _day(_polish_grid(), unicode_font=True)
    assert (day["shooting_date"], day["call_time"]) == ("2026-03-18", "06:30")
    assert day["location"] == "ul. Piotrkowska 104, 90-425 Łódź"
    assert [p["name"] for p in day["locations"]] == ["Dom Kultury", "Park Źródliska"]
    assert day["base_location"] == "ul. Targowa 1, 90-022 Łódź"
    assert day["production"] == "Ostatni Dzwonek"
    assert day["confidence"] >= SAFE, day["warnings"]


@pytest.mark.parametrize("rival", ["Client Call: 6:00", "Talent Call 6:00", "Zbiórka obsady: 6:00"])
def test_other_peoples_calls_before_the_crew_call(rival: str) -> None:
    rows = [*_head(), (30, 80, rival, 10), (30, 100, "Call: 7:00", 10)]
    rows.append((30, 120, "Set Location: 52 Grove Rd, London E3 5TB", 10))
    day = _day(rows, unicode_font=True)
    assert day["call_time"] == "07:00"


@pytest.mark.parametrize(
    ("line", "want"),
    [("Closest Hospital: Royal London Hospital", "Royal London Hospital"),
     ("Local A&E: Homerton Hospital", "Homerton Hospital")],
)  # fmt: skip
def test_a_label_with_a_word_before_it_counts_when_it_ends_in_a_colon(line: str, want: str) -> None:
    rows = [*_head(), (30, 80, "Crew Call: 7:00", 10), (30, 100, line, 10)]
    assert _day(rows)["hospital"]["name"] == want


def test_a_prefixed_call_label_is_weaker_than_the_crew_call() -> None:
    rows = [*_head(), (30, 80, "Rigging Crew Call: 6:00", 10), (30, 100, "Crew Call: 7:00", 10)]
    day = _day(rows)
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= SAFE


@pytest.mark.parametrize(
    ("kind", "text", "want"),
    [("call", "7:00 AM", True), ("call", "Casa Loma", False), ("date", "19/03/2026", True),
     ("date", "07:00", False), ("location", "07:00", False), ("location", "Casa Loma", True)],
)  # fmt: skip
def test_a_piece_fits_the_labels_that_can_head_its_shape(kind: str, text: str, want: bool) -> None:
    assert fits(kind, text) is want


def test_cues_belong_to_their_own_cell_on_a_shared_line() -> None:
    # Given today's and tomorrow's values side by side on one line, and the sending date
    rows = [
        *_head(),
        (30, 80, "Date: 16.03.2026", 10),
        (300, 80, "Sent: 14.03.2026", 10),
        (30, 100, "Crew Call: 7:00", 10),
        (300, 100, "Tomorrow's call: 6:30", 10),
        (30, 120, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (30, 140, "Zbiórka 7:00, następnie przejazd na plan", 10),
    ]
    day = _day(rows, unicode_font=True)
    assert (day["shooting_date"], day["call_time"]) == ("2026-03-16", "07:00")
    assert day["confidence"] >= SAFE, day["warnings"]


def test_us_boxes_side_by_side_with_a_big_crew_call_under_its_label() -> None:
    rows = [
        (30, 40, "GOLDEN HOUR", 18),
        (30, 60, "CALL SHEET", 10),
        (430, 40, "GENERAL CREW CALL", 9),
        (440, 62, "7:00 AM", 20),
        (430, 84, "Shooting Call 8:00 AM      Lunch 12:30 PM", 8),
        (30, 80, "Thursday, March 19, 2026", 10),
        (30, 95, "Day 3 of 12", 10),
        (30, 130, "LOCATION 1", 8),
        (230, 130, "LOCATION 2", 8),
        (430, 130, "NEAREST HOSPITAL", 8),
        (30, 144, "Griffith Observatory", 9),
        (230, 144, "Fern Dell", 9),
        (430, 144, "Kaiser Permanente", 9),
        (30, 158, "2800 E Observatory Rd", 9),
        (230, 158, "2333 Fern Dell Dr", 9),
        (430, 158, "4867 Sunset Blvd", 9),
        (30, 172, "Los Angeles, CA 90027", 9),
        (230, 172, "Los Angeles, CA 90068", 9),
        (430, 172, "Los Angeles, CA 90027", 9),
    ]
    day = _day(rows)
    assert (day["call_time"], day["shooting_date"]) == ("07:00", "2026-03-19")
    assert day["location"] == "2800 E Observatory Rd, Los Angeles, CA 90027"
    assert [p["name"] for p in day["locations"]] == ["Griffith Observatory", "Fern Dell"]
    assert day["hospital"]["name"] == "Kaiser Permanente"
    assert day["hospital"]["address"] == "4867 Sunset Blvd, Los Angeles, CA 90027"
    assert day["confidence"] >= SAFE, day["warnings"]


def test_uk_label_value_columns_with_two_numbered_locations() -> None:
    rows = [
        (30, 40, "THE LONG ACRE", 18),
        (30, 58, "Call Sheet No. 12", 10),
        (400, 58, "Shoot Day 12 of 30", 10),
        (30, 80, "Date:", 9),
        (100, 80, "Thursday 19th March 2026", 9),
        (30, 96, "Unit Call:", 9),
        (100, 96, "07:30", 9),
        (30, 112, "Breakfast:", 9),
        (100, 112, "06:45 - 07:15", 9),
        (30, 128, "Lunch:", 9),
        (100, 128, "13:00", 9),
        (30, 144, "Est. Wrap:", 9),
        (100, 144, "18:30", 9),
        (300, 80, "Location 1:", 9),
        (380, 80, "Hatfield House", 9),
        (380, 94, "Great North Rd, Hatfield AL9 5HX", 9),
        (300, 112, "Location 2:", 9),
        (380, 112, "Mill Green Museum", 9),
        (380, 126, "Mill Green Ln, Hatfield AL9 5PD", 9),
        (300, 144, "Unit Base / Crew Parking:", 9),
        (420, 144, "West Car Park, Great North Rd, AL9 5HX", 9),
        (300, 170, "Nearest A&E:", 9),
        (380, 170, "Lister Hospital", 9),
        (380, 184, "Coreys Mill Ln, Stevenage SG1 4AB", 9),
    ]
    day = _day(rows)
    assert (day["call_time"], day["shooting_date"]) == ("07:30", "2026-03-19")
    assert day["locations"][0] == {
        "name": "Hatfield House",
        "address": "Great North Rd, Hatfield AL9 5HX",
    }
    assert day["locations"][1]["name"] == "Mill Green Museum"
    assert day["base_location"] == "West Car Park, Great North Rd, AL9 5HX"
    assert day["hospital"] == {
        "name": "Lister Hospital",
        "address": "Coreys Mill Ln, Stevenage SG1 4AB",
        "phone": None,
    }
    assert day["confidence"] >= SAFE, day["warnings"]


def test_a_numbered_polish_label_before_a_street_prefix() -> None:
    rows = [*_head(), (30, 80, "Zbiórka ekipy: 7:00", 10)]
    rows.append((30, 100, "Lokacja 1 ul. Piotrkowska 104, 90-425 Łódź", 10))
    assert _day(rows, unicode_font=True)["location"] == "ul. Piotrkowska 104, 90-425 Łódź"


def test_a_value_beside_its_label_stops_where_the_next_column_starts() -> None:
    rows = [
        *_head(),
        (30, 80, "Zbiórka ekipy: 7:00", 9),
        (30, 100, "Miejsce zdjęć:  ul. Piotrkowska 104, 90-425 Łódź", 9),
        (300, 100, "Jutro zbiórka: 6:45", 9),
    ]
    day = _day(rows, unicode_font=True)
    assert day["location"] == "ul. Piotrkowska 104, 90-425 Łódź"
    assert day["call_time"] == "07:00"


def test_a_label_after_a_value_in_running_text() -> None:
    rows = [*_head(), (30, 80, "Crew Call 6:00 AM Sunrise 6:43 AM Sunset 5:32 PM", 10)]
    rows.append(
        (30, 100, "Hospital: Kaiser Permanente, 4867 Sunset Blvd, Los Angeles, CA 90027", 10)
    )
    day = _day(rows)
    assert (day["call_time"], day["sunrise"], day["sunset"]) == ("06:00", "06:43", "17:32")
    assert day["hospital"]["address"] == "4867 Sunset Blvd, Los Angeles, CA 90027"


def test_a_label_column_value_across_a_gap_keeps_its_address_lines() -> None:
    # Given a UK sheet's label column ("SET", no colon) with the place's name across a wide gap
    # and its address on the next line, aligned under the name
    rows = [
        *_head(),
        (30, 80, "Unit Call: 08:00", 10),
        (30, 100, "SET", 10),
        (140, 100, "Clifton Observatory", 10),
        (140, 113, "Litfield Pl, Bristol BS8 3LT", 10),
        (30, 134, "Unit Base", 10),
        (140, 134, "Ashton Court Estate, Long Ashton, Bristol BS41 9JN", 10),
    ]
    day = _day(rows)
    assert day["locations"][0] == {
        "name": "Clifton Observatory",
        "address": "Litfield Pl, Bristol BS8 3LT",
    }
    # a generic word that owns a whole address is surely the set's label
    assert day["field_confidence"]["location"] >= SAFE


@pytest.mark.parametrize("label", ["Main Unit:", "Main Unit Location:"])
def test_uk_main_unit_heads_the_set(label: str) -> None:
    rows = [
        *_head(),
        (30, 80, "Main Unit Call: 07:30", 10),
        (30, 100, f"{label} Albert Hall, 27 Peter St, Manchester M2 5QR", 10),
    ]
    day = _day(rows)
    assert day["call_time"] == "07:30"
    assert day["location"] == "Albert Hall, 27 Peter St, Manchester M2 5QR"


def test_main_unit_alone_is_a_heading_not_a_set_label() -> None:
    rows = [
        *_head(),
        (30, 80, "Unit Call: 08:00", 10),
        (30, 100, "MAIN UNIT", 10),
        (30, 114, "Director: Jane Smith", 10),
        (30, 134, "Location: 52 Grove Rd, London E3 5TB", 10),
    ]
    assert _day(rows)["location"] == "52 Grove Rd, London E3 5TB"


@pytest.mark.parametrize(
    "label, name",
    [("SZPITAL", "Szpital Bielański"), ("HOSPITAL", "Hospital of St John & St Elizabeth")],
)
def test_a_place_named_with_its_labels_word_is_the_value(label: str, name: str) -> None:
    # Given a grid whose hospital cell names a hospital that begins with the label's own word
    rows = [
        *_head(),
        (30, 80, "Crew Call: 7:00", 10),
        (30, 100, "Set Location", 9),
        (200, 100, label, 9),
        (30, 111, "52 Grove Rd, London E3 5TB", 9),
        (200, 111, name, 9),
        (200, 121, "ul. Kasprzaka 17, 01-211 Warszawa", 9),
    ]
    day = _day(rows, unicode_font=True)
    assert day["hospital"]["name"] == name
    assert day["hospital"]["address"].replace(" ", "") == "ul.Kasprzaka17,01-211Warszawa"


@pytest.mark.parametrize("title", ["SUNSET STRIP", "LUNCH MONEY"])
def test_a_title_holding_a_label_word_and_call_sheet_is_the_title(title: str) -> None:
    # Given one heading run "<TITLE> CALL SHEET" whose title starts with a label word
    rows = [
        (30, 40, f"{title} CALL SHEET", 16),
        (30, 80, "Crew Call: 7:00", 10),
        (30, 100, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        (30, 120, "Sunset: 4:30 PM", 10),
    ]
    assert _day(rows)["production"] == title


@pytest.mark.parametrize(
    ("stamp", "date", "review"),
    [
        # a revision that names the shooting date rivals the date above it: review
        ("Revised shoot date: Thursday 5 March 2026", "2026-03-04", True),
        # a revision stamp is when the sheet was made: the shooting date stands
        ("Revised: Monday 2 March 2026", "2026-03-04", False),
    ],
)
def test_a_revised_shoot_date_is_a_rival_and_a_revision_stamp_is_not(
    stamp: str, date: str, review: bool
) -> None:
    day = _day(
        [
            *_head(),
            (30, 80, "Date: Wednesday 4 March 2026", 10),
            (330, 80, stamp, 8),
            (30, 110, "Crew Call: 07:00", 10),
            (30, 130, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        ]
    )
    assert day["shooting_date"] == date
    assert (day["field_confidence"]["shooting_date"] < SAFE) is review


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("SERIAL \u201ePrzysta\u0144\u201d", "Przysta\u0144"),
        ("s\u00e9rie \u00ab Lupin \u00bb", "Lupin"),
        ('Feature "Night Run" - Day 3 of 20', "Night Run"),
        ('The "Big" Show', 'The "Big" Show'),  # words around the quote are the title's own
        ("O'Brien's Pub", "O'Brien's Pub"),
    ],
)
def test_a_quoted_title_after_the_kind_of_production(raw: str, want: str) -> None:
    assert clean_title(raw) == want
