"""A numbered set's hours beside its label: the place is the next cell, or the cell under it.

A day with several sets prints each set's heading with the hours it is worked: a band 'SET 1
0800-1330' over the set's name and address, or an itinerary's row 'LOC 1  07:30  Cromer Pier'
whose place column runs on down the rows under it ('The Promenade' / 'Cromer NR27 9HE'). The
time beside the numbered label is when, never where: the place is the next run on the label's
line when there is one (its column's lines flush under it), else the lines flush under the
label's own cell.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.attach import Piece
from pipeline.extract.reader.field_sheet import Sheet
from pipeline.extract.reader.labelling import Label, runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line

# a time of day, or two as a span, and nothing else: '0800-1330', '07:30', '2.30pm - 6pm',
# '14:00 \u2013 wrap'
_CLOCK = r"\d{1,2}(?:[:.h]?\d{2})?\s*(?:[ap]\.?m\.?)?"
_HOURS = lazy(
    rf"^\(?{_CLOCK}(?:\s*(?:[-\u2013\u2014]+|to|till|until)\s*(?:{_CLOCK}|wrap|tbc))?\)?$", re.I
)
_CLOCK_PARTS = lazy(r"(?P<h>\d{1,4})(?:[:.h](?P<m>\d{2}))?")
_CLOCKLIKE = lazy(r"\d[:.h]\d\d|\d{3,4}|\d\s*[ap]\.?m", re.I)  # not a bare '2'
_MOST = 4  # lines of a place's block read under its first line
_FLUSH = 4.0  # points: a column's lines start within this of its first line
_CELL = 8.0  # points: the lines under a heading's cell start within this of its label
_LEADING = 1.2  # a gap wider than this many line heights ends a block


def hours_only(piece: Piece) -> bool:
    """The piece beside a label is a time or a span of time, nothing else."""
    text = piece.text.strip()
    return (
        not piece.below
        and bool(_HOURS.match(text))
        and bool(_CLOCKLIKE.search(text))
        and all(_a_clock(m) for m in _CLOCK_PARTS.finditer(text))
    )


def _a_clock(m: re.Match[str]) -> bool:
    """'0800', '13:30', '7pm': an hour of the day and its minutes ('2560' is no time)."""
    digits = m["h"] + (m["m"] or "")
    if m["m"] is None and len(digits) in (3, 4):
        hour, minute = int(digits[:-2]), int(digits[-2:])
    else:
        hour, minute = int(m["h"]), int(m["m"] or 0)
    return hour <= 24 and minute < 60


def place_beside_hours(sheet: Sheet, label: Label, pieces: list[Piece]) -> list[str]:
    """The lines of the place a numbered set label heads when the piece beside it is only the
    set's hours: the next run on its line and that column's lines under it, or the lines under
    the label's cell when nothing follows the hours. Empty when the label is not such a
    heading (no number, no hours beside it, or no place after them)."""
    if label.number is None or not pieces or not hours_only(pieces[0]):
        return []
    hours = pieces[0]
    if hours.page != label.page or hours.line != label.line:
        return []
    lines = sheet.pages[label.page].lines
    line = lines[label.line]
    end = hours.start + len(hours.text.split())
    nxt = next((r for r in runs(line) if r[0] >= end), None)
    if nxt is not None:
        if _labelled(sheet, label.page, label.line, nxt) or _timed(line, nxt):
            return []  # the row's next cell is another label's, or more times
        first = " ".join(w.text for w in line.words[nxt[0] : nxt[1]])
        x0, tolerance = line.words[nxt[0]].x0, _FLUSH
        out = [first]
    else:
        x0, tolerance = label.x0, _CELL
        out = []
    out += _flush_under(sheet, label, x0, tolerance)
    return out if any(c.isalpha() for c in "".join(out)) else []


def _labelled(sheet: Sheet, page: int, li: int, run: tuple[int, int]) -> bool:
    return any(o.page == page and o.line == li and run[0] <= o.start < run[1] for o in sheet.labels)


def _timed(line: Line, run: tuple[int, int]) -> bool:
    text = " ".join(w.text for w in line.words[run[0] : run[1]])
    return bool(_HOURS.match(text.strip()))


def _flush_under(sheet: Sheet, label: Label, x0: float, tolerance: float) -> list[str]:
    """The runs that start at ``x0`` on the lines right under the label's line, with no line
    gap between them, no label in them and no time alone (a timetable's next row)."""
    lines = sheet.pages[label.page].lines
    here = lines[label.line]
    out: list[str] = []
    for k in range(label.line + 1, min(label.line + 1 + _MOST, len(lines))):
        nxt = lines[k]
        height = max(here.bottom - here.top, 1.0)
        run = next((r for r in runs(nxt) if abs(nxt.words[r[0]].x0 - x0) <= tolerance), None)
        if nxt.top - here.bottom > _LEADING * height or run is None:
            break
        if _labelled(sheet, label.page, k, run) or _timed(nxt, run):
            break
        out.append(" ".join(w.text for w in nxt.words[run[0] : run[1]]))
        here = nxt
    return out
