"""Set locations a careful reader is sure of, and the doubts that stay (issue 15).

- 'LOCATION 1 - MORNING' over the set's lines: the part of the day qualifies the numbered
  label; the lines under it are the set.

Rows are (x, baseline y, text, size) in points on a letter page.
"""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.scoring import SAFE
from tests.fixtures.callsheets import column, render

Row = tuple[float, float, str, float]


def _day(rows: list[Row]) -> Any:
    return extract_document(render(rows)).to_json()["days"][0]


def _two_sets(first_label: str) -> list[Row]:
    return [
        (40, 33, "Magnolia Street Pictures CALL SHEET", 12),
        (40, 49, "PEACHTREE", 12),
        (300, 49, "Tue 4/28/26", 10),
        (50, 94, "CREW CALL 6:30a", 10),
        (40, 147, first_label, 10),
        *column(
            "EXT. SWAN HOUSE LAWN",
            "Swan House",
            "130 W Paces Ferry Rd NW",
            "Atlanta, GA 30305",
            x=50,
            top=163,
            size=9,
            step=11,
        ),
        (
            50,
            218,
            "Nearest Hospital: Piedmont Atlanta Hospital, 1968 Peachtree Rd NW, Atlanta, GA 30309",
            9,
        ),
        (40, 250, "SCENES", 10),
        (40, 263, "7 EXT. SWAN HOUSE LAWN - DAY 2 3/8", 9),
    ]


def test_a_numbered_set_qualified_by_its_part_of_the_day_reads_the_lines_under_it() -> None:
    day = _day(_two_sets("LOCATION 1 - MORNING"))
    assert day["location"].startswith("130 W Paces Ferry Rd NW")
    assert day["field_confidence"]["location"] >= SAFE


def test_a_numbered_set_whose_dash_runs_on_into_a_name_keeps_the_name() -> None:
    day = _day(_two_sets("LOCATION 1 - Day Room, Swan House"))
    assert day["location"] != "Day Room"
    assert not any(p["name"] == "MORNING" for p in day["locations"])
