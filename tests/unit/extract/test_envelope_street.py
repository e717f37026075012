"""The UPU envelope (UK, Ireland, most of Europe): in a set's block the line just above the town
and postcode line is the street, with or without a house number; the lines above it name the
place, and a scene heading is neither (fresh9 misses). Rows are (x, baseline y, text, size) in
points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.town_lines import street_and_town, town_line
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]


def _day(rows: list[Row]) -> Any:
    result = extract_document(render(rows, unicode_font=True)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


@pytest.mark.parametrize(
    ("name", "street", "town"),
    [
        # a postal district number between the town and its Eircode, a street without a number
        ("Trinity College", "College Green", "Dublin 2, D02 PN40"),
        # a name that reads as a street, over a street line with no street word at all
        ("Portobello Esplanade", "Joppa", "Edinburgh EH15 2DX"),
    ],
)
def test_the_line_over_the_town_and_postcode_is_the_street(
    name: str, street: str, town: str
) -> None:
    # Given a scene heading, the place's name, its street and its town under LOCATION
    rows = [
        (40, 40, "GREY HARBOUR", 16),
        (40, 60, "CALL SHEET", 10),
        (400, 60, "17 March 2026", 10),
        (40, 100, "Crew call 07:00", 9),
        (320, 100, "LOCATION", 9),
        (320, 114, "EXT. SEAFRONT", 9),
        (320, 126, name, 9),
        (320, 138, street, 9),
        (320, 150, town, 9),
    ]
    day = _day(rows)
    # Then the address is the street joined with the town, and the line above is the name
    assert day["location"] == f"{street}, {town}"
    assert day["locations"][0]["name"] == name


def test_a_district_number_before_a_postcode_is_part_of_the_town() -> None:
    # Given 'Dublin 2, D02 PN40': a town, its postal district and the Eircode ending the line
    assert town_line("Dublin 2, D02 PN40", coded_only=True)
    # but a numbered street before a postcode and its town is a whole address, not a town
    assert not town_line("Amstelstraat 18, 1017 DA Amsterdam", coded_only=True)
    assert not town_line("Baker Street 4, NW1 6XE", coded_only=True)
    # and a lone line over the town with no name above it is not taken for the street
    assert street_and_town(["Joppa", "Edinburgh EH15 2DX"]) is None
    assert street_and_town(["Joppa", "Edinburgh EH15 2DX"], named=True) == 0
