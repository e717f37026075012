"""Rules reader104 added, drawn in wordings and layouts of their own (not fresh78's or
fresh79's sheets):

1. a production label's value that is a company under its legal form ('Produktion: Kranich
   Film GmbH') is the company, no title, when a title is printed elsewhere (the heading over
   it); with no title anywhere it stands in, never rated sure.

Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.shoot_evidence import shows_a_shoot
from pipeline.extract.reader.title import legal_company
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import doc_type, read_day

SURE = 0.85


# --- 1. a company's legal form under a production label ---------------------------------------


def _dispo(company: str, *, heading: bool = True) -> bytes:
    rows: list[Row] = [(40, 70, "DER LEUCHTTURM", 18)] if heading else []
    rows += [
        (40, 88, f"Produktion: {company}", 9),
        (40, 116, "TAGESDISPO NR. 12", 11),
        (40, 132, "Dienstag, 14. Juli 2026", 10),
        (40, 160, "Treffpunkt Team: 6:30", 9),
        (40, 176, "Drehort: Hafenstraße 12, 18119 Rostock", 9),
        (40, 192, "Krankenhaus: Klinikum Südstadt, Südring 81, 18059 Rostock", 9),
        (40, 220, "Drehbeginn: 8:00   Mittag: 13:00", 9),
    ]
    return render(rows, unicode_font=True)


@pytest.mark.parametrize(
    "text",
    ["Połonina Film sp. z o.o.", "Kranich Film GmbH", "Firth & Daughters Ltd", "Vela Cine S.A."],
)
def test_a_name_before_a_legal_form_is_a_company(text: str) -> None:
    assert legal_company(text)


@pytest.mark.parametrize(
    "text", ["The Salt Road", "GmbH", "Sp. z o.o.", "Kranich Film", "Der Leuchtturm 2026"]
)
def test_a_title_or_a_bare_legal_form_is_no_company(text: str) -> None:
    assert not legal_company(text)


def test_a_companys_legal_name_under_a_production_label_yields_to_the_heading() -> None:
    day = read_day(_dispo("Kranich Film GmbH"))
    assert day["production"] == "DER LEUCHTTURM"


def test_a_companys_legal_name_with_no_title_elsewhere_is_never_sure() -> None:
    day = read_day(_dispo("Kranich Film GmbH", heading=False))
    assert day["field_confidence"]["production"] < SURE


def test_a_production_labels_plain_name_stays_the_title() -> None:
    day = read_day(_dispo("Kranich"))
    assert day["production"] == "Kranich"
    assert day["field_confidence"]["production"] >= SURE


# --- 2. a photograph is no shoot ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "15:30 wręczenie dyplomów, zdjęcie klasowe",
        "Karta wędkarska ze zdjęciem",
        "na zdjęciu: stan licznika",
    ],
)
def test_a_photograph_in_polish_is_no_shoots_word(line: str) -> None:
    lines = ["SPŁYW KAJAKOWY", "Piątek, 4 czerwca 2027", line]
    assert not shows_a_shoot(lines)


@pytest.mark.parametrize(
    "line", ["Zdjęcia: godz. 8:00", "Plan zdjęć na sobotę", "harmonogram zdjęciowy"]
)
def test_the_shoot_in_polish_is_still_a_shoots_word(line: str) -> None:
    lines = ["SPŁYW KAJAKOWY", "Piątek, 4 czerwca 2027", line]
    assert shows_a_shoot(lines)


def _kayak_day(photo_row: str) -> list[Row]:
    return [
        (40, 50, "KLUB KAJAKOWY PIANA", 14),
        (40, 70, "SPŁYW RODZINNY", 12),
        (40, 90, "Termin: niedziela, 6 czerwca 2027", 9),
        (40, 104, "Zbiórka: godz. 8:30, przystań przy ul. Wodnej 3, 76-200 Słupsk", 9),
        (40, 130, "GODZ. CO GDZIE", 9),
        (40, 144, "8:30 wydanie kajaków i kamizelek przystań", 9),
        (40, 158, "9:00 start spływu, odcinek 12 km rzeka", 9),
        (40, 172, "13:00 ognisko i grill polana", 9),
        (40, 186, photo_row, 9),
    ]


def test_a_gatherings_programme_with_a_group_photo_is_no_call_sheet() -> None:
    rows = _kayak_day("15:00 zdjęcie grupowe, powrót busem polana")
    assert doc_type(rows, unicode_font=True) == "other"


def test_a_gatherings_programme_that_names_its_shoot_stays_a_call_sheet() -> None:
    rows = _kayak_day("15:00 zdjęcia do reportażu, powrót busem polana")
    assert doc_type(rows, unicode_font=True) == "call_sheet"


# --- 3. calls a person reads with no doubt -----------------------------------------------------


def _plan(
    call_lines: list[Row], note: str = "Uwagi: parking tylko dla wozów technicznych."
) -> bytes:
    rows: list[Row] = [
        (40, 50, "ZIMOWY PORT", 16),
        (40, 68, "serial obyczajowy · dzień zdjęciowy 9/30", 9),
        (40, 84, "czwartek, 11.02.2027", 9),
        *call_lines,
        (40, 160, "OBIEKT: Stara Przystań, ul. Portowa 4, 84-120 Władysławowo", 9),
        (40, 174, "SOR: Szpital Puck, ul. 1 Maja 13, 84-100 Puck", 9),
        (40, 200, note, 9),
    ]
    return render(rows, unicode_font=True)


def test_a_rides_gathering_before_the_crews_call_is_no_rival() -> None:
    day = read_day(
        _plan(
            [
                (40, 110, "ZBIÓRKA (bus) 06:40 - parking hotelu Wydma", 9),
                (40, 124, "CALL EKIPY 07:30 na obiekcie", 9),
            ]
        )
    )
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_gathering_with_no_ride_named_stays_a_rival() -> None:
    day = read_day(
        _plan(
            [
                (40, 110, "ZBIÓRKA 06:40 - parking hotelu Wydma", 9),
                (40, 124, "CALL EKIPY 07:30 na obiekcie", 9),
            ]
        )
    )
    assert day["field_confidence"]["call_time"] < SURE


def test_a_rides_gathering_after_the_call_stays_a_rival() -> None:
    day = read_day(
        _plan(
            [
                (40, 110, "ZBIÓRKA (bus) 08:10 - parking hotelu Wydma", 9),
                (40, 124, "CALL EKIPY 07:30 na obiekcie", 9),
            ]
        )
    )
    assert day["field_confidence"]["call_time"] < SURE


@pytest.mark.parametrize("count", ["12 os. statystów", "40 x statyści"])
def test_a_groups_gathering_after_its_head_count_is_that_groups(count: str) -> None:
    day = read_day(
        _plan(
            [(40, 110, "CALL EKIPY 07:30", 9)],
            note=f"Uwagi: {count} (port) - zbiórka 9:15 przy bramie, kostiumy na miejscu.",
        )
    )
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_counted_crews_gathering_is_still_a_rival() -> None:
    day = read_day(
        _plan(
            [(40, 110, "CALL EKIPY 07:30", 9)],
            note="Uwagi: 6 os. oświetlenie - zbiórka 6:15 przy bramie.",
        )
    )
    assert day["field_confidence"]["call_time"] < SURE


@pytest.mark.parametrize("cell", ["godz. 7:30", "7:30"])
def test_a_lone_calls_hour_word_is_how_the_time_is_written(cell: str) -> None:
    day = read_day(_plan([(40, 110, "CALL", 9), (40, 124, cell, 12)]))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_lone_calls_other_words_keep_it_weak() -> None:
    day = read_day(_plan([(40, 110, "CALL", 9), (40, 124, "7:30 kamera i światło", 12)]))
    assert day["field_confidence"]["call_time"] < SURE


def _itinerary(first_row: str, *, crew_call: bool = False) -> bytes:
    rows: list[Row] = [
        (40, 50, "Hidden Harbours", 16),
        (40, 70, "FILMING ITINERARY - Day 3", 10),
        (40, 86, "Tidewater Films for BBC Two", 9),
        (40, 110, "DATE Tuesday 8th June 2027", 9),
        (40, 124, "CREW Ana Ruiz (PD), Rob Hale (cam), Lia Ong (sound)", 9),
        (40, 138, "MEET 8.15am at the harbour office", 9),
        (40, 152, "LOCATION Mevagissey Harbour, West Wharf, Mevagissey PL26 6UQ", 9),
        (40, 166, "NEAREST A&E Royal Cornwall Hospital, Treliske, Truro TR1 3LJ", 9),
        (40, 190, "TIME WHAT WHERE", 9),
        (40, 204, first_row, 9),
        (40, 218, "10.30am Boat trip with the harbourmaster Quay", 9),
        (40, 232, "1.00pm Lunch Village", 9),
    ]
    if crew_call:
        rows.append((40, 256, "Crew call 7.45am for the drone team", 9))
    return render(rows)


def test_a_meet_the_running_order_opens_with_is_the_crews_call() -> None:
    day = read_day(_itinerary("8.15am Meet, kit check, release forms Harbour office"))
    assert day["call_time"] == "08:15"
    assert day["field_confidence"]["call_time"] >= SURE


@pytest.mark.parametrize(
    "first_row",
    ["8.15am Kit check, release forms Harbour office", "9.00am Meet, kit check Harbour office"],
)
def test_a_meet_no_row_says_again_stays_weak(first_row: str) -> None:
    day = read_day(_itinerary(first_row))
    assert day["field_confidence"]["call_time"] < SURE


def test_a_meet_beside_a_crew_call_elsewhere_stays_weak() -> None:
    day = read_day(_itinerary("8.15am Meet, kit check Harbour office", crew_call=True))
    assert day["call_time"] != "08:15" or day["field_confidence"]["call_time"] < SURE


# --- 4. a day's shape alone is a shooting day only with a shoot's word ------------------------


def _rounds(extra: str = "") -> list[Row]:
    rows: list[Row] = [
        (40, 50, "HARBOUR WATER BOARD", 14),
        (40, 70, "METER READING ROUNDS", 12),
        (40, 90, "Period: June 2027", 9),
        (40, 104, "Reader: Mr Tom Evans (ID card with his photo)", 9),
        (40, 118, "Hours: Mon-Fri 8:00 - 15:00, Thu until 18:00", 9),
        (40, 132, "Office: 14 Quay Street, Falmouth TR11 3HH", 9),
        (40, 156, "DATE AREA STREETS", 9),
        (40, 170, "14.06.2027 Falmouth Arwenack Street, Grove Place", 9),
        (40, 184, "15.06.2027 Penryn the whole village", 9),
        (40, 198, "16.06.2027 Mylor Bridge Lemon Hill, Trevellan Road", 9),
    ]
    if extra:
        rows.append((40, 222, extra, 9))
    return rows


def test_dates_hours_and_an_address_with_no_shoot_are_no_call_sheet() -> None:
    assert doc_type(_rounds()) == "other"


def test_dates_hours_and_an_address_with_the_shoot_named_stay_a_call_sheet() -> None:
    assert doc_type(_rounds("Filming day: the documentary follows the rounds")) == "call_sheet"
