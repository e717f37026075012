"""Rules the blind fresh43 set asked for (reader61), drawn on small pages of their own.

- A title printed under the paper's kind as the kind of production and a quoted title ('film
  telewizyjny „Cicha Zatoka”', 'celovečerní film „Horní mlýn“'): the quoted words are the
  title, even when the kind's first word ('film') is also a title label; a Czech paper's kind
  with its number ('DENNÍ DISPOZICE č. 9') is never the title.
- Chilean 'URGENCIA MÁS CERCANA' (the nearest emergency room) heads the hospital: the
  facility word opening the name under it ('Hospital ...', 'Clínica ...') belongs to the name.

Rows are (x, baseline y, text, size) in points.
"""

from __future__ import annotations

import pytest

from pipeline.extract.reader.title import quoted_kind_title
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _kind_over_title(kind: str, title_line: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Nadwiślańskie Studio sp. z o.o.", 8),
        (230, 42, kind, 15),
        (230, 64, title_line, 11),
        (40, 110, "Data: 12.03.2026", 9),
        (40, 126, "Zbiórka ekipy: 7:30", 9),
        (40, 142, "Lokacja: Dom Kultury, ul. Ogrodowa 12, 00-876 Warszawa", 9),
        (40, 158, "Wschód / zachód słońca: 6:05 / 17:41", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("kind", "title_line", "title"),
    [
        ("DZIENNY PLAN PRACY nr 3", "film telewizyjny \u201eCicha Zatoka\u201d", "Cicha Zatoka"),
        ("DENNÍ DISPOZICE č. 9", "celovečerní film \u201eHorní mlýn\u201c", "Horní mlýn"),
        ("PLAN ZDJĘCIOWY nr 21", "serial \u201eDruga Strona\u201d", "Druga Strona"),
    ],
)
def test_the_quoted_title_after_the_kind_of_production_is_the_title(
    kind: str, title_line: str, title: str
) -> None:
    day = _kind_over_title(kind, title_line)
    assert day["production"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("film fabularny \u201eRejs\u201d", "Rejs"),
        ('Feature film "Night Harbour"', "Night Harbour"),
        ("televizní seriál \u201eOkresní přebor\u201c", "Okresní přebor"),
        # negatives: a word that names no kind, a credit after the title, no quotes at all
        ("Kino \u201eLuna\u201d", None),
        ("film \u201eRejs\u201d reż. Marek Piwowski", None),
        ("film fabularny · reż. Anna Nowak", None),
    ],
)
def test_quoted_kind_title(text: str, title: str | None) -> None:
    assert quoted_kind_title(text) == title


def test_a_film_label_with_its_colon_still_heads_its_value() -> None:
    # negative: 'Film:  Zimowy Port' is a label and its value, read as before
    day = _kind_over_title("DZIENNY PLAN PRACY nr 5", "Film:  Zimowy Port")
    assert day["production"] == "Zimowy Port"


def _urgencia(name: str, street: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Andes Sur Producciones", 9),
        (300, 40, "HOJA DE CITACIÓN", 14),
        (40, 70, "Largometraje \u201cLa Quebrada\u201d", 13),
        (40, 100, "Fecha: martes 10 de marzo de 2026", 9),
        (40, 116, "CITACIÓN GENERAL 08:00 hrs", 9),
        (40, 132, "Salida del sol: 07:41 hrs", 9),
        (40, 148, "Puesta del sol: 20:02 hrs", 9),
        (300, 100, "LOCACIÓN", 8),
        (300, 114, "Casa Colorada", 9),
        (300, 128, "Merced 860, Santiago", 9),
        (300, 170, "URGENCIA MÁS CERCANA", 8),
        (300, 184, name, 9),
        (300, 198, street, 9),
        (300, 212, "+56 2 2574 5000", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("name", "street"),
    [
        ("Hospital San Juan de Dios", "Huérfanos 3255, Santiago"),
        ("Clínica Santa María", "Av. Santa María 0500, Providencia"),
        ("Hospital Dr. Sótero del Río", "Av. Concha y Toro 3459, Puente Alto"),
    ],
)
def test_urgencia_mas_cercana_heads_the_hospital_with_its_facility_word(
    name: str, street: str
) -> None:
    day = _urgencia(name, street)
    assert day["hospital"]["name"] == name
