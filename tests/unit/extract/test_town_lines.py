"""General rules from the fourth held-out set (issue 15, fresh4 misses): each convention drawn on
a small page of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.town_lines import street_and_town, street_line, town_line
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]


def _day(rows: list[Row], lines: list[tuple[float, float, float, float]] | None = None) -> Any:
    result = extract_document(render(rows, unicode_font=True, lines=lines or [])).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def _head() -> list[Row]:
    return [(40, 40, "OLIVE GROVE", 16), (40, 60, "CALL SHEET", 10), (400, 60, "17 March 2026", 10)]


@pytest.mark.parametrize(
    ("street", "town"),
    [
        ("Vasilissis Olgas Ave 1", "105 57 Athens"),
        ("3-5-1 Marunouchi", "Chiyoda-ku, Tokyo 100-0005"),
        ("Route de Marrakech", "Ouarzazate 45000"),
        ("Al Fahidi St", "Bur Dubai, Dubai"),
        ("Meşrutiyet Cd. No:52", "Tepebaşı, 34430 Beyoğlu/İstanbul"),  # noqa: RUF001
    ],
)
def test_a_street_line_then_a_town_line_is_one_address(street: str, town: str) -> None:
    # Given a set's name, its street on the next line and its town on the one after
    rows = [
        *_head(),
        (40, 100, "Crew call 07:00", 9),
        (320, 100, "LOCATION", 9),
        (320, 114, "Old Customs House", 9),
        (320, 126, street, 9),
        (320, 138, town, 9),
    ]
    day = _day(rows)
    # Then the location is the street and the town together, the name kept apart
    assert day["location"] == f"{street}, {town}"
    assert day["locations"][0]["name"] == "Old Customs House"


def test_a_town_without_a_postcode_completes_only_a_sure_street() -> None:
    # Given a name with a house number over 'District, Town': no street word, no postcode
    assert street_and_town(["Courtyard house 23", "Bur Dubai, Dubai"]) is None
    assert street_and_town(["Al Fahidi St", "Bur Dubai, Dubai"]) == 0
    # and a time or a label is never a street or a town
    assert street_line("Crew Call 7") == (False, False)
    assert not town_line("Lunch 12:30")


def test_a_name_with_a_street_word_yields_to_the_numbered_street_and_town_below() -> None:
    # Given 'Design Plaza' (a street word in a name), then the street and the town
    rows = [
        *_head(),
        (40, 100, "Crew call 07:00", 9),
        (320, 100, "LOCATION", 9),
        (320, 114, "Dongdaemun Design Plaza", 9),
        (320, 126, "281 Eulji-ro", 9),
        (320, 138, "Jung-gu, Seoul 04566", 9),
    ]
    day = _day(rows)
    assert day["location"] == "281 Eulji-ro, Jung-gu, Seoul 04566"


def test_a_time_ending_the_left_column_is_not_the_start_of_the_set() -> None:
    # Given dot-leader rows of times on the left whose times end close to the LOCATION column
    leaders = " ." * 20
    rows = [
        *_head(),
        (40, 100, "CALL TIMES", 9),
        (320, 100, "LOCATION", 9),
        (40, 114, f"Breakfast{leaders}", 9),
        (267, 114, "06:00", 9),
        (320, 114, "Zappeion Hall", 9),
        (40, 126, f"Make-up{leaders}", 9),
        (267, 126, "06:15", 9),
        (320, 126, "Vasilissis Olgas Ave 1", 9),
        (320, 138, "105 57 Athens", 9),
        (40, 150, f"CREW CALL{leaders}", 9),
        (267, 150, "07:00", 9),
    ]
    day = _day(rows)
    # Then the times stay with their rows and the set's lines start at the column's edge
    assert day["location"] == "Vasilissis Olgas Ave 1, 105 57 Athens"
    assert day["locations"][0]["name"] == "Zappeion Hall"
    assert day["call_time"] == "07:00"


def test_a_bilingual_label_heads_the_cell_from_its_first_language() -> None:
    # Given 'Décor / Set' with the set's lines flush under 'Décor', and a sunrise in two
    # languages ('Lever du soleil / sunrise 6h44')
    rows = [
        *_head(),
        (40, 100, "CONVOCATION / GENERAL CALL 6h30", 9),
        (280, 100, "Décor / Set", 9),
        (560, 100, "Lever du soleil / sunrise 6h44", 9),
        (40, 112, "Petit-déjeuner / breakfast", 9),
        (230, 112, "6h00", 9),
        (280, 112, "Atlas Studios", 9),
        (280, 124, "Route de Marrakech", 9),
        (280, 136, "Ouarzazate 45000", 9),
    ]
    day = _day(rows)
    assert day["location"] == "Route de Marrakech, Ouarzazate 45000"
    assert day["sunrise"] == "06:44"
    assert day["field_confidence"]["sunrise"] >= 0.85


def test_the_half_of_the_day_written_first_is_part_of_a_time_before_its_label() -> None:
    # Given a day's plan with 'AM 7:30' before 'Crew call' (Korean and Japanese order)
    rows = [
        *_head(),
        (40, 100, "AM 6:30", 9),
        (90, 100, "Art / set dressing", 9),
        (40, 112, "AM 7:30", 9),
        (90, 112, "Crew call", 9),
        (320, 100, "LOCATION", 9),
        (320, 112, "12 Harbour Rd, Dover CT17 9BU", 9),
    ]
    day = _day(rows)
    assert day["call_time"] == "07:30"


def test_a_struck_through_value_is_not_read() -> None:
    # Given a revised sheet: the old crew call struck through, the new one beside it
    rows = [
        *_head(),
        (40, 100, "Crew call:", 9),
        (100, 100, "07:00", 9),
        (140, 100, "08:30", 9),
        (320, 100, "LOCATION", 9),
        (320, 112, "12 Harbour Rd, Dover CT17 9BU", 9),
    ]
    struck = [(99, 97, 125, 97)]  # across the middle of '07:00'
    day = _day(rows, struck)
    # Then the struck value is no candidate: the new one is read
    assert day["call_time"] == "08:30"
    # and an underline (under the baseline) strikes nothing
    underlined = _day(rows, [(99, 101.5, 125, 101.5)])
    assert underlined["call_time"] == "07:00"


def test_the_half_of_the_day_first_makes_a_pm_time() -> None:
    # Given a wrap printed 'PM 6:30' (the half of the day before the time)
    from pipeline.extract.reader.times import find_time

    parsed = find_time("PM 6:30")
    assert parsed is not None and parsed.value == "18:30"
    # and only capitals count: 'am' in running text is a word
    assert find_time("AM 7:30").value == "07:30"  # type: ignore[union-attr]


def test_a_table_row_value_beats_the_column_heading_above_it() -> None:
    # Given a DEPARTMENT | CALL | WHERE table: 'Unit call (all departments)' and its time in
    # the CALL column, under that column's heading, and the sheet's 'UNIT CALL: 06h30' on top
    rows = [
        *_head(),
        (40, 90, "UNIT CALL:", 9),
        (110, 90, "06h30", 9),
        (40, 120, "DEPARTMENT", 9),
        (250, 120, "CALL", 9),
        (320, 120, "WHERE", 9),
        (40, 134, "Unit / Locations", 9),
        (250, 134, "05h30", 9),
        (320, 134, "Unit base", 9),
        (40, 147, "Breakfast", 9),
        (250, 147, "06h00", 9),
        (320, 147, "Unit base", 9),
        (40, 160, "Unit call (all departments)", 9),
        (250, 160, "06h30", 9),
        (320, 160, "Set", 9),
        (40, 173, "First shot", 9),
        (250, 173, "07h30", 9),
        (320, 173, "Set", 9),
        (40, 200, "LOCATION", 9),
        (120, 200, "Buitenkant St, Cape Town City Centre, Cape Town, 8001", 9),
    ]
    day = _day(rows)
    # Then both crew-call labels read 06:30 and agree: no doubt about the call
    assert day["call_time"] == "06:30"
    assert day["field_confidence"]["call_time"] >= 0.85
    # and a street, a comma and its town with a postcode is the address, confidently
    assert day["location"] == "Buitenkant St, Cape Town City Centre, Cape Town, 8001"
    assert day["field_confidence"]["location"] >= 0.85


def test_a_call_moved_from_one_time_to_another_reads_the_new_time() -> None:
    # Given a revised sheet's banner: 'unit call moved earlier from 08:00 to 07:30'
    rows = [
        *_head(),
        (40, 80, "REVISED v2 - unit call moved earlier from 08:00 to 07:30 (light)", 9),
        (40, 110, "Unit call", 9),
        (120, 110, "07:30", 9),
        (320, 110, "LOCATION", 9),
        (320, 122, "12 Harbour Rd, Dover CT17 9BU", 9),
    ]
    day = _day(rows)
    # Then the banner and the table agree on the new time: no doubt
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= 0.85
