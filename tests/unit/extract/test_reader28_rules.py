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
