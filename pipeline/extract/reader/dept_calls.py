"""The crew's call as one row of a department call table (Movie Magic / EP-style sheets).

Such a sheet prints no "Crew call: 07:00" label: a table lists each department's call in order
of arrival ("Production / Locations 05:30", "Hair / Make-Up 06:00", ... "Camera 06:45"), and the
crew's call is the row named for everyone else ("ALL CREW 07:00", "UNIT (all other crew) 0730",
"GENERAL CREW 08:00"). The earlier rows are the departments that come in before the crew; the
table's heading ("DEPARTMENT CALL") is no crew call either.

The same sheets often print "CREW CALL" as the heading of a list of people's own calls
("1st AD  Sean Quinn  07:15", "DoP  Aoife Brennan  07:30"): the first person's time under it is
not the crew's call (``heads_a_people_list``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText
from pipeline.extract.reader.times import find_time

DEPT_ROW = 0.9  # the row named for the whole crew in a table of department calls
# the row's name: the whole crew, or "everyone not listed" ("UNIT (all other crew)")
_CREW_ROW = lazy(
    r"^(?:(?:all|general|main|full|whole|entire|rest\s+of(?:\s+the)?|remaining|other)\s+){0,2}"
    r"(?:crew|unit|équipe|equipe|ekipa|equipo|troupe)(?:\s+call)?"
    # Polish "Ekipa zdjęciowa / techniczna" (the shooting / technical crew)
    r"(?:\s+(?:zdjęciowa|techniczna))?"
    r"(?:\s*\((?:all\s+)?(?:other|remaining|rest\s+of(?:\s+the)?)?\s*"
    r"(?:crew|departments?|depts?\.?|unit)(?:\s+not\s+listed)?\)|\s+not\s+listed"
    # ... "(wszyscy pozostali)", "(pozostali)": everyone else
    r"|\s*\((?:wszyscy\s+)?pozostali\))?"
    r"\s*[:.\u2013-]?$",
    re.I,
)
_COLUMN = 8.0  # points: rows of one table start within this of one another
_REACH = 4  # lines above and below searched for the table's other rows
_TABLE_ROWS = 2  # other rows of "name  time" needed around the crew's row


def _rows(line: Line) -> list[tuple[str, str, float]]:
    """Every (name, time, x of the name) of ``line``: a run that ends with a time after words
    ("Sound 08:00"), or runs of words followed by a run that is a time alone ("1st AD | Sean
    Quinn | 07:15"; at most three runs of words)."""
    out: list[tuple[str, str, float]] = []
    texts = [" ".join(w.text for w in line.words[a:b]) for a, b in runs(line)]
    starts = [line.words[a].x0 for a, _ in runs(line)]
    k = 0
    while k < len(texts):
        parsed = find_time(texts[k])
        if parsed is not None and parsed.start > 0 and not texts[k][parsed.end :].strip():
            out.append((texts[k][: parsed.start].strip(), str(parsed.value), starts[k]))
            k += 1
            continue
        if parsed is not None:
            k += 1
            continue
        for m in range(k + 1, min(len(texts), k + 4)):
            after = find_time(texts[m])
            if after is not None:
                if after.start == 0 and not texts[m][after.end :].strip():
                    out.append((" ".join(texts[k:m]), str(after.value), starts[k]))
                break
        k += 1
    return out


def _row(line: Line, x0: float) -> tuple[str, str, float] | None:
    """The (name, time, x) row of ``line`` whose name starts at ``x0``."""
    return next((r for r in _rows(line) if abs(r[2] - x0) <= _COLUMN), None)


def _crew_row(line: Line, known: Collection[str]) -> tuple[str, float] | None:
    """(time, x) of a row of ``line`` named for the whole crew, by a name that is no crew-call
    label of its own (``known``: "Unit call 0700" in a running order is the labels' to read)."""
    return next(
        (
            (t, x)
            for name, t, x in _rows(line)
            if _CREW_ROW.match(name) and " ".join(name.lower().split()).strip(" :.-") not in known
        ),
        None,
    )


def _table_rows(lines: Sequence[Line], i: int, x0: float) -> int:
    """How many lines near line ``i`` hold a 'name  time' row starting at ``x0``."""
    near = range(max(0, i - _REACH), min(len(lines), i + _REACH + 1))
    return sum(1 for j in near if j != i and _row(lines[j], x0) is not None)


def crew_row_call(
    pages: Sequence[PageText],
    known: Collection[str] = (),
    skip: Callable[[int, Line], bool] | None = None,
) -> str | None:
    """The time of the row named for the whole crew in a table of department calls; None when
    no such row, or rows that disagree. ``known``: the crew-call labels' phrases (rows the
    labels read); ``skip(page, line)`` leaves out lines (another day's)."""
    found: set[str] = set()
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            if skip is not None and skip(p, line):
                continue
            row = _crew_row(line, known)
            if row is not None and _table_rows(page.lines, i, row[1]) >= _TABLE_ROWS:
                found.add(row[0])
    return found.pop() if len(found) == 1 else None


def heads_a_people_list(page: PageText, line_index: int, x0: float) -> bool:
    """Whether a call label at ``x0`` that stands alone on its line heads rows of people's (or
    departments') own calls: the lines under it, in its column, are 'role / name  time' rows,
    none named for the whole crew."""
    lines = page.lines
    if find_time(lines[line_index].text) is not None:
        return False
    below = 0
    for j in range(line_index + 1, min(len(lines), line_index + 1 + _REACH)):
        row = _row(lines[j], x0)
        if row is None:
            break
        if _CREW_ROW.match(row[0]):
            return False
        below += 1
    return below >= _TABLE_ROWS


_COLUMN_TIMES = 2  # people's own calls under a table's "Call" heading: several rows of times
# ... or one row, under headings that say the rows are people ("NAME  ROLE  CALL"), and their
# Polish, Czech, Croatian, Latvian, Hungarian words ("Pion  Osoba  Tel.  Zbiórka", "Profese  Jméno
# Tel.  Sraz"), Spanish and Portuguese ("DEPARTAMENTO  NOMBRE  TEL.  LLAMADO"), French ("NOM
# TÉL."), Italian ("NOME")
_PEOPLE_HEADINGS = lazy(
    r"(?<!\w)(?:name|role|character|cast|talent|phone|mobile|cell|tel|position|department|dept"
    r"|imię|rola|postać|telefon|osoba|pion|dział|funkcja|stanowisko"
    # Polish "KTO" (who): a transport table's rows are the groups riding ("KTO  ZBIÓRKA
    # WYJAZD Z BAZY  DOKĄD"), each with its own gathering time
    r"|kto"
    r"|jméno|funkce|profese|oddělení|ime|uloga|odjel|vārds|amats|tālrunis|név|beosztás"
    r"|nombre|nome|nom|tél|teléfono|telefone|telefono|celular|móvil|cargo|personaje)(?!\w)",
    re.I,
)


_TALENT = lazy(r"\b(?:character|cast|talent|wardrobe|obsada|postać)\b", re.I)


def heads_a_time_column(
    page: PageText, line_index: int, x0: float, x1: float, call: str | None
) -> bool:
    """Whether a call label heads a column of a people table ("Role  Name  Phone  Call") that
    is no rival to the day's ``call``: a cast's own calls, or a list in which some rows keep
    the crew's call (the others come in at their own times)."""
    times = column_times(page, line_index, x0, x1)
    if times is None:
        return False
    lines = page.lines
    above = lines[line_index - 1].text if line_index > 0 else ""
    return call in times or bool(_TALENT.search(lines[line_index].text + " " + above))


def heads_department_column(page: PageText, line_index: int, x0: float, x1: float) -> bool:
    """Whether a call label heads the time column of a table of departments ("Pion  Osoba
    Zbiórka") none of whose rows is named for the whole crew: each row is that department's
    own call, no rival to a call a label names for the crew."""
    times = column_times(page, line_index, x0, x1)
    return times is not None and _departments_own(page, line_index, len(times))


# a table's heading that says each row is a department ("Pion  Osoba  Telefon  Zbiórka",
# "Department  Name  Call"): each row is that department's own call, which comes before or
# after the crew's by design, so no row of it contradicts a call a label names for the crew -
# unless one row is named for the whole crew ("Ekipa 7:00"), which the crew-row reading weighs
_DEPARTMENTS = lazy(
    r"(?<!\w)(?:pion|piony|dział|działy|department|departments|dept\.?|depts\.?|oddělení"
    r"|odjel|departamento|département|abteilung)(?!\w)",
    re.I,
)


def _departments_own(page: PageText, line_index: int, rows: int) -> bool:
    """Whether the headings at ``line_index`` name departments and none of the ``rows`` under
    them is named for the whole crew."""
    lines = page.lines
    if not _DEPARTMENTS.search(lines[line_index].text):
        return False
    under = lines[line_index + 1 : line_index + 1 + rows]
    return not any(_CREW_ROW.match(line.text.split("  ")[0]) for line in under) and not any(
        _CREW_ROW.match(" ".join(line.text.split()[:2])) or _CREW_ROW.match(line.text.split()[0])
        for line in under
        if line.text.split()
    )


def heads_people_column(page: PageText, line_index: int, x0: float, x1: float) -> bool:
    """Whether a call label, whatever its strength, is one heading of a people table's row of
    headings ("Pion  Osoba  Telefon  Zbiórka", "Name  Role  Phone  Call Time") over a column of
    times: each row's own call, weighed against the day's call like a generic "Call" column."""
    head = _headings(page.lines[line_index], x0)
    if head is None or not _PEOPLE_HEADINGS.search(head):
        return False
    return column_times(page, line_index, x0, x1) is not None


def _headings(head: Line, x0: float) -> str | None:
    """The text of a table's row of headings that holds the call label at ``x0``: the whole
    line, or only its runs right of a sidebar's timed run printed on the same line
    ("Wschód słońca: 6:50     PION   OSOBA   TELEFON   ZBIÓRKA"); None when a time stands
    among the headings themselves or fewer than three headings remain."""
    cells = runs(head)
    timed = [
        b
        for a, b in cells
        if find_time(" ".join(w.text for w in head.words[a:b])) and head.words[b - 1].x1 < x0
    ]
    start = max(timed, default=0)
    kept = [(a, b) for a, b in cells if a >= start]
    text = " ".join(w.text for w in head.words[start:])
    if find_time(text) is not None or len(kept) < 3:
        return None
    return text


def column_times(page: PageText, line_index: int, x0: float, x1: float) -> list[str] | None:
    """The times under a call label that heads one column of a table: its line holds other
    headings and no time, and the lines under it print a time in its column, one a row."""
    lines = page.lines
    head = _headings(lines[line_index], x0)
    if head is None:
        return None
    need = 1 if _PEOPLE_HEADINGS.search(head) else _COLUMN_TIMES
    times: list[str] = []
    left = lines[line_index].x0
    for j in range(line_index + 1, min(len(lines), line_index + 1 + _REACH)):
        if all(w.x1 < left for w in lines[j].words):
            continue  # a sidebar's line, printed between the table's rows: not the table's
        cell = " ".join(
            w.text for w in lines[j].words if w.x1 >= x0 - _COLUMN and w.x0 <= x1 + _COLUMN
        )
        hit = find_time(cell)
        if hit is None:
            break
        times.append(str(hit.value))
    return times if len(times) >= need else None


def in_department_table(page: PageText, line_index: int, x0: float) -> bool:
    """Whether the run at ``x0`` on line ``line_index`` opens a row of a table whose heading
    over that column names departments ("Pion  Osoba  Telefon  Zbiórka" over "Produkcja
    Tadeusz Lach  5.30"): the row's first cell is a department, not a production label's
    value. The rows between it and the heading print a time each; a sidebar's lines, left of
    the table, are passed over."""
    lines = page.lines
    for j in range(line_index - 1, max(-1, line_index - 1 - _REACH), -1):
        line = lines[j]
        if all(w.x1 < x0 - _COLUMN for w in line.words):
            continue  # a sidebar's line between the table's rows
        first = next((w for w in line.words if w.x1 >= x0 - _COLUMN), None)
        if first is None or abs(first.x0 - x0) > _COLUMN:
            return False
        if _DEPARTMENTS.match(first.text) and find_time(line.text) is None:
            return True
        if find_time(line.text) is None:
            return False
    return False


# A UK department call table prints two time columns: "PRE-CALL", the hour a department comes
# in before the unit, and "CALL", the unit call every crew department keeps ("DEPARTMENT  HOD
# PRE-CALL  CALL  NOTES": "Art dept  6.30am  7.30am", "Camera  -  7.30am", "Band  -  9.00am").
# The time most rows share in the CALL column is the crew's call: the pre-called departments
# still list it, only the talent's rows differ.
_PRE_CALL = lazy(r"^pre[-\s]?calls?$", re.I)
_CALL_HEAD = lazy(r"^(?:unit\s+)?call(?:\s+time)?$", re.I)
SHARED_CALL = 0.88  # the time most departments share under a CALL column beside a PRE-CALL one
_SHARED_ROWS = 3  # department rows that must print the shared time
_TABLE_MAX = 16  # rows read under the headings


def _call_columns(line: Line) -> tuple[float, float, float] | None:
    """(x0, x1) of the CALL heading and the PRE-CALL heading's x0 on a row of headings that
    names departments and prints a PRE-CALL heading left of a CALL one; None otherwise."""
    if not _DEPARTMENTS.search(line.text) or find_time(line.text) is not None:
        return None
    cells = [line.words[a:b] for a, b in runs(line)]
    pre = next((c for c in cells if _PRE_CALL.match(" ".join(w.text for w in c))), None)
    if pre is None:
        return None
    call = next(
        (
            c
            for c in cells
            if c[0].x0 > pre[-1].x1 and _CALL_HEAD.match(" ".join(w.text for w in c))
        ),
        None,
    )
    return None if call is None else (call[0].x0, call[-1].x1, pre[0].x0)


def _cell_time(line: Line, x0: float, x1: float) -> str | None:
    words = [w for w in line.words if w.x1 >= x0 - _COLUMN and w.x0 <= x1 + _COLUMN]
    if not words:
        return None
    hit = find_time(" ".join(w.text for w in words))
    return None if hit is None else str(hit.value)


def shared_call_column(
    pages: Sequence[PageText], skip: Callable[[int, Line], bool] | None = None
) -> str | None:
    """The time most rows of a department table's CALL column share, when a PRE-CALL column
    stands left of it and every pre-call printed is earlier than that time; None when no such
    table, fewer than ``_SHARED_ROWS`` rows share a time, no time is shared by more than half
    the rows, or two tables disagree."""
    found: set[str] = set()
    for p, page in enumerate(pages):
        lines = page.lines
        for i, line in enumerate(lines):
            if skip is not None and skip(p, line):
                continue
            cols = _call_columns(line)
            if cols is None:
                continue
            x0, x1, pre_x0 = cols
            calls: list[str] = []
            pres: list[str] = []
            for row in lines[i + 1 : i + 1 + _TABLE_MAX]:
                t = _cell_time(row, x0, x1)
                if t is None:
                    break
                calls.append(t)
                pre = _cell_time(row, pre_x0, x0 - 2 * _COLUMN)
                if pre is not None:
                    pres.append(pre)
            if not calls:
                continue
            best = max(set(calls), key=calls.count)
            n = calls.count(best)
            if n < _SHARED_ROWS or 2 * n <= len(calls) or any(t >= best for t in pres):
                continue
            found.add(best)
    return found.pop() if len(found) == 1 else None
