"""Text layers whose words come out broken into letters (spreadsheet PDF exports)."""

from __future__ import annotations

import time

import pypdfium2 as pdfium
import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader import isolated, pdfium_text, text_repair
from pipeline.extract.reader.layout import group_lines
from pipeline.extract.reader.model import Limits, Line, Word
from tests.fixtures import callsheets as C
from tests.fixtures import spreadsheet_export as S


def _plain_lines(data: bytes):
    page = pdfium.PdfDocument(data)[0]
    return group_lines(pdfium_text.words(pdfium_text.page_chars(page)), 0)


@pytest.mark.parametrize("write_spaces", [True, False])
def test_glyph_by_glyph_export_breaks_the_plain_reading(write_spaces: bool) -> None:
    cells, _ = S.uk_grid_cells()
    lines = _plain_lines(S.render_glyphs(cells, write_spaces=write_spaces))
    assert text_repair.looks_broken(lines)
    assert "CREW CALL" not in " ".join(ln.text for ln in lines)


@pytest.mark.parametrize("write_spaces", [True, False])
def test_broken_sheet_is_read_from_rejoined_glyphs(write_spaces: bool) -> None:
    cells, want = S.uk_grid_cells()
    result = extract_document(S.render_glyphs(cells, write_spaces=write_spaces))
    assert result.document_type == "call_sheet"
    day = result.days[0]
    assert day.production == want["production"]
    assert day.shooting_date == want["shooting_date"]
    assert day.location == want["location"]
    assert (day.sunrise, day.sunset) == (want["sunrise"], want["sunset"])


def test_polish_broken_sheet_reads_call_date_and_location() -> None:
    cells, want = S.polish_grid_cells()
    day = extract_document(S.render_glyphs(cells, unicode_font=True)).days[0]
    assert (day.shooting_date, day.call_time, day.location) == (
        want["shooting_date"],
        want["call_time"],
        want["location"],
    )


def test_wider_uneven_gaps_with_written_spaces_are_rejoined() -> None:
    cells, want = S.uk_grid_cells()
    day = extract_document(S.render_glyphs(cells, spread=0.25)).days[0]
    assert (day.shooting_date, day.location) == (want["shooting_date"], want["location"])


def test_pdfminer_rejoined_reading_also_mends_the_page() -> None:
    """The fallback for pages PDFium's glyphs cannot mend: pdfminer in the child."""
    cells, _ = S.uk_grid_cells()
    data = S.render_glyphs(cells)
    read = isolated.read_with_pdfminer(data, Limits(), time.monotonic(), [0], joined=True)
    lines = read.pages[0].lines
    assert not text_repair.looks_broken(lines)
    assert "CREW CALL" in " ".join(ln.text for ln in lines)


@pytest.mark.parametrize(
    "build", [C.us_grid, C.uk_unit_call, C.polish_plan, C.one_line_schedule, C.invoice]
)
def test_sound_sheets_are_not_flagged(build) -> None:
    assert not text_repair.looks_broken(_plain_lines(build()[0]))


def test_polish_prose_with_one_letter_words_is_not_flagged() -> None:
    rows = [
        (30, 40 + 14 * i, text, 10)
        for i, text in enumerate(
            [
                "Uwagi: w razie deszczu zdjęcia w hali, a o 14:00 w studiu.",
                "Samochody z ekipą i sprzętem czekają u wjazdu, w bramie B.",
                "Prosimy o ciszę na planie i o wyłączenie telefonów w czasie ujęć.",
                "Obiad o 13:00 w bazie; kawa i woda u produkcji, a śniadanie o 6:30.",
                "W razie wypadku: szpital w Łodzi, a w nocy tel. 112 i dyżur z planu.",
            ]
        )
    ]
    assert not text_repair.looks_broken(_plain_lines(C.render(rows, unicode_font=True)))


def test_table_of_single_digits_and_initials_is_not_flagged() -> None:
    rows = [(30, 40, "CAST  ID  INITIALS  D/N  SCENES", 10)]
    for i in range(12):
        y = 56 + 14 * i
        rows += [(30, y, str(i % 9 + 1), 10), (80, y, "J", 10), (110, y, "K", 10)]
        rows += [(160, y, "D" if i % 2 else "N", 10), (200, y, "A", 10), (240, y, "B", 10)]
    assert not text_repair.looks_broken(_plain_lines(C.render(rows)))


def _line(*texts: str, gap: float = 2.0) -> Line:
    words, x = [], 30.0
    for text in texts:
        width = 5.0 * len(text)
        words.append(Word(text, x, x + width, 100, 110, 10))
        x += width + gap
    return Line(tuple(words), 0)


def test_a_reading_that_glues_words_together_is_not_better() -> None:
    broken = [_line("C", "REW", "C", "ALL", "Un", "i", "vers", "i", "ty", "Co", "ll", "ege")] * 3
    glued = [_line("CREWCALLUniversityCollege")] * 3
    mended = [_line("CREW", "CALL", "University", "College", gap=4.0)] * 3
    assert text_repair.looks_broken(broken)
    assert text_repair.reads_better(mended, broken)
    assert not text_repair.reads_better(glued, broken)
    assert not text_repair.reads_better(broken, mended)


def test_a_time_unit_beside_its_numbers_is_no_piece_of_a_word() -> None:
    """French and Italian sheets write times "7 h 30" and "h 7.30": a page of them is sound;
    the same "h" beside letters ("C h air") is still a piece."""
    times = [_line("Appel", "7", "h", "30", "PAT", "8", "h", "30", "repas", "13", "h", "00")] * 3
    italian = [_line("convocazione:", "h", "7.30", "pronti:", "h", "9.00", "e", "mensa")] * 3
    assert text_repair.fragment_count(times)[0] == 0
    assert not text_repair.looks_broken(times + italian)
    pieces = [_line("C", "h", "air", "T", "ab", "le", "7", "h", "30")] * 3
    assert text_repair.looks_broken(pieces)


def test_glyphs_from_a_fallback_font_are_put_back_in_their_words() -> None:
    """Font boxes follow each font's ascent: a taller fallback font's "i" and "l" stand above
    the row by top ("Un i vers i ty Co ll ege"); by baseline they are in their words."""
    cells, want = S.uk_grid_cells()
    large = [(x, y * 1.4, text, 14.0) for x, y, text, _ in cells]
    data = S.render_glyphs(large, spread=0.0, fallback="ilC")
    plain = " ".join(ln.text for ln in _plain_lines(data))
    assert "Un i vers i ty" in plain
    day = extract_document(data).days[0]
    assert day.location == want["location"]
    assert day.shooting_date == want["shooting_date"]


def _pieces(*texts_and_gaps: tuple[str, float]) -> Line:
    """Words of 10 pt type, each starting ``gap`` points after the previous one ends."""
    words, x = [], 30.0
    for text, gap in texts_and_gaps:
        x += gap
        words.append(Word(text, x, x + 5.5 * len(text), 100, 110, 10.0))
        x += 5.5 * len(text)
    return Line(tuple(words), 0)


@pytest.mark.parametrize(
    "pieces, want",
    [
        ((("Tuesday", 0), ("24th", 3), ("Ma", 3), ("rch", 3), ("2026", 3)),
         "Tuesday 24th March 2026"),
        ((("Tu", 0), ("esday", 2)), "Tuesday"),
        ((("HOSP", 0), ("ITAL", 3)), "HOSPITAL"),
        ((("May", 0), ("2026", 3)), "May 2026"),  # a word and a number stay apart
        ((("Sun", 0), ("day", 3)), "Sun day"),  # a piece that is a word itself: not joined
        ((("Ma", 0), ("rch", 40)), "Ma rch"),  # a column gap apart: two cells
    ],
)  # fmt: skip
def test_pieces_of_a_known_word_are_joined(
    pieces: tuple[tuple[str, float], ...], want: str
) -> None:
    (line,) = text_repair.rejoin_known([_pieces(*pieces)])
    assert line.text == want
