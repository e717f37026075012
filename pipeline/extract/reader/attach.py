"""Give each run of text to the nearest label whose cell holds it (labels: labelling.py).

A label's cell is the text right of it on its line (up to the next label or a wide gap) and,
when nothing follows it there, the lines below it in its column: bounded left and right by the
labels or text beside it on its row, and downwards by the next row of labels, a line of text that
starts left of the column and runs across it, or a wide vertical gap. A run claimed by two labels
goes to the nearer one, so a value is read once, by the label that owns it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.addresses import address_score, find_addresses
from pipeline.extract.reader.captions import value_before
from pipeline.extract.reader.grid_rows import row_below
from pipeline.extract.reader.labelling import (
    _DATE_KINDS,
    _TIME_KINDS,
    GLOSS_WORD,
    VALUE_GAP,
    Label,
    _height,
    cell_numbers,
    find_all_labels,
    fits,
    list_tag,
    runs,
    tag_at,
)
from pipeline.extract.reader.layout import RIGHT_GAP, norm
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.values import find_dates, find_time
from pipeline.extract.reader.worded_value import worded_after_colon

__all__ = ["Label", "Piece", "attach", "column", "find_all_labels", "fits", "runs"]

BELOW_LINES = 5  # a value block below a label is at most this many lines
FAR_GAP = 250.0  # points; a label column may sit this far left of its value column
LEFT_SLACK = 40.0  # points a column reaches left of a label with nothing beside it
ALIGN_X = 3.0  # points; a value flush left under its label starts within this of it
INSET_X = 8.0  # points; a value set in under its heading (a box's padding) starts within this
COLUMN_GAP = 20.0  # points; the least gap between a value and the next column's heading
_FIELD_START = lazy(r"^[^\W\d][\w\s&/'-]{1,25}:")  # "Sunrise: ..." starts another field
_PLACEHOLDER = lazy(r"^#?\s*\d{1,2}$|^time$", re.I)


@dataclass(frozen=True)
class Piece:
    """A run of words owned by a label: beside it (below=False) or in its cell below."""

    page: int
    line: int
    start: int
    text: str
    below: bool
    distance: float
    x0: float = 0.0


# --- cells -----------------------------------------------------------------------------------


def _right_piece(
    page: PageText, label: Label, labels_here: list[Label], far: bool = False
) -> Piece | None:
    """The run right of a label on its line; ``far`` reaches across a column gap."""
    words = page.lines[label.line].words
    line = page.lines[label.line]
    stops = {_first_language(line, h, label.end) for h in labels_here if h.start >= label.end}
    stops |= cell_numbers(words)
    out: list[str] = []
    last = words[label.end - 1].x1
    gap0 = None
    x0 = 0.0
    reach = RIGHT_GAP * (2 if words[label.end - 1].text.endswith(":") else 1)
    reach = FAR_GAP if far else reach
    for i in range(label.end, len(words)):
        w = words[i]
        if not out and w.text.strip() == ":" and w.x0 - last <= VALUE_GAP:
            last, reach = w.x1, max(reach, RIGHT_GAP * 2)  # "Motiv :" (French spacing)
            continue
        leaders = all(set(t) <= {".", "\u2026"} for t in out)  # ". . . . 07:00": still reaching
        too_far = w.x0 - last > (reach if leaders else VALUE_GAP)
        if too_far or i in stops or (out and _stop_word(words, i)):
            break
        if gap0 is None:
            gap0, x0 = w.x0 - last, w.x0
        if out and leaders and not _LEADER.match(w.text):
            x0 = w.x0  # 'Miejsce zdjęć ........ Jasna Góra': the value starts after the dots
        elif _LEADER.match(w.text) and not (out and leaders) and len(out) <= LABEL_TAIL:
            # 'Baza i parking ........ ul. 7 Kamienic': the label's words run on to its dot
            # leaders; the value is what follows them
            out, x0 = [], w.x0
        out.append(w.text)
        last = w.x1
    text = " ".join(out).strip(" :-\u2013").lstrip(".\u2026 ")  # leader dots: "Call ..... 7:00"
    if label.kind != "heading":  # a bilingual label's slash: "Lieu de tournage / Location"
        text = text.lstrip("/ ")  # (a heading keeps it: "FEUILLE DE SERVICE / CALL SHEET")
    if not text:
        return None
    distance = (gap0 or 0.0) if far else (gap0 or 0.0) / 1000
    return Piece(label.page, label.line, label.end, text, False, distance, x0)


def _first_language(line: Line, other: Label, end: int) -> int:
    """Where the next label on the line starts: 'BASE / ESTACIONAMENTO / UNIT BASE' is one
    heading, its first languages' words (a word or four, no digit) across a cell gap before
    the known label; the label's own start when the words before its slash are a value."""
    start = _bilingual_start(line, other)
    if not end <= start < other.start:
        return other.start
    between = [w.text for w in line.words[start : other.start] if w.text not in ("/", "|")]
    if len(between) > 4 or not all(GLOSS_WORD.match(t) for t in between):
        return other.start
    return start


_LEADER = lazy(r"^(?:\.{3,}|\u2026+)$")  # a typed form's dot leaders, label to value
LABEL_TAIL = 3  # words of a label that may run on past its known phrase to its dot leaders


COLUMN_ROWS = 3  # labels whose values start at one x across a gap make a label column


def _value_starts(page: PageText, labels: list[Label]) -> list[float]:
    """Where the values of the labels that open their lines start, across a gap from them."""
    out = []
    for h in labels:
        words = page.lines[h.line].words
        if h.start != 0 or h.end >= len(words):
            continue
        if words[h.end].x0 - words[h.end - 1].x1 > VALUE_GAP:
            out.append(words[h.end].x0)
    return out


def _column_value(
    page: PageText, label: Label, page_labels: list[Label], starts: list[float]
) -> Piece | None:
    """'HOSPITAL        Wellington Regional Hospital, 49 Riddiford St': labels down the left
    edge on consecutive rows, each value starting in one column across a gap. The text on a
    place label's own row at that column is its value, before any line below it (the next
    section's heading). Times keep their own rules (a timeline may share the row)."""
    if label.kind == "production":
        return _keyed_title(page, label, page_labels)
    if label.kind not in L.NUMBERED_KINDS | {"address"}:
        return None
    stacked = (
        label.kind in L.NUMBERED_KINDS
        and label.start == 0
        and any(
            o.start == 0 and o.line == label.line - 1 and abs(o.x0 - label.x0) <= ALIGN_X
            for o in page_labels
        )
    )
    here = [o for o in page_labels if o.line == label.line]
    far = _right_piece(page, label, here, far=True)
    if far is None or _PLACEHOLDER.match(far.text) or far.x0 - label.x1 <= VALUE_GAP:
        return None
    aligned = sum(abs(x - far.x0) <= ALIGN_X for x in starts)  # its own start is counted
    if stacked:
        if aligned < COLUMN_ROWS:
            return None  # its own value start is counted: two other labels share it
    elif not _left_edge_form(page, label, page_labels, aligned, far.x0) and not _label_column(
        page, label, page_labels, far
    ):
        return None
    return replace(far, distance=far.distance / 1000)


def _left_edge_form(
    page: PageText, label: Label, page_labels: list[Label], aligned: int, value_x0: float
) -> bool:
    """A form of labels down the left edge, their values at one x across the gap, the label
    under a section's heading ('MEDICINA' over 'Artimiausia ligoninė    VšĮ ...'); its place's
    'ADDRESS' row too ('Adresse / Address    Torvet 15, 6760 Ribe'). Text flush under the
    label is its value ('LOCATION' over 'Harbour Mill'), but not under an address's row when
    that line is the next key and value of the form ('Motiv / Set   skibet og ...': a key the
    reader knows no label in; an address is one line)."""
    return (
        label.kind in L.NUMBERED_KINDS | {"address"}
        and label.start == 0
        and aligned > COLUMN_ROWS
        and (
            not _own_text_under(page, label, page_labels)
            or (label.kind == "address" and _key_value_row_below(page, label, value_x0))
        )
    )


def _label_column(page: PageText, label: Label, page_labels: list[Label], far: Piece) -> bool:
    """Labels on consecutive rows with their values across the gap, not a label over its
    value; its own row is counted: a table of keys and values, labels or not."""
    if (
        not _key_value_row_below(page, label, far.x0)
        or not _whole_address(far.text)
        or _under_a_heading(page_labels, label, far.x0)
    ):
        return False
    return sum(_key_value_row(line, label.x0, far.x0) for line in page.lines) >= COLUMN_ROWS


def _own_text_under(page: PageText, label: Label, page_labels: list[Label]) -> bool:
    """'LOCATION' over 'Naas Racecourse' in its own column: text flush under the label on the
    next line that opens no label of its own is the label's value, beside a schedule's
    heading across the gap."""
    nxt = label.line + 1
    if nxt >= len(page.lines):
        return False
    flush = [w for w in page.lines[nxt].words if abs(w.x0 - label.x0) <= INSET_X]
    keyed = any(o.line == nxt and abs(o.x0 - label.x0) <= INSET_X for o in page_labels)
    return bool(flush) and not keyed


def _ride_only(text: str) -> bool:
    """The rest of a call label's cell holds a time only in a bracket naming the ride to the
    call ('EN VIEQUES (FERRY 6:30 AM CEIBA)', '(pick-up 6.15)'): the ride's time, no call; the
    call's own time is printed elsewhere (in the label's box, under it)."""
    asides = list(L.TRAVEL_ASIDE.finditer(text))
    if not asides or not any(find_time(m.group()) for m in asides):
        return False
    rest = L.TRAVEL_ASIDE.sub(" ", text)
    return find_time(rest) is None


def _keyed_title(page: PageText, label: Label, page_labels: list[Label]) -> Piece | None:
    """'PRODUCTION      Harbour of Kings' over 'CLIENT / COMPANY      ...': a title's label
    opening a row of a key / value table (the keys flush at one x, the values across a wide gap
    at another, on COLUMN_ROWS rows or more) has its value across the gap on its own row; the
    line under it is the next row's key, never the title."""
    if label.start != 0:
        return None
    here = [o for o in page_labels if o.line == label.line]
    far = _right_piece(page, label, here, far=True)
    if far is None or _PLACEHOLDER.match(far.text) or far.x0 - label.x1 <= VALUE_GAP:
        return None
    if not _key_value_row_below(page, label, far.x0):
        return None
    if _keyed_rows(page, page_labels, label.x0, far.x0) < COLUMN_ROWS:
        return None
    return replace(far, distance=far.distance / 1000)


def _keyed_rows(page: PageText, page_labels: list[Label], key_x0: float, value_x0: float) -> int:
    """Rows of a key / value table: a label flush at ``key_x0`` and a value (no label) starting
    at ``value_x0`` on its line. A strip of labels over their values ('PRODUCTION   CLIENT' over
    'Maple Morning   Oatly') has labels in both places, or values under its labels: no such
    table."""
    keyed = {o.line for o in page_labels if abs(o.x0 - key_x0) <= ALIGN_X}
    labelled_at_value = {o.line for o in page_labels if abs(o.x0 - value_x0) <= ALIGN_X}
    return sum(
        _key_value_row(page.lines[n], key_x0, value_x0)
        for n in keyed - labelled_at_value
        if n < len(page.lines)
    )


def _under_another_column(page: PageText, label: Label, piece: Piece, labels: list[Label]) -> bool:
    """'LKW und Basis:' in one column, 'LKH-Univ. Klinikum Graz' across the gap: text across a
    column gap that starts flush under the cell of a label of another kind a few lines up
    ('KRANKENHAUS / HOSPITAL' heading the next column) is that column's value, not this
    label's."""
    if piece.x0 - label.x1 <= VALUE_GAP:
        return False
    for o in labels:
        if o.kind in (label.kind, "heading") or not label.line - COLUMN_ROWS <= o.line < label.line:
            continue
        line = page.lines[o.line]
        cell = next((a for a, b in runs(line) if a <= o.start < b), o.start)
        if abs(line.words[cell].x0 - piece.x0) <= INSET_X:
            return True
    return False


def _key_value_row_below(page: PageText, label: Label, value_x0: float) -> bool:
    """'Location 1   Remai Modern, 102 ...' over 'Set   Lobby and terrace': the next line is a
    row of the same key / value table (a key where the label starts, its text where the
    label's value starts), so the text under the label is the next row's key, not its value."""
    nxt = label.line + 1
    return nxt < len(page.lines) and _key_value_row(page.lines[nxt], label.x0, value_x0)


def _under_a_heading(page_labels: list[Label], label: Label, x0: float) -> bool:
    """Text across the gap that starts under another label a few lines up is that label's
    column ('SZPITAL DYŻURNY' over the hospital's lines, beside the set's card)."""
    return any(
        label.line - COLUMN_ROWS - 1 <= o.line < label.line and abs(o.x0 - x0) <= INSET_X
        for o in page_labels
    )


def _whole_address(text: str) -> bool:
    """A street and a postcode, or either with its town after it: a place's value across a gap,
    not the next card's heading ('LOCATION 1     LOCATION 2 - COMPANY MOVE' over two cards side
    by side). Many places print no postcode ('Strand Street, Dingle, Co. Kerry') or one the
    reader does not know, and a hospital may stand on no named street ('..., Ratass, Tralee,
    Co. Kerry V92 NX94')."""
    # 'Hoyt Sherman Place, 1501 Woodland Ave, ...': a venue's name may read as a street of its
    # own; the whole address after it counts
    return any(
        (a.street is not None and (a.postcode is not None or a.city is not None))
        or (a.postcode is not None and a.city is not None)
        for a in find_addresses(text)
    )


def _key_value_row(line: Line, key_x0: float, value_x0: float) -> bool:
    """A line with a run starting at ``key_x0`` and the next starting at ``value_x0`` (a row of
    a grid of keys and values, in its first pair of columns or a later one)."""
    starts = [line.words[a].x0 for a, _ in runs(line)]
    return any(
        abs(k - key_x0) <= ALIGN_X and abs(v - value_x0) <= ALIGN_X for k, v in pairwise(starts)
    )


def _stop_word(words: Sequence[Word], i: int) -> bool:
    """A label word inside a value ends it when a colon or its own time or date follows it:
    'Crew Call 7:00 Lunch 13:00' ends at Lunch, '4867 Sunset Blvd' does not end at Sunset."""
    if norm(words[i].text) not in L.STOP_WORDS:
        return False
    after = " ".join(w.text for w in words[i + 1 : i + 4])
    return words[i].text.endswith(":") or find_time(after) is not None or bool(find_dates(after))


def _row_neighbours(page_labels: list[Label], label: Label) -> tuple[float | None, float | None]:
    """x1 of the nearest label left of ``label`` on its row and x0 of the nearest one right."""
    band = max(label.bottom - label.top, 6.0)
    left = right = None
    for o in page_labels:
        if o is label or abs(o.top - label.top) > band:
            continue
        if o.x1 <= label.x0 and (left is None or o.x1 > left):
            left = o.x1
        if o.x0 >= label.x1 and (right is None or o.x0 < right):
            right = o.x0
    return left, right


def column(page: PageText, label: Label, page_labels: list[Label]) -> tuple[float, float]:
    """The x-range a label heads: halfway to the labels or text beside it on its row."""
    words = page.lines[label.line].words
    left, right = _row_neighbours(page_labels, label)
    start = _bilingual_start(page.lines[label.line], label)
    x0 = words[start].x0
    if start < label.start:
        # 'TREFFPUNKT TEAM / CREW CALL': the first language's label inside the run is this
        # cell's own gloss, not a neighbour bounding it
        left = max((o.x1 for o in page_labels if o.line == label.line and o.x1 <= x0), default=None)
    if start > 0:
        left = max(left or 0.0, words[start - 1].x1)
    if label.end < len(words):
        nxt = words[label.end].x0
        right = nxt if right is None else min(right, nxt)
    lo = (left + x0) / 2 if left is not None else max(0.0, x0 - LEFT_SLACK)
    hi = (label.x1 + right) / 2 if right is not None else page.width
    return lo, hi


def cell_x0(line: Line, label: Label) -> float:
    """Where the cell a label heads starts: under its first language's words ('Adrese /
    Address' starts at 'Adrese')."""
    return line.words[_bilingual_start(line, label)].x0


def _bilingual_start(line: Line, label: Label) -> int:
    """'Décor / Set', 'Lieu de tournage / Location': a label after a slash in its own run is
    the second language's word for what the run before the slash names; the cell it heads
    starts under the run's first word."""
    k = label.start
    if (tagged := _numbered_set_start(line, k)) is not None:
        return tagged
    if k < 2 or line.words[k - 1].text not in ("/", "|"):
        return k
    run = next((a for a, b in runs(line) if a <= k - 1 < b), k)
    return run if run < k - 1 else k


# "LOC 1 - SET", "Location 2: Set": a set's number before the word that heads its cell
_SET_NUMBER = lazy(r"^(?:loc(?:ation)?|set)\.?\s?#?\d{1,2}\s?[-\u2013:]$", re.I)


def _numbered_set_start(line: Line, k: int) -> int | None:
    """The run's first word when a set's number tags the label at ``k`` ("LOC 1 - SET"): the
    cell the label heads starts under the tag, as a heading's does."""
    run = next((a for a, b in runs(line) if a <= k < b), k)
    tag = " ".join(w.text for w in line.words[run:k])
    return run if run < k and _SET_NUMBER.match(tag) else None


def _below_pieces(page: PageText, label: Label, page_labels: list[Label]) -> list[Piece]:
    lo, hi = column(page, label, page_labels)
    centre = (label.x0 + label.x1) / 2
    by_line: dict[int, list[Label]] = {}
    for o in page_labels:
        by_line.setdefault(o.line, []).append(o)
    last_bottom = label.bottom
    height = max(label.bottom - label.top, 6.0)
    # 'STAGE / LOCATION': a bilingual or two-word heading's cell starts under its first word
    head = page.lines[label.line]
    edge = min(label.x0, head.words[_bilingual_start(head, label)].x0)
    out: list[Piece] = []
    across = row_below(page, label, page_labels, height)  # a spreadsheet's empty ruled row
    for li in range(label.line + 1, len(page.lines)):
        line = page.lines[li]
        gap = line.top - last_bottom > height * 2.2 and li != across
        if gap or len(out) >= BELOW_LINES:
            break
        here = by_line.get(li, [])
        blocking = [o for o in here if lo <= o.x0 < hi or o.x0 <= lo < o.x1 > label.x0]
        blocking = [o for o in blocking if not _inside_flush_value(line, o, here, edge)]
        if blocking:
            limit = _value_left_of_heading(line, label, blocking)
            if limit is None:
                break  # the next row of labels (one ending left of this label is the left column's)
            hi = limit  # the right column's heading starts on this line: the column ends there
        mine, crossing = [], False
        for a, b in runs(line):
            x0, x1 = line.words[a].x0, line.words[b - 1].x1
            xc = (x0 + x1) / 2
            if lo <= x0 < hi:
                mine.append((a, b))
            elif x0 < lo and lo <= xc < hi and abs(xc - centre) < (hi - lo):
                if _bigger_heading(line.words[a:b], head.words[label.start : label.end]):
                    continue  # the sheet's title centred between the columns, not this cell's
                mine.append((_squeezed_cell_start(line, a, b, edge), b))
            elif x0 < lo and x1 > label.x0:
                crossing = True  # a line from the left runs across this column
        if crossing:
            break
        if any(-ALIGN_X <= line.words[a].x0 - edge <= INSET_X for a, _ in mine):
            # a run flush with the label's left edge (or set in from it, as in a box) starts the
            # column on this line: what ends left of it is the neighbouring column's ('06:00' of
            # a leader row, then the set)
            mine = [(a, b) for a, b in mine if line.words[b - 1].x1 > edge]
        if not mine:
            continue
        text = " ".join(w.text for a, b in mine for w in line.words[a:b])
        if out and _FIELD_START.match(text):
            break
        first = line.words[mine[0][0]]
        out.append(Piece(line.page, li, mine[0][0], text, True, line.top - label.bottom, first.x0))
        last_bottom = line.bottom
    return out


def _inside_flush_value(line: Line, other: Label, here: list[Label], edge: float) -> bool:
    """'UNIT BASE / BASE' over 'Stationnement P2, Avenue Melville, ..., Crew parking /
    stationnement équipe: P2': a label's word inside a run of words that starts flush under
    the heading's edge with no label of its own is part of that value, not the next row's
    label (a row of labels starts its run with one, or with its first language's words:
    'Loges / Cantine / Parking')."""
    for a, b in runs(line):
        if not a < other.start < b:
            continue
        if abs(line.words[a].x0 - edge) > ALIGN_X or any(o.start <= a < o.end for o in here):
            return False
        before = [w.text for w in line.words[a : other.start] if w.text not in ("/", "|")]
        return len(before) > 4 or not all(GLOSS_WORD.match(t) for t in before)
    return False


def _bigger_heading(run: Sequence[Word], label: Sequence[Word]) -> bool:
    """A run set at least half again the label's size, with no digit: a heading of its own
    (the title in a header centred left of a 'GENERAL CREW CALL' box), not a value squeezed
    into the label's column."""
    sizes = [w.size for w in label if w.size > 0]
    own = [w.size for w in run if w.size > 0]
    if not sizes or not own or any(c.isdigit() for w in run for c in w.text):
        return False
    return min(own) >= 1.5 * max(sizes)


def _squeezed_cell_start(line: Line, a: int, b: int, edge: float) -> int:
    """A table's cells shrunk to fit run into each other ('River Rd lot  Our Lady of the Lake
    Medical Center'): in a run reaching under a heading from the column to its left, a word
    flush with the heading's left edge after a gap wider than the run's word spaces starts
    the heading's cell; what is left of it is the neighbour's."""
    words = line.words[a:b]
    gaps = sorted(w.x0 - v.x1 for v, w in pairwise(words))
    if len(gaps) < 2:
        return a
    space = gaps[len(gaps) // 2]
    for k in range(a + 1, b):
        gap = line.words[k].x0 - line.words[k - 1].x1
        if abs(line.words[k].x0 - edge) <= ALIGN_X and gap >= max(2 * space, space + 2.0):
            return k
    return a


def _value_left_of_heading(line: Line, label: Label, others: list[Label]) -> float | None:
    """'GODZINA ZBIÓRKI' over '06.30    SZPITAL DYŻURNY': a label's value flush under it with
    the next column's heading on the same line, right of the label and past a column gap, is
    still the label's; returns where the next column starts, None when the line is a row of
    labels (or the heading is in this label's own span)."""
    start = min(o.x0 for o in others)
    if start <= label.x1 + COLUMN_GAP:
        return None
    for a, b in runs(line):
        x0, x1 = line.words[a].x0, line.words[b - 1].x1
        if abs(x0 - label.x0) <= ALIGN_X and x1 + COLUMN_GAP <= start:
            return start
    return None


def _continuation(page: PageText, label: Label, first: Piece, labels: list[Label]) -> list[Piece]:
    """Lines that carry on a value printed beside its label, aligned under the value's start:
    'Set Location: The Old Brewery' / '52 Brick Lane, London E1 6QL'."""
    # a label under this one or under its value starts a new row; one in another column does not
    rows = {o.line for o in labels if label.x0 - 8 <= o.x0 <= first.x0 + 8}
    height = max(label.bottom - label.top, 6.0)
    last_bottom = label.bottom
    out: list[Piece] = []
    spacing = _word_spacing(page.lines[first.line], first)
    for li in range(label.line + 1, min(len(page.lines), label.line + 7)):
        line = page.lines[li]
        if line.top - last_bottom > height * 1.6 or li in rows or len(out) >= 3:
            break
        mine, blocked = None, False
        for a, b in runs(line):
            x0, x1 = line.words[a].x0, line.words[b - 1].x1
            if abs(x0 - first.x0) <= 8 and mine is None:
                mine = (a, b)
            elif li == label.line + 1 and _rest_of_label(line, a, b, label):
                continue  # 'CASUALTY)' under 'NEAREST HOSPITAL (24 HR': the label wrapped
            elif (
                x0 < first.x0 - 8
                and x1 > label.x0 - 5
                and not _ends_before(x1, label)
                and not _left_overflow(x0, x1, label, first)
            ):
                blocked = True  # something under the label: a new row, not a continuation
        if mine is None and not blocked and _left_column_line(line, label):
            continue  # the left column's row between two of this value's lines
        if blocked or mine is None:
            break
        mine = _spaced_like(line, mine, spacing)
        text = " ".join(w.text for w in line.words[mine[0] : mine[1]])
        if _FIELD_START.match(text):
            break
        out.append(Piece(line.page, li, mine[0], text, False, line.top - label.bottom, first.x0))
        last_bottom = line.bottom
    return out


def _wrapped_to_cell_edge(
    page: PageText, label: Label, first: Piece, labels: list[Label]
) -> list[Piece]:
    """The next line of a value that wrapped to its cell's left edge, under its label: an
    itinerary's cell 'Obiekt 1: Muzeum Przyrodnicze, ul. Bełska 7,' over '38-700 Ustrzyki
    Dolne', the label inline in the cell's text. Only after a value cut off at a comma (the
    address runs on), when the line starts flush under the label with nothing left of it (a
    time in the row's first column starts a new row), holds no label there and starts no
    field of its own. One line; none otherwise."""
    li = label.line + 1
    if not first.text.rstrip().endswith(",") or li >= len(page.lines):
        return []
    line = page.lines[li]
    height = max(label.bottom - label.top, 6.0)
    if line.top - label.bottom > height * 1.6 or not line.words:
        return []
    if any(o.line == li and o.x0 < first.x0 for o in labels):
        return []
    if line.words[0].x0 < label.x0 - ALIGN_X:
        return []  # the row's first column holds something: a new row
    a, b = runs(line)[0]
    text = " ".join(w.text for w in line.words[a:b])
    if abs(line.words[a].x0 - label.x0) > ALIGN_X or _FIELD_START.match(text) or find_time(text):
        return []
    return [Piece(line.page, li, a, text, False, line.top - label.bottom, line.words[a].x0)]


def _rest_of_label(line: Line, a: int, b: int, label: Label) -> bool:
    """The run is the second line of a label wrapped in its column (labelling's
    _wrapped_labels): flush under it on the next line, its words the end of its context."""
    text = " ".join(w.text for w in line.words[a:b])
    return abs(line.words[a].x0 - label.x0) < 3 and label.context.endswith(" " + text)


def _word_spacing(line: Line, first: Piece) -> float:
    """The word space of a value's first line (its narrowest gap): a letter-spaced export
    ('N a t i o n a l   G l a s s   C e n t r e', tracked type) spaces its words wider than
    a run allows, and the lines that carry the value on are spaced the same."""
    words = [w for w in line.words if w.x0 >= first.x0 - 0.5]
    count = len(first.text.split())
    gaps = [b.x0 - a.x1 for a, b in pairwise(words[:count])]
    return min(gaps, default=0.0)


def _spaced_like(line: Line, mine: tuple[int, int], spacing: float) -> tuple[int, int]:
    """A continuation's run taken on over the gaps no wider than the value's first line's own
    word spacing ('Liberty  Way' under 'National  Glass  Centre'), never over a cell's gap."""
    a, b = mine
    while b < len(line.words):
        size = max(line.words[b].size, line.words[b - 1].size, 6.0)
        reach = min(spacing * SPACING_MARGIN, VALUE_GAP, size)  # at most an em: no cell's gap
        if not 0 < line.words[b].x0 - line.words[b - 1].x1 <= reach:
            break
        b += 1
    return a, b


SPACING_MARGIN = 1.15  # a continuation's word gap may be this much wider than its first line's


def _ends_before(x1: float, label: Label) -> bool:
    """A run ending left of a label's first letter, a word space short of it, is the left
    column's (a note run up to the next column), not under the label."""
    return x1 < label.x0 - 1.5


def _left_overflow(x0: float, x1: float, label: Label, first: Piece) -> bool:
    """A left-column note that starts a column gap left of the label and runs under it but
    stops short of the value's column ('0630  Artistes as per schedule' under 'LOCATION') is
    the left column's text overflowing, not a new row under the label."""
    return x0 < label.x0 - 3 * COLUMN_GAP and x1 < first.x0 - COLUMN_GAP and x1 < label.x1


def _left_column_line(line: Line, label: Label) -> bool:
    """A line wholly left of a label in the right column ('Breakfast  06:45' of a TIMES column
    between 'Royal Pavilion' and '4-5 Pavilion Buildings'): printed on its own baseline, it
    comes between the right column's lines and belongs to neither label nor value."""
    return bool(line.words) and line.words[-1].x1 + COLUMN_GAP / 2 <= label.x0


ALIGN = 2.0  # points; right-aligned values end within this of each other
ROW_START = 4.0  # points; the rows of a table start within this of each other
TABLE_ROWS = 3  # rows that share both edges before a layout is read as a label/value table
ABOVE = 500.0  # added to an above-the-label claim's distance: any other claim beats it


def _run_after(line: Line, label: Label, stop: int) -> tuple[int, int] | None:
    """The first run of words right of a label and before the next label on its line."""
    return next(((a, b) for a, b in runs(line) if a >= label.end and a < stop), None)


def _starts_row(line: Line, x0: float) -> int | None:
    """Index of the run of ``line`` that starts at ``x0`` (a table row's first cell), if any."""
    rs = runs(line)
    return next((k for k, (a, _) in enumerate(rs) if abs(line.words[a].x0 - x0) <= ROW_START), None)


def _ends_at(line: Line, x0: float, x1: float) -> bool:
    """The line starts a row at ``x0`` and has a later run ending at ``x1``."""
    k = _starts_row(line, x0)
    return k is not None and any(
        abs(line.words[b - 1].x1 - x1) <= ALIGN for _, b in runs(line)[k + 1 :]
    )


def _starts_at(line: Line, x0: float, value_x0: float) -> bool:
    """The line starts a row at ``x0`` and has a later run starting at ``value_x0`` (a table
    whose values are flush left in their column)."""
    k = _starts_row(line, x0)
    return k is not None and any(
        abs(line.words[a].x0 - value_x0) <= ALIGN for a, _ in runs(line)[k + 1 :]
    )


def _table_value(page: PageText, label: Label, labels_here: list[Label]) -> list[Piece]:
    """A two-column table whose values sit flush right in their cells, far from their labels:
    the first run right of a label, whatever the gap, when no label lies between and at least
    TABLE_ROWS rows of the page start where the label starts and end a run where the value
    ends (the table's two edges); the lines under it ending on that edge carry it on."""
    line = page.lines[label.line]
    stop = min((o.start for o in labels_here if o.start >= label.end), default=len(line.words))
    run = _run_after(line, label, stop)
    if run is None:
        return []
    text = " ".join(w.text for w in line.words[run[0] : run[1]])
    x1 = line.words[run[1] - 1].x1
    if not _fits_table(label.kind, text):
        return []
    x0 = line.words[run[0]].x0
    # 'APPEL ÉQUIPE / CREW CALL': a bilingual label's row starts at its first language's word
    row = line.words[_bilingual_start(line, label)].x0
    right_edge = sum(_ends_at(other, row, x1) for other in page.lines)
    # a time or date shows its shape, so its column may also be flush left; a place's may not
    # (a name left-aligned under a name is a list, not a table)
    shaped = label.kind in _TIME_KINDS | _DATE_KINDS
    left_edge = shaped and sum(_starts_at(o, row, x0) for o in page.lines) >= TABLE_ROWS
    if right_edge < TABLE_ROWS and not left_edge:
        return []  # no table's value column
    first = line.words[run[0]]
    # the value on the label's own row of the table: nearer than a column heading above it
    # ('Unit call (all departments)  06h30' under a 'CALL' column heading)
    gap = (first.x0 - label.x1) / 1000
    out = [Piece(label.page, label.line, run[0], text, False, gap, first.x0)]
    if label.kind not in L.NUMBERED_KINDS:
        return out
    height, last_bottom = _height(line), line.bottom
    for li in range(label.line + 1, min(len(page.lines), label.line + 4)):
        below = page.lines[li]
        if below.top - last_bottom > height * 1.6 or _starts_row(below, label.x0) is not None:
            break  # a gap, or the table's next row
        mine = [(a, b) for a, b in runs(below) if abs(below.words[b - 1].x1 - x1) <= ALIGN]
        if not mine or below.words[mine[0][0]].x0 <= label.x1:
            break
        a, b = mine[0]
        words = below.words[a:b]
        text = " ".join(w.text for w in words)
        out.append(Piece(label.page, li, a, text, False, below.top - label.bottom, words[0].x0))
        last_bottom = below.bottom
    return out


def _below_fits_better(kind: str, below: list[Piece], table: list[Piece]) -> bool:
    """Whether a label's cell below holds its value rather than the far run on its row: a time
    or date of its shape below it, or a place that reads more like an address; a label of any
    other kind keeps what is below it."""
    taken = {(pc.page, pc.line) for pc in table}
    below = [pc for pc in below if (pc.page, pc.line) not in taken]  # the value's own next lines
    if not below:
        return False
    if kind in _TIME_KINDS | _DATE_KINDS:
        return any(fits(kind, pc.text) for pc in below)
    if kind in L.NUMBERED_KINDS:
        score = max(address_score(pc.text) for pc in below)
        return score >= max(address_score(pc.text) for pc in table)
    return True


def _fits_table(kind: str, text: str) -> bool:
    """A far value must show its label's shape; a place has words, not only a phone number."""
    if kind in L.NUMBERED_KINDS:
        return fits(kind, text) and bool(re.search(r"[^\W\d]{3}", text))
    return fits(kind, text)


def _above_piece(page: PageText, label: Label, page_labels: list[Label]) -> list[Piece]:
    """A big value printed over its small label in a header box ("7:00 AM" over "CREW CALL"):
    the nearest run above the label in its column, when its shape fits. Any label that has the
    run below or beside it keeps it (ABOVE makes this claim the weakest)."""
    lo, hi = column(page, label, page_labels)
    height = _height(page.lines[label.line])
    for li in range(label.line - 1, -1, -1):
        line = page.lines[li]
        if label.top - line.bottom > height * 2.2:
            break
        if line.bottom > label.top + 1:
            continue  # a line sharing the label's band, not above it
        for a, b in runs(line):
            x0, x1 = line.words[a].x0, line.words[b - 1].x1
            if not (lo <= x0 < hi and x0 < label.x1 and x1 > label.x0):
                continue
            text = " ".join(w.text for w in line.words[a:b])
            if not fits(label.kind, text):
                return []
            distance = ABOVE + label.top - line.bottom
            return [Piece(label.page, li, a, text, True, distance, x0)]
    return []


def attach(pages: Sequence[PageText], labels: list[Label]) -> dict[Label, list[Piece]]:
    """Each label's pieces, every piece given to the nearest label that claims it."""
    by_page: dict[int, list[Label]] = {}
    for h in labels:
        by_page.setdefault(h.page, []).append(h)
    claims: dict[Label, list[Piece]] = {}
    best: dict[tuple[int, int, int], tuple[float, float]] = {}
    value_starts = {p: _value_starts(pages[p], hs) for p, hs in by_page.items()}
    for h in labels:
        page = pages[h.page]
        here = [o for o in by_page[h.page] if o.line == h.line]
        right = _right_piece(page, h, here)
        if right is not None and _next_cell(h, right):
            right = None  # "CREW CALL   HMU / COSTUME" over a strip of times: a neighbour
        if right is not None and (
            _under_another_column(page, h, right, by_page[h.page])
            # 'LLAMADO EN VIEQUES (FERRY 6:30 AM CEIBA)': the call's time is elsewhere
            or (h.kind == "call" and _ride_only(right.text))
        ):
            right = None
        unnumbered = right is None and h.kind in L.NUMBERED_KINDS and h.number is None
        tagged = _tagged_item(page, h, by_page[h.page]) if unnumbered else []
        if big := _boxed_big_time(page, h, right):
            pieces = big  # 'CREW CALL' over its big time, a list's row across the gap
        elif tagged:
            pieces = tagged  # 'LOCATIONS' over items tagged '1', '2': the first item's lines
        elif right is None and (before := value_before(page, h, by_page[h.page])):
            pieces = [Piece(h.page, li, a, t, False, d, x) for li, a, t, d, x in before]
        elif right is None and (
            far := _column_value(page, h, by_page[h.page], value_starts[h.page])
        ):
            pieces = [far]  # a label column: its value is across the gap on its own row
            if h.kind in L.NUMBERED_KINDS:
                pieces += _continuation(page, h, far, by_page[h.page])
        elif right is not None and not _PLACEHOLDER.match(right.text):
            pieces = [right]
            if h.kind in L.NUMBERED_KINDS:
                pieces += _continuation(page, h, right, by_page[h.page]) or _wrapped_to_cell_edge(
                    page, h, right, by_page[h.page]
                )
        else:
            pieces = _below_pieces(page, h, by_page[h.page]) or _chained_below(
                page, h, here, by_page[h.page]
            )
            if right is None and h.kind in _TIME_KINDS:
                pieces = _boxed_time(page, h, here, pieces)
            table = _table_value(page, h, here) if right is None else []
            if table and not _below_fits_better(h.kind, pieces, table):
                pieces = table  # a ruled label/value table, the value flush right in its row
            shaped = h.kind in _TIME_KINDS | _DATE_KINDS
            if right is None and shaped and not any(fits(h.kind, pc.text) for pc in pieces):
                # "6:00a" over "CREW CALL", the date in the next box below; a time at the far
                # end of the label's own row comes first ("UNIT CALL ........ 07:30")
                pieces = (
                    _row_end_time(page, h, here)
                    or _tall_time_beside(page, h)
                    or _above_piece(page, h, by_page[h.page])
                    or pieces
                )
            if not pieces and right is None:  # a label column, its values across a gap
                far = _right_piece(page, h, here, far=True)
                pieces = [far] if far is not None and not _PLACEHOLDER.match(far.text) else []
                if pieces and h.kind in L.NUMBERED_KINDS:  # its address under the name
                    pieces += _continuation(page, h, pieces[0], by_page[h.page])
        if h.kind in _TIME_KINDS and not any(fits(h.kind, pc.text) for pc in pieces):
            pieces = _time_beside(page, h, here, pieces)
        claims[h] = pieces
        for pc in pieces:
            key = (pc.page, pc.line, pc.start)
            rank = _rank(h, pc)
            if key not in best or rank < best[key]:
                best[key] = rank
    return {
        h: [pc for pc in ps if best[(pc.page, pc.line, pc.start)] == _rank(h, pc)]
        for h, ps in claims.items()
    }


def _tagged_item(page: PageText, label: Label, labels: list[Label]) -> list[Piece]:
    """'LOCATIONS' over a list whose items are tagged by big bare numbers in a margin column
    ('1' in a dark box, centred on 'Saenger Theatre' / '118 S Palafox Pl' / 'Pensacola, FL'):
    the lines of item 1, each the run that starts where the tagged line's text does (the tag
    itself no part of it); a line nearer tag 2 than tag 1, a wide gap or a row of labels in
    the column ends it."""
    lines = page.lines
    first = label.line + 1
    at = tag_at(lines, first, label.x0)
    if at is None or lines[first].top - label.bottom > 2.2 * _height(lines[label.line]):
        return []
    k = next(k for k, w in enumerate(lines[at].words) if list_tag(lines[at], k) == 1)
    tag = lines[at].words[k]
    text_x0 = lines[at].words[k + 1].x0
    centre = (tag.top + tag.bottom) / 2
    later = None  # the centre of tag 2
    for li in range(at + 1, min(at + 3 * BELOW_LINES, len(lines))):
        for j, w in enumerate(lines[li].words):
            if abs(w.x0 - tag.x0) <= ALIGN_X and list_tag(lines[li], j) == 2:
                later = (w.top + w.bottom) / 2
                break
        if later is not None:
            break
    out: list[Piece] = []
    last_bottom = label.bottom
    for li in range(first, len(lines)):
        line = lines[li]
        words = line.words
        if line.top - last_bottom > 2.2 * _height(lines[label.line]) or len(out) >= BELOW_LINES:
            break
        if later is not None and abs(line.top - later) < abs(line.top - centre):
            break
        if any(o.line == li and label.x0 - ALIGN_X <= o.x0 < text_x0 + ALIGN_X for o in labels):
            break
        start = next((j for j, w in enumerate(words) if abs(w.x0 - text_x0) <= ALIGN_X), None)
        if start is None:
            if any(w.x0 < text_x0 - ALIGN_X and w is not tag for w in words):
                break  # a line from the left runs across the list
            continue
        end = next((b for a, b in runs(line) if a <= start < b), len(words))
        end = next(
            (j for j in range(start + 1, end) if words[j].x0 - words[j - 1].x1 > VALUE_GAP), end
        )
        text = " ".join(w.text for w in words[start:end])
        out.append(
            Piece(line.page, li, start, text, True, line.top - label.bottom, words[start].x0)
        )
        last_bottom = max(w.bottom for w in words[start:end])
    return out


_CHAIN = frozenset({"-", "\u2013", "\u2014", "/", "|", "\u00b7", "&"})


def _chained_below(
    page: PageText, label: Label, here: list[Label], labels: list[Label]
) -> list[Piece]:
    """'SAFETY - NEAREST HOSPITAL (24 HR ER)' over the hospital's lines: labels chained by a
    separator head one cell, which starts under the first of them; the later label claims it
    too (the stronger label keeps what both claim)."""
    words = page.lines[label.line].words
    if label.start < 2 or words[label.start - 1].text.strip() not in _CHAIN:
        return []
    lead = next((o for o in here if o.end == label.start - 1), None)
    if lead is None:
        return []
    whole = replace(label, start=lead.start, x0=lead.x0)
    return _below_pieces(
        page, whole, [o for o in labels if o is not lead and o is not label] + [whole]
    )


HOUR_WORDS = frozenset({"uhr", "h", "hrs", "hr", "hod", "godz", "ore", "horas", "óra"})
# Finnish "klo 7.30" (kello), Turkish "saat 07.00", Indonesian "pukul / jam 06.00 WIB" with
# the time zone printed after the time (WIB, WITA, WIT)
HOUR_WORDS |= {"klo", "kello", "saat", "pukul", "jam", "wib", "wita", "wit"}
# Dutch "7.30 uur", Icelandic "kl. 08:30" (klukkan) (reader83)
HOUR_WORDS |= {"uur", "kl"}


def _bare_time(text: str) -> bool:
    """Nothing but a time ("07.15", "7:30 AM", "07.30 Uhr")."""
    parsed = find_time(text)
    rest = (text[: parsed.start] + text[parsed.end :]).strip(" .,:()") if parsed else "x"
    # 'AM 7:30': the half of the day written first (Korean, Chinese and Japanese order)
    return not rest or rest.lower() in HOUR_WORDS or rest.lower() in ("am", "pm")


def _time_beside(
    page: PageText, label: Label, here: list[Label], pieces: list[Piece]
) -> list[Piece]:
    """A time label that owns no time: the time printed first on its row ("07.15  Mødetid hele
    holdet", a day's plan with the time before what happens), or in the cell after the label's
    own words ("Citación general equipo   08:00   Set"). Only a cell that is nothing but a
    time, with no other label between."""
    words = page.lines[label.line].words
    if label.start > 0:
        head = " ".join(w.text for w in words[: label.start])
        if _bare_time(head) and not any(o.end <= label.start for o in here if o is not label):
            gap = label.x0 - words[label.start - 1].x1
            return [Piece(label.page, label.line, 0, head, False, 1.0 + gap / 1000, words[0].x0)]
    line = page.lines[label.line]
    stop = min((o.start for o in here if o.start >= label.end), default=len(words))
    own = [(a, b) for a, b in runs(line) if b > label.end and a < stop]
    colon_worded = bool(own) and worded_after_colon(words, label.end, own[0][1])
    if pieces and own and len(own) >= 2 and pieces[0].line == label.line and not colon_worded:
        a, b = own[1]
        text = " ".join(w.text for w in words[a:b])
        if _bare_time(text):
            gap = words[a].x0 - label.x1
            return [Piece(label.page, label.line, a, text, False, gap / 1000, words[a].x0)]
    return _banner_time(label, words, own) or pieces


def _banner_time(label: Label, words: Sequence[Word], own: list[tuple[int, int]]) -> list[Piece]:
    """A banner row: the label at the left, nothing after it but one time at the far right
    ("TYÖRYHMÄN YLEISKUTSU ........ 07.00"), whatever the gap."""
    if len(own) != 1 or own[0][0] < label.end:
        return []
    a, b = own[0]
    text = " ".join(w.text for w in words[a:b])
    if not _bare_time(text):
        return []
    gap = words[a].x0 - label.x1
    return [Piece(label.page, label.line, a, text, False, 1.0 + gap / 1000, words[a].x0)]


def _row_end_time(page: PageText, label: Label, here: list[Label]) -> list[Piece]:
    """A time label whose own row ends in one time across a wide gap or dot leaders, with
    nothing else after the label ("GENERAL CREW CALL ........ 7:00 AM", "Crew Call   0700"):
    the time on its baseline, before any time printed on the line above it."""
    if label.kind not in _TIME_KINDS:
        return []
    words = page.lines[label.line].words
    stop = min((o.start for o in here if o.start >= label.end), default=len(words))
    i = label.end
    while i < stop and set(words[i].text) <= {".", "\u2026", "_", "-", "\u2013", ":"}:
        i += 1  # the leaders (and a stray colon) between the label and its time
    if i >= stop or (i == label.end and words[i].x0 - words[i - 1].x1 <= VALUE_GAP):
        return []  # no gap and no leaders: the right piece's business
    text = " ".join(w.text for w in words[i:stop])
    if any(words[j].x0 - words[j - 1].x1 > VALUE_GAP for j in range(i + 1, stop)):
        return []  # two cells after the label: not one time at the row's end
    if not _bare_time(text):
        return []
    gap = words[i].x0 - label.x1
    return [Piece(label.page, label.line, i, text, False, 1.0 + gap / 1000, words[i].x0)]


TALL = 1.6  # a time printed this much bigger than its label, beside it, spans the label's row


def _tall_time_beside(page: PageText, label: Label) -> list[Piece]:
    """'UNIT CALL   08:00' with the time in 22 pt beside an 8.5 pt label: the big time's
    baseline is lower than the label's, so the page's lines put it on the next row's line. A
    bare time on the line just under (or over) the label, much bigger than it, right of it,
    whose box spans the label's middle, and before the next word of the label's own line (the
    next column), is the label's time."""
    line = page.lines[label.line]
    size = max(w.size for w in line.words[label.start : label.end]) or 1.0
    middle = (label.top + label.bottom) / 2
    edge = line.words[label.end].x0 if label.end < len(line.words) else float("inf")
    for k in (label.line + 1, label.line - 1):
        if not 0 <= k < len(page.lines):
            continue
        words = page.lines[k].words
        for i, w in enumerate(words):
            if not (label.x1 < w.x0 and w.x1 < edge and w.top <= middle <= w.bottom):
                continue
            end = i + 1  # '7:30 PM' in two words of one size
            while end < len(words) and words[end].size == w.size and words[end].x0 < edge:
                end += 1
            text = " ".join(v.text for v in words[i:end])
            if w.size < TALL * size or not _bare_time(text):
                continue
            return [Piece(label.page, k, i, text, False, (w.x0 - label.x1) / 1000, w.x0)]
    return []


def _boxed_big_time(page: PageText, label: Label, right: Piece | None) -> list[Piece]:
    """A time label's big time under it, where its right piece is a row of another list."""
    if right is None or label.kind not in _TIME_KINDS or not _row_of_another_list(label, right):
        return []
    return _big_time_under(page, label)


def _row_of_another_list(label: Label, right: Piece) -> bool:
    """A time label's right piece across a column gap that opens with words, not its time
    ('CREW CALL      Kostīmi / Costume pre-call 05:45'): a row of a list beside the label's
    box, another thing's time."""
    hit = find_time(right.text)
    return right.x0 - label.x1 > VALUE_GAP and hit is not None and hit.start > 0


_UNDER_LINES = 3  # lines under a boxed label its big time may stand on


def _big_time_under(page: PageText, label: Label) -> list[Piece]:
    """'KOPĒJĀ IERAŠANĀS / CREW CALL' over '06:45' in 24 pt: a bare time much bigger than the
    label, just under the label's cell (its run of words, a gloss before it included), is
    the label's value."""
    line = page.lines[label.line]
    size = max(w.size for w in line.words[label.start : label.end]) or 1.0
    first = next(a for a, b in runs(line) if a <= label.start < b)
    x0, height = line.words[first].x0, label.bottom - label.top
    for k in range(label.line + 1, min(len(page.lines), label.line + 1 + _UNDER_LINES)):
        words = page.lines[k].words
        for i, w in enumerate(words):
            if w.top - label.bottom > 2 * height or w.size < TALL * size:
                continue
            if w.x1 < x0 or w.x0 > label.x1 or not _bare_time(w.text):
                continue
            return [Piece(label.page, k, i, w.text, True, (w.top - label.bottom) / 1000, w.x0)]
    return []


def _boxed_time(page: PageText, label: Label, here: list[Label], below: list[Piece]) -> list[Piece]:
    """A time label whose own row ends in nothing but a time, across a gap (a boxed call, its
    time flush right in the box), owns that time before text below it that is no time alone: a
    heading, or a timeline row whose time is its own ("5:30 Gyártás, helyszín nyitás"). Only the
    line right under the label counts: a bare time further down ('09:00' opening a running
    order under 'Sunset  ...  20:59' / 'Weather' / 'Schedule') is another section's."""
    if not below or _bare_time(below[0].text):
        return below
    far = _right_piece(page, label, here, far=True)
    if far is None or not _bare_time(far.text):
        return below
    line = page.lines[label.line]
    after = [a for a, _ in runs(line) if a > far.start]
    heads = [o for o in here if after and o.start == after[0]]
    if after and all(o.kind in _TIME_KINDS for o in heads):
        # '8:30a   Talent call - hair & make-up' across the gap: a timeline's row, its time
        # and then what happens at it, is another column's, not this label's box (the next
        # column's place label after the time, 'UNIT CALL  0800   UNIT BASE', is no such row)
        return below
    return [far]


def _next_cell(label: Label, right: Piece) -> bool:
    """A time or date label's text across a column gap that is not of its shape is the next
    cell of a row of labels (a strip of times printed under their labels), not its value."""
    shaped = label.kind in _TIME_KINDS | _DATE_KINDS
    return shaped and right.x0 - label.x1 > VALUE_GAP and not fits(label.kind, right.text)


def _rank(label: Label, piece: Piece) -> tuple[bool, bool, float, float]:
    """A piece goes to a label its shape fits, then to the nearest, then to the strongest.

    A heading ('CALL SHEET') owns no field: a time it claims goes to any label of a time's
    kind that claims it too ("6a" over "CREW IN", just under the sheet's heading)."""
    heading_time = label.kind == "heading" and find_time(piece.text) is not None
    return (not fits(label.kind, piece.text), heading_time, piece.distance, -label.quality)
