"""Conventions from the twenty-fourth and twenty-second held-out sets' misses (reader33): a
venue's name before its whole address in a column of labels, an address that says one part
twice, a grid of label cells with each value under its label, the Spanish and Portuguese words
for the project and the set, an envelope's town line with the state abbreviated, a letter's
dateline over the day's date, a screening programme and a self-tape request (no call sheets),
a call "for everyone", a time "-ish" glued to its meridiem, a lone 'Address:' label, a
bilingual heading's cell. Each is drawn on a small page of its own,
in words and places of its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.model import Day, Place
from pipeline.extract.reader.sanity import repeated_place_findings
from pipeline.extract.reader.town_lines import town_line
from pipeline.extract.reader.values import find_time
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _kind(rows: list[Row]) -> str:
    return extract_document(render(rows, unicode_font=True)).to_json()["document_type"]


def _sheet(extra: list[Row], *, title: str = "HARBOUR LIGHTS", call: bool = True) -> bytes:
    rows = [
        (40, 40, "Quayside Pictures", 9),
        (40, 64, title, 16),
        (380, 40, "Friday, May 8, 2026", 9),
        *([(40, 96, "Crew Call", 9), (150, 96, "7:15 AM", 9)] if call else []),
        *extra,
    ]
    return render(rows, unicode_font=True)


# --- a venue's name before its whole address, in a column of labels -------------------------


@pytest.mark.parametrize(
    ("venue", "street"),
    [
        ("Rosewood Place", "220 Harbor Dr, Portland, ME 04101"),
        ("Elm Court", "18 Pine St, Burlington, VT 05401"),
    ],
)
def test_a_venue_named_like_a_street_before_its_address(venue: str, street: str) -> None:
    rows = [
        (30, 150, "SC", 8),
        (60, 150, "SET / DESCRIPTION", 8),
        (460, 150, "LOCATION", 8),
        (30, 162, "12", 8),
        (60, 162, "INT. HALL - the rehearsal", 8),
        (460, 162, venue, 8),
        (30, 174, "13", 8),
        (60, 174, "INT. FOYER - the argument", 8),
        (460, 174, venue, 8),
        (30, 200, "LOCATION", 9),
        (150, 200, f"{venue}, {street}", 9),
        (30, 215, "SET NOTES", 9),
        (150, 215, "Main hall and foyer", 9),
        (30, 230, "PARKING", 9),
        (150, 230, "40 Commercial St, Portland, ME 04101", 9),
        (30, 260, "Nearest Hospital", 9),
        (150, 260, "Maine Medical Center", 9),
    ]
    day = read_day(_sheet(rows))
    assert street.split(",")[0] in day["location"]


@pytest.mark.parametrize(
    "address",
    ["Mill Lane Studios, Mill Lane Studios", "Quarry Yard, Quarry Yard, Leeds LS1 4AB"],
)
def test_an_address_that_says_a_part_twice_is_doubted(address: str) -> None:
    day = Day(location=address, locations=(Place(None, address),))
    found = repeated_place_findings(day)
    assert {f.field for f in found} == {"location", "locations"}
    assert all(f.cap is not None and f.cap < 0.85 for f in found)


def test_an_address_with_each_part_once_is_not_doubted() -> None:
    address = "Mill Lane Studios, 4 Mill Lane, Leeds LS1 4AB"
    assert repeated_place_findings(Day(location=address)) == []


# --- a grid of label cells, each value under its label ---------------------------------------


@pytest.mark.parametrize(("label", "title"), [("PROJECT", "Copper Kettle"), ("TITLE", "Fog Line")])
def test_a_title_in_a_grid_cell_under_its_label(label: str, title: str) -> None:
    rows = [
        (40, 40, "SALTBOX FILMS INC.", 14),
        (470, 40, "CALL SHEET", 14),
        (40, 84, "CLIENT", 8),
        (170, 84, "AGENCY", 8),
        (300, 84, label, 8),
        (430, 84, "DIRECTOR", 8),
        (40, 96, "Northwind Dairy", 9),
        (170, 96, "Blue Door", 9),
        (300, 96, title, 9),
        (430, 96, "Ana Ruiz", 9),
        (40, 120, "DATE", 8),
        (170, 120, "CREW CALL", 8),
        (40, 132, "Tuesday, June 9, 2026", 9),
        (170, 132, "6:30 AM", 9),
        (40, 160, "LOCATION", 8),
        (40, 172, "Union Station", 9),
        (40, 184, "65 Front St W, Toronto, ON M5J 1E6", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] == title


def test_a_word_inside_a_scene_row_heads_no_cell() -> None:
    rows = [
        (40, 124, "Location", 9),
        (150, 124, "Union Station, 65 Front St W, Toronto, ON M5J 1E6", 9),
        (40, 150, "12", 8),
        (70, 150, "EXT. ROOFTOP PROJECT SITE - day", 8),
    ]
    assert read_day(_sheet(rows))["production"] == "HARBOUR LIGHTS"


# --- Spanish and Portuguese words for the project, the set and the day -----------------------


@pytest.mark.parametrize(("label", "title"), [("Proyecto:", "Sal de Mar"), ("Projeto:", "Maré")])
def test_the_project_label_in_spanish_and_portuguese(label: str, title: str) -> None:
    rows = [
        (40, 40, "Productora Costa", 9),
        (360, 40, "HOJA DE LLAMADO", 12),
        (40, 70, label, 10),
        (100, 70, title, 10),
        (40, 90, "Fecha: 14/05/2026", 9),
        (40, 104, "Llamado general: 07:00", 9),
        (40, 124, "LOCACIÓN", 9),
        (40, 138, "Av. Insurgentes Sur 1605, San José Insurgentes, 03900 Ciudad de México", 9),
    ]
    assert read_day(render(rows, unicode_font=True))["production"] == title


def test_the_european_portuguese_set_label_and_day_of() -> None:
    rows = [
        (40, 40, "Tejo Filmes", 9),
        (40, 64, "O Farol", 16),
        (40, 88, "sexta-feira, 15 de maio de 2026 · Dia de rodagem 3 de 12", 9),
        (40, 110, "CHAMADA EQUIPA", 9),
        (150, 110, "07:30", 9),
        (40, 136, "LOCAL DE RODAGEM", 9),
        (40, 150, "Farol do Cabo Raso", 9),
        (40, 162, "Av. Rei Humberto II de Itália 7, 2750-800 Cascais", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["location"].startswith("Av. Rei Humberto II")
    assert day["shooting_day"] == 3


@pytest.mark.parametrize(
    "line",
    [
        "Roma Norte, 06700 Cuauhtémoc, CDMX.",
        "Centro, 37000 León, Gto.",
        "Zona Centro, 20000 Aguascalientes, Ags.",
    ],
)
def test_a_town_line_with_its_state_abbreviated(line: str) -> None:
    assert town_line(line, coded_only=True)


def test_a_numbered_street_without_a_street_word_over_its_town() -> None:
    rows = [
        (40, 124, "LOCACIÓN", 9),
        (48, 138, "Casa de la Cultura", 9),
        (48, 150, "Reforma 12", 9),
        (48, 162, "Centro, 68000 Oaxaca, Oax.", 9),
        (48, 174, "Set: patio y biblioteca", 9),
    ]
    day = read_day(_sheet(rows))
    assert day["location"].startswith("Reforma 12")


# --- a letter's dateline over the day's date ---------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "dated"),
    [
        ("Monterrey, N.L., a 11 de mayo de 2026", "Fecha de rodaje: martes 12 de mayo de 2026"),
        ("Lyon, le 11 mai 2026", "Date de tournage : mardi 12 mai 2026"),
    ],
)
def test_a_letters_dateline_is_when_it_was_written(dateline: str, dated: str) -> None:
    rows = [
        (40, 40, "Sierra Madre Films", 9),
        (330, 60, dateline, 9),
        (40, 80, "EL PUENTE", 16),
        (40, 104, dated, 9),
        (40, 120, "Crew call: 07:00", 9),
        (
            40,
            140,
            "Location: Parque Fundidora, Av. Fundidora 501, Obrera, 64010 Monterrey, N.L.",
            9,
        ),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["shooting_date"] == "2026-05-12"
    assert day["field_confidence"]["shooting_date"] >= 0.85


# --- a screening programme and a self-tape request: no call sheets -------------------------------


def test_a_cinema_programme_is_other() -> None:
    rows = [
        (40, 40, "RIVERSIDE DOCUMENTARY WEEK 2026", 14),
        (40, 60, "Programme of screenings · 12-14 June", 9),
        (40, 84, "Screens: 1 Lumière Hall, 4 Quay St, Bristol BS1 4DJ; 2 Watershed Studio", 9),
        (40, 108, "Friday 12 June 2026", 10),
        (50, 122, "19:00  Screen 1  Opening film: Salt Roads, world premiere + Q&A", 9),
        (50, 134, "21:15  Screen 2  Shorts block: Tides", 9),
        (40, 156, "Saturday 13 June 2026", 10),
        (50, 170, "14:00  Screen 1  The Last Ferry (subtitled)", 9),
        (50, 182, "18:30  Screen 2  Filmmakers' panel", 9),
        (40, 204, "Sunday 14 June 2026", 10),
        (50, 218, "17:00  Screen 1  Closing night and awards ceremony", 9),
        (40, 244, "Tickets from the box office; festival pass holders queue from doors open.", 9),
    ]
    assert _kind(rows) == "other"


def test_a_spanish_self_tape_request_is_other() -> None:
    rows = [
        (60, 50, "INSTRUCCIONES DE SELF TAPE", 14),
        (60, 74, "Proyecto: LA SIRENA (serie) · Personaje: MARINA", 9),
        (60, 90, "Casting: Estudio Faro, Calle Mayor 12, 28013 Madrid", 9),
        (60, 110, "Entrega: lunes 18 de mayo de 2026 antes de las 18:00", 9),
        (60, 124, "Upload: el enlace del correo de tu agente", 9),
        (60, 138, "Callbacks: jueves 21 de mayo de 2026, 10:00-14:00", 9),
        (72, 160, "1. Slate: nombre, altura, ciudad.", 9),
        (72, 174, "2. Plano medio, eye line fuera de cámara, formato landscape.", 9),
        (72, 188, "3. Máximo 2 minutos.", 9),
        (60, 210, "Esto no es una contratación (not a booking).", 9),
    ]
    assert _kind(rows) == "other"


def test_a_call_sheet_at_a_festival_stays_a_call_sheet() -> None:
    rows = [
        (40, 124, "Location", 9),
        (150, 124, "Festival Square, 1 Lothian Rd, Edinburgh EH1 2EP", 9),
        (40, 150, "Nearest Hospital", 9),
        (150, 150, "Royal Infirmary, 51 Little France Cres, Edinburgh EH16 4SA", 9),
        (40, 176, "Notes: festival screening crowd from 18:00; box office queue by camera B.", 9),
    ]
    day = read_day(_sheet(rows))
    assert day["call_time"] == "07:15"


# --- a call "for everyone", a time "-ish" --------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["9:30am for everyone (coffee from 9)", "9:30 AM for all crew", "9:30am for the whole team"],
)
def test_a_generic_call_for_everyone_is_the_crews(value: str) -> None:
    rows = [
        (40, 96, "Call time:", 9),
        (100, 96, value, 9),
        (40, 110, "Location: The Roundhouse, Chalk Farm Rd, London NW1 8EH", 9),
        (40, 124, "Nearest A&E: University College Hospital, 235 Euston Rd, London NW1 2BU", 9),
    ]
    day = read_day(_sheet(rows, call=False))
    assert day["call_time"] == "09:30"
    assert day["field_confidence"]["call_time"] >= 0.85


@pytest.mark.parametrize(
    ("text", "value"), [("6:30pmish", "18:30"), ("4 PMish", "16:00"), ("11:00amish", "11:00")]
)
def test_a_rough_time_glued_to_its_meridiem(text: str, value: str) -> None:
    parsed = find_time(text)
    assert parsed is not None and parsed.value == value


# --- a lone 'Address:' label -----------------------------------------------------------------


def test_a_lone_address_label_names_the_set() -> None:
    rows = [
        (40, 110, "Address: The Granary, 14 Wharf Rd, Bath BA1 1AA", 9),
        (40, 124, "Parking: Charlotte St car park", 9),
        (40, 138, "Nearest A&E: Royal United Hospital, Combe Park, Bath BA1 3NG", 9),
    ]
    day = read_day(_sheet(rows))
    assert day["location"].startswith("The Granary, 14 Wharf Rd") or day["location"].startswith(
        "14 Wharf Rd"
    )
    assert day["field_confidence"]["location"] >= 0.85


def test_two_address_labels_leave_the_set_to_a_person() -> None:
    rows = [
        (40, 110, "Address: The Granary, 14 Wharf Rd, Bath BA1 1AA", 9),
        (40, 124, "Address: Green Park Station, Green Park Rd, Bath BA1 1JB", 9),
    ]
    day = read_day(_sheet(rows))
    assert day["field_confidence"]["location"] < 0.85


# --- a bilingual heading's cell ------------------------------------------------------------------


def test_a_bilingual_call_headings_value_under_its_first_language() -> None:
    rows = [
        (40, 40, "Alpenfilm GmbH", 9),
        (40, 64, "DER GLETSCHER", 16),
        (200, 40, "Do., 14.05.2026", 9),
        (400, 40, "ARBEITSBEGINN / CREW CALL", 9),
        (400, 56, "06:30", 14),
        (400, 74, "Maske / HMU", 9),
        (540, 74, "05:30", 9),
        (400, 86, "Mittag / Lunch", 9),
        (540, 86, "12:30", 9),
        (40, 124, "MOTIV / LOCATION", 9),
        (40, 138, "Hintertuxer Gletscher", 9),
        (40, 150, "Hintertux 794, 6294 Tux", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["call_time"] == "06:30"
