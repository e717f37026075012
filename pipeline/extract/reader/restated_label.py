"""A strip's heading said again in its own cell: 'UNIT CALL' over 'Breakfast 0645 · Unit call
0730 · Shooting call 0800'. The heading owns no time of its own (its cell's line is a run of
labelled times), but the cell names the same field in the same words with its time: the
heading's value is read, not left unread.
"""

from __future__ import annotations

from pipeline.extract.reader.field_sheet import Sheet
from pipeline.extract.reader.labelling import Label
from pipeline.extract.reader.layout import norm

_NEAR = 2.0  # line heights: the cell's line starts this close under the heading
_EDGE = 3.0  # points: the cell starts this far left of its heading at most


def restated_in_cell(sheet: Sheet, heading: Label, said: Label) -> bool:
    """``said`` is ``heading``'s phrase again, on the line under it, inside its cell (from the
    heading's left edge to the next label on the heading's line)."""
    if said.page != heading.page or said.line != heading.line + 1 or said.kind != heading.kind:
        return False
    if norm(said.phrase) != norm(heading.phrase):
        return False
    height = max(heading.bottom - heading.top, 1.0)
    if said.top - heading.bottom > _NEAR * height:
        return False
    right = min(
        (
            o.x0
            for o in sheet.labels
            if o.page == heading.page and o.line == heading.line and o.x0 > heading.x1
        ),
        default=sheet.pages[heading.page].width,
    )
    return heading.x0 - _EDGE <= said.x0 < right
