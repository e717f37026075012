"""Rules reader73 added for the fresh73 set (test_reader73_rules.py is an earlier round's),
drawn in wordings and layouts of their own (not fresh73's sheets): television records, so its
plan heads the set "MIEJSCE NAGRANIA" (the recording's place); a numbered set's hours after a
middle dot or bullet ("OBIEKT 1 · 7.30-11.30", the span printed as one word) head the set's
box like hours after a dash; the Polish "DYSPOZYCJA" (with its kind or day: "DYSPOZYCJA
NAGRANIOWA", "DYSPOZYCJA na dzień zdjęciowy nr 2") names the paper, never the production, and
the line under it that names the kind of production and its quoted title ("etiuda: „…”")
gives the title; a set's tile headed in two languages ("PLAN" over "SET") heads the set as
surely as "Location".
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.labelling import _timed_window
from pipeline.extract.reader.title import _DOCUMENT_KIND
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day, word_line

SURE = 0.85


# --- 1. MIEJSCE NAGRANIA heads the set ----------------------------------------------------------


def _recording(place_heading: str, place: list[str]) -> bytes:
    rows: list[Row] = [
        (40, 40, "Kanał Pogodny · magazyn muzyczny", 9),
        (40, 52, "Fale Media sp. z o.o., ul. Okrzei 8, 03-715 Warszawa", 7.5),
        (40, 86, "„Scena na plaży”", 20),
        (430, 40, "środa, 16 czerwca 2027", 10),
        (40, 130, "Call ekipy", 8),
        (40, 150, "7h30", 14),
        (180, 130, "Próba", 8),
        (180, 150, "10h00", 12),
        (320, 130, "Nagranie", 8),
        (320, 150, "15h00", 12),
        (40, 190, place_heading, 8),
    ]
    rows += [(40, 204 + 12 * i, text, 9) for i, text in enumerate(place)]
    rows += [
        (300, 190, "SZPITAL (SOR)", 8),
        (300, 204, "Szpital Powiatowy w Pucku", 9),
        (300, 216, "ul. 1 Maja 13, 84-100 Puck", 9),
        (40, 270, "Wschód słońca 4h15 · zachód słońca 21h20", 8),
    ]
    return render(rows, unicode_font=True)


def test_the_recordings_place_heads_the_set() -> None:
    day = read_day(
        _recording(
            "MIEJSCE NAGRANIA", ["Amfiteatr nad Zatoką", "ul. Nadmorska 2, 84-150 Hel", "scena"]
        )
    )
    assert day["location"].startswith("ul. Nadmorska 2")
    assert day["field_confidence"]["location"] >= SURE


def test_a_recording_in_a_sentence_heads_no_set() -> None:
    # the words in running text, no address under them: the set is not confirmed from them
    day = read_day(
        _recording("Uwaga:", ["miejsce nagrania podamy jutro po decyzji wydawcy", "", ""])
    )
    assert day["field_confidence"]["location"] < SURE


# --- 2. a numbered set's hours after a middle dot ----------------------------------------------


@pytest.mark.parametrize(
    "cells",
    [
        ((300, "OBIEKT 1 · 7.30-11.30"),),
        ((300, "OBIEKT 2 • 12.00 - 17.00"),),
        ((300, "Lokacja 1 · 8:00-13:00"),),
    ],
)
def test_hours_after_a_middle_dot_join_the_sets_heading(cells: tuple) -> None:
    line = word_line(*cells)
    assert _timed_window(line, 2) == len(line.words)


@pytest.mark.parametrize(
    "cells",
    [
        ((300, "OBIEKT 1 · sala balowa"),),  # a room after the dot: no hours
        ((300, "OBIEKT 1 · ul. Długa 5"),),  # the set's address runs on
        ((300, "OBIEKT 1 · 7.30-11.30 sala balowa i taras"),),  # more than hours
        ((300, "OBIEKT 1 / 7.30-11.30"),),  # a slash is no heading's separator
    ],
)
def test_no_hours_after_the_dot_leave_the_heading(cells: tuple) -> None:
    line = word_line(*cells)
    assert _timed_window(line, 2) == 2


def _objects(second: str) -> bytes:
    rows: list[Row] = [
        (30, 40, "DZIENNY PLAN PRACY nr 4", 10),
        (30, 64, "„Sad za rzeką”", 18),
        (30, 80, "Dolina Film sp. z o.o. · ul. Lipowa 3, 35-001 Rzeszów", 7.5),
        (470, 40, "czwartek, 10 czerwca 2027", 11),
        (30, 116, "Zbiórka ekipy", 9),
        (130, 116, "6.45", 9),
        (30, 132, "Obiad", 9),
        (130, 132, "12.30", 9),
        (30, 148, "Wschód słońca", 9),
        (130, 148, "4.27", 9),
        (30, 164, "Zachód słońca", 9),
        (130, 164, "20.51", 9),
        (30, 190, "SZPITAL (SOR)", 7.5),
        (30, 202, "Szpital Specjalistyczny w Jaśle", 8.5),
        (30, 213, "ul. Lwowska 22, 38-200 Jasło", 8.5),
        (250, 116, "OBIEKT 1 · 6.45-11.45", 9),
        (250, 134, "Dwór w Odrzykoniu", 8.5),
        (250, 145, "ul. Zamkowa 11, 38-406 Odrzykoń", 8.5),
        (250, 156, "salon i ganek", 8.5),
        (420, 116, second, 9),
        (420, 134, "Zamek Kamieniec", 8.5),
        (420, 145, "ul. Kamieniec 1, 38-406 Odrzykoń", 8.5),
        (250, 180, "→ PRZEJAZD 11.45 busem (10 min)", 8),
    ]
    return render(rows, unicode_font=True, page="A4")


def test_the_first_timed_object_is_the_set() -> None:
    day = read_day(_objects("OBIEKT 2 · 13.00-18.00"))
    assert day["location"].startswith("ul. Zamkowa 11")
    assert day["field_confidence"]["location"] >= SURE


# --- 3. DYSPOZYCJA names the paper; the kind and the quoted title under it -------------------


@pytest.mark.parametrize(
    "text",
    [
        "DYSPOZYCJA",
        "DYSPOZYCJA NAGRANIOWA",
        "Dyspozycja dzienna nr 12",
        "DYSPOZYCJA na dzień zdjęciowy nr 2",
        "DYSPOZYCJA NA 3. DZIEŃ ZDJĘCIOWY",
    ],
)
def test_dyspozycja_names_the_paper(text: str) -> None:
    assert _DOCUMENT_KIND.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dyspozycja Mocy",  # a title that opens with the word
        "DYSPOZYCJA NAGRANIOWA „Lato”",  # the title beside the paper's name
        "Dyspozycje",
    ],
)
def test_other_words_after_dyspozycja_are_no_papers_name(text: str) -> None:
    assert not _DOCUMENT_KIND.match(text)


def _school(under: str) -> bytes:
    rows: list[Row] = [
        (150, 50, "SZKOŁA FILMOWA im. Krzysztofa Kieślowskiego", 12),
        (170, 64, "Wydział Radia i Telewizji · rok III", 9),
        (170, 96, "DYSPOZYCJA na dzień zdjęciowy nr 4", 13),
        (230, 114, under, 11),
        (220, 130, "dnia 14 IV 2027 r. (środa)", 10.5),
        (56, 160, "Zbiórka ekipy: godz. 8:00 przy bramie", 10),
        (56, 178, "Obiekt:", 10),
        (156, 178, "Kopalnia Guido", 10),
        (156, 192, "ul. 3 Maja 93, 41-800 Zabrze", 10),
        (56, 212, "Najbliższy SOR:", 10),
        (156, 212, "Szpital Miejski w Zabrzu", 10),
        (156, 226, "ul. Zamkowa 4, 41-803 Zabrze", 10),
        (56, 246, "Wschód słońca: 5:51, zachód słońca: 19:35", 10),
    ]
    return render(rows, unicode_font=True, page="A4")


def test_the_kind_and_quoted_title_under_the_papers_name_is_the_title() -> None:
    day = read_day(_school("etiuda: „Szyb”"))
    assert day["production"] == "Szyb"


def test_a_line_of_other_words_under_the_papers_name_gives_no_title() -> None:
    # a quoted word under the paper's name in a sentence names no production
    day = read_day(_school("zgodnie z „planem B”"))
    assert day["production"] != "planem B"


# --- 4. a set's tile headed in two languages -------------------------------------------------


def _tiles(top: str, bottom: str, x_gloss: float = 40) -> bytes:
    rows: list[Row] = [
        (40, 40, "SERIAL / SERIES · Morze+", 7.5),
        (40, 64, "Latarnia", 20),
        (40, 90, "piątek, 11 czerwca 2027 / Friday, 11 June 2027", 9),
        (40, 120, "Call ekipy", 7.5),
        (40, 128, "Crew call", 6),
        (40, 142, "7:00", 13),
        (170, 120, "Wschód słońca", 7.5),
        (170, 128, "Sunrise", 6),
        (170, 142, "4:12", 13),
        (300, 120, "Zachód słońca", 7.5),
        (300, 128, "Sunset", 6),
        (300, 142, "21:14", 13),
        (x_gloss, 180, top, 7.5),
        (40, 189, bottom, 6),
        (40, 202, "Latarnia Morska Rozewie", 8.5),
        (40, 213, "ul. Leona Wzorka 1, 84-105 Rozewie", 8.5),
        (300, 180, "SOR", 7.5),
        (300, 189, "HOSPITAL", 6),
        (300, 202, "Szpital Specjalistyczny w Wejherowie", 8.5),
        (300, 213, "ul. Jagalskiego 10, 84-200 Wejherowo", 8.5),
    ]
    return render(rows, unicode_font=True)


def test_a_tile_headed_in_two_languages_heads_the_set_surely() -> None:
    day = read_day(_tiles("PLAN", "SET"))
    assert day["location"].startswith("ul. Leona Wzorka 1")
    assert day["field_confidence"]["location"] >= 0.9


@pytest.mark.parametrize(
    ("top", "x_gloss"),
    [
        ("UWAGI", 40),  # another field's word over it
        ("PLAN", 120),  # not flush with it: another cell's word
    ],
)
def test_a_generic_word_alone_stays_as_sure_as_before(top: str, x_gloss: float) -> None:
    day = read_day(_tiles(top, "SET", x_gloss))
    assert day["location"].startswith("ul. Leona Wzorka 1")
    assert day["field_confidence"]["location"] < 0.9
