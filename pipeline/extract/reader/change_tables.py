"""A revised sheet's table of changes: "CO | BYŁO | JEST", "ITEM | WAS | NOW", "OLD | NEW",
"ALT | NEU", "ANCIEN | NOUVEAU", one row a changed field ("Zbiórka ekipy | 7:00 | 8:00").

The row's value under the new-value heading is a revision of the row's field, as a "CALL NOW
8:00" line is; the value under the old-value heading is the one it replaced. call_finder.py
weighs it with the sheet's other revisions: two that disagree keep the field in review.

A heading row is one whose cells are each a word of the lists below (the first cell, what
changed, may be any word: "CO", "ITEM", "Položka"), one old-value heading left of one
new-value heading, and no time; a row of the table is within a few lines under it.
"""

from __future__ import annotations

from pipeline.extract.reader.labelling import Label, runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText
from pipeline.extract.reader.parsed import Parsed
from pipeline.extract.reader.times import find_time

# The heading over the new values: PL, EN, DE, FR, ES, IT, CS / SK, HR, LV, HU, RO, NL, Nordic
NEW_HEADINGS = frozenset(
    {
        "jest",
        "teraz",
        "nowa",
        "nowy",
        "nowe",
        "now",
        "new",
        "revised",
        "neu",
        "jetzt",
        "nouveau",
        "nouvelle",
        "maintenant",
        "nuevo",
        "nueva",
        "ahora",
        "nuovo",
        "ora",
        "nyní",
        "nově",
        "nové",
        "nový",
        "novo",
        "sada",
        "jaunais",
        "tagad",
        "új",
        "nou",
        "acum",
        "nieuw",
        "ny",
    }
)
# ... and over the old ones
OLD_HEADINGS = frozenset(
    {
        "było",
        "bylo",
        "stare",
        "stary",
        "stara",
        "poprzednio",
        "was",
        "old",
        "previous",
        "before",
        "alt",
        "bisher",
        "vorher",
        "ancien",
        "ancienne",
        "avant",
        "anterior",
        "antes",
        "vecchio",
        "prima",
        "původně",
        "původní",
        "staro",
        "prije",
        "bilo",
        "vecais",
        "iepriekš",
        "régi",
        "vechi",
        "oud",
        "gammel",
    }
)
_REACH = 6  # rows of a change table under its heading row
_SLACK = 15.0  # points a value may stand left or right of its heading's cell


# 'BYŁO (wersja 1)', 'NOW (v3)', 'NEU (Stand 12.05.)': a heading's note in brackets after it
_NOTE = lazy(r"\s*\([^()]{1,24}\)$")


def _cells(line: Line) -> list[tuple[str, float, float]]:
    """Each run of a line as (its words lowercased, without a colon or a bracketed note after
    them), x0, x1)."""
    out = []
    for a, b in runs(line):
        text = " ".join(w.text for w in line.words[a:b]).strip(" :")
        text = _NOTE.sub("", text).strip(" :").lower()
        out.append((text, line.words[a].x0, line.words[b - 1].x1))
    return out


def heading_columns(line: Line) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The (x0, x1) of the old-value and the new-value headings of a change table's heading
    row, or None when the line is no such row."""
    if find_time(line.text) is not None:
        return None
    cells = _cells(line)
    if not 3 <= len(cells) <= 4:
        return None
    old = [(x0, x1) for t, x0, x1 in cells[1:] if t in OLD_HEADINGS]
    new = [(x0, x1) for t, x0, x1 in cells[1:] if t in NEW_HEADINGS]
    others = [t for t, _, _ in cells[1:] if t not in OLD_HEADINGS | NEW_HEADINGS]
    if len(old) != 1 or len(new) != 1 or others or old[0][0] >= new[0][0]:
        return None
    return old[0], new[0]


def _in_column(line: Line, xs: list[float]) -> bool:
    """Whether a line holds a word that starts where one of the label's row's words does
    (within a few points): a row of the same table."""
    return any(abs(w.x0 - x) <= _SLACK for w in line.words for x in xs)


def _cell_time(line: Line, span: tuple[float, float]) -> Parsed | None:
    x0, x1 = span
    text = " ".join(w.text for w in line.words if w.x0 >= x0 - _SLACK and w.x0 <= x1 + _SLACK)
    return find_time(text) if text else None


def changed_value(page: PageText, label: Label) -> tuple[Parsed, set[str]] | None:
    """The new time a change table's row gives for ``label``'s field and the old time it
    replaces, where it is printed and not struck out ('Zbiórka ekipy | 7:00 | 8:00'): the
    label opens a row of a table under a heading row of old and new values, and a time stands
    under the new-value heading. None for any other label."""
    if label.start != 0:
        return None
    row = page.lines[label.line]
    new_x = [w.x0 for w in row.words[label.end :]]
    for j in range(label.line - 1, max(-1, label.line - 1 - _REACH), -1):
        columns = heading_columns(page.lines[j])
        if columns is None:
            if not _in_column(page.lines[j], new_x):
                return None  # a line that is no row of a table over the label's row
            continue
        old_span, new_span = columns
        if row.words[label.end - 1].x1 > old_span[0]:
            return None  # the label runs into the values' columns: not the first cell
        new = _cell_time(row, new_span)
        if new is None:
            return None
        old = _cell_time(row, old_span)
        return new, ({str(old.value)} if old is not None else set())
    return None
