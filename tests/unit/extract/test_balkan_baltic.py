"""General rules from the sixth held-out set (fresh5 misses): Croatian / Serbian / Bosnian and
Baltic dates and labels, each drawn on a small page of its own. Rows are (x, baseline y, text,
size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.dates import find_dates
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]


def _day(rows: list[Row]) -> Any:
    result = extract_document(render(rows, unicode_font=True)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("utorak, 14. travnja 2026.", "2026-04-14"),  # Croatian genitive
        ("petak, 28. avgust 2026.", "2026-08-28"),  # Serbian Latin nominative
        ("петак, 28. август 2026.", "2026-08-28"),  # Serbian Cyrillic
        ("2026 m. gegužės 12 d., antradienis", "2026-05-12"),  # Lithuanian, year first
        ("2026. gada 4. jūnijs, ceturtdiena", "2026-06-04"),  # Latvian, year first
        ("esmaspäev, 21. september 2026", "2026-09-21"),  # Estonian
    ],
)
def test_south_slavic_and_baltic_dates(text: str, iso: str) -> None:
    assert [p.value for p in find_dates(text)] == [iso]


def test_a_month_name_of_two_languages_is_settled_by_the_weekday() -> None:
    # Given "listopada": November in Polish and Czech, October in Croatian
    # When a Croatian weekday agrees only with October
    (croatian,) = find_dates("srijeda, 14. listopada 2026.")
    assert (croatian.value, croatian.quality) == ("2026-10-14", 1.0)
    # When no weekday is printed, the first meaning is kept, with less trust
    (bare,) = find_dates("14 listopada 2026")
    assert bare.value == "2026-11-14" and bare.quality < 0.85
    # and the Croatian abbreviations that are everyday words are no months ("3 stu", "5 tra")
    assert find_dates("Stu 3 2026") == [] and find_dates("5 tra 2026") == []


def test_a_scene_number_is_no_date() -> None:
    assert find_dates("5/22 INT. KLUB - SALA   N   2 1/8") == []


def test_a_croatian_band_of_cells_reads_date_call_and_sun() -> None:
    # Given a sent date in the header and a band of label-over-value cells
    rows = [
        (40, 40, "Produkcija: Kvarner film d.o.o.", 8),
        (400, 40, "DNEVNI PLAN SNIMANJA br. 12", 9),
        (400, 52, "Poslano: ponedjeljak, 13. travnja 2026. u 19:40", 7),
        (200, 80, "GORNJI GRAD", 16),
        (40, 110, "DATUM SNIMANJA", 8),
        (180, 110, "ZBOR EKIPE", 8),
        (300, 110, "IZLAZAK / ZALAZAK SUNCA", 8),
        (40, 124, "utorak, 14. travnja 2026.", 9),
        (180, 124, "07:00 h", 9),
        (300, 124, "06:13 h / 19:41 h", 9),
        (40, 160, "NAJBLIŽA BOLNICA - HITNI PRIJEM", 8),
        (40, 172, "KBC Sestre milosrdnice, Vinogradska cesta 29, 10000 Zagreb", 9),
        (40, 200, "Sutra (dan 13): zbor ekipe 06:30 h", 8),
    ]
    day = _day(rows)
    # Then the shooting date is the cell's, not the sent one; the call is today's
    assert day["shooting_date"] == "2026-04-14"
    assert day["call_time"] == "07:00"
    assert (day["sunrise"], day["sunset"]) == ("06:13", "19:41")
    assert day["hospital"]["name"].startswith("KBC Sestre milosrdnice")


def test_a_glossed_baltic_label_reads_its_value() -> None:
    # Given Latvian labels with their English gloss under them, the value between the two
    rows = [
        (40, 40, "FILMĒŠANAS DIENAS PLĀNS / CALL SHEET", 10),
        (200, 70, "ZIEMEĻU VĒJŠ", 16),
        (40, 100, "Datums", 9),
        (160, 106, "2026. gada 4. jūnijs, ceturtdiena", 9),
        (40, 112, "Date", 7),
        (40, 140, "Grupas ierašanās", 9),
        (160, 146, "07:30", 9),
        (40, 152, "Crew call", 7),
        (40, 180, "Saullēkts", 9),
        (160, 186, "04:36", 9),
        (40, 192, "Sunrise", 7),
        (40, 210, "Saulriets", 9),
        (160, 216, "22:08", 9),
        (40, 222, "Sunset", 7),
    ]
    day = _day(rows)
    assert day["shooting_date"] == "2026-06-04"
    assert day["call_time"] == "07:30"
    assert (day["sunrise"], day["sunset"]) == ("04:36", "22:08")
