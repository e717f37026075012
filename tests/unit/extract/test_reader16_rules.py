"""Layout rules from the ninth held-out set's misses (reader16): a tall word does not glue the
lines beside it into one, a company's letterhead address is not the set, and others. Each
convention is drawn on a small page of its own. Rows are (x, baseline y, text, size) in points
on a letter page."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from pipeline.extract import extract_document
from tests.fixtures.callsheets import DEJAVU

Row = tuple[float, float, str, float]


def _read(data: bytes) -> Any:
    result = extract_document(data).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def _pages(*pages: list[Row]) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_font("DejaVu", "", str(DEJAVU))
    for rows in pages:
        pdf.add_page()
        for x, y, text, size in rows:
            pdf.set_font("DejaVu", size=size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


_PLACES = [
    (40, 150, "LOCATION", 7),
    (40, 162, "Warner Bros. Studios, Stage 16", 8),
    (40, 172, "4000 Warner Blvd", 8),
    (40, 182, "Burbank, CA 91522", 8),
    (300, 150, "NEAREST HOSPITAL", 7),
    (300, 162, "Providence Saint Joseph Medical Center", 8),
    (300, 172, "501 S Buena Vista St", 8),
    (300, 182, "Burbank, CA 91505", 8),
]


def test_a_tall_crew_call_does_not_join_the_small_lines_beside_it() -> None:
    # Given a 24 pt crew call in the header's middle and, to its right, the sun's line in 8 pt
    # with the weather right under it ('Sunrise 6:58A  Sunset 7:04P' over 'Sunny 78° / 54°')
    rows = [
        (40, 36, "HIGH DESERT", 15),
        (40, 49, 'Episode 107 "Dry Lightning"', 9),
        (40, 61, "Exec. Producers: Ann Voss, Leo Grant", 7.5),
        (40, 70.5, "Director: Tamsin Reid", 7.5),
        (260, 40, "CREW CALL", 10),
        (260, 66, "7:00A", 24),
        (440, 36, "Thursday, March 19, 2026", 10),
        (440, 50, "Day 12 of 15", 10),
        (440, 63, "Sunrise 6:58A   Sunset 7:04P", 8),
        (500, 75, "Sunny 78° / 54°", 8),
        *_PLACES,
    ]
    day = _read(_pages(rows))
    # Then both times of the sun are read, each under its own label
    assert (day["sunrise"], day["sunset"]) == ("06:58", "19:04")
    assert day["call_time"] == "07:00"
