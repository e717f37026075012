"""What the reader missed on service-company sheets, Chilean sheets, ad films and crew memos
(reader63), drawn on small pages of its own in other wordings:

- a crew call's label that says where the call is ('UNIT CALL ON LOCATION', 'CREW CALL ON
  SET') over its time in a box reads that time;
- a label wrapped in a narrow label column ('NEAREST HOSPITAL (24 HR' over 'CASUALTY)',
  'NEAREST HOSPITAL /' over 'TRAUMA UNIT') owns the value beside its first line;
- a street named with no street word and its number after ('Quillota 214') over a town alone
  ('Viña del Mar'), under the place's name, is the address;
- a call label's bracket naming the whole crew ('CALL TIME (ALL CREW)') is as sure as the bare
  crew-call label; a time printed before the wrap label on its row is not the wrap when the
  label has its own time after it;
- a sentence's call after a date with no year ('On Tuesday 10 March, call is 6:45am');
- a day cue before a title ('tmrw: LAST SHOW call 7:30a') and a lower-case crew or call word
  after it ('Tide Line crew') are no part of the title.

Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.pdfread import Limits, read_pdf
from pipeline.extract.reader.place_finder import one_address
from pipeline.extract.reader.sanity import wrap_time
from pipeline.extract.reader.title import clean_title
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85

_HEAD: list[Row] = [
    (40, 40, "Sable Coast Films (Pty) Ltd", 11),
    (40, 70, "Harbour Gold", 18),
    (40, 96, "Date: Wednesday 4 November 2026", 9),
]
_PLACE: list[Row] = [(40, 230, "Location: Old Granary, 12 Dock Road, Port Elizabeth 6001", 9)]


# --- a crew call's label saying where the call is -------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["CREW CALL ON SET", "Unit call at base", "GENERAL CALL ON LOCATION", "CREW CALL AT UNIT BASE"],
)
def test_a_call_label_naming_its_place_reads_the_time_under_it(label: str) -> None:
    rows = [
        *_HEAD,
        (220, 132, label, 9),
        (220, 158, "7.15am", 22),
        (400, 132, "HOTEL PICK-UP", 7.5),
        (400, 143, "6.30am  Beach Hotel lobby", 8.5),
        *_PLACE,
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_place_word_that_runs_on_into_a_value_is_not_taken_into_the_label() -> None:
    """'Crew call on set 07:30' in one cell: the time after the place is still the call's."""
    rows = [*_HEAD, (40, 132, "Crew call on set 07:30, breakfast from 06:45", 9), *_PLACE]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "07:30"


def test_a_talent_call_naming_its_place_is_no_crew_call() -> None:
    rows = [
        *_HEAD,
        (220, 132, "TALENT CALL ON SET", 9),
        (220, 158, "9.00am", 22),
        (40, 200, "Crew call: 7.00am", 9),
        *_PLACE,
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "07:00"


# --- a label wrapped in a narrow label column ------------------------------------------------


def _wrapped(first: str, second: str, name: str, street: str) -> dict:
    rows = [
        *_HEAD,
        (40, 132, "Crew call: 7.00am", 9),
        (40, 150, "Location: Old Granary, 12 Dock Road, Port Elizabeth 6001", 9),
        (200, 190, first, 7.5),
        (200, 199, second, 7.5),
        (320, 190, name, 8.8),
        (320, 201.5, street, 8.8),
        (40, 250, "Sunrise 5.21am   Sunset 6.49pm", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("NEAREST A&E (OPEN", "ALL NIGHT)"),
        ("NEAREST HOSPITAL &", "EMERGENCY DEPT"),
        ("CASUALTY /", "MINOR INJURIES"),
        ("NEAREST HOSPITAL (WITH", "TRAUMA UNIT)"),
    ],
)
def test_a_wrapped_label_owns_the_value_beside_its_first_line(first: str, second: str) -> None:
    day = _wrapped(first, second, "Livingstone Hospital", "Stanford Road, Port Elizabeth")
    assert day["hospital"]["name"] == "Livingstone Hospital"
    assert day["hospital"]["address"] == "Stanford Road, Port Elizabeth"


def test_a_closed_bracket_is_no_wrapped_label() -> None:
    """'NEAREST HOSPITAL (24H)' is whole on its line; the line under it is not its rest."""
    day = _wrapped(
        "NEAREST HOSPITAL (24H)", "", "Livingstone Hospital", "Stanford Road, Port Elizabeth"
    )
    assert day["hospital"]["name"] == "Livingstone Hospital"


# --- a street with no street word over its town ----------------------------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (["Teatro Municipal", "Agustinas 794", "Santiago"], "Agustinas 794, Santiago"),
        (["Casa Lavalle", "Lavalle 1145", "Buenos Aires"], "Lavalle 1145, Buenos Aires"),
        (["Mercado Puerto", "Piedras 237", "Montevideo"], "Piedras 237, Montevideo"),
        (["Hospital Carlos Van Buren", "San Ignacio 725", "Valparaíso"], None),
    ],
)
def test_a_named_number_over_a_town_is_the_address(lines: list[str], address: str | None) -> None:
    got = one_address(lines)
    assert got[1] == (address or f"{lines[1]}, {lines[2]}")
    assert got[0] == lines[0]


@pytest.mark.parametrize(
    "lines",
    [
        ["Estudios Chilefilms", "Sala 12", "Santiago"],  # a room, not a street
        ["Pinewood", "Stage 14", "Iver Heath"],
        ["Quinta Producciones", "Temporada 2026", "Santiago"],  # a year
        ["Agustinas 794", "Santiago"],  # no place's name above: not this rule's shape
        ["Teatro Municipal", "Agustinas 7", "Santiago"],  # a single digit: a room as likely
        ["Teatro Municipal", "Agustinas 794", "escenario y foyer"],  # no town under it
    ],
)
def test_no_named_number_address(lines: list[str]) -> None:
    assert one_address(lines)[1] is None


def test_a_chilean_set_block_reads_its_street() -> None:
    rows = [
        (40, 40, "Productora Andes Ltda.", 11),
        (40, 70, "Serie “Cordillera”", 18),
        (40, 96, "Fecha: miércoles 4/11/2026", 9),
        (40, 112, "CITACIÓN GENERAL 07:30", 9),
        (40, 150, "LOCACIÓN", 8),
        (40, 162, "Teatro Municipal", 9),
        (40, 174, "Agustinas 794", 9),
        (40, 186, "Santiago", 9),
        (40, 198, "Set: escenario y foyer", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "Agustinas 794" in (day["location"] or "")


# --- a call label's bracket naming the whole crew --------------------------------------------


@pytest.mark.parametrize(
    "label", ["CALL TIME (FULL UNIT)", "Call time (all departments)", "CALL (WHOLE CREW)"]
)
def test_a_call_label_for_the_whole_crew_is_sure(label: str) -> None:
    rows = [*_HEAD, (40, 132, label, 9), (200, 132, "0715 hrs", 9), *_PLACE]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= SURE


@pytest.mark.parametrize("label", ["CALL TIME (CAST)", "CALL TIME (CAMERA DEPT)"])
def test_a_call_label_for_others_is_not_made_sure(label: str) -> None:
    rows = [*_HEAD, (40, 132, label, 9), (200, 132, "0715 hrs", 9), *_PLACE]
    day = read_day(render(rows, unicode_font=True))
    assert day["field_confidence"]["call_time"] < SURE


def test_a_big_call_time_before_the_wrap_label_is_not_the_wrap() -> None:
    """The call's big time printed low in its box shares a baseline with 'WRAP (EST.) 1900 hrs'
    beside it: the wrap is the label's own time, so the call fits the day."""
    rows = [
        *_HEAD,
        (40, 132, "CALL TIME (ALL CREW)", 9),
        (220, 132, "LUNCH 1300 hrs", 9),
        (40, 152, "0800 hrs", 20),
        (220, 152, "WRAP (EST.) 1900 hrs", 9),
        *_PLACE,
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "08:00"
    assert day["field_confidence"]["call_time"] >= SURE
    assert not any("printed wrap" in w for w in day["warnings"])


def _wrap(rows: list[Row]) -> str | None:
    return wrap_time(read_pdf(render(rows, unicode_font=True), Limits()).pages)


def test_the_wrap_label_owns_its_time_not_the_one_before_it() -> None:
    rows = [(40, 132, "0800 hrs", 20), (220, 132, "WRAP (EST.) 1900 hrs", 9)]
    assert _wrap(rows) == "19:00"


# (a running order's '1700  Wrap' row keeps its time: tests/unit/extract/test_reader40_rules.py)


# --- a sentence's call after a date with no year ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On Wednesday 11 March, call is 7:15am at the Old Granary.",
        "Thursday 12th March, crew call is 7:15am. See you there.",
    ],
)
def test_a_call_after_a_yearless_date_in_an_email(sentence: str) -> None:
    rows = [
        (40, 40, "From: Thandi Mokoena <thandi@sablecoast.co.za>", 9),
        (40, 54, "To: crew@sablecoast.co.za", 9),
        (40, 68, "Sent: Monday, 9 March 2026 17:02", 9),
        (40, 82, "Subject: HARBOUR GOLD", 9),
        (40, 110, "Hi all,", 9),
        (40, 124, sentence, 9),
        (40, 138, "Location: Old Granary, 12 Dock Road, Port Elizabeth 6001", 9),
    ]
    result = extract_document(render(rows, unicode_font=True)).to_json()
    day = result["days"][0]
    assert day["call_time"] == "07:15"
    assert day["shooting_date"] in {"2026-03-11", "2026-03-12"}


def test_a_cast_call_after_a_yearless_date_is_not_the_crew_call() -> None:
    rows = [
        (40, 40, "From: Thandi Mokoena <thandi@sablecoast.co.za>", 9),
        (40, 54, "To: crew@sablecoast.co.za", 9),
        (40, 68, "Sent: Monday, 9 March 2026 17:02", 9),
        (40, 82, "Subject: HARBOUR GOLD", 9),
        (40, 110, "Hi all,", 9),
        (40, 124, "On Wednesday 11 March, cast call is 9:00am.", 9),
        (40, 138, "Location: Old Granary, 12 Dock Road, Port Elizabeth 6001", 9),
    ]
    result = extract_document(render(rows, unicode_font=True)).to_json()
    assert result["days"][0]["call_time"] != "09:00"


# --- a title with a day cue before it or a crew word after it --------------------------------


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Tomorrow: HARBOUR GOLD call 6:30am", "HARBOUR GOLD"),
        ("TODAY - Salt Road", "Salt Road"),
        ("Harbour Gold cast & crew", "Harbour Gold"),
        ("NIGHT RUN unit", "NIGHT RUN"),
        ("Salt Road crew chat", "Salt Road"),
    ],
)
def test_a_day_cue_and_a_group_word_are_cut_from_a_title(heading: str, title: str) -> None:
    assert clean_title(heading) == title


@pytest.mark.parametrize(
    "heading", ["The Crew", "Curtain Call", "Night Crew", "the late crew", "Today Tonight"]
)
def test_a_title_of_those_words_is_kept(heading: str) -> None:
    assert clean_title(heading) == heading
