"""Small page pieces the reader rule tests draw their sheets from, and the one way they read
a sheet back: rows are `tests.fixtures.callsheets.Row`s for `render`, in the order given."""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.model import Line, Word
from pipeline.extract.reader.sanity import ReadContext
from tests.fixtures.callsheets import Row, column, render


def read_day(data: bytes, context: ReadContext | None = None) -> Any:
    """The first day read from a PDF that must read as a call sheet."""
    result = extract_document(data, context=context).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def doc_type(rows: list[Row], **kw: Any) -> str:
    """The document type read from the page `rows` draw (`render(rows, **kw)`)."""
    return extract_document(render(rows, **kw)).to_json()["document_type"]


def masthead(company: str, title: str, corner: str, *, corner_x: float = 400) -> list[Row]:
    """A letterhead: the company small at the top left, the title big under it, and a note
    (the sheet's number or date) at the top right."""
    return [(40, 40, company, 9), (40, 70, title, 18), (corner_x, 40, corner, 9)]


def label_rows(*pairs: tuple[str, str], value_x: float, top: float, step: float = 14) -> list[Row]:
    """Labels flush left at x 40, each with its value on its own row at `value_x`."""
    rows: list[Row] = []
    for n, (label, value) in enumerate(pairs):
        rows += [(40, top + step * n, label, 9), (value_x, top + step * n, value, 9)]
    return rows


def headed(heading: str, *lines: str, x: float, top: float) -> list[Row]:
    """A heading with its lines under it, all flush left at `x`."""
    return [(x, top, heading, 9), *column(*lines, x=x, top=top + 14, size=9, step=12)]


def northern_drive(heading: str = "CALL SHEET", *, places: bool = True) -> list[Row]:
    """A US sheet's head: `heading`, NORTHERN DRIVE, its date (Wednesday, March 11, 2026) and
    'Crew call: 7:45 AM', then (if `places`) its location and hospital lines under it."""
    rows: list[Row] = [(40, 40, heading, 16), (40, 62, "NORTHERN DRIVE", 14)]
    rows += [(380, 62, "Wednesday, March 11, 2026", 10), (40, 100, "Crew call: 7:45 AM", 10)]
    if places:
        rows += column(
            "Location: Riverside Mill, 120 Water St, Easton, PA 18042",
            "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042",
            x=40,
            top=120,
            size=9,
            step=20,
        )
    return rows


def word_line(*cells: tuple[float, str]) -> Line:
    """One line of words at the given x (each word 5 pt a letter wide, 9 pt high)."""
    words = []
    for x, text in cells:
        for part in text.split():
            words.append(Word(part, x, x + 5 * len(part), 100.0, 109.0, 9.0))
            x += 5 * len(part) + 3
    return Line(tuple(words), 0)
