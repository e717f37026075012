"""Labels printed after their values, as captions at the right margin.

Some word-processor templates print each value first, flush left, and its label after it in
small grey capitals flush right (a caption column):

    Wednesday 15th April 2026                                   DATE
    08:00 (at the gate)                                    CREW CALL
    West wing cells and the yard                            LOCATION
    Cork City Gaol
    Convent Ave

A label there owns the text before it on its line and the lines under that text, down to the
next captioned row or a gap. The layout is told by its two edges: at least CAPTION_ROWS rows
end in a label flush with one right edge (the captions, of different widths, so not a column
of labels flush left) and start their text at one left edge, across a column gap.

A sheet laid out right to left (Hebrew, Arabic) and printed in Latin letters for a foreign crew
keeps the mirrored form: the labels flush right at the margin, each value set flush right
against the gap before its label, the lines under it ending at that same edge:

              Caesarea National Park (Roman theatre)        Makom / Location
                                       Rehov HaNamal
                                    Caesarea 3088900
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.reader.labelling import Label, runs
from pipeline.extract.reader.model import Line, PageText

CAPTION_ROWS = 3  # rows that end in a caption flush right before the layout is read so
EDGE = 2.0  # points; captions flush right end within this of each other
LEFT = 3.0  # points; the values of the rows start within this of each other
GAP = 20.0  # points; the least gap between a value and its caption
LINES = 5  # a value is at most this many lines
LINE_GAP = 0.8  # line heights; a wider gap under a value's line ends it (a heading)


def _caption(line: Line, label: Label) -> tuple[int, float, float] | None:
    """(first word, x0, x1) of the label's run when it ends its line after a column gap."""
    rs = runs(line)
    a, b = rs[-1]
    if len(rs) < 2 or not (a <= label.start < b) or label.end > b:
        return None
    if line.words[a].x0 - line.words[rs[-2][1] - 1].x1 < GAP:
        return None
    return a, line.words[a].x0, line.words[b - 1].x1


def _captioned_rows(
    page: PageText, labels: Sequence[Label]
) -> dict[int, tuple[int, float, float | None]]:
    """Line index to (caption's first word, caption's x0, the value's right edge when the
    values are set flush right against the gap, else None) for the rows of a caption column."""
    found: dict[int, tuple[int, float, float, float, float]] = {}
    for h in labels:
        cap = _caption(page.lines[h.line], h)
        if cap is None or h.line in found:
            continue
        if any(o.line == h.line and o.start < cap[0] for o in labels):
            continue  # a row of labels ending at the margin ('DATE  CALL  WRAP  WEATHER')
        line = page.lines[h.line]
        found[h.line] = (*cap, line.words[0].x0, line.words[cap[0] - 1].x1)
    out: dict[int, tuple[int, float, float | None]] = {}
    for li, (a, x0, x1, start, end) in found.items():
        column = [v for v in found.values() if abs(v[2] - x1) <= EDGE]
        flush_left = [v for v in column if abs(v[3] - start) <= LEFT]
        flush_right = [v for v in column if abs(v[4] - end) <= LEFT]
        if _form(flush_left):
            out[li] = (a, x0, None)
        elif _form(flush_right) or (len(flush_right) > 1 and _mirrored(column)):
            # ... or a block of places whose values end at their own edge, a little in from
            # the times' ('Makom / Location', 'Beit cholim / Hospital') in a mirrored column
            out[li] = (a, x0, end)
    return out


def _form(peers: list[tuple[int, float, float, float, float]]) -> bool:
    """Enough rows aligned one way, their captions of different widths (no label column)."""
    ragged = bool(peers) and max(v[1] for v in peers) - min(v[1] for v in peers) > EDGE
    return len(peers) >= CAPTION_ROWS and ragged


def _mirrored(column: list[tuple[int, float, float, float, float]]) -> bool:
    """Whether some rows of the caption column set their values flush right: a mirrored form."""
    return any(_form([v for v in column if abs(v[4] - row[4]) <= LEFT]) for row in column)


def _in_value(below: Line, x0: float, end: float | None, cap_x0: float) -> bool:
    """Whether the line under a value's line continues it: starting where it starts (or, set
    flush right, ending where it ends) and clear of the caption column."""
    if below.words[-1].x1 > cap_x0 - GAP:
        return False
    if end is not None:
        return abs(below.words[-1].x1 - end) <= LEFT
    return abs(below.words[0].x0 - x0) <= LEFT


def value_before(
    page: PageText, label: Label, labels: Sequence[Label]
) -> list[tuple[int, int, str, float, float]]:
    """The value a caption labels: (line, first word, text, distance, x0) of the text before
    it on its line and of each line under that text down to the next captioned row."""
    mine = [h for h in labels if h.page == label.page]
    rows = _captioned_rows(page, mine)
    if label.line not in rows:
        return []
    a, cap_x0, end = rows[label.line]
    if label.start < a:
        return []  # a label before the caption is no caption
    line = page.lines[label.line]
    words = line.words[:a]
    x0 = words[0].x0
    out = [(label.line, 0, " ".join(w.text for w in words), (cap_x0 - words[-1].x1) / 1000, x0)]
    last = line
    starts = {h.line for h in mine if h.start == 0}  # 'Crew parking ...': a row of its own
    for li in range(label.line + 1, min(len(page.lines), label.line + LINES)):
        below = page.lines[li]
        height = max(last.bottom - last.top, 6.0)
        if li in rows or li in starts or below.top - last.bottom > height * LINE_GAP:
            break
        if not _in_value(below, x0, end, cap_x0):
            break
        out.append((li, 0, below.text, (below.top - line.bottom) / 1000, x0))
        last = below
    return out
