"""Several calls on one line: the crew's is the day's call ("CALLS: HMU 5.45am / CREW 6.45am",
"Call: 0700 (crew) / 0600 (HMU)", "Crew / HMU call: 08:00 / 06:45"); a list that names no
crew, or two, gives none. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.call_lists import crew_call_in_list
from tests.fixtures.callsheets import column, render


@pytest.mark.parametrize(
    "line, want",
    [
        ("CALLS: HMU 5.45am / CREW 6.45am / CAST as per schedule", "06:45"),
        ("Call: 0700 (crew) / 0600 (HMU)", "07:00"),
        ("Crew / HMU call: 08:00 / 06:45", "08:00"),
        ("HMU / Unit call: 06:15 / 07:15", "07:15"),
        ("Appels : HMC 6h00 / équipe 7h30", "07:30"),
    ],
)
def test_the_crews_time_in_a_list_of_calls(line: str, want: str) -> None:
    assert crew_call_in_list([line]) == want


@pytest.mark.parametrize(
    "line",
    [
        "Calls: HMU 06:00 / Cast 07:00",  # nobody called as crew
        "CALLS: crew 7:00 / crew 8:00",  # two crew times: no telling which
        "Crew / HMU / Cast call: 08:00 / 06:45",  # three names, two times
        "Crew call: 07:00",  # one call: the labels' own finder reads it
    ],
)
def test_a_list_that_does_not_single_out_the_crew_gives_nothing(line: str) -> None:
    assert crew_call_in_list([line]) is None


def test_a_sheet_whose_calls_are_one_list_reads_the_crews() -> None:
    rows = [(40, 50, "RIVER CITY", 18)]
    rows += column(
        "CALL SHEET #22 - Thursday 4 June 2026 - Shoot day 22 of 50",
        "CALLS: HMU 5.45am / CREW 6.45am / CAST as per schedule",
        "Breakfast 6.15am - Lunch 12.45pm - Wrap 5.45pm",
        "Location: 64 Adelaide St, Brisbane City QLD 4000",
        x=40, top=80, size=10, step=16,
    )  # fmt: skip
    day = extract_document(render(rows)).to_json()["days"][0]
    assert day["call_time"] == "06:45"


def test_a_tables_running_order_pattern_is_built_once_and_follows_the_table() -> None:
    # call_clash asks for it once per line: built once per table, yet a table changed since
    # (or another table) reads with its own phrases
    from pipeline.extract.reader.call_lists import _crew_phrases, crew_call_in_timeline

    table = {"unit call": 1.0}
    assert _crew_phrases(table) is _crew_phrases(table)
    assert crew_call_in_timeline(["0630  Unit call at base"], table) == "06:30"
    assert crew_call_in_timeline(["0630  Talent call at base"], table) is None
    table["talent call"] = 1.0
    assert crew_call_in_timeline(["0630  Talent call at base"], table) == "06:30"
    assert crew_call_in_timeline(["0630  Talent call at base"], {"unit call": 1.0}) is None
