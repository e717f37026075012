"""Rules reader76 added for fresh76's kinds of Polish plan, drawn on small pages in wordings of
their own (not fresh76's): a day's objects numbered in capital Roman numerals ('OBIEKT I ·
godz. 7.00-12.00', 'OBIEKT II') as columns. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.labelling import _roman_tail
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day, word_line

SURE = 0.85


def _plan(*body: Row) -> list[Row]:
    return [
        (30, 30, "WYTWÓRNIA FILMOWA PÓŁNOC", 9),
        (30, 44, "ul. Portowa 12, 80-001 Gdańsk · Reż.: Ewa Kos", 8),
        (30, 64, "„Latarnik”", 16),
        (400, 30, "DZIENNY PLAN PRACY nr 7", 12),
        (400, 44, "wtorek, 13 października 2026 r.", 9),
        (30, 96, "ZBIÓRKA", 8),
        (30, 108, "ekipa 7.00", 10),
        (200, 96, "WSCHÓD / ZACHÓD", 8),
        (200, 108, "6.58 / 17.41", 10),
        *body,
        (30, 500, "SZPITAL (SOR)", 8),
        (30, 512, "Szpital Specjalistyczny w Wejherowie (SOR)", 9),
        (30, 524, "ul. Jagalskiego 10, 84-200 Wejherowo", 9),
    ]


def _objects(first: str, second: str) -> list[Row]:
    return [
        (30, 140, first, 9),
        (30, 156, "Latarnia Morska Rozewie", 9),
        (30, 168, "ul. Leona Wzorka 1, 84-105 Rozewie", 9),
        (330, 140, second, 9),
        (330, 156, "Port rybacki", 9),
        (330, 168, "ul. Portowa 3, 84-150 Hel", 9),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("OBIEKT I · godz. 7.00\u201312.00", "OBIEKT II · godz. 13.00\u201318.00"),
        ("OBIEKT I", "OBIEKT II"),
        ("OBIEKT I:", "OBIEKT II:"),
    ],
)
def test_objects_numbered_in_roman_numerals_are_the_days_sets_first_one_first(
    first: str, second: str
) -> None:
    day = read_day(render(_plan(*_objects(first, second)), unicode_font=True, page="A4"))
    assert day["location"] == "ul. Leona Wzorka 1, 84-105 Rozewie"
    assert [p["address"] for p in day["locations"]][:2] == [
        "ul. Leona Wzorka 1, 84-105 Rozewie",
        "ul. Portowa 3, 84-150 Hel",
    ]


@pytest.mark.parametrize(
    ("cells", "number"),
    [
        (((30, "OBIEKT"), (68, "I"), (76, "·"), (84, "godz."), (112, "7.00\u201312.30")), 1),
        (((30, "OBIEKT"), (68, "III")), 3),
        (((30, "OBIEKT"), (68, "II:")), 2),
        # 'i' is 'and': a set's name, not its number
        (((30, "obiekt"), (68, "i"), (76, "dziedziniec")), None),
        # a capital I running on into words with no mark: words, not a number
        (((30, "SET"), (52, "I"), (60, "WANT"), (90, "TO"), (110, "SEE")), None),
        # a letter that is no Roman numeral
        (((30, "OBIEKT"), (68, "K")), None),
    ],
)
def test_a_roman_numeral_numbers_a_set_only_when_marked(
    cells: tuple[tuple[float, str], ...], number: int | None
) -> None:
    line = word_line(*cells)
    phrase = line.words[0].text.lower()
    assert _roman_tail(line, 0, 1, phrase) == number
