"""Words of a PDF's text layer through PDFium (pypdfium2): the fast path of the extractor.

pdfplumber (pdfminer) builds a Python object with every attribute for each character, which is
three quarters of a sheet's processing time (see BENCHMARKS.md); PDFium reads the same text
layer in C, 10-30 times faster. Words are assembled the way pdfplumber's ``extract_words``
does: characters clustered into rows by their top, ordered left to right, and split at
whitespace or at a gap wider than ``x_tolerance``.
"""

from __future__ import annotations

import bisect
import ctypes
import threading
from dataclasses import dataclass, replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from pipeline.extract.reader import text_repair
from pipeline.extract.reader.model import Word

# PDFium is not thread-safe and a worker runs several threads: every call into it (pypdfium2
# here, and pdfplumber's page images) holds this lock. Seen without it: SIGSEGV in a worker.
LOCK = threading.RLock()

# Characters PDFium generates between words and lines, not in the text itself.
_BREAKS = {"\x02", "\ufeff"}
# What PDFium gives for a glyph with no Unicode mapping; pdfminer names its CID instead, which
# the extractor can still read, so a page holding one is left to pdfplumber.
UNMAPPED = {"\x00", "\ufffe", "\uffff", "\ufffd"}


class UnmappedGlyphs(Exception):
    """The page has characters without a Unicode mapping."""


@dataclass(frozen=True)
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    generated: bool = False  # a space or break PDFium inferred from a gap, not in the file
    index: int = -1  # PDFium's index of the character on its page
    baseline: float | None = None  # set by ``with_baselines`` for a page being repaired


def page_chars(page: pdfium.PdfPage) -> list[_Char]:
    """The visible characters of ``page`` with top-left-origin boxes (font boxes, not ink)."""
    height = page.get_height()
    text_page = page.get_textpage()
    try:
        # PDFium's functions on the raw handle, one box reused: pypdfium2's ``get_charbox``
        # and handle conversion per call were a third of the page's reading.
        handle = text_page.raw
        unicode_of = pdfium_raw.FPDFText_GetUnicode
        loose_box = pdfium_raw.FPDFText_GetLooseCharBox
        font_size = pdfium_raw.FPDFText_GetFontSize
        is_generated = pdfium_raw.FPDFText_IsGenerated
        angle_of = pdfium_raw.FPDFText_GetCharAngle
        box = pdfium_raw.FS_RECTF()
        chars = []
        angles = []
        for i in range(text_page.count_chars()):
            text = chr(unicode_of(handle, i))
            if text in _BREAKS:
                continue
            if text in UNMAPPED:
                raise UnmappedGlyphs()
            if text < " " and text not in "\t\n\r":
                # A character code with no Unicode: PDFium passes the code through, pdfminer
                # writes "(cid:N)"; the extractor knows the latter (digits in subset fonts).
                text = f"(cid:{ord(text)})"
            if not loose_box(handle, i, box):
                raise pdfium.PdfiumError("Failed to get charbox.")
            left, bottom, right, top = box.left, box.bottom, box.right, box.top
            size = font_size(handle, i)
            generated = bool(is_generated(handle, i))
            chars.append(
                _Char(text, left, right, height - top, height - bottom, size, generated, i)
            )
            angles.append(round(angle_of(handle, i), 2))
        return upright(chars, angles)
    finally:
        text_page.close()


_QUARTER = (1.57, 4.71)  # radians: a glyph turned a quarter either way (text set sideways)


def upright(chars: list[_Char], angles: list[float]) -> list[_Char]:
    """A label turned sideways in a strip beside its box ('TÖKUSTAÐUR' up the left edge) comes
    as one letter per row, each row falling into a line of the box's text. Letters turned a
    quarter from the page's own text, one above the other, are set upright as one word where
    the strip starts (its top), in the strip's width, and read in their order in the file."""
    if not chars or not any(a in _QUARTER for a in angles):
        return chars
    counts: dict[float, int] = {}
    for a in angles:
        counts[a] = counts.get(a, 0) + 1
    page_angle = max(counts, key=lambda a: counts[a])
    out: list[_Char] = []
    run: list[_Char] = []
    run_angle = None

    def flush() -> None:
        if len(run) < 2 or max(c.x1 for c in run) - min(c.x0 for c in run) > 2 * run[0].size:
            out.extend(run)  # one letter, or not a column of letters: left as it was
            return
        x0, x1 = min(c.x0 for c in run), max(c.x1 for c in run)
        top = min(c.top for c in run)
        step = (x1 - x0) / len(run)
        size = max(c.size for c in run)
        for k, c in enumerate(run):
            left = x0 + k * step
            out.append(replace(c, x0=left, x1=left + step, top=top, bottom=top + size))

    for c, a in zip(chars, angles, strict=True):
        turned = a != page_angle and a in _QUARTER and not c.generated and c.text.strip()
        if turned and (run_angle is None or a == run_angle):
            run.append(c)
            run_angle = a
            continue
        flush()
        run, run_angle = ([c], a) if turned else ([], None)
        if not turned:
            out.append(c)
    flush()
    return out


STROKE_MAX = 2.5  # points; a path this thin or thinner is a line drawn, not a box
STRUCK_BAND = (0.3, 0.72)  # a stroke between these fractions of a glyph's box crosses its middle


def strokes(page: pdfium.PdfPage) -> list[tuple[float, float, float]]:
    """Horizontal lines drawn on ``page`` as (x0, x1, y) with a top-left origin: rules,
    underlines and strike-throughs (a path or a filled rectangle at most STROKE_MAX high)."""
    height = page.get_height()
    out = []
    for obj in page.get_objects(filter=(pdfium_raw.FPDF_PAGEOBJ_PATH,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom <= STROKE_MAX and right - left > 2 * STROKE_MAX:
            out.append((left, right, height - (top + bottom) / 2))
    return out


def unstruck(chars: list[_Char], lines: list[tuple[float, float, float]]) -> list[_Char]:
    """``chars`` without those a line crosses through the middle: on a revised sheet a
    superseded value is struck through, the new one beside it. An underline (below the middle)
    or a table rule (between rows) strikes nothing; a space or break beside a struck glyph is
    dropped with it only when it is struck too."""
    if not lines:
        return chars
    # lines by height: a glyph looks only at those within its band (bisect), not at them all
    # (a line at no height, NaN, crosses nothing and would spoil the order)
    ordered = sorted((line for line in lines if line[2] == line[2]), key=lambda line: line[2])
    heights = [y for _, _, y in ordered]
    out = []
    for c in chars:
        if c.text.strip():
            mid = (c.x0 + c.x1) / 2
            low = c.top + STRUCK_BAND[0] * (c.bottom - c.top)
            high = c.top + STRUCK_BAND[1] * (c.bottom - c.top)
            band = ordered[bisect.bisect_left(heights, low) : bisect.bisect_right(heights, high)]
            if any(x0 <= mid <= x1 and low <= y <= high for x0, x1, y in band):
                continue
        out.append(c)
    return out


def with_baselines(page: pdfium.PdfPage, chars: list[_Char]) -> list[_Char]:
    """``chars`` with their baselines: font boxes' tops follow each font's ascent, so glyphs a
    spreadsheet wrote in a second subset of its font ("i", "l") can sit in a row of their own
    by top; by baseline they are in their word. Only read for a page being repaired."""
    height = page.get_height()
    text_page = page.get_textpage()
    try:
        x, y = ctypes.c_double(), ctypes.c_double()
        out = []
        for char in chars:
            pdfium_raw.FPDFText_GetCharOrigin(
                text_page, char.index, ctypes.byref(x), ctypes.byref(y)
            )
            out.append(replace(char, baseline=height - y.value))
        return out
    finally:
        text_page.close()


def visible_count(chars: list[_Char]) -> int:
    return sum(1 for c in chars if not c.text.isspace())


def words(chars: list[_Char], *, x_tolerance: float = 1.5, y_tolerance: float = 2.0) -> list[Word]:
    """Group characters into words like pdfplumber's ``extract_words`` (no text flow)."""
    out: list[Word] = []
    for row in _rows(chars, y_tolerance):
        current: list[_Char] = []
        broken = False  # a line break PDFium inferred since the last character
        for char in sorted(row, key=lambda c: c.x0):
            if char.generated and char.text in "\r\n":
                broken = True
                continue
            if char.text.isspace():
                _flush(current, out)
                current, broken = [], False
                continue
            # 'HANGGANG DU' / 'LO': a break PDFium put between two touching letters of one
            # word (a title set with kerning) splits nothing; pdfplumber sees no break there
            gap = char.x0 - current[-1].x1 if current else 0.0
            if current and (gap > x_tolerance or (broken and gap < -0.5)):
                _flush(current, out)
                current = []
            broken = False
            current.append(char)
        _flush(current, out)
    return out


def _flush(chars: list[_Char], out: list[Word]) -> None:
    if chars:
        out.append(
            Word(
                raised_minutes(chars) or "".join(c.text for c in chars),
                min(c.x0 for c in chars),
                max(c.x1 for c in chars),
                min(c.top for c in chars),
                max(c.bottom for c in chars),
                float(chars[0].size),
            )
        )


RAISED_SMALLER = 0.8  # the raised minutes' box is at most this share of the hour's height
RAISED_LIFT = 0.2  # and their foot at least this share of it above the hour's foot


def raised_minutes(chars: list[_Char]) -> str | None:
    """'7³⁰' as '7:30': an hour of one or two digits followed, touching, by two digits set
    smaller and raised (their foot well above the hour's), the minutes in superscript as Polish
    (and German, Czech) notices and pocket plans print times ("frakcja górna", 9⁰⁰-19⁰⁰). The
    text layer holds "730", which reads as no time or as another; read as hour and minutes only
    when the hour is 0-24 and the minutes 00-59, and the hour's digits are one size (a footnote
    mark after a number of two digits stays out: its 'minutes' would be one or three digits)."""
    if len(chars) not in (3, 4) or not all(c.text.isdigit() and c.text.isascii() for c in chars):
        return None
    hour, minutes = chars[:-2], chars[-2:]
    tall = min(c.bottom - c.top for c in hour)
    foot = min(c.bottom for c in hour)
    if tall <= 0 or max(c.bottom - c.top for c in hour) - tall > 0.1 * tall:
        return None
    small = max(c.bottom - c.top for c in minutes)
    raised = max(c.bottom for c in minutes) <= foot - RAISED_LIFT * tall
    if small > RAISED_SMALLER * tall or not raised:
        return None
    h, m = "".join(c.text for c in hour), "".join(c.text for c in minutes)
    if int(h) > 24 or int(m) > 59:
        return None
    return f"{h}:{m}"


def joined_words(chars: list[_Char], *, y_tolerance: float = 2.0) -> list[Word]:
    """Words for a page whose glyphs were placed one by one (see ``text_repair``): split at the
    file's own spaces and at gaps relative to the font size, not at PDFium's inferred spaces."""
    real = [c for c in chars if not c.generated]
    ratio = text_repair.gap_ratio(any(c.text == " " for c in real))
    out: list[Word] = []
    for row in _rows(real, y_tolerance, by_baseline=True):
        current: list[_Char] = []
        for char in sorted(row, key=lambda c: c.x0):
            if char.text.isspace():
                _flush(current, out)
                current = []
                continue
            if current and char.x0 > current[-1].x1 + ratio * max(char.size, 1.0):
                _flush(current, out)
                current = []
            current.append(char)
        _flush(current, out)
    return out


def _rows(
    chars: list[_Char], y_tolerance: float, *, by_baseline: bool = False
) -> list[list[_Char]]:
    def level(char: _Char) -> float:
        return char.baseline if by_baseline and char.baseline is not None else char.top

    # a row is measured from its first glyph in the file, not from a break PDFium generated
    # (a '\n' sits a line's height lower than the glyphs before it): anchored on one, the
    # row took the next line's 'Ś' (its accent's box a tenth higher) and not the rest of the
    # word ('Góra Ś więtej Anny')
    rows: list[list[_Char]] = []
    anchors: list[_Char] = []
    for char in sorted(chars, key=level):
        if rows and abs(level(char) - level(anchors[-1])) <= y_tolerance:
            rows[-1].append(char)
            if anchors[-1].generated and not char.generated:
                anchors[-1] = char
        else:
            rows.append([char])
            anchors.append(char)
    return rows
