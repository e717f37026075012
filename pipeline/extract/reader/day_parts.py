"""Place headings side by side, one for each part of the day: the morning's set comes first.

A split day prints its sets as panels on one row, each headed by its part of the day: 'AM -
LOCATION' beside 'PM - STUDIO 2', 'LOCATION 1 (AM)' beside 'LOCATION 2 (PM)'. The part of the
day numbers the sets in the order they are worked: the morning's first, whatever number a
heading prints for its own sake (the 2 of 'STUDIO 2' is the studio's, not the set's order).
A row of such headings and nothing else is read this way; a table's column heads ('ARTIST
CHARACTER  LOC 1  LOC 2') are not such a row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.model import Line, PageText

if TYPE_CHECKING:
    from pipeline.extract.reader.labelling import Label

# the parts of a working day in their order
_ORDER = {
    "am": 1,
    "morning": 1,
    "pm": 2,
    "afternoon": 2,
    "evening": 3,
    "night": 4,
    "overnight": 4,
}
_DASHES = frozenset({"-", "\u2013", "\u2014", ":"})


def _part(text: str) -> int | None:
    return _ORDER.get(norm(text).replace(".", "").strip("()[]:"))


def _heading_part(line: Line, run: tuple[int, int], label: Label) -> tuple[int, int] | None:
    """The part of the day a run heads with ``label`` in it, and the label's new end: the part
    and a dash before the label ('AM - LOCATION', 'PM: STUDIO 2'), or after it, bare or in
    brackets, past the label's number ('LOCATION 1 (AM)', 'SET 2 PM'). None when the run holds
    other words."""
    words = line.words
    before = [w.text for w in words[run[0] : label.start]]
    after = [w.text for w in words[label.end : run[1]]]
    if len(before) == 2 and before[1] in _DASHES and (part := _part(before[0])) is not None:
        rest = after[1:] if after and after[0].isdigit() else after
        return (part, label.end) if not rest else None
    if before:
        return None
    if after and after[0].isdigit() and len(after[0]) <= 2:
        after = after[1:]
    if len(after) == 1 and (part := _part(after[0])) is not None:
        return part, run[1]
    return None


def day_part_numbers(
    pages: Sequence[PageText],
    hits: list[Label],
    runs: Callable[[Line], list[tuple[int, int]]],
) -> list[Label]:
    """Place labels on a row of part-of-day headings (two or more, nothing else on the row)
    numbered by their part of the day, each widened over its part ('(AM)'); others as they
    are. `runs` splits a line into its cells (labelling's, passed in: labelling imports this
    module)."""
    places = [h for h in hits if h.kind == "location"]
    rows = {(h.page, h.line) for h in places}
    out = {id(h): h for h in hits}
    for page, li in rows:
        line = pages[page].lines[li]
        row = runs(line)
        if len(row) < 2:
            continue
        read: list[tuple[Label, int, int]] = []
        for run in row:
            inside = [
                h for h in places if (h.page, h.line) == (page, li) and run[0] <= h.start < run[1]
            ]
            got = _heading_part(line, run, inside[0]) if len(inside) == 1 else None
            if got is None:
                break
            read.append((inside[0], *got))
        else:
            parts = [part for _, part, _ in read]
            if len(set(parts)) != len(parts):
                continue  # two mornings: the parts do not order the sets
            for h, part, end in read:
                rank = sorted(parts).index(part) + 1
                out[id(h)] = replace(h, number=rank, end=end, x1=line.words[end - 1].x1)
    return [out[id(h)] for h in hits]
