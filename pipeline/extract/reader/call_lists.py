"""Several calls on one line, the crew's among them.

A sheet may print the day's calls as one list: "CALLS: HMU 5.45am / CREW 6.45am / CAST as per
schedule", "Call: 0700 (crew) / 0600 (HMU)", or its labels and times in two lists of one
order: "Crew / HMU call: 08:00 / 06:45". No label owns one time there (fields.py finds none),
but the list says whose each time is: the one named for the crew or the unit is the day's call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line
from pipeline.extract.reader.values import find_times

# Who a listed call is for, when it is the crew's (the words sheets use for the whole crew)
_CREW = lazy(
    r"^(?:(?:main|general|all|full|shooting|tech(?:nical)?)\s+)?(?:crew|unit|équipe|equipe"
    r"|ekipa|equipo|troupe|team)(?:\s+call)?$",
    re.I,
)
# A line that lists calls: its label says so ("CALLS:", "Call:", "Crew / HMU call:")
_CALL_WORD = r"(?:calls?|appels?|convocations?|citaci(?:ón|ones)|convocatorias?)"
_LIST_LABEL = lazy(rf"^(?P<label>[^:]{{0,40}}?\b{_CALL_WORD})\s*:\s*(?P<rest>.+)$", re.I)
_SPLIT = lazy(r"\s+[/|·]\s+|\s*;\s*")
_TAG = lazy(r"^\(?(?P<tag>[^\W\d_][^()]*?)\)?$")


def crew_call_in_list(lines: Iterable[str]) -> str | None:
    """The crew's time on a line that lists several calls, or None."""
    for line in lines:
        m = _LIST_LABEL.match(line.strip())
        if m is None:
            continue
        parts = [p.strip() for p in _SPLIT.split(m["rest"]) if p.strip()]
        if len(parts) < 2:
            continue
        found = _tagged(parts) or _paired(m["label"], parts)
        if found is not None:
            return found
    return None


def _tagged(parts: list[str]) -> str | None:
    """ "HMU 5.45am / CREW 6.45am", "0700 (crew) / 0600 (HMU)": each part a time and whose."""
    crew: list[str] = []
    for part in parts:
        times = find_times(part)
        if len(times) != 1:
            continue
        rest = (part[: times[0].start] + " " + part[times[0].end :]).strip(" ,-:")
        tag = _TAG.match(rest)
        if tag is not None and _CREW.match(tag["tag"].strip()):
            crew.append(times[0].value)
    return crew[0] if len(crew) == 1 else None


def _paired(label: str, parts: list[str]) -> str | None:
    """ "Crew / HMU call: 08:00 / 06:45": the label's names and the times in one order."""
    names = [n.strip() for n in _SPLIT.split(re.sub(rf"\b{_CALL_WORD}$", "", label, flags=re.I))]
    names = [n for n in names if n]
    times = [find_times(p) for p in parts]
    if len(names) != len(parts) or any(len(t) != 1 or t[0].start != 0 for t in times):
        return None
    crew = [t[0].value for n, t in zip(names, times, strict=True) if _CREW.match(n)]
    return crew[0] if len(crew) == 1 else None


# A running order's row for the crew: "1:00 PM [FILM] FILM CREW CALL - all camera crew",
# "0630  Unit call at base", "15:30 (film) Film crew call": the time first, then a tag in
# brackets, a word for which crew, and the crew's call. The other rows (gates, changeovers,
# stage times, meals) are what happens at their times, never the crew's call.
_WHICH_CREW = r"(?:(?:film|main|full|general|shooting|whole|tech(?:nical)?)\s+){0,2}"
_ROW_TAG = r"(?:[\[(][^\[\]()]{1,20}[\])]\s*)?"
_SEPARATOR = r"(?:[-\u2013\u2014:|·]\s*)?"


# A table's pattern, built once: call_clash asks for it once per line of a sheet, and building
# it (every strong phrase escaped, a long alternation looked up in re's cache) cost about a
# third of a sheet's reading. Keyed by the table's id, with a copy of its items to compare, so
# a table changed since (or another dict at the same address) builds its own.
_CREW_PATTERNS: dict[int, tuple[dict[str, float], re.Pattern[str]]] = {}


def _crew_phrases(table: dict[str, float]) -> re.Pattern[str]:
    known = _CREW_PATTERNS.get(id(table))
    if known is not None and known[0] == table:
        return known[1]
    strong = sorted((p for p, q in table.items() if q >= 0.95), key=len, reverse=True)
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in strong)
    pattern = re.compile(rf"^{_SEPARATOR}{_ROW_TAG}{_SEPARATOR}{_WHICH_CREW}(?:{alts})\b", re.I)
    if len(_CREW_PATTERNS) >= 16:  # tables are the lexicon's constants; never many
        _CREW_PATTERNS.clear()
    _CREW_PATTERNS[id(table)] = (dict(table), pattern)
    return pattern


def _someone_elses(after: str) -> bool:
    """'5:30 Zbiórka produkcji / wyjazd', '06:00 Crew call camera': the word right after a
    row's call phrase names whose call it is, another department's, not the whole crew's
    ('Crew call - first venue' after a dash is a note on the crew's call)."""
    word = re.match(r"^\s*([^\W\d_][\w-]*)", after)
    return word is not None and word.group(1).lower() in L.NOT_CREW_AFTER


def crew_call_in_timeline(lines: Iterable[str], table: dict[str, float]) -> str | None:
    """The crew's call read from a running order's row that names it ("07:00 Crew call"), when
    the rows that do agree on one time; None otherwise. ``table`` is the crew call's phrases."""
    crew = _crew_phrases(table)
    found: set[str] = set()
    for line in lines:
        text = line.strip()
        times = find_times(text)
        if not times or times[0].start != 0:
            continue
        first = times[0]
        rest = text[first.end :]
        # "07:00-07:30 Crew call": a span's end is the row's too
        if len(times) > 1 and re.match(r"^\s*[-\u2013]\s*$", text[first.end : times[1].start]):
            rest = text[times[1].end :]
        m = crew.match(rest.strip())
        if m is not None and not _someone_elses(rest.strip()[m.end() :]):
            found.add(str(first.value))
    return found.pop() if len(found) == 1 else None


def crew_call_in_timetable(lines: Iterable[Line], table: dict[str, float]) -> str | None:
    """The crew's call read from a timetable's row whose cells are parted by gaps: the row's
    time alone in its first cell, the crew's call opening a later cell ('5:30 | Stara Karczma,
    ganek | ZBIÓRKA EKIPY, kawa | cała ekipa' under 'GODZ. | GDZIE | CO | KTO'): the place
    cell between is where, the call cell what happens at the row's time. The rows that do
    must agree on one time; a call cell that names another department's is not the crew's;
    a call cell with a time of its own is its label's to read. None otherwise."""
    crew = _crew_phrases(table)
    found: set[str] = set()
    for line in lines:
        cells = [" ".join(w.text for w in line.words[a:b]).strip() for a, b in runs(line)]
        if len(cells) < 2:
            continue
        times = find_times(cells[0])
        if len(times) != 1 or times[0].start != 0 or cells[0][times[0].end :].strip():
            continue
        for cell in cells[1:]:
            m = crew.match(cell)
            if m is None or find_times(cell):
                continue
            if not _someone_elses(cell[m.end() :]):
                found.add(str(times[0].value))
            break
    return found.pop() if len(found) == 1 else None
