"""The lines printed flush under a heading, where a sheet puts a block no label owns.

A studio sheet's stage heading has the lot's address under it (``studio_lot``); a scene heading
can have the building's name and address under it (``scene_set``). Both find the heading by the
first run of words on its line and read the lines right under it that start where it starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.model import Line, PageText

_GAP = 1.2  # a gap taller than this many lines ends a block


def first_run(line: Line) -> tuple[float, str]:
    """Where the line's first run of words starts, and its text."""
    a, b = runs(line)[0]
    return line.words[a].x0, " ".join(w.text for w in line.words[a:b])


def headings(
    pages: Sequence[PageText], pattern: re.Pattern[str]
) -> Iterator[tuple[Sequence[Line], int, float, str]]:
    """Each line whose first run matches ``pattern``: its page's lines, its index, x and text."""
    for page in pages:
        lines = page.lines
        for i, line in enumerate(lines):
            if not line.words:
                continue
            x0, heading = first_run(line)
            if pattern.match(heading):
                yield lines, i, x0, heading


def flush_below(
    lines: Sequence[Line], i: int, x0: float, *, near: int, column: float, contiguous: bool
) -> list[str]:
    """The first runs of the ``near`` lines under ``lines[i]`` that start within ``column``
    points of ``x0``. A ``contiguous`` block ends at the first line that does not, or after a
    gap; otherwise such lines are passed over."""
    out: list[str] = []
    here = lines[i]
    for below in lines[i + 1 : i + 1 + near]:
        if not below.words:
            if contiguous:
                break
            continue
        height = max(here.bottom - here.top, 1.0)
        bx, text = first_run(below)
        if contiguous and (below.top - here.bottom > _GAP * height or abs(bx - x0) > column):
            break
        if abs(bx - x0) > column:
            continue
        out.append(text)
        here = below
    return out
