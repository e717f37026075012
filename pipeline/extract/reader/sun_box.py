"""The sun in a box of the day's facts: the box's title and the times printed inside it.

A box titled "WEATHER / SUNRISE / SUNSET" lists its topics; its sun words are no labels of
the times beside or under them (a forecast's "T-storms after 4P", the next column's "7:00 PM
Est. wrap"). The times are printed inside the box, each with its own label ("Sunrise 6:43 AM /
Sunset 6:51 PM") or shortened to its direction alone, one under the other ("Rise 6:27A" over
"Set 8:48P").
"""

from __future__ import annotations

import re

from pipeline.extract.reader.attach import runs
from pipeline.extract.reader.field_sheet import Found, Sheet, plausible_sun
from pipeline.extract.reader.labelling import Label
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line
from pipeline.extract.reader.values import Parsed, find_time

# the topics a box of the day's facts lists beside the sun: the weather and its parts
_WEATHER_TOPIC = lazy(r"^(?:weather|forecast|wx|temps?|temperatures?|conditions|wind)$", re.I)
_SUN_KINDS = ("sunrise", "sunset")


def box_titles(sheet: Sheet) -> set[Label]:
    """The sun labels that are topics of a box's title ('WEATHER / SUNRISE / SUNSET'): a run
    of words split by slashes, one of its topics the weather's."""
    out: set[Label] = set()
    for h in sheet.labels:
        if h.kind not in _SUN_KINDS:
            continue
        line = sheet.pages[h.page].lines[h.line]
        run = next(((a, b) for a, b in runs(line) if a <= h.start < b), None)
        if run is None:
            continue
        text = " ".join(w.text for w in line.words[run[0] : run[1]])
        topics = [t.strip() for t in text.split("/")]
        if len(topics) >= 2 and any(_WEATHER_TOPIC.match(t) for t in topics):
            out.add(h)
    return out


def untitled(sheet: Sheet, kind: str, titles: set[Label]) -> set[Label]:
    """The box titles of ``kind`` to pass over: those of a sheet that labels that time again
    elsewhere ('Sunset 6:51 PM' inside the box). A title alone stays the only label."""
    mine = {h for h in titles if h.kind == kind}
    others = [h for h in sheet.labels if h.kind == kind and h not in mine]
    return mine if others else set()


# "Rise 6:27A" over "Set 8:48P" (or "Up" over "Down"): each direction's word before its time
_DIRECTION = lazy(r"^(?P<way>rise|sunrise|up|set|sunset|down)\s*:?\s+(?P<time>\S.*)$", re.I)
STACKED = 0.9


def stacked_rise_set(sheet: Sheet) -> tuple[Found, Found] | None:
    """Sunrise and sunset printed one under the other, flush, each after its direction's word
    ('Rise 6:27A' over 'Set 8:48P'): read only as a morning's rise over an evening's set."""
    for page in sheet.pages:
        for i, line in enumerate(page.lines[:-1]):
            for a, b in runs(line):
                rise = _direction(line, a, b, ("rise", "sunrise", "up"))
                if rise is None:
                    continue
                fall = _flush_under(page.lines[i + 1], line.words[a].x0)
                if fall is None:
                    continue
                if not ("03:00" <= rise.value <= "10:59" and "15:00" <= fall.value <= "23:59"):
                    continue
                if not plausible_sun("sunset", fall.value):
                    continue
                return (
                    Found(rise.value, rise.quality * STACKED),
                    Found(fall.value, fall.quality * STACKED),
                )
    return None


def _flush_under(below: Line, x0: float) -> Parsed | None:
    """The set's time of the run that starts flush with x0 on the next line."""
    for a, b in runs(below):
        if abs(below.words[a].x0 - x0) <= 3:
            return _direction(below, a, b, ("set", "sunset", "down"))
    return None


def _direction(line: Line, a: int, b: int, ways: tuple[str, ...]) -> Parsed | None:
    """The time a run opens with after one of ``ways`` and nothing else: 'Rise 6:27A'."""
    m = _DIRECTION.match(" ".join(w.text for w in line.words[a:b]))
    if m is None or m["way"].lower() not in ways:
        return None
    parsed = find_time(m["time"])
    if parsed is None or parsed.start != 0 or m["time"][parsed.end :].strip():
        return None
    return parsed
