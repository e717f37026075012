"""The crew call on US TV episodic (Movie Magic-style) pages: a big value beside a small label,
tomorrow's call under a dated advance heading, and two crew-call labels that disagree."""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.layout import group_lines
from pipeline.extract.reader.model import Word
from tests.corpus.draw import Canvas

SAFE = 0.85


def _day(c: Canvas) -> dict[str, Any]:
    result = extract_document(c.output()).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def _header(call: str | None = "6:30A") -> Canvas:
    """A small company line with the date beside it, the call box just under them."""
    c = Canvas("letter", "helvetica", orientation="L")
    c.text(30, 34, "Stonebridge Television / 4000 Warner Blvd, Burbank, CA 91522", 7)
    c.text(500, 36, "MONDAY, MARCH 2, 2026", 10, bold=True)
    c.text(310, 44, "GENERAL CREW CALL:", 9, bold=True)
    if call is not None:  # None: printed as a graphic, no text to read
        c.text(420, 44, call, 13, bold=True)
    c.text(310, 62, "SHOOTING CALL:", 9, bold=True)
    c.text(420, 62, "7:30A", 13, bold=True)
    c.text(30, 96, "HARBOR COUNTY", 16, bold=True)
    c.text(30, 110, "CALL SHEET - Day 4 of 8", 8)
    c.text(30, 140, "LOCATION: McCambridge Park, 1515 N Glenoaks Blvd, Burbank, CA 91504", 8)
    return c


def test_a_big_value_joins_the_line_of_the_small_label_on_its_baseline() -> None:
    # Given a 9-pt label and a 13-pt time on one baseline, a 7-pt line just above them: the
    # time's box rises above the label's top, into the band of the line above
    words = [
        Word("Stonebridge", 30, 68, 27.4, 35.6),
        Word("Television", 70, 101, 27.4, 35.6),
        Word("MONDAY,", 639, 686, 26.4, 38.3),
        Word("6:30A", 420, 455, 31.5, 47.0),
        Word("GENERAL", 310, 354, 35.3, 46.0),
        Word("CALL:", 386, 413, 35.3, 46.0),
    ]
    # When the words are grouped into lines
    lines = group_lines(words, 0)
    # Then the time sits on the label's line, not on the company line above
    assert [[w.text for w in line.words] for line in lines] == [
        ["Stonebridge", "Television", "MONDAY,"],
        ["GENERAL", "CALL:", "6:30A"],
    ]


def test_a_big_crew_call_beside_its_small_label_is_read() -> None:
    # Given "GENERAL CREW CALL:" in 9 pt and its time in 13 pt to the right, on one baseline,
    # just under a small company line and a 10-pt date
    day = _day(_header())
    # Then the crew call is the big time beside its label, not the shooting call
    assert day["call_time"] == "06:30"
    assert day["field_confidence"]["call_time"] >= SAFE


def test_tomorrows_call_under_a_dated_advance_heading_is_explained_away() -> None:
    # Given today's crew call in the header and, under "ADVANCE SCHEDULE - Tue., Mar. 3" (the
    # heading followed by the day it speaks of), tomorrow's "Crew Call 7:00A"
    c = _header()
    c.text(30, 200, "ADVANCE SCHEDULE - Tue., Mar. 3", 7, bold=True)
    c.text(30, 210, "Crew Call 7:00A  -  Olive Recreation Center (Sc 28, 29, 31)", 6.5)
    day = _day(c)
    # Then tomorrow's call is no rival to today's: the crew call is confirmed as 06:30
    assert day["call_time"] == "06:30"
    assert day["field_confidence"]["call_time"] >= SAFE
    assert not [w for w in day["warnings"] if w.startswith("call_time")]


def test_an_advance_heading_may_end_with_a_day_number_and_a_numeric_date() -> None:
    # Given "ADVANCE SCHEDULE - DAY 5 - WED 3/4" over tomorrow's call
    c = _header()
    c.text(30, 200, "ADVANCE SCHEDULE - DAY 5 - WED 3/4", 7, bold=True)
    c.text(30, 210, "Crew Call 7:00A  -  Olive Recreation Center", 6.5)
    day = _day(c)
    # Then that call is tomorrow's, and today's stands
    assert (day["call_time"], day["field_confidence"]["call_time"] >= SAFE) == ("06:30", True)


def test_a_crew_call_label_whose_time_is_not_read_puts_another_crew_call_in_doubt() -> None:
    # Given "GENERAL CREW CALL:" whose time cannot be read (printed as a graphic) and, lower on
    # the page and under no advance heading, "Crew Call 7:00A"
    c = _header(call=None)
    c.text(30, 200, "LOCATIONS", 7, bold=True)
    c.text(30, 210, "Crew Call 7:00A  -  Olive Recreation Center (Sc 28, 29, 31)", 6.5)
    day = _day(c)
    # Then 7:00 may be another day's or another unit's call: it goes to a person, not confirmed
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] < SAFE
    assert [w for w in day["warnings"] if w.startswith("call_time")]


def test_a_hospital_label_that_points_to_another_page_is_no_hospital() -> None:
    # Given "SAFETY / HOSPITAL INFO AND CREW LIST ON PAGE 2." at the foot of page 1 and the
    # nearest hospital in a box on page 2
    c = _header()
    c.text(30, 200, "SAFETY / HOSPITAL INFO AND CREW LIST ON PAGE 2.", 6, bold=True)
    c.new_page()
    c.text(428, 96, "SAFETY - NEAREST HOSPITAL (24 HR ER)", 7, bold=True)
    c.text(428, 108, "Providence Saint Joseph Medical Center", 7)
    c.text(428, 118, "501 S Buena Vista St, Burbank, CA 91505", 7)
    day = _day(c)
    # Then the hospital is the one on page 2, not the pointer's words
    assert day["hospital"]["name"] == "Providence Saint Joseph Medical Center"
    assert day["hospital"]["address"] == "501 S Buena Vista St, Burbank, CA 91505"
