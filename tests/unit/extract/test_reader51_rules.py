"""A bilingual header the reader misread (reader51), drawn on small pages of its own: a title
label said twice across a slash ('Projekt / Project:  Kujawskie Smaki') heads the value beside
it, and the next row's label ('Klient / Client:', anything ending in a colon, or a pair of
known labels) is never the title. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.title import label_like
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _header(title_label: str, title: str, next_label: str, next_value: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Nordlicht Werbefilm GmbH", 11),
        (380, 40, "CALL SHEET", 13),
        (40, 80, title_label, 8),
        (150, 80, title, 9),
        (40, 94, next_label, 8),
        (150, 94, next_value, 9),
        (40, 108, "Regie / Director:", 8),
        (150, 108, "Jonas Brandt", 9),
        (40, 140, "Date: Tuesday 10 March 2026", 9),
        (40, 156, "Crew Call: 7:30 AM", 9),
        (40, 172, "Location: Alte Halle, Hafenstrasse 9, 20359 Hamburg", 9),
        (40, 188, "Sunrise 6:41 AM   Sunset 6:12 PM", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("title_label", "title", "next_label", "next_value"),
    [
        ("Produkcja / Production:", "Srebrna Fala", "Agencja / Agency:", "Brzeg Creative"),
        ("Titel / Title:", "Nebelhorn", "Kunde / Client:", "Hafenbrauerei AG"),
        ("Tytuł / Title:", "Zimowy Port", "Client:", "Mleczarnia Północ"),
    ],
)
def test_a_title_label_said_twice_heads_the_value_beside_it(
    title_label: str, title: str, next_label: str, next_value: str
) -> None:
    day = _header(title_label, title, next_label, next_value)
    assert day["production"] == title
    assert day["field_confidence"]["production"] >= SURE


@pytest.mark.parametrize(
    "text",
    ["Klient / Client:", "Client:", "Agencja / Agency", "Produkcja / Production:", "Date :"],
)
def test_a_label_is_never_a_title(text: str) -> None:
    assert label_like(text)


@pytest.mark.parametrize(
    "text",
    ["Kujawskie Smaki", "Mission: Impossible", "Salt / Pepper", "Client Nine", "Agency"],
)
def test_a_title_is_no_label(text: str) -> None:
    assert not label_like(text)


def test_a_large_label_is_no_title() -> None:
    """No title label; the biggest words on the page are a label: no title rather than it."""
    rows: list[Row] = [
        (40, 40, "Klient / Client:", 18),
        (220, 40, "Hafenbrauerei AG", 9),
        (40, 80, "Date: Tuesday 10 March 2026", 9),
        (40, 96, "Crew Call: 7:30 AM", 9),
        (40, 112, "Location: Alte Halle, Hafenstrasse 9, 20359 Hamburg", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] != "Klient / Client:"
