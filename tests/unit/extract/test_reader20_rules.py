"""Conventions from the fourteenth held-out set's misses (reader20): a rural set given by its
road and its village before the post town, with no house number. Each is drawn on a small page
of its own, in words of its own. Rows are (x, baseline y, text, size) in points on a letter
page."""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from tests.fixtures.callsheets import column, render


def _read(data: bytes) -> Any:
    result = extract_document(data).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


# --- a rural set: its road with no number, then the village and the post town ---------------


def _farm_sheet(place: list[str]) -> bytes:
    rows = [
        (40, 40, "HAFOD PICTURES LTD", 9),
        (40, 70, "SHEEPFOLD", 18),
        (400, 40, "Call sheet 3", 9),
        (40, 110, "Date", 9),
        (150, 110, "Monday 8 June 2026", 9),
        (40, 124, "Unit call", 9),
        (150, 124, "07:15", 9),
        (40, 138, "Set", 9),
        *column(*place, x=150, top=138, size=9, step=13),
        (40, 250, "Sc 12 EXT. TOP FIELD - DAY", 9),
        (40, 264, "Sc 13 EXT. SHEEPFOLD - DAY", 9),
    ]
    return render(rows)


def test_a_road_with_no_number_over_a_village_and_post_town_is_the_set_address() -> None:
    # Given a set whose road has no number and a note in brackets, then the village before the
    # post town and postcode, then a grid reference
    day = _read(
        _farm_sheet(
            [
                "Top field by the sheepfold",
                "Hafod Farm",
                "Bwlch Lane (farm track, 4x4 only past the cattle grid)",
                "Llanwddyn, Oswestry SY10 0LZ",
                "Grid ref SJ 019 191",
            ]
        )
    )
    # Then the address is the road, the village and the post town, without the note
    assert day["location"] == "Bwlch Lane, Llanwddyn, Oswestry SY10 0LZ"


def test_a_street_with_no_street_word_under_the_place_name_stays_the_street() -> None:
    # Given a place's name (no road), then a street written without a street word before its
    # town and postcode, as British streets often are
    day = _read(
        _farm_sheet(["Palace forecourt", "Holyrood Palace", "Canongate, Edinburgh EH8 8DX"])
    )
    # Then that line is the address, confirmed as before: only a road above it makes it a village
    assert day["location"] == "Canongate, Edinburgh EH8 8DX"
    assert day["field_confidence"]["location"] >= 0.85
