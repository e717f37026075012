"""Bilingual sheets stack a label over its translation ("Sonnenaufgang" over "Sunrise 06:14",
"Arbeitsbeginn Team 07:00" over "Crew call"): the empty one is the other's gloss, not a value
left unread, so it puts nothing in doubt. An empty label elsewhere still does. Rows are (x,
baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.scoring import SAFE
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]

HEAD: list[Row] = [
    (40, 40, "THE LAST AIRLIFT", 16),
    (40, 60, "TAGESDISPOSITION / CALL SHEET", 10),
    (40, 76, "Mittwoch, 18. März 2026 / Wednesday 18 March 2026", 9),
    (320, 100, "MOTIV / LOCATION", 9),
    (320, 112, "Flughafen Tempelhof, Hangar 4", 9),
    (320, 124, "Platz der Luftbrücke 5, 12101 Berlin", 9),
]


def _day(rows: list[Row]) -> Any:
    return extract_document(render(HEAD + rows, unicode_font=True)).to_json()["days"][0]


def test_a_label_stacked_over_its_translation_is_one_cell() -> None:
    # Given German labels with their times and English glosses just under them, flush left
    rows = [
        (40, 100, "Arbeitsbeginn Team 07:00", 9),
        (40, 110, "Crew call", 9),
        (40, 130, "Sonnenaufgang", 9),
        (40, 140, "Sunrise 06:14", 9),
        (40, 176, "Sonnenuntergang", 9),
        (40, 186, "Sunset 18:16", 9),
    ]
    day = _day(rows)
    # Then each time is read without doubt
    assert (day["call_time"], day["sunrise"], day["sunset"]) == ("07:00", "06:14", "18:16")
    conf = day["field_confidence"]
    assert min(conf["call_time"], conf["sunrise"], conf["sunset"]) >= SAFE


def test_an_empty_crew_call_apart_from_the_read_one_stays_in_doubt() -> None:
    # Given a crew call read at the top and another "Crew call" far below with nothing read
    rows = [
        (40, 100, "Arbeitsbeginn Team 07:00", 9),
        (40, 220, "Crew call", 9),
    ]
    day = _day(rows)
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] < SAFE


def test_a_label_whose_far_time_agrees_with_its_copy_doubts_nothing() -> None:
    # Given a header box "UNIT CALL ........ 07:30" (too far to own) and the schedule's
    # "Unit call 07:30"
    rows = [
        (40, 150, "UNIT CALL", 11),
        (430, 150, "07:30", 16),
        (500, 148, "3. Liam Grant (FOREMAN) 07:00", 8),
        (40, 220, "Unit call 07:30", 9),
    ]
    day = _day(rows)
    # Then the call is read without doubt
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SAFE


def test_a_label_whose_far_time_disagrees_keeps_the_doubt() -> None:
    rows = [
        (40, 150, "UNIT CALL", 11),
        (430, 150, "06:30", 16),
        (500, 148, "3. Liam Grant (FOREMAN) 07:00", 8),
        (40, 220, "Unit call 07:30", 9),
    ]
    assert _day(rows)["field_confidence"]["call_time"] < SAFE
