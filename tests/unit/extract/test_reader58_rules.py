"""Rules the reader learnt in reader58, drawn on small pages of their own in other wordings: a
generic call word with a bracketed note naming where everyone meets ('Call (at the
rendezvous)'); a base label naming two things joined by 'and' ('Trucks & base:', 'LKW und
Basis:'). Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.labelling import _AT_THE_MEETING
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

# -- a generic call at the meeting point, in words ------------------------------------------


def _meet(label: str) -> dict:
    rows: list[Row] = [
        (42, 39, "Harbour Light Factual", 9),
        (250, 61, "Low Water", 16),
        (47, 110, "DATE", 8),
        (180, 110, "Thursday 12 November 2026", 9),
        (47, 126, "LEAVE HOTEL", 8),
        (180, 126, "5.50am, The Ship Inn, Porlock", 9),
        (47, 142, label, 8),
        (180, 142, "6.25am", 11),
        (47, 158, "LOCATION", 8),
        (180, 158, "Porlock Weir Harbour, Porlock Weir, Minehead TA24 8PB", 9),
        (45, 190, "TIME", 7.5),
        (105, 190, "SCHEDULE", 7.5),
        (45, 202, "6.25am", 8),
        (105, 202, "Meet, kit check", 8),
        (45, 214, "12.45pm", 8),
        (105, 214, "Lunch at the inn", 8),
        (45, 226, "2.00pm", 8),
        (105, 226, "Harbour wall, low tide", 8),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    "label",
    [
        "Call (at the rendezvous)",
        "Call (at the meeting point)",
        "Call (at base):",
        "CALL (meet at the car park)",
        "Call (@ crew parking)",
    ],
)
def test_a_call_at_the_meeting_place_in_words_is_the_crews(label: str) -> None:
    day = _meet(label)
    assert day["call_time"] == "06:25"
    assert day["field_confidence"]["call_time"] >= 0.85


@pytest.mark.parametrize(
    "note", ["(at the hotel bar)", "(see notes)", "(at base) 6.25am", "(base closes 7pm)"]
)
def test_another_bracket_names_no_meeting_place(note: str) -> None:
    assert _AT_THE_MEETING.match(note) is None


def test_a_cast_call_at_base_is_not_the_crews() -> None:
    """The negative on a page: the note marks only a generic call word, never a cast call."""
    rows: list[Row] = [
        (42, 39, "Harbour Light Factual", 9),
        (250, 61, "Low Water", 16),
        (47, 110, "DATE", 8),
        (180, 110, "Thursday 12 November 2026", 9),
        (47, 126, "Cast call (at base)", 8),
        (180, 126, "8.00am", 11),
        (47, 142, "CREW CALL", 8),
        (180, 142, "6.25am", 11),
        (47, 158, "LOCATION", 8),
        (180, 158, "Porlock Weir Harbour, Porlock Weir, Minehead TA24 8PB", 9),
    ]
    assert read_day(render(rows, unicode_font=True))["call_time"] == "06:25"


# -- a base label naming two things joined by 'and' -----------------------------------------


def _boxes(note: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Nordlicht Filmproduktion GmbH", 9),
        (40, 70, "Der stille Hafen", 18),
        (40, 110, "Drehtag 7 / Shooting day 7", 9),
        (300, 110, "Donnerstag, 12.11.2026", 9),
        (40, 126, "Treffpunkt Team / Crew call", 9),
        (300, 126, "06:30", 9),
        (40, 170, "MOTIV / LOCATION", 8),
        (220, 170, "BASIS / PARKEN", 8),
        (400, 170, "KRANKENHAUS / HOSPITAL", 8),
        (40, 184, "Alter Leuchtturm", 8),
        (220, 184, note, 8),
        (400, 184, "Klinikum Nordfriesland", 8),
        (40, 196, "Deichstraße 14", 8),
        (220, 196, "Hafenweg 3", 8),
        (400, 196, "Erichsenweg 16", 8),
        (40, 208, "25813 Husum", 8),
        (220, 208, "25813 Husum", 8),
        (400, 208, "25813 Husum", 8),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize("note", ["Technik und Basis:", "Trucks & base:", "Catering and base:"])
def test_a_base_named_with_another_thing_reads(note: str) -> None:
    assert (_boxes(note)["base_location"] or "").startswith("Hafenweg 3")


def test_a_base_alone_under_its_heading_still_reads() -> None:
    """The negative: 'Basis:' with no other thing joined to it is read as before."""
    assert (_boxes("Basis:")["base_location"] or "").startswith("Hafenweg 3")


# -- a sun label's second name of no known kind across a slash, over two times ---------------


def _sun(label: str, value: str, *, over: bool) -> dict:
    rows: list[Row] = [
        (42, 39, "Tidewater Pictures", 9),
        (250, 61, "Salt Marsh", 16),
        (47, 100, "DATE", 8),
        (47, 112, "Friday 13 November 2026", 9),
        (200, 100, "UNIT CALL", 8),
        (200, 112, "06:15", 11),
        (47, 142, "LOCATION", 8),
        (47, 154, "RSPB Titchwell Marsh, Main Road, Titchwell, King's Lynn PE31 8BB", 9),
        (47, 180, "NEAREST A&E", 8),
        (47, 192, "Queen Elizabeth Hospital, Gayton Road, King's Lynn PE30 4ET", 9),
    ]
    if over:
        rows += [(340, 100, label, 8), (340, 112, value, 9), (470, 100, "SUNSET", 8)]
        rows += [(470, 112, "16:05", 9)]
    else:
        rows += [(47, 214, label, 8), (180, 214, value, 9), (47, 230, "SUNSET", 8)]
        rows += [(180, 230, "16:05", 9)]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize("over", [True, False])
@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Sunrise / blue hour", "07:14 / 06:49"),
        ("Sunrise / golden hour", "7.14am / 7.52am"),
        ("SUNRISE / DRONE SLOT", "07:14 / 07:30"),
    ],
)
def test_a_sunrise_named_first_takes_the_first_time(label: str, value: str, over: bool) -> None:
    assert _sun(label, value, over=over)["sunrise"] == "07:14"


@pytest.mark.parametrize("over", [True, False])
def test_a_second_name_over_one_time_gives_no_pair(over: bool) -> None:
    """The negative: one time under 'Sunrise / blue hour' is no pair; no time is split."""
    day = _sun("Sunrise / blue hour", "see the weather sheet", over=over)
    assert day["sunrise"] is None


def test_a_pair_of_times_of_other_names_is_not_the_suns() -> None:
    """The negative: 'Breakfast / safety talk' over two times names no sun."""
    day = _sun("Breakfast / safety talk", "05:45 / 06:05", over=True)
    assert day["sunrise"] is None


# -- an e-mail's sentence: the day's date, a comma, then the call ----------------------------


def _mail(sentence: str) -> dict:
    rows: list[Row] = [
        (40, 40, "From: Nia Hughes <nia@glasfryn.example>", 9),
        (40, 54, "Sent: Wed 14 Oct 2026 18:20", 9),
        (40, 68, "To: crew@glasfryn.example", 9),
        (40, 82, "Subject: Harbour Ghosts - Thursday", 9),
        (40, 110, "Hi everyone,", 10),
        (40, 124, sentence, 10),
        (40, 138, "Nearest A&E: Ysbyty Gwynedd, Penrhosgarnedd, Bangor LL57 2PW.", 10),
        (40, 152, "Diolch, Nia", 10),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomorrow, Thursday 15 October 2026, call is 7:15am at Porthmadog Harbour, "
        "Harbour Station, Porthmadog LL49 9NF.",
        "Thursday 15/10/26, unit call 7.15am at Porthmadog Harbour, Porthmadog LL49 9NF.",
    ],
)
def test_a_call_after_the_days_date_and_a_comma_reads(sentence: str) -> None:
    day = _mail(sentence)
    assert day["call_time"] == "07:15"
    assert day["shooting_date"] == "2026-10-15"


def test_a_comma_after_no_date_opens_no_call() -> None:
    """The negative: 'Camera team, call is ...' names whose call it is, with no date before."""
    day = _mail("Camera team, call is 5:30am at Porthmadog Harbour, Porthmadog LL49 9NF.")
    assert day["call_time"] != "05:30"


def test_another_days_dated_call_is_not_todays() -> None:
    """The negative: 'Next week, Monday 19 October 2026, call is 8am': another day's call,
    under today's own: never read as the day's (two clauses that disagree give none)."""
    rows: list[Row] = [
        (40, 40, "From: Nia Hughes <nia@glasfryn.example>", 9),
        (40, 54, "Sent: Wed 14 Oct 2026 18:20", 9),
        (40, 68, "To: crew@glasfryn.example", 9),
        (40, 82, "Subject: Harbour Ghosts - Thursday", 9),
        (40, 110, "Tomorrow, Thursday 15 October 2026, call is 7:15am at the harbour.", 10),
        (40, 124, "Porthmadog Harbour, Harbour Station, Porthmadog LL49 9NF.", 10),
        (40, 150, "Next week, Monday 19 October 2026, call is 8am at the Pier, Bangor.", 10),
    ]
    day = read_day(render(rows))
    assert day["call_time"] != "08:00"
