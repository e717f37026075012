"""Rules reader76 added for fresh76's kinds of Polish plan, drawn on small pages in wordings of
their own (not fresh76's): a day's objects numbered in capital Roman numerals ('OBIEKT I ·
godz. 7.00-12.00', 'OBIEKT II') as columns; a 16:9 slide's title band; a music video's song
under its artist with another column's line between; the quoted cell of a line led by the
kind of production ('etiuda III roku · „…” · semestr letni') under a school's name. Rows are
(x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.call_lists import crew_call_in_timetable
from pipeline.extract.reader.kind_cells import kind_cell_title
from pipeline.extract.reader.labelling import _line_labels, _named_group_call, _roman_tail
from pipeline.extract.reader.model import Line, PageText
from pipeline.extract.reader.sun_finder import _two_cells
from pipeline.extract.reader.title import _right_under, top_band
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


# --- a slide deck's title band reaches as deep as a 4:3 slide's ---------------------------------


def _deck(title_y: float) -> list[Row]:
    return [
        (36, 30, "KRÓTKI FILM STUDIO", 9),
        (600, 30, "CALL SHEET", 9),
        (36, 44, "ul. Mokotowska 5, 00-640 Warszawa", 7),
        (36, title_y, "Poranna Kawa", 26),
        (36, 130, "KIEDY", 8),
        (36, 146, "śr. 14.10.2026", 9),
        (36, 160, "CALL EKIPY", 8),
        (36, 180, "7:30", 20),
        (250, 130, "GDZIE", 8),
        (250, 146, "SET 1", 8),
        (250, 160, "Dom Pracy Twórczej", 9),
        (250, 172, "ul. Ogrodowa 7, 05-510 Konstancin", 9),
        (480, 130, "SOR", 8),
        (480, 146, "Szpital Grochowski (SOR)", 9),
        (480, 158, "ul. Grenadierów 51/59, 04-073 Warszawa", 9),
    ]


def test_a_slides_title_under_the_houses_lines_is_the_production() -> None:
    day = read_day(render(_deck(92), unicode_font=True, page=(720, 405)))  # type: ignore[arg-type]
    assert day["production"] == "Poranna Kawa"


def _page(width: float, height: float) -> PageText:
    return PageText((), width, height)


@pytest.mark.parametrize(
    ("width", "height", "band"),
    [
        (720, 405, 81.0),  # 16:9 slide: as deep as a 4:3 slide of its width
        (1280, 800, 144.0),  # 16:10
        (595, 842, 126.3),  # A4 upright: its share of the height
        (842, 595, 89.25),  # A4 on its side: no slide, its share of the height
        (792, 612, 91.8),  # US letter on its side
    ],
)
def test_the_title_band_of_a_slide_and_of_paper(width: float, height: float, band: float) -> None:
    assert top_band(_page(width, height), 0.15) == pytest.approx(band)


# --- a music video's song right under its artist, another column's line between -----------------


def _video(date_x: float) -> list[Row]:
    return [
        (40, 42, "OLA WIR", 30),
        (430, 42, "TELEDYSK · PLAN ZDJĘĆ", 9),
        (date_x, 62, "czw. 15.10.2026", 11),
        (40, 80, "„Mgła nad portem”", 15),
        (40, 135, "ZBIÓRKA", 8),
        (40, 152, "7:00", 18),
        (40, 220, "LOKACJA 1", 8),
        (40, 234, "Stara Rzeźnia", 9),
        (40, 246, "ul. Energetyków 3, 70-656 Szczecin", 9),
        (40, 300, "SOR", 8),
        (40, 314, "Szpital Zdunowo (SOR)", 9),
        (40, 326, "ul. Sokołowskiego 11, 70-891 Szczecin", 9),
    ]


def test_the_song_under_its_artist_with_the_date_printed_at_the_right_between() -> None:
    day = read_day(render(_video(420), unicode_font=True, page="A4"))
    assert day["production"] == "Mgła nad portem"


def test_a_line_under_the_artist_in_its_column_still_parts_the_song_from_it() -> None:
    # the date printed under the artist, in the artist's column: the quoted line is no longer
    # right under the artist (the earlier reading, unchanged)
    page = PageText(
        (
            word_line((40, "OLA WIR"), (430, "TELEDYSK · PLAN ZDJĘĆ")),
            word_line((40, "czw. 15.10.2026")),
            word_line((40, "„Mgła nad portem”")),
        ),
        595,
        842,
    )
    assert not _right_under(page.lines, 0, (0, 2), 2)
    beside = PageText((page.lines[0], word_line((420, "czw. 15.10.2026")), page.lines[2]), 595, 842)
    assert _right_under(beside.lines, 0, (0, 2), 2)


# --- a line of cells led by the kind of production names its quoted title -----------------------


def _school(kind_line: str, heading: str = "Akademia Filmowa w Łodzi") -> list[Row]:
    return [
        (40, 40, heading, 11),
        (40, 56, kind_line, 9),
        (40, 90, "DATA", 8),
        (140, 90, "14.10.2026", 9),
        (40, 104, "ZBIÓRKA EKIPY", 8),
        (140, 104, "7:00", 9),
        (40, 118, "OBIEKT 1", 8),
        (140, 118, "Dworzec Fabryczny, ul. Węglowa 1, 90-001 Łódź", 9),
        (40, 132, "SOR", 8),
        (140, 132, "Szpital im. Kopernika (SOR), ul. Pabianicka 62, 93-513 Łódź", 9),
    ]


@pytest.mark.parametrize(
    "kind_line",
    [
        "etiuda III roku · „Zapałki” · semestr letni 2026",
        "film dokumentalny | „Zapałki” | 24 min",
        "Etiuda · „Zapałki”",
    ],
)
def test_the_quoted_cell_beside_the_kind_under_a_schools_name_is_the_title(kind_line: str) -> None:
    day = read_day(render(_school(kind_line), unicode_font=True, page="A4"))
    assert day["production"] == "Zapałki"


@pytest.mark.parametrize(
    ("heading", "kind_line", "title"),
    [
        # the first cell names no kind: the semester's line quotes a course, not the work
        ("Akademia Filmowa", "semestr letni · „Warsztaty obrazu”", None),
        # the heading is itself the quoted title: the kind line's quote is another's (an episode)
        ("„Dom nad rzeką”", "serial · „Powódź” · odc. 5", None),
        # two quoted cells: which one is the title is not said
        ("Akademia Filmowa", "etiuda · „Zapałki” · „Popiół”", None),
        ("Akademia Filmowa", "etiuda II roku · „Zapałki”", "Zapałki"),
        # a part of the work under the series' title: the episode's name, no title
        ("HARBOUR NIGHTS", 'Pilot - "The Fish Market"', None),
        ("DELTA KITCHEN", "Episode 104 · 'Catfish Supper'", None),
    ],
)
def test_a_kind_line_names_the_title_only_when_led_by_the_kind_and_one_quote(
    heading: str, kind_line: str, title: str | None
) -> None:
    page = PageText((word_line((40, heading)), word_line((40, kind_line))), 595, 842)
    assert kind_cell_title(page, heading) == title


# --- a sun pair's two times in the row's next two cells -----------------------------------------


def test_sunrise_and_sunset_in_two_cells_after_the_pairs_label() -> None:
    rows = [
        *_school("etiuda · „Zapałki”"),
        (40, 146, "WSCHÓD / ZACHÓD", 8),
        (140, 146, "7:12:00", 9),
        (260, 146, "17:31:00", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert (day["sunrise"], day["sunset"]) == ("07:12", "17:31")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("7:02:00   17:56:00", ("07:02", "17:56")),
        ("06:55 18:10", ("06:55", "18:10")),
        # an evening first: not the pair in the label's order
        ("17:56:00   7:02:00", None),
        # words between or around: another reading's business
        ("7:02 do 17:56", None),
        ("7:02 17:56 (Katowice)", None),
        ("7:02:00", None),
    ],
)
def test_two_cells_hold_the_pair_only_as_a_morning_then_an_evening(
    text: str, pair: tuple[str, str] | None
) -> None:
    got = _two_cells(text)
    assert (None if got is None else (got[0].value, got[1].value)) == pair


# --- a timetable's row names the crew's call in a cell after the place's ------------------------


def _itinerary(first_row: tuple[str, str, str], obiekt: tuple[str, str]) -> list[Row]:
    return [
        (40, 40, "Fundacja Obraz i Dźwięk", 9),
        (40, 60, "„Solne Miasto”", 16),
        (40, 80, "PLAN ZDJĘĆ czw. 15.10.2026", 10),
        (
            40,
            100,
            "SOR: Szpital Powiatowy (SOR), ul. Słowackiego 19, 32-020 Wieliczka",
            8,
        ),
        (44, 130, "GODZ.", 8),
        (88, 130, "GDZIE", 8),
        (334, 130, "CO", 8),
        (479, 130, "KTO", 8),
        (44, 146, first_row[0], 9),
        (88, 146, first_row[1], 9),
        (334, 146, first_row[2], 9),
        (479, 146, "cała ekipa", 9),
        (44, 162, "7:00", 9),
        (88, 162, obiekt[0], 9),
        (334, 162, "wywiad z górnikiem", 9),
        (88, 173, obiekt[1], 9),
        (44, 190, "11:00", 9),
        (88, 190, "przejazd do Bochni, bus", 9),
    ]


_SHAFT = ("Obiekt 1: Kopalnia Soli, ul. Daniłowicza 10,", "32-020 Wieliczka")


def test_the_crew_call_in_a_timetables_row_is_the_rows_time() -> None:
    rows = _itinerary(("5:45", "Rynek, pod ratuszem", "ZBIÓRKA EKIPY, kawa"), _SHAFT)
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["call_time"] == "05:45"
    assert any("timetable" in w for w in day["warnings"])


def test_another_departments_gathering_in_a_timetable_is_no_crew_call() -> None:
    rows = _itinerary(("5:45", "Rynek, pod ratuszem", "zbiórka produkcji, kawa"), _SHAFT)
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["call_time"] != "05:45"


def _cells(*cells: tuple[float, str]) -> Line:
    return word_line(*cells)


@pytest.mark.parametrize(
    ("rows", "call"),
    [
        ([_cells((44, "5:30"), (88, "ganek"), (334, "ZBIÓRKA EKIPY, kawa"))], "05:30"),
        ([_cells((44, "6:00"), (88, "parking"), (334, "Zbiórka"), (479, "wszyscy"))], "06:00"),
        # the call cell holds its own time: its label reads it
        ([_cells((44, "5:30"), (88, "ganek"), (334, "ZBIÓRKA EKIPY 6:00"))], None),
        # the row's first cell is no time alone
        ([_cells((44, "rano"), (88, "ganek"), (334, "ZBIÓRKA EKIPY"))], None),
        # two rows that disagree: which is the crew's is not said
        (
            [
                _cells((44, "5:30"), (88, "ganek"), (334, "ZBIÓRKA EKIPY")),
                _cells((44, "6:30"), (88, "parking"), (334, "ZBIÓRKA EKIPY")),
            ],
            None,
        ),
        # a gathering of another department's
        ([_cells((44, "5:30"), (88, "ganek"), (334, "zbiórka produkcji"))], None),
    ],
)
def test_a_timetables_call_row(rows: list[Line], call: str | None) -> None:
    assert crew_call_in_timetable(rows, L.CREW_CALL) == call


# --- a cell's value wrapped to the cell's left edge under its inline label ----------------------


def test_an_address_wrapped_in_its_cell_under_its_inline_label_is_whole() -> None:
    rows = _itinerary(("5:45", "Rynek", "ZBIÓRKA EKIPY"), _SHAFT)
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["location"] == "Kopalnia Soli, ul. Daniłowicza 10, 32-020 Wieliczka"
    assert day["field_confidence"]["location"] >= SURE


@pytest.mark.parametrize(
    "obiekt",
    [
        # no comma at the end: the value is whole on its line
        ("Obiekt 1: Kopalnia Soli, ul. Daniłowicza 10, 32-020 Wieliczka", "szyb Regis"),
        # the next line starts a row of its own (a time in the first column)
        ("Obiekt 1: Kopalnia Soli, ul. Daniłowicza 10,", "7:30 kawa"),
    ],
)
def test_a_value_takes_no_line_under_its_label_unless_cut_at_a_comma(
    obiekt: tuple[str, str],
) -> None:
    rows = _itinerary(("5:45", "Rynek", "ZBIÓRKA EKIPY"), obiekt)
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert obiekt[1] not in (day["location"] or "")


# --- a note's sentence that opens with a group other than the crew: that group's call ----------


def test_the_extras_gathering_in_the_notes_does_not_doubt_the_crews_call() -> None:
    rows = [
        *_school("etiuda · „Zapałki”"),
        (40, 200, "Uwagi", 8),
        (40, 214, "Statyści (20 os.) \u2013 zbiórka 8:30 przy bramie od Piotrkowskiej.", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= SURE, day["warnings"]


@pytest.mark.parametrize(
    ("cells", "kind"),
    [
        (((40, "Statyści (20 os.) \u2013 zbiórka 8:30 przy bramie"),), "other_time"),
        (((40, "Extras (12) \u2013 crew call 07:30 at holding"),), "other_time"),
        # the crew's own: its call
        (((40, "Ekipa \u2013 zbiórka 6:30 na parkingu"),), "call"),
        # no dash or colon between: a sentence the finders weigh as before
        (((40, "Zbiórka ekipy 6:30, statyści później"),), "call"),
    ],
)
def test_a_group_named_before_a_call_word_makes_it_that_groups(
    cells: tuple[tuple[float, str], ...], kind: str
) -> None:
    line = word_line(*cells)
    hits = [h for h in _line_labels(0, 0, line) if h.kind in ("call", "other_time")]
    assert hits
    assert _named_group_call(line, hits[0]).kind == kind
