"""Conventions from the sixteenth held-out set's misses (reader24): the sun's two times in one
small footer line named only by their directions. Each is drawn on a small page of its own, in
words of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from tests.fixtures.callsheets import render


def _read(data: bytes) -> Any:
    result = extract_document(data).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


# --- the sun in a footer: "Rise <time> / Set <time>" -------------------------------------------


def _footer_sheet(footer: str) -> bytes:
    rows = [
        (40, 40, "KESTREL & CO PRODUCTIONS", 9),
        (40, 70, "SPARROW HOUR", 18),
        (400, 40, "Friday 17 April 2026", 9),
        (40, 100, "Unit call", 9),
        (200, 100, "7:30am", 9),
        (40, 114, "Location", 9),
        (200, 114, "Corn Street Market Hall", 9),
        (200, 127, "8 Corn Street, Bath BA1 1AA", 9),
        (40, 250, "Sc 4 INT. MARKET HALL - DAY", 9),
        (40, 740, footer, 6),
    ]
    return render(rows)


@pytest.mark.parametrize(
    ("footer", "rise", "fall"),
    [
        ("Rise 0612 HRS / Set 2002 HRS  ·  Dry, 14°C  ·  v3 issued Thu", "06:12", "20:02"),
        ("Up 6.12am | Down 8.02pm - showers later", "06:12", "20:02"),
        ("Weather: dry. Rise: 06:12, Set: 20:02. Revision 2", "06:12", "20:02"),
    ],
)
def test_the_sun_named_only_by_its_directions_in_one_line_is_read(
    footer: str, rise: str, fall: str
) -> None:
    # Given a sheet whose only sun times are a footer line naming each by its direction
    day = _read(_footer_sheet(footer))
    # Then both are read, in the line's order
    assert day["sunrise"] == rise
    assert day["sunset"] == fall
    assert day["call_time"] == "07:30"


@pytest.mark.parametrize(
    "footer",
    [
        "Set up 0700 HRS / strike 1900 HRS",  # a set-up time is not the sun
        "Set 2000 HRS / Rise 0600 HRS",  # set before rise is not the pair
        "Rise 0612 HRS only",  # one direction alone
    ],
)
def test_a_direction_word_without_its_pair_is_not_the_sun(footer: str) -> None:
    day = _read(_footer_sheet(footer))
    assert day["sunrise"] is None
    assert day["sunset"] is None
