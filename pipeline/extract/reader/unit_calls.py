"""A CALLS box listing each unit's or crew's call: the unit's is the day's call, in doubt.

A split day's call box names whose each time is, under a 'CALLS' heading: 'Location unit 07:00
· Studio swing crew 08:00 (Studio 2 pre-light)'. A swing, pre-light, rigging or prep crew
readies a set ahead of the unit and is never the unit; the one group named a unit is the
shooting crew's call. Which unit the sheet is for is the reader's guess, so the time is read
at a confidence a person checks, with the other group's time in the warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.values import find_times

UNIT_IN_BOX = 0.75  # the one unit's time among a call box's groups: a person checks
_HEADING = lazy(r"^(?:calls|call\s+times|unit\s+calls)\s*:?$", re.I)
_SPLIT = lazy(r"\s+[|·\u2022/]\s+|\s*;\s*")
# a group's name: words, then its time, then a note in brackets at most
_GROUP = lazy(
    r"^(?P<who>[^\W\d_][^\d()]{1,40}?)\s*:?\s+(?P<time>\d{1,2}[:.h]?\d{2})\s*(?:\(.*\))?$"
)
_UNIT = lazy(r"\bunit\b", re.I)
_PREP = lazy(
    r"\b(?:swing|pre-?light(?:ing)?|rigg?(?:ing)?|prep|standby|strike|de-?rig|dressing)\b", re.I
)
_NEAR = 2.2  # line heights: the box's list starts this close under its heading
_COLUMN = 12.0  # points: the list starts this close to the heading's x


def unit_in_call_box(pages: Sequence[PageText]) -> tuple[str, str] | None:
    """The one unit's time and a warning naming the other groups' times, from a list of calls
    under a CALLS heading whose other groups are prep crews; None otherwise."""
    for page in pages:
        lines = page.lines
        for i, line in enumerate(lines[:-1]):
            for a, b in runs(line):
                if not _HEADING.match(" ".join(w.text for w in line.words[a:b])):
                    continue
                x0 = line.words[a].x0
                below = lines[i + 1]
                if below.top - line.bottom > _NEAR * max(line.bottom - line.top, 1.0):
                    continue
                for c, d in runs(below):
                    if abs(below.words[c].x0 - x0) > _COLUMN:
                        continue
                    got = _unit_time(" ".join(w.text for w in below.words[c:d]))
                    if got is not None:
                        return got
    return None


def _unit_time(text: str) -> tuple[str, str] | None:
    """'Location unit 07:00 · Studio swing crew 08:00 (pre-light)': the one group named a unit,
    when every other group is a prep crew (by its name or its note)."""
    parts = [p.strip() for p in _SPLIT.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    groups: list[tuple[str, str, bool]] = []
    for part in parts:
        m = _GROUP.match(part)
        times = find_times(part)
        if m is None or len(times) != 1:
            return None
        groups.append((m["who"].strip(), times[0].value, bool(_PREP.search(part))))
    units = [(who, t) for who, t, prep in groups if not prep and _UNIT.search(who)]
    others = [(who, t) for who, t, prep in groups if prep]
    if len(units) != 1 or len(units) + len(others) != len(groups):
        return None
    who, time = units[0]
    rest = ", ".join(f"{w} {t}" for w, t in others)
    return time, f"call_time: {time} is the {who.lower()}'s call; the box also lists {rest}"
