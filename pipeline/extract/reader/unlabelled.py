"""Facts printed with no word to name them, read by their shape (an app's icon-only cards).

A call-sheet app may print a drawn icon where a template prints a label: a sun over the
horizon beside two times, a red cross beside a hospital's name and address. The icons are no
text, so a reader sees only the values; a person still knows them by their shape:

- two times alone at the end of their lines, stacked in one column, the first in the morning
  and the second in the evening, with the weather (a temperature, 'Sunny') right under them,
  are the day's sunrise and sunset;
- a name that calls itself a hospital ('... Hospital', '... Infirmary', '... Medical Center')
  with a whole address on the line under it is the nearest hospital.

Both are read only when no label gave the field, and at a confidence that sends the day to a
person (SHAPE): a shape with no label is a guess, never a silent answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.reader.addresses import find_addresses
from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Hospital, Line, PageText
from pipeline.extract.reader.parsed import Parsed
from pipeline.extract.reader.values import find_phones, find_time

SHAPE = 0.7  # a field read by its shape alone, no label: a person checks it
ALIGN = 3.0  # points; stacked values start within this of each other
STACK = 2.5  # line heights; the widest gap between two stacked values
COLUMN_GAP = 20.0  # points; a value alone at the end of its line follows such a gap
RISE = (3 * 60, 11 * 60)  # minutes; a sunrise anywhere people film, before a sunset
SET = (15 * 60, 23 * 60 + 30)
_WEATHER = lazy(
    r"°|\b(?:sunny|cloudy|clear|overcast|rain|showers?|drizzle|fog(?:gy)?|snow|windy|storms?"
    r"|mist|haze|fine|dry|wet)\b",
    re.I,
)
_HOSPITAL_NAME = lazy(
    r"\b(?:hospital|infirmary|medical\s+cent(?:er|re)|health\s+sciences?\s+cent(?:er|re)"
    r"|hôpital|hospitalet|klinikum|krankenhaus|szpital|ospedale|spital|sjukhus|sykehus)\b",
    re.I,
)
NAME_WORDS = 8  # a hospital's name is a short run, not a sentence


def hospital_name_shaped(text: str) -> bool:
    """A short run that names a hospital by its kind ('Hennepin County Medical Center')."""
    return bool(_HOSPITAL_NAME.search(text)) and len(text.split()) <= NAME_WORDS


@dataclass(frozen=True)
class _Cell:
    line: int
    x0: float
    text: str


def _cell_at(line: Line, li: int, x0: float) -> _Cell | None:
    """The run of ``line`` that starts at ``x0``."""
    for a, b in runs(line):
        if abs(line.words[a].x0 - x0) <= ALIGN:
            return _Cell(li, x0, " ".join(w.text for w in line.words[a:b]))
    return None


def _lone_time(line: Line) -> tuple[float, Parsed] | None:
    """A time that is the whole last run of its line, after a column gap (or alone)."""
    rs = runs(line)
    a, b = rs[-1]
    if len(rs) > 1 and line.words[a].x0 - line.words[rs[-2][1] - 1].x1 < COLUMN_GAP:
        return None
    text = " ".join(w.text for w in line.words[a:b])
    parsed = find_time(text)
    if parsed is None or parsed.start != 0 or text[parsed.end :].strip(" ."):
        return None
    return line.words[a].x0, parsed


def _minutes(value: str) -> int:
    return int(value[:2]) * 60 + int(value[3:5])


def _next_at(page: PageText, li: int, x0: float, step: int) -> _Cell | None:
    """The nearest run starting at ``x0`` above (step -1) or below (step 1) line ``li``,
    within STACK line heights."""
    here = page.lines[li]
    height = max(here.bottom - here.top, 6.0)
    k = li + step
    while 0 <= k < len(page.lines):
        other = page.lines[k]
        gap = other.top - here.bottom if step > 0 else here.top - other.bottom
        if gap > height * STACK:
            return None
        if (cell := _cell_at(other, k, x0)) is not None:
            return cell
        k += step
    return None


def sun_pair(pages: Sequence[PageText]) -> tuple[Parsed, Parsed] | None:
    """A morning time over an evening time, each alone at the end of its line in one column,
    with the weather under them and no other lone time above or below the pair."""
    for page in pages:
        for li, line in enumerate(page.lines):
            rise = _lone_time(line)
            if rise is None or not RISE[0] <= _minutes(rise[1].value) < RISE[1]:
                continue
            below = _next_at(page, li, rise[0], 1)
            fall = _lone_time(page.lines[below.line]) if below is not None else None
            if below is None or fall is None or abs(fall[0] - rise[0]) > ALIGN:
                continue
            if not SET[0] <= _minutes(fall[1].value) <= SET[1]:
                continue
            above = _next_at(page, li, rise[0], -1)
            weather = _next_at(page, below.line, rise[0], 1)
            if above is not None and find_time(above.text) is not None:
                continue  # a column of times (a running order), not the sun's pair
            if weather is None or not _WEATHER.search(weather.text):
                continue
            return rise[1], fall[1]
    return None


def hospital_block(
    pages: Sequence[PageText], region: str | None, taken: set[tuple[int, int]]
) -> Hospital | None:
    """A run whose words name a hospital, with a whole address on the next line under it (and
    a phone number after it, if any); ``taken`` are the (page, line) a place label owns (a set
    in a hospital's old wing is the set, not the hospital)."""
    for p, page in enumerate(pages):
        for li, line in enumerate(page.lines):
            if (p, li) in taken:
                continue
            for a, b in runs(line):
                name = " ".join(w.text for w in line.words[a:b])
                if not _HOSPITAL_NAME.search(name) or len(name.split()) > NAME_WORDS:
                    continue
                if find_time(name) is not None or name.rstrip().endswith(":"):
                    continue
                found = _address_under(page, li, line.words[a].x0, region)
                if found is not None:
                    address, phone = found
                    return Hospital(name.strip(" ,"), address, phone)
    return None


def _address_under(
    page: PageText, li: int, x0: float, region: str | None
) -> tuple[str, str | None] | None:
    """The whole address on the run under line ``li`` at ``x0``, and a phone under that."""
    below = _next_at(page, li, x0, 1)
    if below is None or below.line - li > 2:
        return None
    found = find_addresses(below.text)
    if not found or found[0].start > 2 or len(found[0].text) < len(below.text) - 3:
        return None  # the whole line is the address, not a sentence that names one
    after = _next_at(page, below.line, x0, 1)
    phones = find_phones(after.text, region) if after is not None else []
    return found[0].text.rstrip(" ."), (phones[0] if phones else None)
