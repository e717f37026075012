"""A row of labels whose values sit further down, across an empty ruled row.

A spreadsheet exported to PDF (Excel, Google Sheets) often prints a row of labels, then an
empty row that keeps only its gridlines, then each value in a merged cell under its label:

    DATA ZDJĘĆ      ZBIÓRKA EKIPY      OBIAD          <- the labels' row
                                                      <- an empty ruled row
    12.03.2026      07:00              13:00          <- the values, column by column

The gap between the labels and their values is then wider than a label's cell allows. What a
person reads is the grid: the line under the row of labels starts its runs where the labels
start theirs, column after column. When at least two columns line up so, that line is the
first line of each label's cell, however wide the empty row between (up to EMPTY_ROWS rows).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.reader.labelling import Label, runs
from pipeline.extract.reader.model import Line, PageText

EMPTY_ROWS = 5.0  # label heights: the widest gap a skipped empty row may leave
ALIGN = 3.5  # points; a merged cell's value starts within this of its label's start
MIN_COLUMNS = 2  # columns that line up before a line is read as the row under the labels


def _starts(line: Line) -> list[float]:
    return [line.words[a].x0 for a, _ in runs(line)]


def row_below(page: PageText, label: Label, labels: Sequence[Label], height: float) -> int | None:
    """Index of the line that holds the values of ``label``'s row of labels across an empty
    row, or None when the label is not in such a row or the next line does not line up."""
    row = [o for o in labels if o.page == label.page and o.line == label.line]
    if len(row) < MIN_COLUMNS or label.line + 1 >= len(page.lines):
        return None
    below = page.lines[label.line + 1]
    head = page.lines[label.line]
    if below.top - head.bottom > height * EMPTY_ROWS:
        return None
    if any(o.line == label.line + 1 for o in labels if o.page == label.page):
        return None  # the next row of labels, not values
    starts = _starts(below)
    heads = [o.x0 for o in row]
    lined_up = sum(any(abs(s - x) <= ALIGN for s in starts) for x in heads)
    if lined_up < MIN_COLUMNS or not any(abs(s - label.x0) <= ALIGN for s in starts):
        return None
    return label.line + 1
