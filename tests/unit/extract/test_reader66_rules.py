"""Rules reader66 added, drawn on small pages in wordings of their own (not fresh47's): a
hospital named with the label's own word flush under a taller bilingual label is that label's
value; a title's label in a key / value table has its value across the gap, not the next row's
key; a generic call word with the place everyone reports to is the unit's call; a people
table's first column heading is no rival call; a label's note in brackets ends across a wide
space; a bracket naming the ride to the call holds no call; Maltese and Faroese streets and
codes; a press release announcing a shoot is no call sheet. Rows are (x, baseline y, text,
size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.addresses import find_addresses
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import doc_type, read_day

SURE = 0.85


# --- a hospital named with its label's word, flush under a taller bilingual label ------------


def _hospital_box(name: str, heading: str, *, offset: float = 4, step: float = 9.5) -> dict:
    """The set's heading on a baseline a little under the hospital label's, in one heading row:
    the row's line box runs tall, into the line of the hospital's name under the label."""
    rows: list[Row] = [
        (40, 40, "FOLHA DE SERVIÇO / CALL SHEET", 14),
        (40, 62, "Maré Alta", 16),
        (40, 84, "Data / Date: quarta-feira, 14 de outubro de 2026", 9),
        (40, 110, "CONVOCATÓRIA GERAL / CREW CALL", 9),
        (40, 122, "07:45", 11),
        (40, 150 + offset, "LOCAL / LOCATION", 8),
        (40, 163, "Mercado do Bolhão", 8),
        (40, 174, "Rua Formosa 322", 8),
        (40, 185, "4000-214 Porto", 8),
        (300, 150, heading, 8),
        (300, 150 + step, name, 8),
        (300, 150 + step + 11, "Alameda Prof. Hernâni Monteiro", 8),
        (300, 150 + step + 22, "4200-319 Porto", 8),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize("name", ["Hospital de São João", "Hospital Geral de Santo António"])
@pytest.mark.parametrize(
    "heading", ["URGENCIAS / HOSPITAL MÁS CERCANO", "EMERGENCY / NEAREST HOSPITAL"]
)
@pytest.mark.parametrize(("offset", "step"), [(4, 9.5), (3.5, 9), (5, 10)])
def test_a_hospital_named_with_the_label_word_under_a_tall_label_row(
    name: str, heading: str, offset: float, step: float
) -> None:
    day = _hospital_box(name, heading, offset=offset, step=step)
    assert day["hospital"]["name"] == name


def test_a_hospital_word_with_a_colon_under_the_label_stays_a_label() -> None:
    day = _hospital_box("Hospital: Santo António", "URGENCIAS / HOSPITAL MÁS CERCANO")
    assert day["hospital"]["name"] == "Santo António"


# --- a title's label in a key / value table ---------------------------------------------------


def _keyed_sheet(title: str, label_font: float) -> dict:
    rows: list[Row] = [
        (40, 40, "KESTREL FIXING LTD", 14),
        (40, 58, "Call sheet", 10),
        (40, 90, "PRODUCTION", label_font),
        (180, 90, title, 9),
        (40, 104, "BROADCASTER", 7.5),
        (180, 104, "Northlight TV for SVT", 9),
        (40, 118, "DATE", 7.5),
        (180, 118, "Wednesday 21 October 2026", 9),
        (40, 132, "CREW CALL", 7.5),
        (180, 132, "0645 hrs", 9),
        (40, 146, "LOCATION", 7.5),
        (180, 146, "Old Customs House, 12 Quay Street, Galway H91 X2V0", 9),
        (40, 160, "SUNRISE / SUNSET", 7.5),
        (180, 160, "0810 hrs / 1820 hrs", 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize("title", ["Salt and Stone", "The Quiet Tide"])
def test_a_title_across_a_wide_gap_in_a_key_value_table(title: str) -> None:
    day = _keyed_sheet(title, label_font=8.5)
    assert day["production"] == title
    assert day["field_confidence"]["production"] >= SURE


def test_a_title_label_over_its_value_keeps_the_line_under_it() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 70, "PRODUCTION", 8),
        (40, 82, "Salt and Stone", 10),
        (300, 70, "DATE", 8),
        (300, 82, "Wednesday 21 October 2026", 9),
        (40, 110, "CREW CALL: 06:45", 9),
        (40, 124, "LOCATION: Old Customs House, 12 Quay Street, Galway H91 X2V0", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == "Salt and Stone"


# --- a generic call word with the place everyone reports to -----------------------------------


def _placed_call_sheet(call_label: str, x: float) -> dict:
    """A column of bilingual labels, the values across a gap; the ride's and the first shot's
    times under the call."""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "Harbour Lights", 16),
        (40, 84, "Friday 23 October 2026", 9),
        (40, 110, call_label, 8),
        (x, 110, "08.15", 9),
        (40, 123, "Rútan / Coach from the hotel", 8),
        (x, 123, "07.30", 9),
        (40, 136, "Fyrsta skot / First shot", 8),
        (x, 136, "09.30", 9),
        (40, 149, "Døgurði / Lunch", 8),
        (x, 149, "13.00", 9),
        (40, 170, "Staður / Location", 8),
        (x, 170, "Pier Head, 3 Harbour Road, Whitby YO21 3PU", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("label", "x"),
    [
        ("Fundur á staðnum / Call on set", 200),
        ("Treffpunkt am Set / Call on location", 260),
        ("Kokoontuminen / Call at unit base", 260),
    ],
)
def test_a_generic_call_with_its_place_is_the_units_call(label: str, x: float) -> None:
    day = _placed_call_sheet(label, x)
    assert day["call_time"] == "08:15"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_call_in_a_sentence_is_no_label() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "Harbour Lights", 16),
        (40, 84, "Friday 23 October 2026", 9),
        (40, 110, "Crew call: 07.30", 9),
        (40, 124, "Call on location is for drivers only after 10.45", 9),
        (40, 150, "Location: Pier Head, 3 Harbour Road, Whitby YO21 3PU", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SURE


# --- a people table's first heading is no rival to a generic call ----------------------------


def _generic_call_with_crew_table(call_column: bool = True) -> dict:
    rows: list[Row] = [
        (40, 40, "RIVERSIDE FIXERS", 14),
        (40, 58, "CALL SHEET", 10),
        (40, 80, "PRODUCTION", 8),
        (160, 80, "Red Earth", 9),
        (40, 94, "DATE", 8),
        (160, 94, "Monday, 9th November 2026", 9),
        (40, 108, "CALL TIME", 8),
        (160, 108, "6.15 am", 9),
        (40, 122, "LOCATION", 8),
        (160, 122, "Tea Factory, 14 Hill Street, Nuwara Eliya 22200", 9),
        (40, 170, "TEAM", 7.5),
        (150, 170, "NAME", 7.5),
        (290, 170, "MOBILE", 7.5),
        (430, 170, "CALL" if call_column else "", 7.5),
        (40, 184, "Fixer", 8),
        (150, 184, "Asha Perera", 8),
        (290, 184, "077 111 2233", 8),
        (430, 184, "5.45 am", 8),
        (40, 198, "Sound", 8),
        (150, 198, "Ravi Silva", 8),
        (290, 198, "077 444 5566", 8),
        (430, 198, "6.15 am", 8),
        (40, 212, "Driver", 8),
        (150, 212, "Kumar Das", 8),
        (290, 212, "077 777 8899", 8),
        (430, 212, "5.30 am", 8),
        (40, 240, "NOTES", 8),
        (40, 254, "Gate opens 5.30 am to 4.00 pm; no drones over the estate.", 8),
    ]
    return read_day(render([r for r in rows if r[2]]))


def test_a_crew_tables_first_heading_is_no_rival_call() -> None:
    day = _generic_call_with_crew_table()
    assert day["call_time"] == "06:15"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_crew_heading_with_no_call_column_beside_it_stays_a_rival() -> None:
    day = _generic_call_with_crew_table(call_column=False)
    assert day["field_confidence"]["call_time"] < SURE


# --- a bracketed note across a wide space is the label's --------------------------------------


@pytest.mark.parametrize("x", [140, 145])
def test_a_note_across_a_wide_space_is_the_labels(x: float) -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "Red Earth", 16),
        (40, 84, "Monday, 9th November 2026", 9),
        (40, 108, "CALL TIME (MAIN GATE)", 8),
        (x, 108, "6.15 am", 9),
        (40, 122, "LOCATION", 8),
        (x, 122, "Tea Factory, 14 Hill Street, Nuwara Eliya 22200", 9),
        (40, 136, "LUNCH", 8),
        (x, 136, "12.30 pm", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "06:15"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_note_run_on_into_the_time_stays_with_it() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "Red Earth", 16),
        (40, 84, "Monday, 9th November 2026", 9),
        (40, 108, "Crew call: 06:15", 9),
        (40, 122, "Sunrise (Mon) 06:02", 9),
        (40, 136, "Location: Tea Factory, 14 Hill Street, Nuwara Eliya 22200", 9),
    ]
    day = read_day(render(rows))
    assert day["sunrise"] == "06:02"


# --- a bracket naming the ride to the call holds no call --------------------------------------


def _ride_sheet(label: str) -> dict:
    rows: list[Row] = [
        (40, 40, "HOJA DE LLAMADO / CALL SHEET", 12),
        (40, 62, "Costa Brava", 16),
        (40, 84, "viernes, 6 de noviembre de 2026", 9),
        (40, 110, label, 9),
        (40, 126, "9:15 AM", 14),
        (40, 160, "LOCALIZACIÓN / LOCATION", 9),
        (40, 172, "Playa Sucia, Carretera 301, Cabo Rojo, PR 00623", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    "label",
    [
        "LLAMADO EN CULEBRA (LANCHA 7:00 AM FAJARDO)",
        "CREW CALL AT THE ISLAND (boat from the marina 7.10)",
    ],
)
def test_a_rides_time_in_brackets_is_no_call(label: str) -> None:
    assert _ride_sheet(label)["call_time"] == "09:15"


def test_a_call_beside_its_ride_keeps_its_own_time() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 12),
        (40, 62, "Costa Brava", 16),
        (40, 84, "Friday 6 November 2026", 9),
        (40, 110, "Crew call: 8:30 AM (bus from hotel 7:45 AM)", 9),
        (40, 130, "Location: Playa Sucia, Carretera 301, Cabo Rojo, PR 00623", 9),
    ]
    assert read_day(render(rows))["call_time"] == "08:30"


# --- Maltese and Faroese streets and postcodes ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "street", "code"),
    [
        ("Triq il-Merkanti, Valletta VLT 1170", "Triq il-Merkanti", "VLT 1170"),
        ("Pjazza Tigné, Sliema SLM 3170", "Pjazza Tigné", "SLM 3170"),
        ("Niels Finsens gøta 10, FO-100 Tórshavn", "Niels Finsens gøta 10", "FO-100"),
        ("Klaksvíksvegur 22, FO-700 Klaksvík", "Klaksvíksvegur 22", "FO-700"),
    ],
)
def test_maltese_and_faroese_addresses(text: str, street: str, code: str) -> None:
    found = find_addresses(text)
    assert found
    assert found[0].street == street
    assert found[0].postcode == code


@pytest.mark.parametrize("text", ["Spot TVC 3030", "Room ABC 1234", "Studio 4, Stage FOX 2026"])
def test_three_letters_and_four_digits_alone_are_no_address(text: str) -> None:
    assert not [a for a in find_addresses(text) if a.postcode is not None]


def test_a_faroese_set_with_its_road_reads_the_road() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 12),
        (40, 62, "Fog Island", 16),
        (40, 84, "Thursday 5 November 2026", 9),
        (40, 110, "Crew call", 8),
        (180, 110, "08.30", 9),
        (40, 130, "Location", 8),
        (180, 130, "Gjógv harbour", 9),
        (180, 142, "Gjáarvegur 4", 9),
        (180, 154, "FO-476 Gjógv", 9),
        (40, 180, "Sunrise", 8),
        (180, 180, "08.41", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "Gjáarvegur 4" in day["location"]


# --- a press release announcing a shoot -------------------------------------------------------


def _press(extra: list[Row]) -> list[Row]:
    return [
        (40, 40, "NORTHERN REEL PICTURES", 12),
        (40, 56, "NEWS RELEASE - embargoed until 09:00, Monday 2 November 2026", 9),
        (40, 80, "'Ice Road' starts filming in Tromsø", 14),
        (40, 100, "Filming of 'Ice Road' starts on Tuesday 10 November 2026 at Polaria,", 9),
        (40, 112, "Hjalmar Johansens gate 12, 9007 Tromsø, and moves to Kvaløya on the 16th.", 9),
        (40, 124, "Street closures from 06:00 to 09:00 on Storgata each morning.", 9),
        (40, 136, '"The light up here is the film," said producer Ingrid Lie.', 9),
        (40, 160, "Press contact: Ola Berg, +47 900 12 345", 9),
        *extra,
    ]


def test_a_press_release_is_no_call_sheet() -> None:
    assert (
        doc_type(
            _press([(40, 176, "Photocall: Polaria, 11 November, 13:00", 9)]), unicode_font=True
        )
        == "other"
    )


def test_a_call_sheet_with_a_photo_call_is_still_a_call_sheet() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "Ice Road", 16),
        (40, 84, "Date: Tuesday 10 November 2026", 9),
        (40, 100, "Crew call: 07:00", 9),
        (40, 114, "Location: Polaria, Hjalmar Johansens gate 12, 9007 Tromsø", 9),
        (40, 128, "Photo call (press office): 13:00 at the aquarium foyer", 9),
        (40, 142, "1 EXT. HARBOUR - DAY 1/8", 9),
    ]
    assert doc_type(rows, unicode_font=True) == "call_sheet"
