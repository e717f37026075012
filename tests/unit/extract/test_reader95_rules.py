"""Rules reader95 added, drawn in wordings and layouts of their own (not fresh67's sheets):
minutes set raised and smaller after the hour ('7³⁰', a Polish notice's "frakcja górna") read as
hour and minutes; a filled-in form's bracketed captions under its values ("(tytuł etiudy)")
are no labels and no values; a date typed into a comb of digit boxes; a DPP's OBIEKTY table
(ADRES OBIEKTU) gives the set, its TRANSPORT table's group calls (KTO / ZBIÓRKA) are no rival to
the crew's; a music video's card headed GDZIE gives the set and the song quoted under the
artist the production; a Polish e-mail's subject words ("Harmonogram zdjęć") are no title.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.email_header import subject_title
from pipeline.extract.reader.model import Line, Word
from pipeline.extract.reader.pdfium_text import _Char, raised_minutes
from pipeline.extract.reader.under_captions import caption_row, without_captions
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import read_day

HOUR_WIDTH = 0.556  # Helvetica's digits are this share of the size wide


def _raised(x: float, y: float, hour: str, minutes: str, size: float = 22) -> list[Row]:
    """'7³⁰': the hour at ``size``, the minutes at 0.55 of it, raised, touching the hour."""
    after = x + HOUR_WIDTH * size * len(hour) + 0.3
    return [(x, y, hour, size), (after, y - 0.4 * size, minutes, round(0.55 * size, 1))]


# --- raised minutes -------------------------------------------------------------------------------


def _pocket_plan(call: list[Row], sun: list[Row]) -> list[Row]:
    return [
        (24, 36, "PLAN ZDJĘCIOWY nr 4", 11),
        (24, 54, "„Dom nad stawem”", 13),
        (24, 70, "wtorek, 14.09.2027 r.", 10),
        (32, 104, "ZBIÓRKA EKIPY", 10),
        *call,
        (180, 104, "przed bramą parku", 7.5),
        (24, 140, "MIEJSCE ZDJĘĆ", 7.5),
        *column(
            "Pałac w Mosznej",
            "ul. Zamkowa 1, 47-370 Moszna",
            x=24,
            top=152,
            size=8.5,
            step=10,
        ),
        (24, 190, "SZPITAL DYŻURNY / SOR", 7.5),
        *column(
            "Szpital Powiatowy w Krapkowicach",
            "ul. Szpitalna 7, 47-300 Krapkowice",
            x=24,
            top=202,
            size=8.5,
            step=10,
        ),
        (24, 240, "WSCHÓD SŁOŃCA", 8),
        *sun,
        (24, 262, "Sc. Obiekt D/N Postacie", 7),
        (24, 274, "4 Aleja - spacer D 1, 2", 7.5),
    ]


@pytest.mark.parametrize(("hour", "minutes", "want"), [("7", "30", "07:30"), ("6", "45", "06:45")])
def test_raised_minutes_after_a_big_hour_read_as_the_time(
    hour: str, minutes: str, want: str
) -> None:
    rows = _pocket_plan(_raised(130, 108, hour, minutes), _raised(110, 240, "6", "12", 10))
    day = read_day(render(rows, unicode_font=True, page="A5"))
    assert day["call_time"] == want
    assert day["sunrise"] == "06:12"


def test_minutes_set_inline_in_the_same_size_are_not_split() -> None:
    # negative: '1730' printed as one word of one size stays what it was
    chars = [_Char(c, 10.0 * i, 10.0 * i + 9, 100, 112, 12) for i, c in enumerate("1730")]
    assert raised_minutes(chars) is None


def _big(text: str, x: float = 0) -> list[_Char]:
    return [_Char(c, x + 12 * i, x + 12 * i + 12, 88, 113, 22) for i, c in enumerate(text)]


def _up(text: str, x: float, bottom: float = 102) -> list[_Char]:
    """Digits at 12.8 pt, their foot at ``bottom`` (the hour's is at 113: raised)."""
    return [
        _Char(c, x + 7 * i, x + 7 * i + 7, bottom - 14, bottom, 12.8) for i, c in enumerate(text)
    ]


def test_raised_minutes_from_the_characters() -> None:
    assert raised_minutes([*_big("7"), *_up("30", 12)]) == "7:30"
    assert raised_minutes([*_big("19"), *_up("00", 24)]) == "19:00"


@pytest.mark.parametrize(
    "chars",
    [
        # a footnote mark of one digit after a number: three digits, only the last raised
        [*_big("15"), *_up("2", 24)],
        # minutes out of range ('7⁷⁵') or an hour past 24 ('31³⁰')
        [*_big("7"), *_up("75", 12)],
        [*_big("31"), *_up("30", 24)],
        # smaller but on the hour's baseline (a smaller font, no superscript): not raised
        [*_big("7"), *_up("30", 12, bottom=113)],
        # a letter before: 'm²⁰' is no hour
        [*_big("m"), *_up("20", 12)],
    ],
)
def test_no_raised_minutes_where_none_are_printed(chars: list[_Char]) -> None:
    assert raised_minutes(chars) is None


# --- captions under a filled-in form's values -----------------------------------------------------


def _w(text: str, x: float, top: float, size: float) -> Word:
    return Word(text, x, x + 0.5 * size * len(text), top, top + size * 1.2, size)


def _line(*words: Word) -> Line:
    return Line(tuple(words), 0)


def test_a_bracketed_caption_flush_under_its_value_is_a_caption_row() -> None:
    value = _line(_w("„Zielony", 52, 100, 10), _w("most”", 100, 100, 10))
    caption = _line(_w("(tytuł", 52, 113, 6), _w("etiudy)", 70, 113, 6))
    assert caption_row(caption, value)


@pytest.mark.parametrize(
    "caption",
    [
        # the same size as the line above: a value of its own ('(plener)' typed in full size)
        _line(_w("(plener)", 52, 113, 10)),
        # not flush with a word of the line above
        _line(_w("(tytuł", 80, 113, 6), _w("etiudy)", 98, 113, 6)),
        # words outside the brackets: a note after a value, no caption
        _line(
            _w("(ok.", 52, 113, 6),
            _w("30", 64, 113, 6),
            _w("km)", 70, 113, 6),
            _w("dalej", 90, 113, 6),
        ),
    ],
)
def test_what_is_no_caption_row(caption: Line) -> None:
    value = _line(_w("„Zielony", 52, 100, 10), _w("most”", 100, 100, 10))
    assert not caption_row(caption, value)


def _form(title_caption: str = "(tytuł etiudy)") -> list[Row]:
    cap = 6.0
    rows: list[Row] = [
        (50, 40, "PAŃSTWOWA WYŻSZA SZKOŁA FILMOWA W ŁODZI", 10),
        (50, 54, "druk PP-2 (karta dnia)", 7),
        (50, 84, "KARTA DNIA ZDJĘCIOWEGO", 15),
        (52, 110, "„Zielony most”", 10),
        (52, 118, title_caption, cap),
        (52, 136, "Marta Lis", 10),
        (52, 144, "(reżyser - student)", cap),
        (50, 166, "Data zdjęć: piątek, 15 października 2027 r.", 9),
        (142, 174, "(dzień tygodnia, data)", cap),
        (50, 192, "Zbiórka:", 9),
        (142, 192, "8.15", 10),
        (247, 192, "parking przy moście", 10),
        (142, 200, "(godzina zbiórki)", cap),
        (247, 200, "(miejsce zbiórki)", cap),
        (50, 220, "Obiekt zdjęciowy:", 9),
        (162, 220, "Most na Pilicy - brzeg i przeprawa (plener)", 10),
        (162, 228, "(nazwa obiektu, wnętrze / plener)", cap),
        (162, 244, "ul. Nadrzeczna 3, 26-300 Opoczno", 10),
        (162, 252, "(adres obiektu)", cap),
        (50, 262, "Najbliższy szpital z SOR: Szpital Powiatowy w Opocznie - Szpital", 9),
        (192, 276, "ul. Szpitalna 1, 26-300 Opoczno, tel. 44 754 71 00", 10),
        (192, 284, "(adres, telefon)", cap),
        (50, 310, "Sc. Obiekt / opis P/W D/N Postacie", 8),
        (50, 322, "3 Most - przeprawa P D ANNA", 8),
        (50, 800, "PWSFTviT · karta dnia zdjęciowego · „Zielony most”", 7),
    ]
    return rows


def test_a_filled_in_forms_captions_are_no_labels_and_no_values() -> None:
    day = read_day(render(_form(), unicode_font=True, page="A4"))
    assert day["production"] == "Zielony most"
    assert day["call_time"] == "08:15"
    assert day["shooting_date"] == "2027-10-15"
    assert day["location"].startswith("ul. Nadrzeczna 3")
    assert "adres" not in day["location"]
    # 'Najbliższy szpital z SOR': the 'z' is the label's, and the unit's 'Szpital' the name's
    assert day["hospital"]["name"] == "Szpital Powiatowy w Opocznie - Szpital"


def test_one_caption_alone_is_left_as_text() -> None:
    # negative: a page with one bracketed line under a value is no form; the line stays
    value = _line(_w("Most", 52, 100, 10))
    caption = _line(_w("(plener)", 52, 113, 6))
    other = _line(_w("Zbiórka", 52, 130, 9))
    assert without_captions([value, caption, other]) == (value, caption, other)


# --- a date in a comb of digit boxes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Data zdjęć: 1 4 - 1 0 - 2 0 2 6", "2026-10-14"),
        ("Data: 0 3 . 1 1 . 2 0 2 7", "2027-11-03"),
    ],
)
def test_a_combed_date_reads(text: str, want: str) -> None:
    assert [d.value for d in find_dates(text)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "tel. 1 4 - 1 0 - 2 0 2 6 8",  # more digits after: a number, no date
        "5 1 4 - 1 0 - 2 0 2 6",  # more digits before
        "sceny 1 4 - 1 0 - 2 0",  # no four-digit year
    ],
)
def test_spaced_digits_that_are_no_combed_date(text: str) -> None:
    assert [d.value for d in find_dates(text) if d.value == "2026-10-14"] == []


# --- OBIEKTY and TRANSPORT tables -----------------------------------------------------------------


def _dpp(crew_line: bool = True) -> list[Row]:
    rows: list[Row] = [
        (40, 40, "ŚLĄSKA WYTWÓRNIA SERIALI", 10),
        (40, 64, "DZIENNY PLAN PRACY nr 12", 14),
        (40, 80, "SERIAL „Ród Mieroszewskich” · odc. 3", 10),
        (40, 96, "czwartek, 9.09.2027 r.", 10),
        (40, 130, "OBIEKTY", 9),
        (40, 144, "Lp.", 8),
        (70, 144, "OBIEKT", 8),
        (230, 144, "ADRES OBIEKTU", 8),
        (420, 144, "SCENY", 8),
        (490, 144, "GODZ.", 8),
        (40, 158, "1", 8),
        (70, 158, "Pałac Mieroszewskich", 8),
        (230, 158, "ul. Zamkowa 6, 42-500 Będzin", 8),
        (420, 158, "3/4, 3/5", 8),
        (490, 158, "7:30-13:00", 8),
        (40, 170, "2", 8),
        (70, 170, "Zamek - dziedziniec", 8),
        (230, 170, "ul. Podzamcze 3, 42-500 Będzin", 8),
        (420, 170, "3/9", 8),
        (490, 170, "14:00-17:00", 8),
        (40, 200, "TRANSPORT - WYJAZDY Z BAZY", 9),
        (40, 214, "KTO", 8),
        (160, 214, "ZBIÓRKA", 8),
        (240, 214, "WYJAZD Z BAZY", 8),
        (340, 214, "DOKĄD / UWAGI", 8),
        (40, 228, "Scenografia", 8),
        (160, 228, "5:00", 8),
        (240, 228, "5:10", 8),
        (340, 228, "Ob. 1", 8),
        (40, 240, "Obsada", 8),
        (160, 240, "5:30", 8),
        (240, 240, "5:40", 8),
        (340, 240, "charakteryzacja w bazie", 8),
        (40, 252, "Ekipa", 8),
        (160, 252, "6:30", 8),
        (240, 252, "6:45", 8),
        (340, 252, "Ob. 1 - pałac", 8),
        (40, 290, "SZPITAL DYŻURNY (SOR)", 8),
        *column(
            "Szpital św. Barbary w Sosnowcu",
            "pl. Medyków 1, 41-200 Sosnowiec",
            x=40,
            top=302,
            size=8,
            step=10,
        ),
        (40, 340, "Wschód słońca: 6:12 Zachód słońca: 19:20", 8),
        (40, 400, "ŚWS · „Ród Mieroszewskich” · DPP 12", 7),
    ]
    if crew_line:
        rows.append((40, 112, "ZBIÓRKA EKIPY: 6:30 - baza, parking przy pałacu", 10))
    return rows


@pytest.mark.parametrize("crew_line", [True, False])
def test_the_obiekty_tables_first_address_is_the_set_and_transport_rows_no_rival(
    crew_line: bool,
) -> None:
    day = read_day(render(_dpp(crew_line), unicode_font=True, page="A4"))
    assert day["location"].startswith("ul. Zamkowa 6")
    assert day["call_time"] == "06:30"
    assert not any(w.startswith("call_time") for w in day["warnings"])


def test_a_transport_table_whose_crew_row_differs_from_the_crew_line_stays_in_doubt() -> None:
    # negative: the crew's row says 7:00 where the crew line says 6:30 - the sheet contradicts
    # itself and a person checks
    rows = [r if r[2] != "6:30" else (r[0], r[1], "7:00", r[3]) for r in _dpp(True)]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["call_time"] is None or day["field_confidence"]["call_time"] < 0.85


# --- a music video's GDZIE card and its song ------------------------------------------------------


def _music_video(artist_size: float = 22, song: str = "„Dym nad rzeką”") -> list[Row]:
    return [
        (40, 40, "TELEDYSK · PLAN DNIA", 9),
        (40, 70, "KWIAT PAPROCI", artist_size),
        (40, 90, song, 13),
        (360, 40, "Wytwórnia Nocna", 8),
        (360, 70, "sobota, 4 września 2027 r.", 9),
        (50, 130, "6:00", 9),
        (90, 130, "wyjazd busa z Krakowa (ul. Lubicz)", 9),
        (50, 146, "8:00", 9),
        (90, 146, "CALL EKIPY - brama skansenu", 9),
        (50, 162, "9:30", 9),
        (90, 162, "setup 1 - młyn", 9),
        (50, 178, "19:00", 9),
        (90, 178, "WRAP", 9),
        (360, 130, "GDZIE", 7.5),
        *column(
            "Muzeum Wsi Opolskiej (skansen)",
            "ul. Wrocławska 174",
            "45-835 Opole",
            x=360,
            top=142,
            size=8.5,
            step=10,
        ),
        (360, 190, "SOR", 7.5),
        *column(
            "Uniwersytecki Szpital Kliniczny w Opolu",
            "al. Witosa 26",
            "45-401 Opole",
            x=360,
            top=202,
            size=8.5,
            step=10,
        ),
        (40, 260, "SETUP", 7),
        (100, 260, "Co kręcimy", 7),
        (260, 260, "Gdzie", 7),
        (380, 260, "Kto", 7),
        (40, 272, "1", 7.5),
        (100, 272, "Zespół przy młynie", 7.5),
        (260, 272, "młyn", 7.5),
        (380, 272, "zespół", 7.5),
    ]


def test_a_gdzie_card_gives_the_set_and_the_quoted_song_the_production() -> None:
    day = read_day(render(_music_video(), unicode_font=True, page="A4"))
    assert day["location"].startswith("ul. Wrocławska 174")
    assert day["production"] == "Dym nad rzeką"
    assert day["call_time"] == "08:00"


def test_a_gdzie_column_heading_in_a_table_is_no_set() -> None:
    # negative: with no card, the SETUP table's 'Gdzie' column ('młyn') never gives the set
    rows = [r for r in _music_video() if r[0] != 360 or r[1] >= 190]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["location"] != "młyn"


def test_an_artist_without_a_quoted_song_keeps_the_heading() -> None:
    # negative: no quoted line under the artist - the song is not made up
    day = read_day(render(_music_video(song="zespół z Opola"), unicode_font=True, page="A4"))
    assert day["production"] != "zespół z Opola"


# --- a Polish e-mail's subject --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "want"),
    [
        ("Harmonogram zdjęć - pt. 12.11.2027 - „Brzegi” 1 wiadomość", "Brzegi"),
        ("Plan zdjęciowy - „Stary młyn” - 3.05.2027 2 wiadomości", "Stary młyn"),
        ("Bagienko - plan na środę 1 wiadomość", "Bagienko"),
    ],
)
def test_a_subjects_own_words_and_message_count_are_no_title(subject: str, want: str) -> None:
    assert subject_title(subject) == want


def test_an_english_subject_is_read_as_before() -> None:
    # negative: an English subject's title part is unchanged
    assert subject_title("DRY CREEK - Call sheet Day 3") == "DRY CREEK"
