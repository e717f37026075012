"""Conventions from the nineteenth held-out set's misses (reader28): a street with no house
number ("s/n", "snc", "sin número") under a set's label, and a set's address line left unread
while a later address under the same label (the base's, the parking's) is taken. Each is drawn
on a small page of its own, in words and places of its own. Rows are (x, baseline y, text,
size) in points (A4 where the text needs a Unicode font)."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.addresses import find_address
from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import read_day

# --- a street with no house number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("C. de las Torres s/n, 41001 Sevilla", "C. de las Torres s/n"),
        ("Calle del Prado S/N, 28014 Madrid", "Calle del Prado S/N"),
        ("Via dei Fori Imperiali snc, 00186 Roma", "Via dei Fori Imperiali snc"),
        ("Camino Real sin número, 37001 Salamanca".replace("Camino", "Calle"), None),
        ("Praça do Comércio, s/n, 1100-148 Lisboa", "Praça do Comércio, s/n"),
    ],
)
def test_a_street_with_no_number_is_an_address(text: str, street: str | None) -> None:
    found = find_address(text)
    assert found is not None and found.postcode is not None
    assert found.street == (street or text.split(",")[0])


@pytest.mark.parametrize("text", ["C. Ortega, J. Ruiz", "Sin número de teléfono", "C. Ortega 2"])
def test_no_number_marks_make_no_address_of_names(text: str) -> None:
    found = find_address(text)
    assert found is None or found.postcode is None


def _set_block(set_lines: list[str]) -> bytes:
    rows = [
        (40, 40, "Producciones Tajo S.L.", 9),
        (40, 64, "La Casa del Río", 16),
        (380, 40, "ORDEN DE RODAJE Nº 4", 9),
        (380, 54, "jueves, 14 de mayo de 2026", 9),
        (40, 96, "Citación equipo", 9),
        (150, 96, "08:00", 9),
        (40, 124, "LOCALIZACIÓN", 9),
    ]
    y = 138
    for line in set_lines:
        rows.append((46, y, line, 9))
        y += 12
    rows += [
        (40, y + 4, "HOSPITAL MÁS CERCANO", 9),
        (46, y + 16, "Hospital Virgen de la Salud", 9),
        (46, y + 28, "Av. de Barber 30, 45005 Toledo", 9),
    ]
    return render(rows, unicode_font=True, page="A4")


def test_the_sets_no_number_address_is_read_under_its_label() -> None:
    day = read_day(
        _set_block(
            [
                "Monasterio de San Juan",
                "C. de los Reyes Católicos s/n, 45002 Toledo",
                "Claustro y sala capitular",
                "Aparcamiento en Paseo de Recaredo 1, 45004 Toledo",
            ]
        )
    )
    assert day["location"] == "C. de los Reyes Católicos s/n, 45002 Toledo"


def test_a_later_address_under_the_label_is_not_confirmed_when_the_first_is_unread() -> None:
    # the set's own line has a postcode but a form that is not read as a street
    day = read_day(
        _set_block(
            [
                "Monasterio de San Juan",
                "Cuesta sin nombre junto al río, 45002 Toledo",
                "Claustro y sala capitular",
                "Paseo de Recaredo 1, 45004 Toledo",
            ]
        )
    )
    if day["location"] == "Paseo de Recaredo 1, 45004 Toledo":
        assert day["field_confidence"]["location"] < 0.85


def test_a_plain_set_address_after_its_name_keeps_its_confidence() -> None:
    day = read_day(
        _set_block(["Monasterio de San Juan", "Paseo de Recaredo 1, 45004 Toledo", "Claustro"])
    )
    assert day["location"] == "Paseo de Recaredo 1, 45004 Toledo"
    assert day["field_confidence"]["location"] >= 0.85


# --- the sun's pair in Spanish, Italian, Portuguese words ------------------------------------


def _sun_sheet(sun_label: str, sun_value: str) -> bytes:
    rows = [
        (40, 40, "Producciones Tajo S.L.", 9),
        (40, 64, "La Casa del Río", 16),
        (380, 40, "ORDEN DE RODAJE Nº 4", 9),
        (380, 54, "jueves, 14 de mayo de 2026", 9),
        (40, 96, "Citación equipo", 9),
        (150, 96, "08:00", 9),
        (300, 96, sun_label, 9),
        (400, 96, sun_value, 9),
        (40, 124, "LOCALIZACIÓN", 9),
        (46, 138, "Paseo de Recaredo 1, 45004 Toledo", 9),
    ]
    return render(rows, unicode_font=True, page="A4")


@pytest.mark.parametrize(
    "label",
    ["Orto / ocaso", "Salida / puesta del sol", "Alba / tramonto", "Nascer / pôr do sol"],
)
def test_a_rise_and_set_pair_in_romance_words(label: str) -> None:
    day = read_day(_sun_sheet(label, "06:58 / 21:31"))
    assert (day["sunrise"], day["sunset"]) == ("06:58", "21:31")


def test_a_departure_and_arrival_pair_is_no_sun() -> None:
    day = read_day(_sun_sheet("Salida / llegada", "06:58 / 21:31"))
    assert day["sunset"] != "21:31"


# --- a film school's work plan: its kind as the largest heading, the quoted exercise under it --


def _school_sheet(kind_top: float, title_line: str, crew_row: str) -> bytes:
    rows = [
        (150, 52, "Wyższa Szkoła Sztuk Filmowych w Lublinie", 10),
        (150, 65, "Wydział Reżyserii, I rok", 10),
        (130, kind_top, "PLAN PRACY NA 3. DZIEŃ ZDJĘCIOWY", 14),
        (170, kind_top + 20, title_line, 12),
        (40, kind_top + 50, "Data:", 10),
        (150, kind_top + 50, "piątek, 5 czerwca 2026", 10),
        (40, kind_top + 66, "Zbiórka ekipy:", 10),
        (150, kind_top + 66, "godz. 9.00", 10),
        (40, kind_top + 82, "Miejsce zdjęć:", 10),
        (150, kind_top + 82, "Zamek Lubelski, ul. Zamkowa 9, 20-117 Lublin", 10),
        (40, kind_top + 110, "Ekipa:", 10),
        (40, kind_top + 124, crew_row, 10),
    ]
    return render(rows, unicode_font=True, page="A4")


@pytest.mark.parametrize("kind_top", [99, 112])
def test_the_exercise_under_the_papers_kind_is_the_title(kind_top: float) -> None:
    day = read_day(_school_sheet(kind_top, "etiuda „Dziedziniec”", "Reżyseria  Jan Bór"))
    assert day["production"] == "Dziedziniec"


def test_a_department_row_with_a_phone_is_no_title() -> None:
    day = read_day(_school_sheet(99, "etiuda „Dziedziniec”", "Produkcja   Ewa Lis   602 555 311"))
    assert day["production"] == "Dziedziniec"


# --- a commercial's "Job" line ------------------------------------------------------------------


def test_a_commercials_job_names_the_spot() -> None:
    rows = [
        (380, 40, "CALL SHEET", 14),
        (40, 60, "Harbourline Pictures", 16),
        (40, 76, "14 Quay St, Napier 4110", 8),
        (400, 76, "Thu 05/03/26", 9),
        (40, 100, 'Job     Kiwi Dairy "Morning Run" 15"', 9),
        (40, 114, "Client  Kiwi Dairy", 9),
        (300, 100, "Crew call    06:45", 9),
        (40, 140, "LOCATION", 9),
        (40, 152, "Marine Parade Gardens, 100 Marine Pde, Napier 4110", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == 'Kiwi Dairy "Morning Run" 15"'


# --- the crew's time said in a sentence ------------------------------------------------------


def _letter(when: str) -> bytes:
    rows = [
        (40, 40, "HARBOUR LIGHTS - Call Sheet", 16),
        (40, 60, "Short film · Day 2 of 2", 9),
        (40, 84, "When", 10),
        (40, 98, when, 9),
        (40, 122, "Where", 10),
        (40, 136, "Whitby Museum, Pannett Park, Whitby YO21 1RE.", 9),
        (40, 160, "Schedule", 10),
        (40, 174, "9.30am - Sc 4 - the gallery", 9),
        (40, 186, "12.30pm - Sc 5 and 6 - the steps", 9),
        (40, 198, "4pm - wrap", 9),
        (40, 222, "Safety", 10),
        (40, 236, "Nearest A&E: Scarborough Hospital, Woodlands Dr, Scarborough YO12 6QL", 9),
    ]
    return render(rows)


@pytest.mark.parametrize(
    ("when", "call"),
    [
        ("Sunday 9 August 2026. Call time for the whole crew is 8.15am.", "08:15"),
        (
            "Sunday 9 August 2026. Coffee in the hall from 6.30am, then everyone on set by 7am.",
            "07:00",
        ),
    ],
)
def test_the_crews_time_in_a_sentence(when: str, call: str) -> None:
    day = read_day(_letter(when))
    assert day["call_time"] == call
    assert day["field_confidence"]["call_time"] < 0.85


def test_a_meal_for_everyone_is_no_call() -> None:
    day = read_day(_letter("Sunday 9 August 2026. Lunch for everyone at 1pm in the hall."))
    assert day["call_time"] != "13:00"


# --- a location recce report in Romance words is no call sheet -----------------------------


def test_an_italian_location_report_is_other() -> None:
    rows = [
        (40, 40, "RELAZIONE SOPRALLUOGO (SCOUTING)", 14),
        (40, 60, "Lago Film · serie «Ponti» · reparto location", 9),
        (40, 84, "Location", 9),
        (170, 84, "Villa Monastero", 9),
        (40, 98, "Indirizzo", 9),
        (170, 98, "Via Polvani 4, 23829 Varenna", 9),
        (40, 112, "Data della visita", 9),
        (170, 112, "giovedì 4 giugno 2026, 10:00 - 12:00", 9),
        (40, 126, "Accesso", 9),
        (170, 126, "carico e scarico dal lungolago prima delle 08:00", 9),
        (40, 140, "Corrente", 9),
        (170, 140, "quadro trifase in portineria", 9),
        (40, 154, "Parcheggio", 9),
        (170, 154, "piazzale della stazione", 9),
        (40, 168, "Pronto soccorso", 9),
        (170, 168, "Ospedale di Lecco, Via dell'Eremo 9/11, 23900 Lecco", 9),
        (40, 192, "FOTO", 9),
        (46, 206, "IMG_2201.jpg - facciata sul lago", 9),
        (46, 218, "IMG_2202.jpg - giardino botanico", 9),
        (40, 242, "VALUTAZIONE: ottima per le scene 3 e 7; sopralluogo tecnico da fissare.", 9),
    ]
    from pipeline.extract import extract_document

    assert (
        extract_document(render(rows, unicode_font=True, page="A4")).to_json()["document_type"]
        == "other"
    )


def test_a_job_number_is_no_title() -> None:
    rows = [
        (380, 40, "CALL SHEET", 14),
        (40, 60, "Harbourline Pictures Ltd", 9),
        (400, 76, "THURSDAY 5TH MARCH 2026", 9),
        (40, 90, "TIDE  TABLE", 16),
        (40, 110, "CLIENT   Kiwi Dairy", 9),
        (40, 124, 'JOB NO.  HP-0312 (1 x 30")', 9),
        (300, 110, "Crew call    06:45", 9),
        (40, 150, "LOCATION", 9),
        (40, 162, "Marine Parade Gardens, 100 Marine Pde, Napier 4110", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == "TIDE TABLE"
