"""Rules reader71 added, drawn on small pages in wordings of their own (not fresh50's): a running
order printed time first in two columns holds two rows a line, so the crew call's time is the
one before its label, never the next row's after it; "staff call" is the whole crew's call; a
general call label may end on the crew's word ("llamado general de equipo"); a sunset named by
its word alone after the sunrise's time; Colombian grid house numbers ("Carrera 7 # 45-12"); a
bilingual advance heading beside today's opens tomorrow's column; Spanish / Portuguese
"producción" keys a printed spreadsheet's row only; "emitido" dates an issue; a treatment or a
testing schedule is other paper. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.streets import find_streets, tokenize
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

_HOSPITAL = (40, 300, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9)
_LOCATION = (40, 280, "Location: Riverside Mill, 120 Water St, Easton, PA 18042", 9)


def _sheet(*rows: Row) -> dict:
    head: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 62, "NORTHERN DRIVE", 14),
        (380, 62, "Wednesday, March 11, 2026", 10),
    ]
    return read_day(render([*head, *rows, _LOCATION, _HOSPITAL]))


# --- a time-first running order in two columns ---------------------------------------------


def _timetable(*rows: tuple[str, str, str, str]) -> list[Row]:
    """A time-first list in two columns: each row's time in its cell, its words in the next."""
    out: list[Row] = [(40, 100, "RUNNING ORDER", 10)]
    for n, (t1, w1, t2, w2) in enumerate(rows):
        y = 116 + 14 * n
        out += [(40, y, t1, 9), (86, y, w1, 9), (300, y, t2, 9), (346, y, w2, 9)]
    return [r for r in out if r[2]]


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        # the crew call in the second column, a note after it
        (("05:50", "Pick-up at the guest house"), ("06:40", "UNIT CALL (at base)"), "06:40"),
        # the crew call in the first column, the next row's time and words after it
        (("06:50", "ALL CREW CALL"), ("07:40", "Blocking"), "06:50"),
    ],
)
def test_a_two_column_time_first_running_order_gives_the_row_before_the_label(
    left: tuple[str, str], right: tuple[str, str], want: str
) -> None:
    day = _sheet(
        *_timetable(
            ("05:30", "Breakfast", "05:40", "Vans leave"),
            (*left, *right),
            ("12:30", "Lunch", "18:00", "Wrap"),
        )
    )
    assert day["call_time"] == want, day


def test_a_label_first_line_keeps_the_time_after_the_label() -> None:
    """Negative: 'Breakfast 06:15   Crew call 07:00': the time before the label is breakfast's."""
    day = _sheet(
        (40, 116, "Breakfast 06:15", 9),
        (300, 116, "Crew call 07:00", 9),
        (40, 130, "Lunch 12:30", 9),
        (300, 130, "Wrap 18:00", 9),
    )
    assert day["call_time"] == "07:00", day


def test_a_bare_time_after_the_label_is_its_own() -> None:
    """Negative: '06:00 Travel from hotel   Crew call 07:15': a bare time after the label."""
    day = _sheet(
        (40, 116, "06:00 Travel from hotel", 9),
        (300, 116, "Crew call 07:15", 9),
    )
    assert day["call_time"] == "07:15", day


# --- "staff call" ---------------------------------------------------------------------------


def test_staff_call_is_the_crew_call() -> None:
    day = _sheet(
        (40, 100, "BUS FROM HOTEL", 7),
        (200, 100, "STAFF CALL", 7),
        (360, 100, "TALENT CALL", 7),
        (40, 114, "05:10", 10),
        (200, 114, "06:20", 10),
        (360, 114, "07:30", 10),
    )
    assert day["call_time"] == "06:20", day


def test_a_department_s_staff_call_is_not_the_crew_call() -> None:
    """Negative: 'Production staff call' is a department's, the crew call is printed too."""
    day = _sheet(
        (40, 100, "Production staff call: 05:20", 9),
        (40, 116, "Crew call: 06:20", 9),
    )
    assert day["call_time"] == "06:20", day


# --- a Spanish general call label ending on the crew's word --------------------------------


def test_a_general_call_for_the_crew_reads_the_time_under_it() -> None:
    rows: list[Row] = [
        (40, 40, "HOJA DE LLAMADO", 14),
        (40, 62, "EL RÍO GRANDE", 16),
        (400, 40, "LLAMADO GENERAL DE EQUIPO", 7),
        (400, 60, "6:45 AM", 18),
        (40, 90, "Jueves 12 de marzo de 2026", 10),
        (40, 120, "Maquillaje 5:30 AM   Desayuno 6:00 AM", 9),
        (40, 150, "Locación: Calle 10 # 4-21, Mompox, Bolívar", 9),
        (40, 170, "Hospital: Hospital San Juan de Dios, Calle 18 # 2-40, Mompox", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "06:45", day


# --- the sunset named by its word alone after the sunrise's time ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sunrise 06:12 · Set 17:40",
        "Nascer do sol 06:12 | Pôr 17:40",
        "Sunrise: 6:12 AM / down 5:40 PM",
    ],
)
def test_a_sunset_word_after_the_sunrise_time(line: str) -> None:
    day = read_day(
        render(
            [
                (40, 40, "CALL SHEET", 16),
                (40, 62, "NORTHERN DRIVE", 14),
                (380, 62, "Wednesday, March 11, 2026", 10),
                (40, 100, "Crew call: 7:45 AM", 10),
                (300, 100, line, 8),
                _LOCATION,
                _HOSPITAL,
            ],
            unicode_font=True,
        )
    )
    assert (day["sunrise"], day["sunset"]) == ("06:12", "17:40"), day


def test_no_sunset_from_a_set_call_or_an_implausible_time() -> None:
    """Negative: 'Set call 08:00' after the sunrise is no sunset, nor a set 'time' at 4 AM."""
    day = _sheet(
        (40, 100, "Crew call: 7:45 AM", 10), (300, 100, "Sunrise 06:12 · Set call 08:00", 8)
    )
    assert day["sunset"] is None, day
    day = _sheet((40, 100, "Crew call: 7:45 AM", 10), (300, 100, "Sunrise 06:12 · Set 04:10", 8))
    assert day["sunset"] is None, day


# --- Colombian grid house numbers -----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Carrera 7 # 45-12", "Calle 26B #4-70, Medellín", "Carrera 50 # 9-105"]
)
def test_a_colombian_grid_address_is_a_numbered_street(text: str) -> None:
    streets = find_streets(tokenize(text))
    assert streets and streets[0].numbered, streets


@pytest.mark.parametrize("text", ["Calle Mayor # 5", "Carrera 7 # 3"])
def test_a_hash_without_the_crossing_and_metres_is_no_grid_number(text: str) -> None:
    streets = find_streets(tokenize(text))
    assert not any(s.numbered for s in streets), streets


# --- a bilingual advance heading beside today's -------------------------------------------


@pytest.mark.parametrize("advance_left", [True, False])
def test_a_bilingual_advance_column_never_gives_today_s_date(advance_left: bool) -> None:
    adv_x, today_x = (40, 320) if advance_left else (320, 40)
    rows: list[Row] = [
        (40, 40, "PRODUCTORA ANDINA", 9),
        (40, 62, "Río Frío", 18),
        (adv_x, 100, "MAÑANA / NEXT DAY · JORNADA 8", 10),
        (today_x, 100, "HOY / TODAY · JORNADA 7", 10),
        (adv_x, 120, "Llamado / Call 6:00 a.m.", 9),
        (today_x, 120, "LLAMADO GENERAL / CREW CALL 7:30 a.m.", 9),
        (adv_x, 134, "Fecha / Date Viernes 13/03/2026", 9),
        (today_x, 134, "Fecha / Date Jueves 12/03/2026", 9),
        (adv_x, 148, "Locación / Location Laguna Verde", 9),
        (today_x, 148, "Dirección / Address Av. Arequipa 1200, Lima", 9),
        (today_x, 162, "Hospital Clínica Anglo Americana, Av. Salazar 350, Lima", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="a4"))
    assert day["shooting_date"] == "2026-03-12", day


# --- "producción" keys a printed spreadsheet's row ----------------------------------------


def test_a_row_numbered_spreadsheet_s_production_key_gives_the_title() -> None:
    keys = [
        ("PRODUCCIÓN", "Los Cerros Azules"),
        ("FECHA", "05/03/2026"),
        ("CITACIÓN GENERAL", "07:15"),
        ("DESAYUNO", "06:45"),
        ("LOCACIÓN", "Estancia La Paz"),
        ("DIRECCIÓN", "Sarmiento 410, Tafí del Valle"),
        ("HOSPITAL", "Hospital Elías Medici, Av. Miguel Critto 200"),
    ]
    rows: list[Row] = [(80, 40, "A", 7), (160, 40, "B", 7), (330, 40, "C", 7)]
    rows.append((30, 56, "1", 7))
    rows.append((50, 56, "CITACIÓN DE RODAJE", 7))
    for n, (key, value) in enumerate(keys, start=2):
        y = 56 + 14 * (n - 1)
        rows += [(30, y, str(n), 7), (50, y, key, 7), (160, y, value, 7)]
    day = read_day(render(rows, unicode_font=True, page="a4"))
    assert day["production"] == "Los Cerros Azules", day


def test_a_credits_line_s_produccion_names_a_person_not_the_title() -> None:
    """Negative: 'Producción: Marta Quiroga' in the credits under the title."""
    rows: list[Row] = [
        (40, 40, "HOJA DE LLAMADO", 10),
        (40, 66, "LOS CERROS AZULES", 18),
        (40, 86, "Dirección: Pablo Ruiz · Producción: Marta Quiroga", 8),
        (40, 106, "Jueves 5 de marzo de 2026", 10),
        (40, 126, "Llamado general: 7:15", 10),
        (40, 146, "Locación: Sarmiento 410, Tafí del Valle", 9),
        (40, 166, "Hospital: Hospital Elías Medici, Av. Miguel Critto 200", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] != "Marta Quiroga", day
    assert "Quiroga" not in (day["production"] or ""), day


# --- an issue date -------------------------------------------------------------------------


def test_an_issued_date_is_not_the_shooting_date() -> None:
    rows: list[Row] = [
        (40, 40, "ORDEM DO DIA", 10),
        (300, 40, "Diária 4 de 9 · Emitido em 13/03/2026 às 20h10", 7),
        (40, 66, "Vento Norte", 18),
        (40, 90, "sábado, 14 de março de 2026", 10),
        (40, 104, "14/03/2026", 9),
        (40, 126, "CHAMADA GERAL 07h00", 10),
        (40, 146, "Locação: Rua das Flores, 120 - Centro, Recife - PE", 9),
        (40, 166, "Hospital: Hospital da Restauração, Av. Gov. Agamenon Magalhães, s/n", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["shooting_date"] == "2026-03-14", day
    assert day["field_confidence"]["shooting_date"] >= 0.85, day  # no rival in the issue date


# --- a treatment and a testing schedule are other paper -----------------------------------


def _doc_type(rows: list[Row]) -> str:
    return extract_document(render(rows)).to_json()["document_type"]


def test_a_director_s_treatment_is_other() -> None:
    rows: list[Row] = [
        (40, 40, "GLASS HARBOUR - Director's treatment", 16),
        (40, 70, "The idea: one dawn on the harbour wall, the band lit only by ferry lights.", 9),
        (40, 90, "PROPOSED LOCATIONS", 10),
        (40, 104, "1. North Pier, Pier Road, Whitby YO21 3PU (night)", 9),
        (40, 118, "2. Ferry terminal roof (tbc: recce the week of 2026-04-06)", 9),
        (40, 140, "SCHEDULE (PROPOSED)", 10),
        (40, 154, "Pre-light: 2026-04-17 from 19:00", 9),
        (40, 168, "Shoot: one night, 2026-04-18, 22:00 - 06:00", 9),
        (40, 130, "Budget (estimate): GBP 40k all-in", 9),
    ]
    assert _doc_type(rows) == "other"


def test_a_testing_schedule_is_other() -> None:
    rows: list[Row] = [
        (40, 40, "Weekly test schedule - cast and crew", 14),
        (40, 64, "Testing site: Health Annex, 14 Mill Lane, Leeds LS1 4AB", 9),
        (40, 90, "DATE   GROUP   TEST   SLOT", 8),
        (40, 104, "2026-04-13   Group 1   Lateral flow   07:00-08:00", 8),
        (40, 118, "2026-04-13   Group 2   PCR   08:00-09:30", 8),
        (40, 132, "2026-04-16   Group 1   PCR   12:30-13:30", 8),
        (40, 156, "Feeling unwell? Call the health officer before 07:00, 07700 900123.", 9),
    ]
    assert _doc_type(rows) == "other"


def test_a_call_sheet_with_a_testing_schedule_section_stays_a_call_sheet() -> None:
    """Negative: a call sheet whose day carries the week's test slots."""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 62, "NORTHERN DRIVE", 14),
        (380, 62, "Wednesday, March 11, 2026", 10),
        (40, 100, "Crew call: 7:45 AM", 10),
        _LOCATION,
        _HOSPITAL,
        (40, 330, "TESTING SCHEDULE", 9),
        (40, 344, "Mon 3/9 PCR 07:00-08:00, Thu 3/12 PCR 12:30", 8),
    ]
    assert _doc_type(rows) == "call_sheet"


def test_a_treatment_titled_page_that_calls_the_crew_stays_a_call_sheet() -> None:
    """Negative: a shoot day headed with the video's treatment name that calls the crew."""
    rows: list[Row] = [
        (40, 40, "GLASS HARBOUR - music video treatment & day sheet", 14),
        (380, 62, "Wednesday, March 11, 2026", 10),
        (40, 100, "Crew call: 21:00", 10),
        _LOCATION,
        _HOSPITAL,
    ]
    assert _doc_type(rows) == "call_sheet"


# --- a shot named after the sun -------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    ["Sunrise shot: crew on the pier by 06:30.", "Sunrise timelapse from 06:30 on the roof."],
)
def test_a_shot_named_after_the_sun_is_not_the_sunrise(note: str) -> None:
    day = _sheet(
        (40, 100, "Crew call: 6:00 AM", 10),
        (300, 100, "SUNRISE", 7),
        (300, 112, "06:58", 9),
        (380, 100, "SUNSET", 7),
        (380, 112, "17:02", 9),
        (40, 340, "NOTES", 8),
        (40, 354, note, 8),
    )
    assert (day["sunrise"], day["sunset"]) == ("06:58", "17:02"), day


def test_the_sun_s_own_label_still_reads_beside_a_note() -> None:
    """Negative: a note that names the sunrise without a shot word leaves the sun's label."""
    day = _sheet(
        (40, 100, "Crew call: 6:00 AM", 10), (300, 100, "Sunrise: 06:58  Sunset: 17:02", 9)
    )
    assert (day["sunrise"], day["sunset"]) == ("06:58", "17:02"), day
