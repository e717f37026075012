"""Rules reader91 added, drawn in wordings and layouts of their own (not fresh64's sheets): a
table headed by departments ('Pion  Osoba  Zbiórka', 'Department  Name  Call') lists their own
calls, no rival to the crew's, even with a sidebar's lines between its rows, and its
'Produkcja' row names a department, no title; a commercial's 'Produkt / spot' key names the
work; the one quoted name of the header and the running foot is the title; a set's line less
its trailing bracketed note and phone; a postcode's town wrapped onto the next line with a
note; a hospital's name wrapped after its facility word ('Szpital' / 'Kliniczny w Opolu').
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.address_tail import without_trailing_notes
from pipeline.extract.reader.commercial import commercial_title
from pipeline.extract.reader.hospital_names import joined_wrap
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.place_finder import one_address
from pipeline.extract.reader.running_title import head_and_foot_title
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _page(*rows: tuple[float, float, str]) -> PageText:
    """A page of lines, each (x, top, text), words 5 pt a letter wide, 9 pt high."""
    lines = []
    for n, (x, top, text) in enumerate(rows):
        words = []
        for part in text.split():
            words.append(Word(part, x, x + 5 * len(part), top, top + 9, 9.0))
            x += 5 * len(part) + 3
        lines.append(Line(tuple(words), n))
    return PageText(tuple(lines), 595.0, 842.0)


# --- a department table's calls are no rival crew call -------------------------------------------


def _cells(y: float, text: str) -> list[Row]:
    """A table's row at ``y``: its cells (split by '|') at x 220, 300, 400 and 480."""
    cells = text.split("|")
    return [
        (x, y, cell.strip(), 8)
        for x, cell in zip((220, 300, 400, 480)[: len(cells)], cells, strict=True)
    ]


def _sidebar_sheet(dept_heading: str, rows: list[str], call: str = "6.45") -> list[Row]:
    """A series' day plan: the facts in a narrow sidebar at x 30, a department table right of
    it at x 220 whose heading and rows fall between the sidebar's lines."""
    side: list[Row] = [
        (30, 40, "SERIAL „Zielone wzgórza”", 11),
        (30, 60, "DATA", 8),
        (30, 72, "piątek, 11.06.2027 r.", 9),
        (30, 101, "ZBIÓRKA EKIPY", 7),
        (30, 115, call, 12),
        (30, 142, "LOKACJA", 8),
        (30, 154, "Dworek Zielony", 9),
        (30, 166, "ul. Polna 12", 9),
        (30, 178, "33-300 Nowy Sącz", 9),
    ]
    table = _cells(95, dept_heading)
    for n, row in enumerate(rows):
        table += _cells(108 + 12 * n, row)
    return side + table + [(220, 800, "Studio Dunajec · „Zielone wzgórza” · dzień 7", 7)]


@pytest.mark.parametrize(
    ("heading", "rows"),
    [
        ("Pion | Osoba | Zbiórka", ["Produkcja | Ewa Kos | 5.45"]),
        (
            "Dział | Osoba | Telefon | Zbiórka",
            [
                "Scenografia | Jan Bury | 600 555 100 | 5.15",
                "Dźwięk | Ola Wit | 600 555 101 | 7.15",
            ],
        ),
        ("Department | Name | Call", ["Production | Kim Lee | 5.30"]),
    ],
)
def test_a_department_table_is_no_rival_call(heading: str, rows: list[str]) -> None:
    day = read_day(render(_sidebar_sheet(heading, rows), unicode_font=True))
    assert day["call_time"] == "06:45"
    assert day["field_confidence"]["call_time"] >= 0.85
    assert not any("call_time" in w for w in day["warnings"])


def test_a_department_table_row_named_for_the_crew_still_rivals() -> None:
    rows = ["Produkcja | Ewa Kos | 5.45", "Ekipa | wszyscy | 7.30"]
    day = read_day(render(_sidebar_sheet("Pion | Osoba | Zbiórka", rows), unicode_font=True))
    assert day["field_confidence"]["call_time"] < 0.85  # 6.45 and the crew's row's 7.30


def test_a_production_row_of_a_department_table_names_no_title() -> None:
    rows = ["Produkcja | Ewa Kos | 5.45"]
    day = read_day(render(_sidebar_sheet("Pion | Osoba | Zbiórka", rows), unicode_font=True))
    assert day["production"] == "Zielone wzgórza"


# --- 'Produkt / spot' names the commercial -------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("Produkt / spot:", "Jogurt Łąkowy"),
        ("Product / Spot:", "Sunny Oats"),
        ("Spot / produkt:", "Kawa Poranna"),
    ],
)
def test_a_product_and_spot_key_names_the_work(key: str, value: str) -> None:
    page = _page(
        (30, 40, "CALL SHEET"),
        (30, 70, "Klient: Mleczarnia Sądecka"),
        (30, 85, f"{key} {value}"),
    )
    found = commercial_title(page)
    assert found is not None and found.title == value and found.sure


def test_a_slashed_key_of_other_words_names_nothing() -> None:
    page = _page(
        (30, 40, "CALL SHEET"), (30, 70, "Klient: Mleczarnia"), (30, 85, "Data / miejsce: X")
    )
    assert commercial_title(page) is None


# --- the quoted name of the header and the foot --------------------------------------------------


def test_the_quoted_name_of_head_and_foot_is_the_title() -> None:
    page = _page(
        (30, 40, "PLAN DNIA · „Szklany dom” dzień 3/12"),
        (30, 400, "Miejsce: „Stara Przędzalnia”, ul. Fabryczna 3"),
        (30, 800, "Studio Wisła · „Szklany dom” · dzień 3"),
    )
    assert head_and_foot_title(page) == "Szklany dom"


@pytest.mark.parametrize(
    "foot",
    [
        "Studio Wisła · plan dnia 3",  # the foot quotes nothing
        "Studio Wisła · „Inny tytuł” · dzień 3",  # another name
    ],
)
def test_a_quoted_name_in_the_head_alone_is_left(foot: str) -> None:
    page = _page((30, 40, "PLAN DNIA · „Szklany dom”"), (30, 800, foot))
    assert head_and_foot_title(page) is None


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        ('River Bend · Ep. 4 "Low Water"', 'River Bend · Ep. 4 "Low Water" · Day 2'),  # straight
        ("Studio „Kadr” · „Szklany dom”", "Studio „Kadr” · plan dnia"),  # two quoted: which?
    ],
)
def test_straight_quotes_and_two_quoted_names_are_left(head: str, foot: str) -> None:
    assert head_and_foot_title(_page((30, 40, head), (30, 800, foot))) is None


def test_a_quoted_place_in_the_body_and_foot_is_no_title() -> None:
    page = _page(
        (30, 40, "PLAN DNIA nr 3"),
        (30, 400, "Miejsce: hotel „Pod Lipą”"),
        (30, 800, "Studio Wisła · hotel „Pod Lipą”"),
    )
    assert head_and_foot_title(page) is None


# --- a set's line less its trailing note and phone ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Pałac Myśliwski, ul. Leśna 4, 62-100 Wągrowiec (sala kominkowa), tel. 67 262 11 00",
            "Pałac Myśliwski, ul. Leśna 4, 62-100 Wągrowiec",
        ),
        ("ul. Leśna 4, 62-100 Wągrowiec, tel. 67 262 11 00", "ul. Leśna 4, 62-100 Wągrowiec"),
        ("ul. Leśna 4, 62-100 Wągrowiec (piętro I)", "ul. Leśna 4, 62-100 Wągrowiec"),
    ],
)
def test_a_trailing_note_and_phone_are_no_address(text: str, want: str) -> None:
    assert without_trailing_notes(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "ul. Leśna 4, 62-100 Wągrowiec",
        "ul. Leśna 4, 62-100 Wągrowiec, Polska",  # a country: more of the address
        "Dworek (skrzydło wschodnie), ul. Leśna 4",  # no postcode: nothing read to cut after
    ],
)
def test_an_address_without_such_a_tail_is_kept(text: str) -> None:
    assert without_trailing_notes(text) == text


def test_a_town_wrapped_with_a_note_joins_its_postcode() -> None:
    lines = ["Kościół farny, ul. Długa 3, 82-200", "Malbork (nawa i chór)"]
    assert one_address(lines)[1] == "Kościół farny, ul. Długa 3, 82-200 Malbork"


# --- a hospital's name wrapped after its facility word ------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        (
            "Wojewódzki Szpital",
            "Specjalistyczny w Lublinie",
            "Wojewódzki Szpital Specjalistyczny w Lublinie",
        ),
        ("Hospital", "Universitario de Cruces", "Hospital Universitario de Cruces"),
    ],
)
def test_a_name_wrapped_after_its_facility_word_is_one(first: str, second: str, want: str) -> None:
    assert joined_wrap([first, second, "ul. Jaczewskiego 8"])[0] == want


@pytest.mark.parametrize(
    "second",
    [
        "ul. Jaczewskiego 8",  # the street
        "20-090 Lublin",  # the postcode's line
        "Oddział Ratunkowy, wejście od ul. Kraśnickiej",  # a comma: a note, no name's end
        "Izba Przyjęć",  # no place named: a department, not the name's end
    ],
)
def test_a_line_under_a_whole_name_is_not_joined(second: str) -> None:
    assert joined_wrap(["Wojewódzki Szpital", second])[0] == "Wojewódzki Szpital"
