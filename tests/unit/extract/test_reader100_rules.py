"""Rules reader100 added to make right readings of common conventions sure, drawn in wordings
and layouts of their own (not fresh70's or fresh71's sheets):

1. a boxed call ('CALL TIME' over its time set large) with a caption in far smaller type under
   it that says when others come ('Client arrives 0930') is the day's sole call; a caption that
   names the crew or a call is not; a four-digit call ('0800') on a sheet that prints three
   more four-digit times is military time, no number;
2. a bare 'Call' alone in its label cell, its value cell beside it opening with the time and
   saying where ('09:00 at the boathouse'), is a memo's call line; with a second time in the
   cell ('09:00 or 09:30 at the boathouse') it is not;
3. a bare 'Crew' in a running order's WHO cell, on a row that opens with the call's own time,
   is no rival call; on a row at another time it is;
4. words typed in a monospaced font (DejaVu Sans Mono's 0.602 em space) keep together in one
   run; proportional type with gaps as wide still splits, and two spaces of mono split;
5. a title key marked with a colon ('Production : Marée basse') in the cell beside the sheet's
   own name ('FEUILLE DE SERVICE') is the title; after a client's cell it is not.

Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from fpdf import FPDF

from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.model import Line, Word
from tests.fixtures.callsheets import MADE, Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


# --- 1. a boxed call with a caption under it -------------------------------------------------


def _boxed(caption: str, *, crew_times: tuple[str, ...] = ()) -> bytes:
    rows: list[Row] = [
        (40, 40, "TIDEWATER PICTURES", 12),
        (400, 40, "CALL SHEET · JOB TP-114", 10),
        (40, 70, "Saltmarsh Ale", 16),
        (400, 70, "Tuesday 14th September 2027", 10),
        (40, 112, "AGENCY / CLIENT", 7.5),
        (40, 124, "AGENCY: Brine & Co, Bristol", 8.5),
        (40, 136, "Agency producer: Tom Reed 07700 900123", 8.5),
        (40, 148, "CLIENT: Saltmarsh Brewery", 8.5),
        (40, 160, "Client contact: Ann Vale", 8.5),
        (390, 112, "CALL TIME", 10),
        (390, 146, "0800", 30),
        (40, 196, "LOCATION", 7.5),
        (40, 208, "Whitstable Harbour", 8.5),
        (40, 220, "South Quay", 8.5),
        (40, 232, "Whitstable CT5 1AB", 8.5),
        (40, 256, "Sunrise 0638 · Sunset 1908", 8.5),
        (40, 280, "TIME SHOT DESCRIPTION", 7),
        (40, 292, "0800 - Unit call at the quay", 7.5),
        (40, 304, "0930 1 Pint on the harbour wall", 7.5),
    ]
    if caption:
        rows.append((390, 168, caption, 7))
    for n, t in enumerate(crew_times):
        rows.append((390, 168 + 12 * n, t, 30))
    return render(rows, page="A4")


def test_a_boxed_call_with_a_caption_of_when_others_come_is_sure() -> None:
    day = read_day(_boxed("Client arrives 0930"))
    assert day["call_time"] == "08:00"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_boxed_call_with_a_caption_of_the_agency_in_words_is_sure() -> None:
    day = read_day(_boxed("Agency & client 9.30am at base"))
    assert day["call_time"] == "08:00"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_caption_naming_the_crew_call_is_a_rival() -> None:
    day = read_day(_boxed("Crew call 0730 at base"))
    assert day["field_confidence"]["call_time"] < SURE


def test_a_four_digit_call_on_a_sheet_that_writes_its_times_so_is_settled() -> None:
    # '0800' with '0638', '1908', '0930' (twice) printed: military time, no number
    day = read_day(_boxed("Client arrives 0930"))
    assert day["field_confidence"]["call_time"] >= 0.9


def test_a_four_digit_call_with_few_others_keeps_its_doubt() -> None:
    day = read_day(_boxed("Client arrives 9.30am"))
    assert day["call_time"] == "08:00"
    assert day["field_confidence"]["call_time"] < 0.9


# --- 2. 'Call' alone in its cell, the time and where beside it --------------------------------


def _short(call_row: list[Row], who: str = "All", row_time: str = "09:00") -> bytes:
    rows: list[Row] = [
        (32, 30, "The Lantern Keeper", 20),
        (700, 30, "Day 1 of 2", 10),
        (660, 52, "Sat 16-Oct-27", 10),
        *call_row,
        (32, 104, "Shooting", 9),
        (102, 104, "10:00", 9),
        (32, 118, "Lunch", 9),
        (102, 118, "13:00", 9),
        (32, 132, "Wrap", 9),
        (102, 132, "18:00", 9),
        (362, 90, "SCHEDULE", 9.5),
        (365, 104, "TIME", 7),
        (415, 104, "SC", 7),
        (445, 104, "WHAT", 7),
        (665, 104, "WHO", 7),
        (365, 118, row_time, 7.5),
        (415, 118, "-", 7.5),
        (445, 118, "Load in by the side gate", 7.5),
        (665, 118, who, 7.5),
        (365, 132, "10:00", 7.5),
        (415, 132, "1", 7.5),
        (445, 132, "Keeper climbs the stair", 7.5),
        (665, 132, "Ewan", 7.5),
        (37, 180, "Location", 7.5),
        (37, 192, "Lighthouse Cottages", 8.5),
        (37, 204, "Harbour Road", 8.5),
        (37, 216, "Whitby YO21 3PU", 8.5),
    ]
    return render(rows, page="A3")  # wide enough for the landscape columns


_CELL = [(32, 90, "Call", 9), (102, 90, "09:00 at the boathouse", 9)]


def test_a_call_alone_in_its_cell_with_where_beside_it_is_sure() -> None:
    day = read_day(_short(_CELL))
    assert day["call_time"] == "09:00"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_call_cell_with_a_second_time_is_not_sure() -> None:
    day = read_day(_short([(32, 90, "Call", 9), (102, 90, "09:00 or 09:30 at the boathouse", 9)]))
    assert day["field_confidence"]["call_time"] < SURE


# --- 3. 'Crew' in a running order's WHO cell ---------------------------------------------------


def test_crew_in_the_who_cell_of_the_calls_row_is_no_rival() -> None:
    day = read_day(_short(_CELL, who="Crew"))
    assert day["call_time"] == "09:00"
    assert day["field_confidence"]["call_time"] >= SURE


def test_crew_in_the_who_cell_of_a_row_at_another_time_is_a_rival() -> None:
    day = read_day(_short(_CELL, who="Crew", row_time="08:30"))
    assert day["field_confidence"]["call_time"] < SURE


# --- 4. monospaced type keeps its words together -----------------------------------------------


def _line(words: list[tuple[str, float]], size: float, pitch: float) -> Line:
    """Words at the given x, each letter ``pitch`` wide."""
    out = [Word(t, x, x + pitch * len(t), 100.0, 100.0 + size, size) for t, x in words]
    return Line(tuple(out), 0)


def _spaced(text: str, x: float, size: float, pitch: float, spaces: int = 1) -> Line:
    words = []
    for t in text.split():
        words.append((t, x))
        x += pitch * (len(t) + spaces)
    return _line(words, size, pitch)


def test_mono_words_one_space_apart_are_one_run() -> None:
    line = _spaced("ul. Berka Joselewicza 16, 38-600 Lesko", 45, 10, 6.02)
    assert runs(line) == [(0, 6)]


def test_two_long_mono_words_one_space_apart_are_one_run() -> None:
    assert runs(_spaced("38-600 Lesko", 45, 10, 6.02)) == [(0, 2)]


def test_two_spaces_of_mono_still_split() -> None:
    assert len(runs(_spaced("Parking Lot Lesko", 45, 10, 6.02, spaces=2))) == 3


def test_proportional_words_as_far_apart_still_split() -> None:
    # letters of different widths: 'Will' is narrow, 'MOW' wide, at the same gaps
    words = [Word("Will", 45, 57, 100, 110, 10), Word("MOW", 63.5, 90, 100, 110, 10)]
    words += [Word("ill", 96.5, 102, 100, 110, 10)]
    assert len(runs(Line(tuple(words), 0))) == 3


def _form() -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_creation_date(MADE)
    pdf.add_page()
    pdf.add_font("Mono", "", MONO)

    def grey(x: float, y: float, text: str) -> None:
        pdf.set_font("Helvetica", size=6)
        pdf.text(x, y, text)

    def typed(x: float, y: float, text: str, size: float = 10) -> None:
        pdf.set_font("Mono", size=size)
        pdf.text(x, y, text)

    pdf.set_font("Helvetica", size=11)
    pdf.text(376, 36, "KARTA DNIA ZDJĘCIOWEGO".encode("latin-1", "replace").decode("latin-1"))
    grey(43, 76, "Tytul etiudy")
    typed(45, 88, "Cisza", 12)
    grey(43, 144, "Data zdjec")
    typed(45, 154, "wtorek, 9 marca 2027 r.")
    grey(305, 144, "Godzina zbiorki ekipy")
    typed(307, 154, "8:30", 12)
    grey(43, 178, "Obiekt / adres obiektu")
    typed(45, 188, "Stara Garbarnia")
    typed(45, 200, "ul. Mickiewicza 14, 38-300 Gorlice")
    grey(305, 258, "Wschod / zachod slonca")
    typed(307, 268, "5:58 / 17:33")
    return bytes(pdf.output())


def test_a_set_typed_in_mono_is_read_whole() -> None:
    day = read_day(_form())
    assert "Mickiewicza 14, 38-300 Gorlice" in (day["location"] or "")
    assert day["field_confidence"]["location"] >= SURE  # not 'across two columns'


# --- 5. a title key in the cell beside the sheet's own name -----------------------------------


def _headed(first_line: list[Row]) -> bytes:
    rows: list[Row] = [
        *first_line,
        (40, 70, "ATELIER DU PORT", 14),
        (40, 100, "Date : mardi 9 mars 2027", 10),
        (40, 116, "Rendez-vous équipe : 8h00", 10),
        (40, 132, "Décor : 14 quai de la Fosse, 44000 Nantes", 10),
    ]
    return render(rows, unicode_font=True)


def test_a_title_key_beside_the_sheets_name_is_the_title() -> None:
    day = read_day(
        _headed([(40, 40, "FEUILLE DE SERVICE", 11), (250, 40, "Production : Marée basse", 11)])
    )
    assert day["production"] == "Marée basse"
    assert day["field_confidence"]["production"] >= SURE


def test_a_production_key_after_a_clients_cell_is_no_title() -> None:
    rows = [
        (40, 40, "Client : Biscuiterie Nantaise", 11),
        (250, 40, "Production : Atelier du Port", 11),
    ]
    day = read_day(_headed(rows))
    assert day["field_confidence"]["production"] < SURE
