"""Rules reader98 added, drawn in wordings and layouts of their own (not fresh70's sheets): a
Polish plan's numbered point "Termin:" labels the shooting date, so the letter's own date line
("Toruń, 3.III.2027 r.") is when it was written; a tear-off calendar's block (weekday, a large
day number, "MARZEC 2027") beside the title block dates the day when its weekday agrees; of two
runs as large on one line, the one set whole in quotes is the title, not the house's name.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85

_PLACES: list[Row] = [
    (40, 330, "MIEJSCE ZDJĘĆ", 9),
    (160, 330, "Dwór Artusa, ul. Rynek Staromiejski 6, 87-100 Toruń", 9),
    (40, 346, "BAZA", 9),
    (160, 346, "parking przy ul. Bulwar Filadelfijski, 87-100 Toruń", 9),
    (40, 362, "SZPITAL (SOR)", 9),
    (160, 362, "Szpital Miejski, ul. Batorego 17, 87-100 Toruń", 9),
    (40, 378, "WSCHÓD / ZACHÓD", 9),
    (160, 378, "06:02 / 17:31", 9),
]

# --- 1. a numbered point "Termin:" labels the date; the letter's date is when it was written --


def _plan(point: str, value: str, *, extra: list[Row] | None = None) -> bytes:
    rows: list[Row] = [
        (40, 40, "Kujawy Dokument", 9),
        (40, 52, "ul. Szeroka 3, 87-100 Toruń", 8),
        (400, 40, "Toruń, 3.III.2027 r.", 9),
        (40, 90, "PLAN DNIA ZDJĘCIOWEGO", 14),
        (40, 108, "film dokumentalny „Piernikarze”", 10),
        (40, 140, point, 10),
        (60, 154, value, 10),
        (40, 176, "2. Zbiórka:", 10),
        (60, 190, "godz. 7.30 - ekipa przed Dworem Artusa", 10),
        *(extra or []),
        *_PLACES,
    ]
    return render(rows, page="A4", unicode_font=True)


def test_a_numbered_termin_point_dates_the_day_over_the_letters_date() -> None:
    day = read_day(_plan("1. Termin:", "środa, 10.III.2027 r., dzień zdjęciowy 2 z 4"))
    assert day["shooting_date"] == "2027-03-10"
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_a_termin_label_without_a_date_under_it_dates_nothing() -> None:
    # negative: the point names no date; the letter's date is the only one and is not sure
    day = read_day(_plan("1. Termin:", "do uzgodnienia z parafią"))
    assert day["shooting_date"] != "2027-03-10"
    assert not (day["shooting_date"] == "2027-03-03" and day["confidence"] >= SURE)


def test_a_spare_day_termin_zapasowy_is_no_shooting_date() -> None:
    # negative: 'Termin zapasowy' (the fallback day) beside the labelled date stays explained
    extra: list[Row] = [(40, 212, "Termin zapasowy:", 10), (160, 212, "17.III.2027 r.", 10)]
    day = read_day(_plan("1. Data zdjęć:", "środa, 10.III.2027 r.", extra=extra))
    assert day["shooting_date"] == "2027-03-10"


# --- 2. a tear-off calendar's date block beside the title block --------------------------------


def _calendar(weekday: str, number: str, month_year: str) -> bytes:
    rows: list[Row] = [
        (44, 44, weekday, 9),
        (152, 48, "DZIENNY PLAN PRACY", 16),
        (152, 66, "nr 4 · dzień zdjęciowy 4/20", 10),
        (52, 102, number, 44),
        (152, 90, "„Kopernik”", 15),
        (152, 106, "Wisła Film sp. z o.o. · ul. Mostowa 2, 87-100 Toruń", 8.5),
        (44, 122, month_year, 9),
        (152, 120, "reż. Adam Pas · II reż. Ewa Kos", 8),
        (40, 160, "ZBIÓRKA EKIPY", 9),
        (160, 160, "07:00", 10),
        (40, 176, "Obiad", 9),
        (160, 176, "13:00", 9),
        (40, 192, "Koniec zdjęć", 9),
        (160, 192, "18:00", 9),
        *_PLACES,
    ]
    return render(rows, page="A4", unicode_font=True)


def test_a_calendar_block_beside_the_title_dates_the_day() -> None:
    day = read_day(_calendar("WTOREK", "9", "MARZEC 2027"))
    assert day["shooting_date"] == "2027-03-09"
    assert day["confidence"] >= SURE


def test_a_calendar_block_whose_weekday_disagrees_dates_nothing() -> None:
    # negative: 9 March 2027 is a Tuesday, not a Friday: no date read from the block
    day = read_day(_calendar("PIĄTEK", "9", "MARZEC 2027"))
    assert day["shooting_date"] != "2027-03-09"
    assert day["confidence"] < SURE


def test_a_column_without_a_weekday_is_no_calendar_block() -> None:
    # negative: a number and a month with its year under a word that names no day
    day = read_day(_calendar("PLAN", "9", "MARZEC 2027"))
    assert day["shooting_date"] != "2027-03-09"


# --- 3. a quoted title beside the house's name, as large, on one line --------------------------


def _band(left: str, left_size: float, right: str, right_size: float) -> bytes:
    rows: list[Row] = [
        (34, 30, left, left_size),
        (400, 30, right, right_size),
        (34, 47, "CALL SHEET / PLAN ZDJĘCIOWY", 9),
        (34, 86, "Data zdjęć:", 9),
        (104, 86, "09.03.2027 (wtorek)", 9),
        (34, 104, "ZBIÓRKA EKIPY", 9),
        (104, 104, "7:30", 12),
        *_PLACES,
    ]
    return render(rows, page="A4", unicode_font=True)


def test_the_quoted_run_beside_a_house_name_as_large_is_the_title() -> None:
    day = read_day(_band("Nadwiślańska Grupa", 13, "„Pierniki”", 13))
    assert day["production"] == "Pierniki"


def test_a_smaller_quoted_run_yields_to_a_larger_title() -> None:
    # negative: the quoted run is smaller than the heading: the heading stays the title
    day = read_day(_band("PIERNIKOWE MIASTO", 18, "„odcinek 4”", 10))
    assert day["production"] == "PIERNIKOWE MIASTO"


def test_two_unquoted_runs_as_large_keep_the_first() -> None:
    # negative: no run set in quotes: the rule says nothing (the first, left run stays)
    day = read_day(_band("Pierniki", 13, "Nadwiślańska Grupa", 13))
    assert day["production"] == "Pierniki"
