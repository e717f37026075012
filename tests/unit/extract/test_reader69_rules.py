"""Rules reader69 added, drawn on small pages in wordings of their own (not fresh49's): a
generic place word heading its cell with the word for an address after a slash ('DÉCOR /
ADRESSE', 'Motiv / Adresse') heads the set's block, the set's name over its address. Rows are
(x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.labelling import find_all_labels
from pipeline.extract.reader.model import Limits
from pipeline.extract.reader.pdfread import read_pdf
from pipeline.extract.reader.place_finder import one_address
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

# --- 'DÉCOR / ADRESSE' heads the set's block ----------------------------------------------


def _french_sheet(heading: str, name: str, street: str, town: str) -> list[Row]:
    return [
        (40, 40, "PRODUCTIONS DU LITTORAL", 9),
        (40, 70, "Le Phare Blanc", 18),
        (400, 40, "FEUILLE DE SERVICE N° 3", 9),
        (40, 100, "JEUDI 12 MARS 2026", 10),
        (40, 130, "CONVOCATION ÉQUIPE", 9),
        (40, 146, "07h00", 14),
        (40, 166, "Lever / coucher du soleil 07h12 / 18h41", 9),
        (300, 130, heading, 9),
        (300, 146, name, 9),
        (300, 160, street, 9),
        (300, 174, town, 9),
        (40, 220, "HÔPITAL LE PLUS PROCHE", 9),
        (40, 234, "Hôpital Saint-Roch, 5 Rue Pierre Dévoluy, 06000 Nice", 9),
    ]


@pytest.mark.parametrize(
    ("heading", "name", "street", "town"),
    [
        ("DÉCOR / ADRESSE", "Villa des Glycines", "12 Chemin des Oliviers", "06230 Villefranche"),
        ("Décor / Adresse", "Fort Carré", "Avenue du 11 Novembre", "06600 Antibes"),
        ("DECOR / ADRESSE", "Plage de la Garoupe", "Boulevard de la Garoupe", "06160 Antibes"),
    ],
)
def test_a_place_word_and_address_across_a_slash_head_the_set(
    heading: str, name: str, street: str, town: str
) -> None:
    day = read_day(render(_french_sheet(heading, name, street, town), unicode_font=True))
    assert day["location"] is not None
    assert street in day["location"]


def _labels(rows: list[Row]) -> list[tuple[str, str]]:
    pages = read_pdf(render(rows, unicode_font=True), Limits()).pages
    return [(h.kind, h.phrase) for h in find_all_labels(pages)]


@pytest.mark.parametrize(
    "heading", ["MOTIV / ADRESSE", "Motiv / Adresse", "DÉCOR / ADRESSE", "Decorat / Adreça"]
)
def test_the_pair_is_a_location_label(heading: str) -> None:
    rows: list[Row] = [(40, 40, "Drehplan", 12), (40, 80, heading, 9), (40, 94, "Zeche Zollern", 9)]
    assert ("location", heading.split()[0].lower()) in _labels(rows)


@pytest.mark.parametrize(
    "line",
    [
        "SÉQ. DÉCOR EFFET RÔLES PAGES",  # a scene table's column, no slash
        "Décor / adresse du parking de la régie",  # the slash runs on into a sentence
        "Motiv / Adresse folgt per Mail",  # the address word runs on: no heading
    ],
)
def test_no_pair_no_location_label(line: str) -> None:
    rows: list[Row] = [(40, 40, "Drehplan", 12), (40, 80, line, 9), (40, 94, "Zeche Zollern", 9)]
    assert not any(kind == "location" for kind, _ in _labels(rows))


# --- a four-digit postcode that reads as a clock time, under a sure street line --------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (["Dar Lasram", "Rue du Tribunal", "1008 Tunis"], "Rue du Tribunal, 1008 Tunis"),
        (["Villa Lumière", "Route de Lausanne", "1213 Onex"], "Route de Lausanne, 1213 Onex"),
        (["Old Mill", "Chemin des Vignes", "2013 Colombier"], "Chemin des Vignes, 2013 Colombier"),
    ],
)
def test_a_clock_like_code_and_town_under_a_street_completes_it(
    lines: list[str], address: str
) -> None:
    assert one_address(lines)[1] == address


@pytest.mark.parametrize(
    "lines",
    [
        ["Hôtel du Lac", "Rue de Genève", "1930 Dîner"],  # a schedule's row: a 5-minute step
        ["Hôtel du Lac", "Rue de Genève", "0700 Rehearsal"],
        ["Hôtel du Lac", "Rue de Genève", "2012 Unit call"],  # a label's words after the digits
        ["Hôtel du Lac", "Genève centre", "2013 Colombier"],  # no sure street line above it
    ],
)
def test_no_street_line_or_a_rows_time_is_no_town_line(lines: list[str]) -> None:
    _, address, _ = one_address(lines)
    assert address is None or not address.endswith(lines[2])


def test_a_drawn_set_with_a_clock_like_postcode() -> None:
    rows = _french_sheet("DÉCOR", "Dar Lasram", "Rue du Tribunal", "1008 Tunis")
    rows[7] = (300, 130, "DÉCOR :", 9)
    day = read_day(render(rows, unicode_font=True))
    assert day["location"] == "Rue du Tribunal, 1008 Tunis"


# --- emergency numbers beside a hospital label are no hospital -------------------------------


def _hospital_sheet(heading: str, below: str) -> list[Row]:
    return [
        (40, 40, "CALL SHEET", 14),
        (40, 60, "Sandline Films LLC", 9),
        (40, 80, "Project: Salt Road", 9),
        (40, 100, "Date: Monday 9 March 2026", 9),
        (40, 116, "Crew Call: 06:15", 9),
        (40, 132, "Location: Old Souk, 14 Market Street, Muscat", 9),
        (40, 160, heading, 9),
        (40, 174, below, 9),
    ]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("NEAREST HOSPITAL (ER) / Ambulance 997 · Police 999", "Royal Hospital"),
        ("NEAREST HOSPITAL / Emergency 112", "Sultan Qaboos University Hospital"),
        ("Hospital (A&E) - Ambulance 999 / Fire 998", "Khoula Hospital"),
    ],
)
def test_services_and_numbers_beside_the_label_leave_the_name_below(
    heading: str, name: str
) -> None:
    day = read_day(render(_hospital_sheet(heading, f"{name}, Al Ghubra Street, Muscat")))
    assert day["hospital"]["name"].startswith(name)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("NEAREST HOSPITAL  Al Nahda Clinic 24", "Al Nahda Clinic 24"),  # a name with a number
        ("NEAREST HOSPITAL  Starcare Hospital", "Starcare Hospital"),  # a name beside the label
    ],
)
def test_a_name_beside_the_label_stays_the_hospital(heading: str, name: str) -> None:
    day = read_day(render(_hospital_sheet(heading, "Unit base: car park B, Qurum")))
    assert day["hospital"]["name"].startswith(name)


# --- a crew call named in a running order's row owns the row's time --------------------------


def _running_order(header_call: str, row_time: str, row_label: str, next_set: str) -> list[Row]:
    return [
        (40, 40, "CALL SHEET", 14),
        (40, 60, "Riverside Features", 9),
        (40, 80, "Project: The Long Summer", 9),
        (40, 100, "Date: Friday 13 March 2026", 9),
        (40, 116, f"Crew Call: {header_call}", 9),
        (40, 132, "Location: Mill House, 2 Weir Lane, Bath BA2 3AB", 9),
        (40, 148, "Sunrise 6:24 AM   Sunset 6:05 PM", 9),
        (40, 180, "TIME", 8),
        (110, 180, "SC", 8),
        (150, 180, "SET", 8),
        (400, 180, "NOTES", 8),
        (40, 194, row_time, 9),
        (110, 194, "-", 9),
        (150, 194, row_label, 9),
        (400, 194, "-", 9),
        (40, 208, "8:00 AM", 9),
        (110, 208, "12", 9),
        (150, 208, next_set, 9),
        (400, 208, "period cars", 9),
        (40, 222, "1:00 PM", 9),
        (110, 222, "-", 9),
        (150, 222, "Lunch", 9),
    ]


@pytest.mark.parametrize(
    ("row_time", "row_label", "next_set"),
    [
        ("7:00 AM", "Crew call", "INT. DINER - 1955 FLASHBACK"),
        ("7:00 AM", "Unit call", "EXT. PIER - 1940s DANCE"),
        ("0700 hrs", "General crew call", "EXT. STATION - 1915"),
    ],
)
def test_a_crew_call_row_owns_its_own_time(row_time: str, row_label: str, next_set: str) -> None:
    day = read_day(render(_running_order("7:00 AM", row_time, row_label, next_set)))
    assert day["call_time"] == "07:00"
    assert day["confidence"] >= 0.85


def test_a_crew_call_row_that_disagrees_still_doubts() -> None:
    # the row says 7:30, the header 7:00: the sheet contradicts itself, a person looks
    day = read_day(render(_running_order("7:00 AM", "7:30 AM", "Crew call", "INT. HALL")))
    assert day["confidence"] < 0.85
