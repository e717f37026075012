"""A bilingual header the reader misread (reader51), drawn on small pages of its own: a title
label said twice across a slash ('Projekt / Project:  Kujawskie Smaki') heads the value beside
it, and the next row's label ('Klient / Client:', anything ending in a colon, or a pair of
known labels) is never the title. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.title import label_like
from pipeline.extract.reader.values import find_dates
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


def _dispo(corner: str, day_line: str) -> dict:
    """A Swiss day's schedule: the version's date ('Stand') in the corner, the day's on the
    'Drehtag' line after the day's count ('Drehtag 5/12')."""
    rows: list[Row] = [
        (42, 35, "Limmat Bild AG", 11),
        (380, 35, "TAGESDISPO Nr. 4", 13),
        (380, 49, corner, 7.5),
        (230, 76, "\u00abSeeufer\u00bb", 17),
        (50, 123, day_line, 11),
        (42, 152, "Arbeitsbeginn Team 07.30 Uhr", 11),
        (42, 170, "Drehort: Rote Fabrik, Seestrasse 395, 8038 Z\u00fcrich", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("corner", "day_line", "want"),
    [
        ("Stand: Fr., 30.10.2026", "Drehtag 2/4  Mo., 02.11.2026", "2026-11-02"),
        ("Stand vom 28.11.2026, 16:00", "Drehtag 6/10  Mi, 02.12.2026", "2026-12-02"),
        ("Stand: 4.12.2026", "Drehtag 1/2  Di., 08.12.2026", "2026-12-08"),
    ],
)
def test_the_version_date_is_no_rival_and_the_weekday_settles_the_order(
    corner: str, day_line: str, want: str
) -> None:
    day = _dispo(corner, day_line)
    assert day["shooting_date"] == want
    assert day["field_confidence"]["shooting_date"] >= SURE


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Drehtag 5/12 Mi, 04.11.2026", "2026-11-04"),
        ("Jour 2/7 Ma., 03.11.2026", "2026-11-03"),
        ("Giorno 4/6 Me, 02.12.2026", "2026-12-02"),
    ],
)
def test_a_marked_weekday_after_a_day_count_settles_the_order(text: str, want: str) -> None:
    parsed = find_dates(text)[0]
    assert (parsed.value, parsed.quality >= SURE) == (want, True)


@pytest.mark.parametrize(
    "text", ["od 5.06 do 06-11-2026", "Tag 3/10 Fr, 05.11.2026", "Stand vom 1.10.2026"]
)
def test_a_range_or_a_disagreeing_weekday_leaves_the_order_open(text: str) -> None:
    """'do' after a range's start is Polish 'to'; 'Fr' agrees with neither reading."""
    assert find_dates(text)[-1].quality < SURE
