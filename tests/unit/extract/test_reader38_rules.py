"""Conventions from the twenty-ninth held-out set's misses (reader38): a hospital label's
gloss after its slash ("NEAREST HOSPITAL / A&E", "Hospital / Spital") is the label again,
never the hospital's name. Each is drawn on a small page of its own, in words and places of
its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.label_gloss import hospital_label_words
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import label_rows, masthead, read_day


def _head() -> list[Row]:
    return [
        *masthead("Northlight Pictures Ltd", "WINTER HARBOUR", "Day 3 of 5"),
        (40, 100, "Date: Thursday 14 May 2026", 9),
        (40, 114, "Crew call: 07:30", 9),
    ]


def test_gloss_heading_over_blocks_reads_the_name_under_it() -> None:
    """Boxed blocks side by side, the hospital's heading glossed with its department: the
    name is on the line under the heading, not the gloss."""
    rows = [
        *_head(),
        (40, 150, "Weather Dry", 9),
        (120, 150, "SET", 9),
        (300, 150, "NEAREST HOSPITAL / TRAUMA CENTRE", 9),
        (120, 163, "Albert Dock, Liverpool L3 4AF", 9),
        (300, 163, "Aintree University Hospital", 9),
        (300, 175, "Lower Lane, Fazakerley", 9),
        (300, 187, "Liverpool L9 7AL", 9),
        (40, 220, "Sunrise 05:12   Sunset 20:51", 9),
    ]
    day = read_day(render(rows))
    assert day["hospital"]["name"] == "Aintree University Hospital"


def test_bilingual_gloss_then_the_name_further_right() -> None:
    """'Nearest hospital / Sykehus   <name>': the second language's word is no name; the name
    is the next run on the line, its address under it."""
    rows = [
        *_head(),
        *label_rows(
            ("Drehort / Location", "Prime Tower, Hardstrasse 201, 8005 Zürich"),
            ("Nearest hospital / Sykehus", "Stadtspital Waid"),
            value_x=180,
            top=150,
        ),
        (180, 176, "Tièchestrasse 99, 8037 Zürich", 9),
        (40, 200, "Sunrise 05:50   Sunset 21:02", 9),
    ]
    day = read_day(render(rows))
    assert day["hospital"]["name"] == "Stadtspital Waid"


def test_a_name_of_label_words_is_doubted() -> None:
    assert hospital_label_words("TRAUMA UNIT")
    assert hospital_label_words("Krankenhaus")
    assert hospital_label_words("Emergency Department")
    assert not hospital_label_words("Mediclinic Constantiaberg")
    assert not hospital_label_words("Hospital de São José")
    assert not hospital_label_words("Unit 4, 12 Dock Rd")
