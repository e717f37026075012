"""Find every label on a page: a known phrase at the start of a cell, with its number, its
qualifiers ("NIGHT LOCATION", "CREW CALL (ON SET):") and the marks a generic word needs.

attach.py gives each label the text its cell holds; this module only says where labels are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.address_parts import STREET_SUFFIXES, WEAK_SUFFIXES
from pipeline.extract.reader.addresses import address_score
from pipeline.extract.reader.call_revisions import (
    ORIGINAL_BEFORE,
    REVISED_BEFORE,
    TIME_WORDS,
    names_original,
    names_revision,
    revised_tail,
)
from pipeline.extract.reader.crew_words import STRIP_DEPARTMENTS
from pipeline.extract.reader.day_parts import day_part_numbers
from pipeline.extract.reader.emergency_heading import opens_a_name, service_after
from pipeline.extract.reader.glossed_numbers import glossed_numbers
from pipeline.extract.reader.hospital_names import has_facility
from pipeline.extract.reader.label_gloss import hospital_label_words
from pipeline.extract.reader.layout import RIGHT_GAP, RUN_ON_GAP, norm
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.values import find_dates, find_time, find_times, lone_times

VALUE_GAP = 15.0  # points; a value's words are spaced normally, a wider gap starts another cell
PREFIXED = 0.8  # an unknown word before a call label ("Rigging Crew Call:") may make it theirs
_NUMBERING = lazy(r"^\(?#?(\d{1,2})[.):]?$")  # "1.", "#1", "(1)", "2:"


@dataclass(frozen=True)
class Label:
    """A label on a page: its kind (labels.KINDS), its words, its number and its qualifiers."""

    kind: str
    phrase: str
    quality: float
    page: int
    line: int
    start: int  # first word, numbering included
    end: int  # exclusive; a trailing number included
    number: int | None
    x0: float
    x1: float
    top: float
    bottom: float
    context: str  # the label's run of words, for 'tomorrow' cues


def _tokens(line: Line) -> list[tuple[int, str]]:
    """(word index, normalised word) for words that are not bare punctuation."""
    return [(i, t) for i, w in enumerate(line.words) if (t := norm(w.text))]


def _gap_before(words: Sequence[Word], i: int) -> float:
    return words[i].x0 - words[i - 1].x1 if i > 0 else float("inf")


def _height(line: Line) -> float:
    return max(line.bottom - line.top, 6.0)


def _legend_key(words: Sequence[Word], first: int, last: int, height: float) -> bool:
    """'(1)  SET' / '2  CREW PARKING' in a map's legend: a number alone at a cell's start (the
    pin's), a small gap, then a heading that ends its line or cell numbers that heading."""
    k = first - 1
    if k < 0 or not _NUMBERING.match(words[k].text.strip()) or not _starts_cell(words, k, height):
        return False
    heading_ends = last + 1 == len(words) or _gap_before(words, last + 1) > VALUE_GAP
    return _gap_before(words, first) <= VALUE_GAP and heading_ends


def _starts_cell(words: Sequence[Word], i: int, height: float) -> bool:
    """A label starts its line, follows a gap wider than a space or a separator ('- Unit Call');
    not inside running text. A space is the line's own: a monospaced font (Courier, a typed
    memo) spaces words wider than 0.45 em, so "St James's Hospital" stays one value there."""
    if i == 0 or words[i - 1].text.strip() in _SEPARATORS:
        return True
    if _icon(words[i - 1].text) and _starts_cell(words, i - 1, height):
        return True  # '⚑ DATE', '➤ LOCATION': an icon opens the cell its heading starts
    if _OUTLINE_NUMBER.match(words[i - 1].text.strip()) and _starts_cell(words, i - 1, height):
        return True  # '2.1 Zbiórka ekipy:': a Word outline's sub-item number opens the item
    return _gap_before(words, i) > max(0.45 * height, 3.5, SPACE_MARGIN * _space(words, height))


# a multi-level outline's item number ('2.1', '2.1.', '3.2.1'): the item's, not a word of it;
# its levels are single digits ('07.30 Unit call' is a running order's time)
_OUTLINE_NUMBER = lazy(r"^\d{1,2}(?:\.\d)+\.?$")


def _icon(text: str) -> bool:
    """A pictograph alone ('➤', '⚕', '◷', '☀'): a symbol, no letter, digit or punctuation."""
    text = text.strip()
    return 0 < len(text) <= 2 and all(unicodedata.category(c) == "So" for c in text)


SPACE_MARGIN = 1.3  # a cell starts after a gap this much wider than the line's word space


def _space(words: Sequence[Word], height: float) -> float:
    """The line's usual gap between words (median of the gaps narrower than its height)."""
    gaps = sorted(g for i in range(1, len(words)) if 0 < (g := _gap_before(words, i)) < height)
    return gaps[len(gaps) // 2] if gaps else 0.0


_SEPARATORS = frozenset({"-", "\u2013", "\u2014", "|", "\u00b7", "\u2022", "/", ";"})


def find_all_labels(pages: Sequence[PageText]) -> list[Label]:
    """Every label of every kind, longest phrase first where two overlap."""
    hits: list[Label] = []
    for p, page in enumerate(pages):
        for li, line in enumerate(page.lines):
            hits.extend(_line_labels(p, li, line))
        hits.extend(_column_labels(p, page, [h for h in hits if h.page == p]))
        hits.extend(_inner_column_labels(p, page, [h for h in hits if h.page == p]))
        hits.extend(_header_grid_keys(p, page, [h for h in hits if h.page == p]))
        hits.extend(_strip_keys(p, page))
        hits.extend(_list_headings(p, page))
    hits = _longest_only(hits)
    hits = glossed_numbers(pages, hits)  # 'LLEOLIAD 1 / LOCATION 1': one label, set 1
    hits = day_part_numbers(pages, hits, runs)  # 'AM - LOCATION' beside 'PM - STUDIO 2': 1 and 2
    hits = [_named_group_call(pages[h.page].lines[h.line], h) for h in hits]
    hits = _wrapped_labels(pages, hits)
    hits = [h for h in hits if not _glossed_beside(pages[h.page], h, hits)]
    hits = [h for h in hits if not _named_like_its_label(pages[h.page], h, hits)]
    # 'Hospital de Maldonado (ASSE)', 'Hospital Bidasoa' under the box's heading: a name
    hits = [
        h
        for h in hits
        if h.kind != "hospital"
        or not opens_a_name(pages[h.page].lines, h.line, h.start, h.end, VALUE_GAP)
    ]
    hits = [h for h in hits if not _ends_a_hospital_name(pages[h.page], h, hits)]
    hits = [h for h in hits if not _table_column_heading(pages[h.page], h)]
    return [h for h in hits if not _opens_a_place_name(pages[h.page], h, hits)]


GROUP_WORDS = 3  # 'Statyści (20 os.)', 'Extras and stand-ins': the group a call is for
# a group's head count printed before it: '30 os. statystów', '12 x extras', '20 pax'
_HEAD_COUNT = lazy(r"^(?:\d{1,4}\s?[x\u00d7]?|[x\u00d7]|os\.?|osób|osoby|pax|people)$", re.I)


def _named_group_call(line: Line, hit: Label) -> Label:
    """'Statyści (20 os.) - zbiórka 7:30 przy wejściu', 'Extras (12) - call 07:30': a note's
    sentence that opens with whose call it is (a group that is not the crew, its head count
    in brackets), a dash or colon, then the call word. The call is that group's, another
    time, however sure the call word is alone. The crew's own ('Ekipa - zbiórka 6:30') keeps
    its label."""
    if hit.kind != "call" or hit.start < 1:
        return hit
    words = line.words
    run = next(((a, b) for a, b in runs(line) if a <= hit.start < b), None)
    if run is None or run[0] >= hit.start:
        return hit
    mark = words[hit.start - 1].text.strip()
    dashed = mark in _DASHES
    if not dashed and not mark.endswith(":"):
        return hit
    head = words[run[0] : hit.start - dashed]
    # 'Uwagi: 12 os. statystów - zbiórka 9:15': the notes' label before the sentence
    body = head if dashed else head[:-1]
    head = head[max((k + 1 for k, w in enumerate(body) if w.text.endswith(":")), default=0) :]
    named = [w for w in head if not w.text.startswith("(") and not w.text.endswith(")")]
    while named and _HEAD_COUNT.match(named[0].text):
        named = named[1:]  # '30 os. statystów (jarmark) - zbiórka 9:00': the count first
    if not named or len(named) > GROUP_WORDS or norm(named[0].text) not in L.NOT_CREW:
        return hit
    return replace(hit, kind="other_time")


def _ends_a_hospital_name(page: PageText, hit: Label, hits: list[Label]) -> bool:
    """'Najbliższy szpital z SOR: ZOZ w Ostrowcu Świętokrzyskim - Szpital': a hospital word
    ending its line after another hospital label's value on that line names no value of its
    own; it ends the hospital's name (the unit's 'Szpital', 'Hospital' after a dash)."""
    words = page.lines[hit.line].words
    if hit.kind != "hospital" or hit.end < len(words) or hit.end - hit.start != 1:
        return False
    if words[hit.start - 1].text.strip() not in _DASHES:
        return False  # 'NAJBLIŽŠIA NEMOCNICA / NEAREST HOSPITAL': a gloss after a slash
    return any(
        h.kind == "hospital" and h.page == hit.page and h.line == hit.line and h.end < hit.start - 1
        for h in hits
    )


_DASHES = frozenset({"-", "\u2013", "\u2014"})


_WRAP_WORDS = 4  # a wrapped label's dangling note or second line holds this many words at most


def _cell_end(words: Sequence[Word], at: int) -> int:
    """The index past the last word of the cell that starts at ``at`` (a wide gap ends it)."""
    k = at + 1
    while k < len(words) and _gap_before(words, k) <= VALUE_GAP:
        k += 1
    return k


def _dangling(tail: list[str]) -> bool:
    """A label's run that stops mid-phrase at its cell's edge: a bracket opened and not closed
    ('NEAREST HOSPITAL (24 HR'), or a slash, ampersand or dash with nothing after it
    ('NEAREST HOSPITAL /', 'UNIT BASE &')."""
    text = " ".join(tail)
    if "(" in text:
        return ")" not in text[text.rindex("(") :]
    return tail[-1] in {"/", "&", "-", "\u2013", "+"} or tail[-1].endswith("/")


def _wrapped_labels(pages: Sequence[PageText], hits: list[Label]) -> list[Label]:
    """A label column too narrow for its label: 'NEAREST HOSPITAL (24 HR' over 'CASUALTY)',
    'NEAREST HOSPITAL /' over 'TRAUMA UNIT', the value beside the first line. The label's
    first line stops mid-phrase at its cell's edge (an open bracket, a slash), the rest is
    the next line's first cell, flush under it; the label runs to the edge of its first
    line's cell (its value is the one beside it) and the rest is neither a label nor a value
    (labels found in it are dropped)."""
    out = list(hits)
    dropped: set[int] = set()
    for n, h in enumerate(hits):
        page = pages[h.page]
        words = page.lines[h.line].words
        if h.end >= len(words) or _gap_before(words, h.end) > RUN_ON_GAP:
            continue
        edge = _cell_end(words, h.end)
        if edge >= len(words) or edge - h.end > _WRAP_WORDS:
            continue  # no value beside the label's cell, or the run is a value's sentence
        if not _dangling([w.text for w in words[h.end : edge]]):
            continue
        if h.line + 1 >= len(page.lines):
            continue
        height = _height(page.lines[h.line])
        below = page.lines[h.line + 1]
        if below.top - h.bottom > height:
            continue
        first = next((i for i, w in enumerate(below.words) if abs(w.x0 - h.x0) < 3), None)
        if first is None or (first > 0 and _gap_before(below.words, first) <= VALUE_GAP):
            continue
        rest_end = _cell_end(below.words, first)
        rest = [w.text for w in below.words[first:rest_end]]
        opened = "(" in " ".join(w.text for w in words[h.end : edge])
        if len(rest) > _WRAP_WORDS or (opened and not rest[-1].rstrip(":").endswith(")")):
            continue
        if not opened and not all(w[:1].isupper() or not w[:1].isalpha() for w in rest):
            continue  # 'NEAREST HOSPITAL /' over a lower-case line: a sentence, not the rest
        out[n] = replace(
            h,
            end=edge,
            x1=words[edge - 1].x1,
            context=h.context + " " + " ".join(rest),
        )
        x1 = below.words[rest_end - 1].x1
        for m, o in enumerate(hits):
            if o.page == h.page and o.line == h.line + 1 and o.x0 >= h.x0 - 3 and o.x1 <= x1 + 1:
                dropped.add(m)
    return [h for m, h in enumerate(out) if m not in dropped]


GLOSS_SIZE = 0.85  # a translation printed beside a label is in type this much smaller at most


def _glossed_beside(page: PageText, hit: Label, hits: list[Label]) -> bool:
    """'Suíomh   location   Charles Fort, ...', 'Ospidéal is gaire (A&E)   nearest hospital
    ...': a label followed on its line by a label of its kind in smaller type (its translation,
    in a column of its own), nothing but a note in brackets between them: the translation is
    the last word before the value, which it owns; the first label owns nothing."""
    words = page.lines[hit.line].words
    size = max(w.size for w in words[hit.start : hit.end])
    for o in hits:
        if o.page != hit.page or o.line != hit.line or o.kind != hit.kind or o.start < hit.end:
            continue
        between = " ".join(w.text for w in words[hit.end : o.start])
        if between and not re.fullmatch(r"\([^()]{1,20}\)", between):
            continue
        if max(w.size for w in words[o.start : o.end]) <= GLOSS_SIZE * size and o.end < len(words):
            return True
    return False


def _opens_a_place_name(page: PageText, hit: Label, hits: list[Label]) -> bool:
    """'LOCATION' over 'Weather deck & dry dock': a word of another kind opening the first line
    of a place's block, running on into lower-case words with no mark after it, flush under a
    place heading alone in its cell, is the first word of the place's name, not a label."""
    if hit.kind in L.NUMBERED_KINDS or hit.start != 0 or hit.number is not None:
        return False
    words = page.lines[hit.line].words
    if words[hit.end - 1].text.endswith(":") or hit.end >= len(words):
        return False
    if _gap_before(words, hit.end) > VALUE_GAP or not words[hit.end].text[:1].islower():
        return False
    height = _height(page.lines[hit.line])
    for o in hits:
        if o.kind not in L.NUMBERED_KINDS or o.page != hit.page or o.line != hit.line - 1:
            continue
        above = page.lines[o.line].words
        alone = o.end >= len(above) or _gap_before(above, o.end) > VALUE_GAP
        if alone and abs(o.x0 - hit.x0) < 12 and -0.25 * height < hit.top - o.bottom < height:
            return True
    return False


def _named_like_its_label(page: PageText, hit: Label, hits: list[Label]) -> bool:
    """'SZPITAL' over 'Szpital Dzieciątka Jezus': a place named with its label's own word, in
    the cell under a label of the same kind, is that label's value, not a second label.

    A colon or a number after the word ('Szpital: ...', 'Szpital 2') keeps it a label.
    """
    words = page.lines[hit.line].words
    if hit.number is not None or words[hit.end - 1].text.endswith(":"):
        return False
    if hit.end >= len(words) or _gap_before(words, hit.end) > VALUE_GAP:
        return _second_line_of_a_name(page, hit, hits) or _department_of_a_name(page, hit, hits)
    if words[hit.end].text.strip() in (":", "-"):
        return False  # nothing runs on from the word: it heads a cell of its own
    if hit.kind in _TIMED and _opens_with_time(words[hit.end : hit.end + 2]):
        return False  # 'Sunset 1919' under a 'Weather / Sunrise / Sunset' heading: its own time
    height = _height(page.lines[hit.line])
    # 'Hospital más cercano    Hospital Son Espases': a name that runs on from the word, right
    # of a label of the same kind on its row, is that label's value
    beside = hit.kind in L.NUMBERED_KINDS and any(
        o.kind == hit.kind and o.page == hit.page and o.line == hit.line and o.end <= hit.start
        for o in hits
    )
    return beside or any(
        o.kind == hit.kind
        and o.page == hit.page
        and o.line < hit.line
        # tight leading: the label's line box may reach a point into the name's line; a tall
        # box (cells of a heading row on baselines a little apart, accented capitals) may
        # reach down to half its height: the name still starts below the label's middle
        and -max(0.25 * height, 0.5 * (o.bottom - o.top)) < hit.top - o.bottom < 2.2 * height
        and abs(o.x0 - hit.x0) < 12
        and (hit.kind not in _TIMED or _ends_its_line(page, o))
        for o in hits
    )


# "Call Time 0630" over "Crew Call 0700": two labels, each with its time. (Lunch over wrap is
# the same shape, but an unmarked "Wrap 6.00" read as 06:00 would put a right call in doubt.)
_TIMED = frozenset({"call", "sunrise", "sunset"})


def _opens_with_time(words: Sequence[Word]) -> bool:
    """Whether the words right after a timed label start with a time: a place may be named
    with its label's word ('Hospital Son Espases'), a time never is, so the word is a label."""
    parsed = find_time(" ".join(w.text for w in words))
    return parsed is not None and parsed.start == 0


def _ends_its_line(page: PageText, label: Label) -> bool:
    """Nothing but punctuation follows the label on its line: its value may be the cell below."""
    words = page.lines[label.line].words
    return all(w.text.strip(":-.|") == "" for w in words[label.end :])


def _second_line_of_a_name(page: PageText, hit: Label, hits: list[Label]) -> bool:
    """'St Thomas' Hospital' / 'Emergency Department' under NEAREST HOSPITAL: a phrase alone
    on its line, in a value block that runs on without a gap under a label of the same kind,
    is the second line of the value's name, not a second label. A time label with its own
    time after it ('Treffpunkt Team   07.15' under 'Treffpunkt Technik   06.30') is the next
    row of a timetable, never a name's second line."""
    lines = page.lines
    after = " ".join(w.text for w in lines[hit.line].words[hit.end :])
    if hit.kind in _TIMED and find_time(after) is not None:
        return False
    for o in hits:
        if o.kind != hit.kind or o.page != hit.page or not o.line < hit.line - 1 <= o.line + 2:
            continue
        block = lines[o.line + 1 : hit.line + 1]
        if abs(o.x0 - hit.x0) >= 12 or any(abs(ln.x0 - hit.x0) >= 12 for ln in block):
            continue
        tops = [lines[o.line], *block]
        if all(b.top - a.bottom < 2.2 * _height(a) for a, b in pairwise(tops)):
            return True
    return False


def _department_of_a_name(page: PageText, hit: Label, hits: list[Label]) -> bool:
    """'Sanford USD Medical Center - Emergency Department', 'Mercy Hospital, Emergency Room':
    a hospital label's words ending a cell, after a hospital's name (its facility word, no
    label of its own) and a dash or a comma in the same cell, name the department of that
    hospital, not a label."""
    if hit.kind != "hospital" or hit.start == 0:
        return False
    words = page.lines[hit.line].words
    height = _height(page.lines[hit.line])
    first = hit.start - 1
    while first > 0 and not _starts_cell(words, first, height):
        first -= 1
    # 'Hospital: Mercy Hospital - ER': the name runs from the end of the label before it
    ends = [o.end for o in hits if o.page == hit.page and o.line == hit.line and o.end <= hit.start]
    head = [w.text for w in words[max([first, *ends]) : hit.start]]
    if not head or head[-1].endswith("/"):
        return False  # 'KLINIK / HOSPITAL': a gloss, the label said again
    if head[-1] not in _SEPARATORS and not head[-1].endswith(","):
        return False  # 'Cork University Hospital   NEAREST A&E': the label after its value
    while head and head[-1].strip(",") in _SEPARATORS | {""}:
        head.pop()
    name = " ".join(head)
    return has_facility(name) and not name.endswith(":") and not hospital_label_words(name)


def _column_labels(p: int, page: PageText, hits: list[Label]) -> list[Label]:
    """'Set', 'Parking', 'CALL' unmarked in a label column (Movie Magic: labels against a rule,
    values starting in one column after it): the word alone before that value column is a label.

    The column is known from three or more known labels whose values start at the same x.
    """
    starts = [
        line.words[h.end].x0
        for h in hits
        if h.start == 0
        and h.end < len((line := page.lines[h.line]).words)
        and _gap_before(line.words, h.end) > VALUE_GAP
    ]
    # a label in another column of the line ('ADDRESS  352 Cypress St   6p  Est. wrap', a
    # timeline beside the grid) leaves the word opening it unlabelled still
    taken = {(h.line, h.start) for h in hits}
    out: list[Label] = []
    for li, line in enumerate(page.lines):
        words = line.words
        k = next((i for i in range(1, len(words)) if _gap_before(words, i) > VALUE_GAP), None)
        if k is None or any((li, i) in taken for i in range(k)):
            continue
        if sum(abs(words[k].x0 - x) <= 3 for x in starts) < 3:
            continue
        out += [
            h
            for h in _line_labels(p, li, line, unmarked=True)
            if (h.start, h.end) == (0, k)
            and h.phrase in L.WEAK_PHRASES
            and h.phrase not in L.MARKED_ONLY
        ]
    return out


INNER_COLUMN_ROWS = 2  # known labels that place a column of labels beside a sidebar
INNER_ALIGN = 3.0  # points; the column's labels, and their values, start within this of one another


def _inner_column_labels(p: int, page: PageText, hits: list[Label]) -> list[Label]:
    """'SET' unmarked in a column of labels that starts right of another column (an ordine del
    giorno's grey sidebar of times at the left, 'CAMPO BASE' and 'PRONTO SOCCORSO' under the
    set at one x, their values across a gap at one x): the word alone in a cell at that x, its
    value across the gap at the values' x, is a label, though the sidebar's text ends nearer
    it than a label alone in its cell would need.

    The column is known from two or more known labels opening a cell (their line, or a cell
    after a column gap) at the same x, with their values across a gap at the same x; a cell
    that opens with a known label is no value ('Set   Sunrise 6:12 AM': a word over the set's
    block beside the sun's column)."""
    starts = {(h.line, h.start) for h in hits}  # a cell opened by a label holds no value
    pairs = []
    for h in hits:
        words = page.lines[h.line].words
        if h.end >= len(words) or _gap_before(words, h.end) <= VALUE_GAP:
            continue
        if h.start > 0 and _gap_before(words, h.start) <= VALUE_GAP:
            continue
        if (h.line, h.end) in starts:
            continue
        pairs.append((h.x0, words[h.end].x0))
    if len(pairs) < INNER_COLUMN_ROWS:
        return []
    taken = {(h.line, i) for h in hits for i in range(h.start, h.end)}
    out: list[Label] = []
    for li, line in enumerate(page.lines):
        words = line.words
        cells = [i for i in range(1, len(words)) if _gap_before(words, i) > VALUE_GAP]
        for k, j in pairwise(cells):
            if any((li, i) in taken for i in range(k, j)) or (li, j) in starts:
                continue
            rows = sum(
                abs(words[k].x0 - x) <= INNER_ALIGN and abs(words[j].x0 - v) <= INNER_ALIGN
                for x, v in pairs
            )
            if rows < INNER_COLUMN_ROWS:
                continue
            out += [
                h
                for h in _line_labels(p, li, line, unmarked=True)
                if (h.start, h.end) == (k, j)
                and h.phrase in L.WEAK_PHRASES
                and h.phrase not in L.MARKED_ONLY
            ]
    return out


def row_number(words: Sequence[Word]) -> bool:
    """A spreadsheet printed with its row numbers: the line opens with a bare row number set
    apart from the cell after it ('2   PRODUCCIÓN   Niños del Volcán')."""
    return (
        len(words) > 2
        and words[0].text.isdigit()
        and len(words[0].text) <= 3
        and _gap_before(words, 1) > VALUE_GAP
    )


KEY_COLUMN_ROWS = 3  # known labels flush with a row-numbered key: the sheet's column of keys


def _key_column(page: PageText, hits: list[Label], x0: float) -> int:
    """How many known labels start at ``x0``: the keys of a printed spreadsheet's column A."""
    return sum(
        h.start < len(page.lines[h.line].words)
        and abs(page.lines[h.line].words[h.start].x0 - x0) <= 3
        for h in hits
    )


def _header_grid_keys(p: int, page: PageText, hits: list[Label]) -> list[Label]:
    """'Production   SALT & IRON   Date   9/22/2026' in a spreadsheet's header grid: a generic
    word kept for marked cells ('Production' alone also heads a crew list's department) is the
    key of its row when the row opens the grid above the crew's call, its value starts where
    the values of three or more known labels of the grid start, and a known label follows the
    value on the row (a department's row in a crew list carries names and phones, no label)."""
    calls = [h.line for h in hits if h.kind == "call"]
    # a row-numbered print's title row ('1  CITACIÓN'): a call word over no time opens no grid
    timed = [li for li in calls if find_time(page.lines[li].text) is not None]
    calls = timed or calls
    starts = [
        line.words[h.end].x0
        for h in hits
        if h.end < len((line := page.lines[h.line]).words)
        and _gap_before(line.words, h.end) > VALUE_GAP
    ]
    out: list[Label] = []
    for li, line in enumerate(page.lines[: min(calls, default=0)]):
        words = line.words
        first = int(row_number(words))  # '2  PRODUCCIÓN  ...': a printed sheet's row number
        gaps = (i for i in range(first + 1, len(words)) if _gap_before(words, i) > VALUE_GAP)
        k = next(gaps, None)
        if k is None or sum(abs(words[k].x0 - x) <= 3 for x in starts) < 3:
            continue
        if not any(h.line == li and h.start > k for h in hits) and not (
            first and _key_column(page, hits, words[first].x0) >= KEY_COLUMN_ROWS
        ):
            continue  # no known label after the value, in no column of keys: not a grid row
        out += [
            h
            for h in _line_labels(p, li, line, unmarked=True)
            if (h.start, h.end) == (first, k)
            and h.phrase in L.MARKED_ONLY
            and h.kind == "production"
        ]
    return out


STRIP_BAND = 0.3  # share of page 1 from the top where a header's label strips stand
STRIP_ALIGN = 4.0  # points; a strip's value starts flush under its label, within a cell's padding
_STRIP_HEADS = frozenset(p.split()[0] for p in L.KINDS["production"] if p in L.MARKED_ONLY)


def _strip_keys(p: int, page: PageText) -> list[Label]:
    """'PRODUCTION   CLIENT   AGENCY' in a strip over a row of value cells at the head of the
    first page: a generic word kept for marked cells ('PRODUCTION' alone also heads a crew
    list's department) is the key of its cell when its line is a strip of capitalised keys
    (no digit, no colon, two cells or more, none a department's name) and the row under it
    holds a value flush under it and under another of its keys."""
    out: list[Label] = []
    if p != 0:
        return out
    lines = page.lines
    for li, line in enumerate(lines[:-1]):
        if line.top > page.height * STRIP_BAND:
            break
        if not any(norm(w.text) in _STRIP_HEADS for w in line.words):
            continue  # most lines hold no such word
        if re.search(r"[\d:]", line.text) or any(c.islower() for c in line.text):
            continue
        words = line.words
        cells = [0] + [i for i in range(1, len(words)) if _gap_before(words, i) > VALUE_GAP]
        if len(cells) < 2 or any(norm(w.text) in STRIP_DEPARTMENTS for w in words):
            continue
        below = lines[li + 1]
        if below.top - line.bottom > 2.2 * _height(line):
            continue
        flush = {
            k for k in cells if any(abs(w.x0 - words[k].x0) <= STRIP_ALIGN for w in below.words)
        }
        for h in _line_labels(p, li, line, unmarked=True):
            if h.kind != "production" or h.phrase not in L.MARKED_ONLY:
                continue
            if h.start in flush and len(flush) >= 2 and _alone_in_cell(words, h.start, h.end):
                out.append(h)
    return out


def _list_headings(p: int, page: PageText) -> list[Label]:
    """'LOCATIONS' alone in its cell over '1. Museum Galleries': a generic place word that
    heads a numbered list of places is the places' label, not a department's crew list
    (whose lines under it are roles and names)."""
    out: list[Label] = []
    lines = page.lines
    for li, line in enumerate(lines[:-1]):
        if not any(norm(w.text) in _LIST_HEADS for w in line.words):
            continue  # most lines hold no such word: no second pass over their labels
        for h in _line_labels(p, li, line, unmarked=True):
            if h.kind not in L.NUMBERED_KINDS or h.phrase not in L.MARKED_ONLY:
                continue
            if h.number is not None or not _alone_in_cell(line.words, h.start, h.end):
                continue
            below = lines[li + 1]
            if below.top - line.bottom > 2.2 * _height(line):
                continue
            if _opens_a_list(below, h.x0) or tag_at(lines, li + 1, h.x0) is not None:
                out.append(h)
    return out


def list_tag(line: Line, k: int) -> int | None:
    """The number of a list's tag at words[k]: a bare number printed at least a third bigger
    than the words after it on its line, a cell's gap apart ('1' in a dark box beside 'Saenger
    Theatre' / '118 S Palafox Pl'): the item's mark, not a house number (a street's number is
    set in the street's own size, a word space before it)."""
    words = line.words
    w = words[k]
    if not re.fullmatch(r"\d{1,2}", w.text.strip()) or k + 1 >= len(words) or w.size <= 0:
        return None
    rest = [o.size for o in words[k + 1 :] if o.size > 0]
    if not rest or w.size < 1.3 * max(rest) or _gap_before(words, k + 1) <= RUN_ON_GAP:
        return None
    if k > 0 and _gap_before(words, k) <= VALUE_GAP:
        return None
    return int(w.text.strip())


def tag_at(lines: Sequence[Line], first: int, x0: float, number: int = 1) -> int | None:
    """The line index, among the three from ``first``, that holds list tag ``number`` flush
    under ``x0`` (the tag is centred on its item's lines, so it may sit beside the second)."""
    for li in range(first, min(first + 3, len(lines))):
        for k, w in enumerate(lines[li].words):
            if abs(w.x0 - x0) <= 12 and list_tag(lines[li], k) == number:
                return li
    return None


# the first words of the generic place words that may head a numbered list ("locations")
_LIST_HEADS = frozenset(
    phrase.split()[0]
    for kind in L.NUMBERED_KINDS
    for phrase in L.KINDS[kind]
    if phrase in L.MARKED_ONLY
)


def _alone_in_cell(words: Sequence[Word], start: int, end: int) -> bool:
    """Nothing runs on before or after words[start:end]: a cell of its own."""
    before = start == 0 or _gap_before(words, start) > VALUE_GAP
    return before and (end == len(words) or _gap_before(words, end) > VALUE_GAP)


def _opens_a_list(line: Line, x0: float) -> bool:
    """The line holds, flush under ``x0``, a cell that opens with a marked number and runs on
    into words ('1. Museum Galleries', '#1 Boathouse', '(1) Pier'): the first item of a
    numbered list."""
    words = line.words
    for k, w in enumerate(words[:-1]):
        if abs(w.x0 - x0) > 6 or (k > 0 and _gap_before(words, k) <= VALUE_GAP):
            continue
        mark = w.text.strip()
        if not _NUMBERING.match(mark) or mark.isdigit():
            continue  # '1 Macquarie St': a bare number may be the street's
        if _gap_before(words, k + 1) <= RUN_ON_GAP:
            return any(c.isalpha() for c in words[k + 1].text)
    return False


def _line_labels(p: int, li: int, line: Line, *, unmarked: bool = False) -> list[Label]:
    toks = _tokens(line)
    words = line.words
    height = _height(line)
    out: list[Label] = []
    for s, (_, tok) in enumerate(toks):
        for kind, phrase, quality, want in _BY_FIRST_WORD.get(tok, ()):
            if [t for _, t in toks[s : s + len(want)]] != want:
                continue
            if _split_by_a_cell_gap(words, toks[s][0], toks[s + len(want) - 1][0]):
                continue  # 'Location    Address' heading two columns: two cells, no phrase
            hit = _label_at(kind, phrase, quality, toks, s, len(want), line, (p, li), unmarked)
            if hit is None:
                continue
            if _starts_cell(words, hit.start, height) or _legend_key(
                words, hit.start, hit.end - 1, height
            ):
                out.append(hit)
            elif _prefixed_label(line, hit, height):
                quality = hit.quality * (PREFIXED if hit.kind == "call" else 1.0)
                out.append(replace(hit, quality=quality, start=_joined_start(line, hit, height)))
            elif _after_a_value(line, hit):
                out.append(hit)
            elif hit.kind in _UNIT_KINDS and (unit := _unit_before(line, hit, height)) is not None:
                out.append(replace(hit, quality=hit.quality * UNIT_NAMED, start=unit))
    return out


# A unit named before a call or set label at its cell's start, no colon: "2ND UNIT CALL",
# "SPLINTER UNIT CREW CALL", "Second unit call", "2ND UNIT LOCATION". Another unit's call or set
# on a main unit's sheet (weak, no rival to the crew's call; place_finder skips the set);
# call_finder and place_finder give it its full weight on that unit's own sheet.
UNIT_NAMED = 0.2
_UNIT_KINDS = frozenset({"call", "location"})
_UNIT_WORDS = lazy(
    r"^(?:2nd|second|3rd|third|splinter|aerial|drone|insert|[bc])\s*[-\u2013]?\s*unit\b", re.I
)


def unit_named(line: Line, label: Label) -> bool:
    """The label's words open with a unit's name ('2ND UNIT LOCATION')."""
    return bool(
        _UNIT_WORDS.match(" ".join(norm(w.text) for w in line.words[label.start : label.end]))
    )


def _unit_before(line: Line, hit: Label, height: float) -> int | None:
    """The first word of a unit's name run on before a call label from its cell's start
    ('SPLINTER UNIT' before 'CALL', '2ND UNIT' before 'CREW CALL'); None when the words before
    it are not a unit's name."""
    words = line.words
    k = hit.start
    while k > 0 and hit.start - k < 3 and not _starts_cell(words, k, height):
        k -= 1
    if not _starts_cell(words, k, height):
        return None
    said = " ".join(norm(w.text) for w in words[k : hit.end])
    return k if k < hit.start and _UNIT_WORDS.match(said) else None


def _split_by_a_cell_gap(words: Sequence[Word], first: int, last: int) -> bool:
    """The words of a phrase spaced as separate cells (a table's column headings side by side,
    'Location' over one column and 'Address' over the next) are not one label."""
    return any(_gap_before(words, k) > VALUE_GAP for k in range(first + 1, last + 1))


def _after_a_value(line: Line, hit: Label) -> bool:
    """'Sunrise 6:43 AM Sunset 5:32 PM': a label right after another value, its own value next.

    '4867 Sunset Blvd' is not a label: no time follows it.
    """
    before = line.words[hit.start - 1].text.strip().lower()
    value_before = any(c.isdigit() for c in before) or before in ("am", "pm", "a.m.", "p.m.")
    after = " ".join(w.text for w in line.words[hit.end : hit.end + 3])
    return value_before and hit.kind in _TIME_KINDS | _DATE_KINDS and fits(hit.kind, after)


def _prefixed_label(line: Line, hit: Label, height: float) -> bool:
    """'Closest Hospital:', 'Full Crew Call:': a word or two before a label that ends in a colon.

    Without the colon a phrase inside running text is a value ("St Thomas' Hospital").
    """
    words = line.words
    colon = words[hit.end - 1].text.endswith(":") or (
        hit.end < len(words) and words[hit.end].text.strip() == ":"
    )
    run_start = hit.start
    while run_start > 0 and not _starts_cell(words, run_start, height):
        run_start -= 1
    return colon and hit.start - run_start <= 2


# 'LKW und Basis:', 'Trucks & base:', 'Camions et base :': a label naming two things, the
# label's word the second, joined by a conjunction to a word of their own.
_AND = frozenset({"und", "and", "&", "et", "i", "y", "e", "en", "og", "och", "+"})


def _joined_start(line: Line, hit: Label, height: float) -> int:
    """'LKW und Basis:': a prefixed base label joined by 'und' / 'and' / '&' to one word before it
    at its cell's start names both things: the label is the whole cell's phrase, which starts
    at that word (so the value beside or under it is the label's, not a note's)."""
    words = line.words
    k = hit.start
    if hit.kind != "base":
        return k  # 'Cast and crew call:' is read as before: the call label's own words
    if k >= 2 and words[k - 1].text.strip().lower() in _AND and _starts_cell(words, k - 2, height):
        return k - 2
    return hit.start


def _index_phrases() -> dict[str, list[tuple[str, str, float, list[str]]]]:
    """Label phrases by their first word, so a line is matched in one pass."""
    out: dict[str, list[tuple[str, str, float, list[str]]]] = {}
    for kind, table in L.KINDS.items():
        for phrase, quality in table.items():
            want = phrase.split()
            out.setdefault(want[0], []).append((kind, phrase, quality, want))
    return out


_BY_FIRST_WORD = _index_phrases()


# "GENERAL CALL (CAST & CREW)": a call for the cast and the crew together is the crew's call
_WITH_CREW = lazy(r"^\([^()]*\b(?:crew|unit|all|everyone|ekipa|ekipe|štab|equipo|équipe)\b", re.I)


# a call's list of groups and their times with the crew's among them: 'Produzione 06:00 ·
# Troupe 07:00 · Attori 08:00', 'Production 6:00 | Crew 7:00 | Cast 8:00'
_CREW_LISTED = lazy(
    r"(?:^|[\u00b7\u2022|/;,]\s*)(?:crew|troupe|unit|équipe|equipe|equipa|equipo|ekipa|team)"
    r"\s*:?\s*(?=\d{1,2}(?:[:.h]\d{2}|\s?[ap]\.?m))",
    re.I,
)


def crew_listed(text: str) -> re.Match[str] | None:
    """Where the crew's time starts in a call's list of groups (one of them the crew's)."""
    return _CREW_LISTED.search(text) if len(find_times(text)) >= 2 else None


def _with_crew(line: Line, at: int) -> bool:
    """Whether the words from ``at`` open a bracket that names the crew among others."""
    return bool(_WITH_CREW.match(" ".join(w.text for w in line.words[at : at + 6])))


def _label_at(
    kind: str,
    phrase: str,
    quality: float,
    toks: list[tuple[int, str]],
    s: int,
    n: int,
    line: Line,
    where: tuple[int, int],
    unmarked: bool = False,
) -> Label | None:
    words = line.words
    first, last = toks[s][0], toks[s + n - 1][0]
    start, end, number = first, last + 1, None
    height = _height(line)
    before = toks[s - 1] if s > 0 else None
    numbered = before and before[0] == first - 1 and _gap_before(words, first) <= RUN_ON_GAP
    if numbered and _NUMBERING.match(words[before[0]].text.strip()):  # type: ignore[index]
        start, number = before[0], int(_NUMBERING.match(words[before[0]].text.strip()).group(1))  # type: ignore[union-attr]
    elif _legend_key(words, first, last, height):
        number = int(_NUMBERING.match(words[first - 1].text.strip()).group(1))  # type: ignore[union-attr]
    adjacent_before = before is not None and not _starts_cell(words, first, height)
    if (
        kind == "call"
        and adjacent_before
        and (before[1] in L.NOT_CREW or before[1].startswith("pre"))
        and before[1] not in ORIGINAL_BEFORE  # 'Previous call': the old call, no pre-call
    ):  # type: ignore[index]
        kind = "other_time"  # "Production Call", "Camera pre-call": someone else's call
    after = toks[s + n] if s + n < len(toks) else None
    after_close = (
        after is not None and words[after[0]].x0 - words[last].x1 < max(0.45 * height, 3.5) * 2
    )
    if after and after_close:
        tail = after[1].lstrip("#")
        if kind in L.NUMBERED_KINDS and _trailing_number(line, last, after[0], tail, phrase):
            end, number = after[0] + 1, int(tail)
            end = _part_of_day(line, end)
            end = _timed_window(line, end)
            end = _bracketed_part_of_day(line, end, phrase)
        elif kind in L.NUMBERED_KINDS and (
            lettered := _letter_suffix(line, after[0]) or _roman_set(line, last, after[0], phrase)
        ):
            end, number = lettered
        elif (
            kind == "call"
            and after[1] in L.NOT_CREW_AFTER
            and not _with_crew(line, after[0])
            and not crew_listed(" ".join(w.text for w in words[after[0] :]))
        ):
            kind = "other_time"
        elif kind == "date" and re.match(L.NOT_SHOOT_DATE, after[1]):
            kind = "other_date"
    revision = False
    if kind == "call" and number is None:
        start, end, revision = _revision_words(line, start, end, height)
        quality = _revision_quality(line, start, end, quality) if revision else quality
    if phrase in L.ABBREVIATIONS and not words[last].text.endswith((".", ":")):
        return None  # "wsch. 4.56", not the first name "Zach"
    if _names_a_street(line, last, first):
        return None  # "Call Lane", "Hospital Road": a street named with a label's word
    if _route_to(line, first, phrase, adjacent_before):
        return None  # "Base to set 1: 38 km, 40 min": a drive's route, not the set's label
    if number is None and kind in _MODIFIERS:
        start, end = _modified(line, start, end, *_MODIFIERS[kind])
    end = _qualified(line, end, kind)
    unplaced = end
    end = _placed_call(line, end, kind)
    # 'Call on location', 'CALL AT BASE' ending its cell: the generic call word with the place
    # everyone reports to is the unit's call, as sure as 'crew call on location'
    placed = kind == "call" and phrase == "call" and end > unplaced
    if kind in L.NUMBERED_KINDS:
        end = _scene_side(words, end)  # 'MAIN UNIT LOCATION - EXT' over the set: a heading
    end, quality, phrase = _glossed(line, end, kind, quality, phrase)
    end = _linked(line, end)
    # 'Call (all crew) 07:00': a bracket naming the crew marks a generic call word as its label
    for_crew = kind == "call" and end < len(words) and _with_crew(line, end)
    # 'Call (at the rendezvous)', 'Call (@ base)': a bracket naming where everyone meets marks
    # a generic call word as the crew's, however close its time is printed after it
    at_meeting = (
        kind == "call"
        and phrase == "call"
        and bool(_AT_THE_MEETING.match(_words(words, last + 1, end)))
    )
    if (
        phrase in L.WEAK_PHRASES
        and not unmarked
        and not revision
        and not for_crew
        and not at_meeting
        and not placed
        and not _marked(line, start, end, number, phrase)
    ):
        return None
    if (
        phrase in L.HEADING_ONLY
        and end < len(words)
        and _gap_before(words, end) <= VALUE_GAP
        and not _address_follows(line, end)
    ):
        return None  # "Where: we are shooting on ...": a sentence, not a section's heading
    if kind == "location" and number is not None:
        quality = max(quality, L.LOCATION["location"])  # "SET #1" is as clear as "Location 1"
    if at_meeting:
        quality = max(quality, L.CREW_CALL["rv time"])  # 'CALL (at RV)': the crew's meeting
    if placed:
        quality = max(quality, L.CREW_CALL["crew on location"])
    return Label(
        kind,
        phrase,
        quality,
        where[0],
        where[1],
        start,
        end,
        number,
        words[start].x0,
        words[end - 1].x1,
        line.top,
        line.bottom,
        _run_text(line, first),
    )


# A generic call's note naming where everyone meets: 'CALL (at RV)', 'Call (@ unit base):',
# 'Call (at the rendezvous)', 'Call (meet at base)', 'Call (at the crew car park)'
_AT_THE_MEETING = lazy(
    r"^\((?:meet(?:ing)?\s+)?(?:at|@)\s+(?:the\s+)?(?:(?:unit|crew|main)\s+)?"
    r"(?:rv|rendezvous|r/v|meeting\s+point|base|base\s+camp|car\s+park|parking)\)\s*:?$",
    re.I,
)


def _table_column_heading(page: PageText, hit: Label) -> bool:
    """'SETUP  Co kręcimy  Gdzie  Kto' over '1  Kapela na progu  zagroda  Borowina': a heading
    word among a row of three cells or more, no number among them, over rows numbered from 1:
    a table's column, not a section's heading (a card's 'WHERE' beside 'WHEN' stays)."""
    if hit.phrase not in L.HEADING_ONLY or hit.line + 1 >= len(page.lines):
        return False
    line = page.lines[hit.line]
    if len(runs(line)) < 3 or any(c.isdigit() for c in line.text):
        return False
    return page.lines[hit.line + 1].words[0].text.strip(".") == "1"


def _words(words: Sequence[Word], start: int, end: int) -> str:
    return " ".join(w.text for w in words[start:end])


WHOLE_ADDRESS = 0.7  # address_score of the rest of a "Where:" line that makes it a label


def _address_follows(line: Line, end: int) -> bool:
    """'Where: Fenwick Hall, 22 Mill Road, Ely CB7 4DU': the word and its colon, then nothing
    but a whole address (a number and a street or postcode) — a label, not a sentence."""
    if not line.words[end - 1].text.endswith(":"):
        return False
    return address_only(" ".join(w.text for w in line.words[end:]))


def address_only(rest: str) -> bool:
    """Nothing but a whole address: a number, a name in capitals before it, no sentence."""
    digit = re.search(r"\d", rest)
    if digit is None or re.search(r"[.!?]\s+\S", rest):
        return False  # no number, or sentences ('... TX 78746. Meet at the gate')
    # 'Fenwick Hall, 22 Mill Road': a name in capitals before the number, no sentence's words
    lead = re.findall(r"[^\W\d_][\w'\u2019&.-]*", rest[: digit.start()])
    return all(w[0].isupper() for w in lead) and address_score(rest) >= WHOLE_ADDRESS


REVISED_CALL_QUALITY = 0.95  # 'AMENDED CALL', 'CALL NOW': the day's call, as the sheet revised it
ORIGINAL_CALL_QUALITY = 0.5  # 'Prior call', 'Originally called': never sure on its own


def _revision_words(line: Line, start: int, end: int, height: float) -> tuple[int, int, bool]:
    """A call label widened over the words of a revision around it: 'AMENDED CALL TIME',
    'Nouvelle heure de convocation', 'Prior call' from the start of the cell before it, and
    'NOW', 'is now', 'pushed to', '(revised):', 'przesunięta na' run on after it."""
    words = line.words
    k = start
    while k > 0 and start - k < 4 and _gap_before(words, k) <= RUN_ON_GAP:
        if norm(words[k - 1].text) not in REVISED_BEFORE | ORIGINAL_BEFORE | TIME_WORDS:
            break
        k -= 1
    while k < start and norm(words[k].text) not in REVISED_BEFORE | ORIGINAL_BEFORE:
        k += 1  # 'heure de' alone before the call word names no revision
    before = k < start and _starts_cell(words, k, height)
    n = revised_tail(" ".join(w.text for w in words[end : end + 6]))
    after = n > 0 and all(_gap_before(words, i) <= RUN_ON_GAP for i in range(end, end + n))
    after = after and _time_or_cell_end(words, end + n)  # not 'Call moved one hour later'
    return (k if before else start), (end + n if after else end), before or after


def _time_or_cell_end(words: Sequence[Word], i: int) -> bool:
    """A revision's words end their cell or run straight into the new time."""
    if i >= len(words) or _gap_before(words, i) > VALUE_GAP:
        return True
    hit = find_time(" ".join(w.text for w in words[i : i + 3]).lstrip(" :-\u2013"))
    return hit is not None and hit.start == 0


def _revision_quality(line: Line, start: int, end: int, quality: float) -> float:
    """A revised call label is the day's call; the one it replaced is never sure alone."""
    span = " ".join(w.text for w in line.words[start:end])
    if names_original(span):
        return min(quality, ORIGINAL_CALL_QUALITY)
    if names_revision(span):
        return max(quality, REVISED_CALL_QUALITY)
    return quality


_MODIFIERS = {
    "location": (L.PLACE_MODIFIERS_BEFORE, L.PLACE_MODIFIERS_AFTER),
    "base": (L.PLACE_MODIFIERS_BEFORE, L.PLACE_MODIFIERS_AFTER),
    "hospital": (L.HOSPITAL_MODIFIERS_BEFORE, L.HOSPITAL_MODIFIERS_AFTER),
}


def _modified(
    line: Line, start: int, end: int, before: frozenset[str], after: frozenset[str]
) -> tuple[int, int]:
    """A place label with the words that qualify it ("NIGHT LOCATION", "MIEJSCE ZDJĘĆ
    NOCNYCH", "LOCAL HOSPITAL", "Nearest A&E Department:"): modifier words run on before it
    from the start of its cell, or after it to the end of its cell or a colon, are part of the
    label (labels.PLACE_MODIFIERS_*, HOSPITAL_MODIFIERS_*)."""
    words = line.words
    height = _height(line)
    k = start
    while k > 0 and norm(words[k - 1].text) in before:
        if _gap_before(words, k) > RUN_ON_GAP:
            break
        k -= 1
    if k < start and _starts_cell(words, k, height):
        start = k
    k = end
    while k < len(words) and norm(words[k].text) in after and not words[k - 1].text.endswith(":"):
        if _gap_before(words, k) > RUN_ON_GAP:
            break
        k += 1
    ends = k == len(words) or _gap_before(words, k) > VALUE_GAP or words[k - 1].text.endswith(":")
    if k > end and ends:
        end = k
    return start, end


_CELL_NUMBER = lazy(r"^(\d{1,2})\.$")
CELL_NUMBERS = 3  # numbered cells on one line, in order, that make a numbered grid's row


def cell_numbers(words: Sequence[Word]) -> set[int]:
    """Where a numbered grid's cells start on a heading line: '9. AURINKO / SUNRISE - SUNSET
    10. SÄÄ / WEATHER 11. KUVAUSPAIKKA / LOCATION': three or more numbers with a dot, each
    one more than the last, the first opening the line; a cell's number begins the next cell
    however narrow the gap before it (the label before it owns none of it)."""
    found = [(i, int(m[1])) for i, w in enumerate(words) if (m := _CELL_NUMBER.match(w.text))]
    if len(found) < CELL_NUMBERS or found[0][0] != 0:
        return set()
    if any(b[1] != a[1] + 1 for a, b in pairwise(found)):
        return set()
    return {i for i, _ in found[1:]}


GLOSS_WORDS = 3  # a label said again in another language after a slash: a word or three
GLOSS_WORD = lazy(r"^[^\W\d_][^\W\d_'\u2019&.-]*(?:['\u2019&.-][^\W\d_]+)*[.:]?$")
# kinds whose value may itself follow a slash and a capital ('SHOW / BLUE BLOODS'): only a
# gloss that is a label of the kind joins them
_VALUE_AFTER_SLASH = frozenset({"production", "heading"})


def _glossed(
    line: Line, end: int, kind: str, quality: float, phrase: str
) -> tuple[int, float, str]:
    """'LOCATION / LIEU', 'CREW CALL / APPEL ÉQUIPE', 'UNIT BASE / BASE', 'LOCATION / LOKACJA':
    the label said again in a second language (or in other words) after a slash is part of it,
    so the pair heads one cell and neither half is the other's value. The gloss is a word or
    three of letters, capitalised, ending its cell (a wide gap, a colon, the line's end) or, for
    a time or a date, running on into the value; a gloss that is a label of another kind
    ('SUNRISE / SUNSET') is a field of its own. Returns the label's end, its quality and its
    phrase (the better of the two languages' when both are known labels)."""
    words = line.words
    slash = end
    unchanged = end, quality, phrase
    if slash + 1 >= len(words) or words[slash].text != "/" or words[end - 1].text.endswith(":"):
        return unchanged
    if _gap_before(words, slash) > RUN_ON_GAP or _gap_before(words, slash + 1) > RUN_ON_GAP:
        return unchanged
    first = slash + 1
    stop = first
    while stop < len(words) and stop - first < GLOSS_WORDS:
        if stop > first and (
            _gap_before(words, stop) > RUN_ON_GAP or words[stop - 1].text[-1] == ":"
        ):
            break
        if not GLOSS_WORD.match(words[stop].text):
            break
        stop += 1
    if stop == first:
        return unchanged
    if not words[first].text[0].isupper() and not (
        kind in _TIME_KINDS and _times_across_a_slash(words, stop)
    ):
        return unchanged
    gloss = [t for t in (norm(w.text) for w in words[first:stop]) if t]
    same = _label_words(gloss, kind)
    if same is None:
        return unchanged  # 'SUNRISE / SUNSET', 'Call / Wrap': another field's label
    if kind in _VALUE_AFTER_SLASH and same[1] is None:
        return unchanged
    cell_end = (
        stop == len(words)
        or _gap_before(words, stop) > VALUE_GAP
        or words[stop - 1].text[-1] == ":"
        or stop in cell_numbers(words)  # '11. KUVAUSPAIKKA / LOCATION 12. TUKIKOHTA'
        # 'Location / Maqaam : Badshahi Mosque, ...': a colon set apart closes the label
        or words[stop].text.strip() == ":"
    )
    rest = " ".join(w.text for w in words[stop : stop + 4]).lstrip(" :-\u2013")
    into_value = kind in _TIME_KINDS | _DATE_KINDS and bool(rest) and fits(kind, rest)
    if into_value and kind in _TIME_KINDS:
        hit = find_time(rest)
        into_value = hit is not None and hit.start == 0
    if not (cell_end or into_value):
        return unchanged
    better, other = same
    if other is not None and better > quality:
        return stop, better, other  # 'PARKING / BASECAMP': the surer word names the label
    return stop, quality, phrase


def _times_across_a_slash(words: Sequence[Word], at: int) -> bool:
    """'Sunrise / blue hour   07:12 / 06:50': the cell after a time label's second name holds
    two times across a slash, one for each name, so the second name (in lower case, of no
    known kind) is the pair's, not the label's value."""
    if at >= len(words) or _gap_before(words, at) <= VALUE_GAP:
        return False
    stop = next((k for k in range(at + 1, len(words)) if _gap_before(words, k) > VALUE_GAP), None)
    times = lone_times(" ".join(w.text for w in words[at:stop]))
    return times is not None and len(times) == 2


# the verb a sentence links a label to its value with: 'Nearest A&E is Huddersfield Royal
# Infirmary', 'Unit base will be the Leisure Centre car park', 'Call is 7:00am'
_LINK_VERB = lazy(r"^(?:is|are|will\s+be|was|=)$", re.I)


def _linked(line: Line, end: int) -> int:
    """Past the verb that links a label to the value running on after it in a sentence."""
    words = line.words
    if end == 0 or words[end - 1].text.endswith(":"):
        return end
    for n in (1, 2):
        k = end + n
        if k >= len(words) or any(_gap_before(words, i) > RUN_ON_GAP for i in range(end, k + 1)):
            continue
        if _LINK_VERB.match(" ".join(w.text for w in words[end:k])):
            return k
    return end


def _label_words(gloss: list[str], kind: str) -> tuple[float, str | None] | None:
    """How a gloss's words read as a label: the quality and phrase of the best ``kind`` phrase
    they open, (0.0, None) when they open no label's phrase, None when they open another
    kind's."""
    best: tuple[float, str | None] = (0.0, None)
    for other, phrase, quality, want in _BY_FIRST_WORD.get(gloss[0], ()) if gloss else ():
        if gloss[: len(want)] != want:
            continue
        if other != kind:
            return None
        if quality > best[0]:
            best = (quality, phrase)
    return best


_SIDE = lazy(r"^(?:INT|EXT|I/E|E/I|INT/EXT|EXT/INT)\.?$", re.I)


def _scene_side(words: Sequence[Word], at: int) -> int:
    """Past a dash and an interior / exterior mark that end a heading's cell ('- EXT', '- INT')."""
    side = at + 1
    if side >= len(words) or words[at].text not in _DASHES or not _SIDE.match(words[side].text):
        return at
    if any(_gap_before(words, k) > RUN_ON_GAP for k in (at, side)):
        return at
    ends_cell = side + 1 == len(words) or _gap_before(words, side + 1) > VALUE_GAP
    return side + 1 if ends_cell else at


def _qualified(line: Line, end: int, kind: str) -> int:
    """A label's note in brackets is part of it when a colon or the cell's end follows the
    note: "CREW CALL (ON SET):", "WRAP (EST.):", "SZPITAL (SOR 24h)"; in "Sunrise (Sat) 6:59"
    the value runs on from the note, which stays with the value, and "Sunrise (06:12)" is
    the value in brackets."""
    words = line.words
    if end >= len(words) or not words[end].text.startswith("("):
        return end
    if _gap_before(words, end) > RUN_ON_GAP or words[end - 1].text.endswith(":"):
        return end
    close = next((k for k in range(end, min(end + 5, len(words))) if ")" in words[k].text), None)
    if close is None:
        return end
    tail = words[close].text
    after = close + 1
    after = _scene_side(words, after)  # 'LOCATION (MAIN) - EXT': interior or exterior too
    # a space wider than a word's after the bracket parts the label's note from the value
    # ('CALL TIME (SITE ENTRANCE)   5.30 am' in a key / value table): a cell's end too
    ends_cell = after == len(words) or _gap_before(words, after) > RUN_ON_GAP
    colon = tail.endswith("):") or (after < len(words) and words[after].text.strip() == ":")
    if not (tail.endswith((")", "):")) and (colon or ends_cell)):
        return end
    note = " ".join(w.text for w in words[end:after])
    if kind in _TIME_KINDS | _DATE_KINDS and fits(kind, note):
        return end
    return after + 1 if colon and not tail.endswith("):") else after


# where a crew call is made, said after its label with no brackets: 'UNIT CALL ON LOCATION',
# 'CREW CALL ON SET', 'Unit call at base', 'CREW CALL AT UNIT BASE'
_CALL_PLACE = lazy(
    r"^(?:on|at|@)\s+(?:the\s+)?(?:(?:unit|crew|main)\s+)?"
    r"(?:location|loc\.?|set|site|base|base\s+camp|stage|studio|unit\s+base)(?:\s+#?\d{1,2})?$",
    re.I,
)


def _placed_call(line: Line, end: int, kind: str) -> int:
    """A crew call's label that says where the call is and ends its cell ('UNIT CALL ON
    LOCATION' over the time in its box) is a label to the end of that place: its time is the
    one under or beside the whole phrase, not the place words. A time running on in the same
    cell ('Crew call on set 07:00') is left to the value, as before."""
    words = line.words
    if kind != "call" or end >= len(words) or _gap_before(words, end) > RUN_ON_GAP:
        return end
    for k in range(end + 2, min(end + 5, len(words)) + 1):
        if any(_gap_before(words, i) > RUN_ON_GAP for i in range(end + 1, k)):
            break
        if k < len(words) and _gap_before(words, k) <= VALUE_GAP:
            continue  # the cell runs on: the place words open a value or a sentence
        if _CALL_PLACE.match(" ".join(w.text for w in words[end:k]).rstrip(":")):
            return k
    return end


# street types that are no everyday word: a label's word run on into one names a street
_STREET_TYPES = STREET_SUFFIXES - WEAK_SUFFIXES


def _names_a_street(line: Line, last: int, first: int | None = None) -> bool:
    """'Leeds Corn Exchange' / 'Call Lane' / 'Leeds LS1 7BR', 'Hospital Road': a label's last
    word run on, with no colon, into a capitalised street type is the name of a street. After
    a house number a weaker type names one too: '1 Hospital Way', '40 Base Walk'."""
    words = line.words
    if last + 1 >= len(words) or words[last].text.endswith((":", ".")):
        return False
    nxt = words[last + 1].text
    kind = norm(nxt).rstrip(",")
    housed = (
        first is not None
        and first > 0
        and bool(_HOUSE_NUMBER.match(words[first - 1].text))
        and _gap_before(words, first) <= RUN_ON_GAP
    )
    return (
        _gap_before(words, last + 1) <= RUN_ON_GAP
        and nxt[:1].isupper()
        and (kind in _STREET_TYPES or (housed and kind in STREET_SUFFIXES))
    )


_HOUSE_NUMBER = lazy(r"^\d{1,5}[A-Za-z]?$")


def _run_text(line: Line, i: int) -> str:
    return " ".join(w.text for a, b in runs(line) if a <= i < b for w in line.words[a:b])


def _trailing_number(line: Line, last: int, i: int, tail: str, phrase: str = "") -> bool:
    """'Location 2', 'SET #1', 'Set 1:'; not the street number of 'Set Location: 52 Grove Rd'."""
    words = line.words
    if not (tail.isdigit() and len(tail) <= 2) or words[last].text.endswith(":"):
        return False
    raw = words[i].text.strip()
    ends_run = i + 1 == len(words) or _gap_before(words, i + 1) > RUN_ON_GAP
    # Polish streets put the number after the name ("Lokacja 1 ul. Piotrkowska 104"), and two
    # numbers in a row cannot both be the street number ("Location 1 52 Grove Rd"): set 1
    nxt = "" if ends_run else norm(words[i + 1].text)
    street_next = nxt in _STREET_PREFIXES or nxt[:1].isdigit()
    qualified = _part_of_day(line, i + 1) > i + 1  # "LOCATION 1 - MORNING"
    # "LOC 1 - 7:00 AM - 11:30 AM", "LOC 2 - 12:30 PM - WRAP": the set's hours head its block
    qualified = qualified or _timed_window(line, i + 1) > i + 1
    noted = not ends_run and _note_ends_cell(line, i + 1)  # "LOCATION 1 (main)"
    # "SET 1 (AM)", "SET 2 (PM) - UNIT MOVE 11:30": a bracketed part of the day heads a block
    # (the generic set word only: 'LOCATION 1 (AM)' is read by the place's own reading, and a
    # table's 'LOC 1 (AM)' column head leaves the set to the table's LOCATION row)
    timed = not ends_run and _bracketed_part_of_day(line, i + 1, phrase) > i + 1
    return (
        raw.startswith("#")
        or raw.endswith(":")
        or ends_run
        or street_next
        or qualified
        or noted
        or timed
    )


_SET_WORDS = frozenset({"set"})
_MOVE_NOTE_WORDS = frozenset({"move", "moves", "moving", "wrap", "travel", "convoy"})
_CLOCK = lazy(r"^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?$|^\d{1,2}\s*[ap]\.?m\.?$", re.I)


_ROUTE_WORDS = frozenset({"to", "from", "towards", "till", "until", "via"})


def _route_to(line: Line, first: int, phrase: str, adjacent: bool) -> bool:
    """'Base to set 1: 38 km', 'Hotel → set 2:', 'Drive from set 1: 50 min': a generic set word
    after a word of a route, in the same run, names the end of a drive (its distance or time
    after it), never the set's own label. 'SET 1:' and 'Unit base / Set 1' stay labels."""
    if phrase != "set" or first == 0 or not adjacent:
        return False
    words = line.words
    if _gap_before(line.words, first) > RUN_ON_GAP:
        return False
    prev = norm(words[first - 1].text)
    return prev in _ROUTE_WORDS or words[first - 1].text.strip() in {"→", "->", ">"}


def _bracketed_part_of_day(line: Line, end: int, phrase: str = "set") -> int:
    """'SET 1 (AM)', 'Set 2 (afternoon)', 'SET 2 (PM) - UNIT MOVE 11:30': a numbered set's
    part of the day in brackets, ending its run, or followed across a dash by a short note of
    the move to it (a move word or a time ending the run), heads the set's block; its name and
    address are under it. 'SET 2 (PM) - 120 Water St': the set's address runs on, its value.
    Returns the label's new end."""
    words = line.words
    if phrase not in _SET_WORDS:
        return end
    if end >= len(words) or not words[end].text.startswith("("):
        return end
    if _gap_before(words, end) > RUN_ON_GAP:
        return end
    close = next((k for k in range(end, min(end + 3, len(words))) if ")" in words[k].text), None)
    if close is None or not words[close].text.rstrip(":").endswith(")"):
        return end
    inside = [norm(w.text).replace(".", "").strip("()") for w in words[end : close + 1]]
    if not inside or not all(t in _PARTS_OF_DAY for t in inside if t):
        return end
    after = close + 1
    if after == len(words) or _gap_before(words, after) > RUN_ON_GAP:
        return after
    if words[after].text not in _DASHES:
        return end
    stop = after + 1
    while stop < len(words) and _gap_before(words, stop) <= RUN_ON_GAP:
        stop += 1
    note = words[after + 1 : stop]
    if not note or len(note) > 6:
        return end
    keys = {norm(w.text).rstrip(":") for w in note}
    if keys & _MOVE_NOTE_WORDS or _CLOCK.match(note[-1].text.strip()):
        return stop
    return end


_WINDOW_ENDS = frozenset({"wrap", "tbc", "tba", "end", "onwards", "finish", "late"})
_MERIDIEM = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m"})


# what parts a numbered set's heading from its hours: a dash, or a middle dot or bullet
# ('OBIEKT 2 · 12.30-17.30', a heading's parts set apart the way a word processor prints them)
_WINDOW_MARKS = frozenset({"-", "\u2013", "\u2014", "\u00b7", "\u2022"})
_SPAN = lazy(r"^(\d{1,2}[:.h]\d{2})([-\u2013])(\d{1,2}[:.h]\d{2})$")


def _span_parts(text: str) -> list[str]:
    """'7.30-11.30' as its two clocks and the dash between them; any other word as itself."""
    m = _SPAN.match(text)
    return [m[1], m[2], m[3]] if m else [text]


def _timed_window(line: Line, end: int) -> int:
    """'LOC 1 - 7:00 AM - 11:30 AM', 'LOC 2 - 12:30 PM - WRAP', 'LOC 1 - kit prep 5:45 AM',
    'SET 3 - 16:00 - WRAP': a numbered set's hours after a dash, ending its run, head the set's
    block (its name and address are under it, one column a set when a day moves). The hours are
    clock times, a dash between them and a word that ends a day ('WRAP', 'TBC'), or a short note
    ending on a clock time. 'LOCATION 1 - 120 Water St': no clock, the set's address runs on.
    Returns the label's new end."""
    words = line.words
    if end + 1 >= len(words) or words[end].text not in _WINDOW_MARKS:
        return end
    if _gap_before(words, end) > RUN_ON_GAP or _gap_before(words, end + 1) > RUN_ON_GAP:
        return end
    stop = end + 1
    while stop < len(words) and _gap_before(words, stop) <= RUN_ON_GAP:
        stop += 1
    # 'OBIEKT 1 · 7.30-11.30': the hours printed as one span, no space around its dash
    window = [t for w in words[end + 1 : stop] for t in _span_parts(w.text.strip())]
    if not window or len(window) > 7:
        return end
    keys = [norm(t).rstrip(",;:") for t in window]
    clocks = [bool(_CLOCK.match(t)) for t in window]
    if not any(clocks):
        return end
    hours = all(
        c or k in _MERIDIEM or k in _WINDOW_ENDS or t in _DASHES
        for c, k, t in zip(clocks, keys, window, strict=True)
    )
    last = len(window) - 1 - (keys[-1] in _MERIDIEM)
    noted = len(window) <= 5 and last >= 0 and clocks[last]  # 'kit prep 5:45 AM'
    return stop if hours or noted else end


def _note_ends_cell(line: Line, at: int) -> bool:
    """A short note in brackets from word ``at`` that ends its cell ('(main)', '(unit base):').
    A part of the day ('LOCATION 1 (AM)') is left to the place's reading (fields.places), which
    takes the set under it."""
    words = line.words
    if not words[at].text.startswith("("):
        return False
    close = next((k for k in range(at, min(at + 4, len(words))) if ")" in words[k].text), None)
    if close is None or not words[close].text.rstrip(":").endswith(")"):
        return False
    if any(norm(w.text).replace(".", "") in _PARTS_OF_DAY for w in words[at : close + 1]):
        return False
    after = close + 1
    return (
        after == len(words)
        or _gap_before(words, after) > VALUE_GAP
        or (words[close].text.endswith(":"))
    )


_DASHES = frozenset({"-", "\u2013", "\u2014"})
_PARTS_OF_DAY = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "am", "pm", "dawn", "dusk", "overnight"}
)


def _part_of_day(line: Line, end: int) -> int:
    """'LOCATION 1 - MORNING', 'SET 2 - NIGHT (company move 18:00)': the part of the day after
    a numbered set's dash qualifies the label when it ends its run (or a note follows it);
    the set's name and address are its value. Returns the label's new end."""
    words = line.words
    if end + 1 >= len(words) or words[end].text not in _DASHES:
        return end
    if norm(words[end + 1].text) not in _PARTS_OF_DAY:
        return end
    after = end + 2
    runs_on = after < len(words) and _gap_before(words, after) <= RUN_ON_GAP
    if runs_on and not words[after].text.startswith("("):
        return end  # "SET 1 - Day Room, Hotel Lobby": the words run on, a name
    return after


_STREET_PREFIXES = frozenset({"ul", "al", "pl", "os", "ulica", "aleja", "plac", "osiedle"})


# a set numbered in capital Roman numerals ('OBIEKT I', 'OBIEKT II · godz. 13.30-18.00')
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


def _roman_tail(line: Line, last: int, i: int, phrase: str) -> int | None:
    """'OBIEKT I · godz. 7.00-12.30', 'OBIEKT II:', 'OBIEKT III' ending its run: a set numbered
    the way Polish plans number a day's objects, read as 'OBIEKT 1' is (the same marks: a colon,
    the end of the run, the set's hours after a dot or dash). Capitals only: 'i' is 'and'
    ('obiekt i dziedziniec'); 'Set I want' runs on with no mark and stays words."""
    raw = line.words[i].text.strip()
    value = _ROMAN.get(raw.rstrip(":"))
    if value is None:
        return None
    return value if _trailing_number(line, last, i, str(value), phrase) else None


def _roman_set(line: Line, last: int, i: int, phrase: str) -> tuple[int, int] | None:
    """The label's end (past the set's hours) and number of a Roman-numbered set."""
    value = _roman_tail(line, last, i, phrase)
    return None if value is None else (_timed_window(line, i + 1), value)


def _letter_suffix(line: Line, i: int) -> tuple[int, int] | None:
    """'LOCATION A', 'Set B:', 'LOCATION B (company move 16:00)': a lettered set, with its note.

    The end of the label (past the note in brackets) and the letter's rank, when the letter
    and note end their cell; otherwise the letter starts the value ("Set A Stage 4").
    """
    words = line.words
    raw = words[i].text.strip().rstrip(":")
    if len(raw) != 1 or not "A" <= raw <= "H":
        return None
    end = i + 1
    runs_on = end < len(words) and _gap_before(words, end) <= RUN_ON_GAP
    if runs_on and words[end].text.startswith("("):
        stop = min(end + 8, len(words))
        close = next((k for k in range(end, stop) if ")" in words[k].text), None)
        if close is None or not words[close].text.rstrip(":").endswith(")"):
            return None
        end = close + 1
        runs_on = end < len(words) and _gap_before(words, end) <= RUN_ON_GAP
    if runs_on and not words[end - 1].text.endswith(":"):
        return None
    return end, ord(raw) - ord("A") + 1


def _marked(line: Line, first: int, end: int, number: int | None, phrase: str) -> bool:
    """A generic word is a label only when numbered, followed by a colon, or alone in its cell."""
    words = line.words
    if phrase in L.GRID_KEY_ONLY:
        return False  # 'Producción: Andrés Vives' in the credits: a person, not the title
    if words[end - 1].text.endswith(":"):
        return True
    if number is not None:
        # 'Maya + Theo - set 2' in a table's cell: a generic word written in lower case after
        # other words is running text; a label is capitalised ('Set 2', 'SET 2') or starts the line
        return first == 0 or not words[first].text.islower()
    if end < len(words) and words[end].text.strip() in (":", "-", "\u2013"):
        return True
    if _leads_to_value(words, end):
        return True  # 'Szpital (SOR) ........ Wojewódzki ...': a typed list's dot leaders
    if service_after(words, end, VALUE_GAP):
        return True  # 'BOLNICA / HITNA 124': the hospital and its emergency service, a heading
    if (first == 0 or _gap_before(words, first) > VALUE_GAP) and _address_heading_after(words, end):
        return True  # 'DÉCOR / ADRESSE', 'Motiv / Adresse': the set and its address head a cell
    if (first == 0 or _gap_before(words, first) > VALUE_GAP) and _bracket_closes_cell(
        words, first, end
    ):
        return True  # 'SZPITAL (SOR)   Szpital Miejski ...': a note in brackets ends the cell
    if phrase in L.MARKED_ONLY:
        return False
    if phrase in L.HEADING_ONLY and _card_heading(words, first, end):
        return True
    # a word that owns only a bare time ("Ekipa" over "7.00") needs only a cell's gap around it
    wide = VALUE_GAP if phrase in L.BARE_TIME_ONLY else RIGHT_GAP / 2
    if phrase in L.CAPITAL_CELL_ONLY and all(w.text.isupper() for w in words[first:end]):
        wide = VALUE_GAP  # 'TRUCKS / BASECAMP   HOLDING   NEAREST HOSPITAL': a narrow grid
    alone_after = end == len(words) or words[end].x0 - words[end - 1].x1 > wide
    # "NÆRMESTE SYKEHUS / LEGEVAKT": a second name for the field after a slash is a cell of its own
    after_separator = first > 0 and words[first - 1].text.strip() in _SEPARATORS
    return alone_after and (first == 0 or after_separator or _gap_before(words, first) > wide)


CARD_SIZE = 0.9  # a card's heading is set at most this share of the text left of it


def _card_heading(words: Sequence[Word], first: int, end: int) -> bool:
    """'GDZIE' heading a card in a right-hand column, on the row of a timeline's line left of
    it ('7.30 wyjazd z Rzeszowa (bus spod Hali Podpromie)      GDZIE'): alone at its line's
    end after a cell's gap, set smaller than the text across the gap (another column's)."""
    if end != len(words) or first == 0 or _gap_before(words, first) <= VALUE_GAP:
        return False
    return words[first].size <= CARD_SIZE * words[first - 1].size


_LEADERS = lazy(r"^(?:\.{3,}|\u2026+)$")
_BRACKET_WORDS = 3  # 'HOSPITAL (A&E)', 'Krankenhaus (Notaufnahme)', 'Szpital (SOR, 24h)'


def _bracket_closes_cell(words: Sequence[Word], first: int, end: int) -> bool:
    """'SZPITAL (SOR)   <the hospital>', 'HOSPITAL (A&E)   <its name>': a generic word heading
    its cell, then a bracketed note of a few words, run on to it (in the label's span or just
    after it), that ends the cell before a cell's gap: a label with its note, as sure as a
    colon. 'Szpital (SOR) Miejski' runs on into a name; a bracket alone on its line heads
    nothing."""
    opening = next((k for k in range(first + 1, end) if words[k].text.startswith("(")), end)
    if opening >= len(words) or not words[opening].text.startswith("("):
        return False
    for k in range(first + 1, min(opening + _BRACKET_WORDS, len(words))):
        if _gap_before(words, k) > RUN_ON_GAP:
            return False
        if k >= opening and words[k].text.rstrip(":").endswith(")"):
            return k + 1 < len(words) and _gap_before(words, k + 1) > VALUE_GAP
    return False
    if _gap_before(words, end) > RUN_ON_GAP:
        return False
    for k in range(end, min(end + _BRACKET_WORDS, len(words))):
        if k > end and _gap_before(words, k) > RUN_ON_GAP:
            return False
        if words[k].text.rstrip(":").endswith(")"):
            return k + 1 < len(words) and _gap_before(words, k + 1) > VALUE_GAP
    return False


def _address_heading_after(words: Sequence[Word], end: int) -> bool:
    """'DÉCOR / ADRESSE', 'MOTIV / ADRESSE', 'Decorat / Adreça': a generic place word heading
    its line, then, across a slash, the word for an address ending the cell: the two name one
    cell's heading (the set's name over its address), as sure as a colon. A scene table's
    column word ('SÉQ. DÉCOR EFFET') has no slash, and 'Décor / Adresse du parking' runs on."""
    if end + 1 >= len(words) or words[end].text.strip() != "/":
        return False
    if _gap_before(words, end) > RUN_ON_GAP or _gap_before(words, end + 1) > RUN_ON_GAP:
        return False
    for stop in range(end + 2, min(end + 2 + GLOSS_WORDS, len(words) + 1)):
        gloss = [t for t in (norm(w.text) for w in words[end + 1 : stop]) if t]
        if not gloss or " ".join(gloss) not in L.KINDS["address"]:
            continue
        if stop == len(words) or _gap_before(words, stop) > VALUE_GAP:
            return True
        if words[stop - 1].text.endswith(":"):
            return True
    return False


def _leads_to_value(words: Sequence[Word], end: int) -> bool:
    """Dot leaders straight after the label, or after a short qualifier ('Szpital (SOR)
    .......'): a typed form's row, label to value, as sure as a colon."""
    for k in range(end, min(end + 2, len(words))):
        if _LEADERS.match(words[k].text.strip()):
            return True
        if not re.match(r"^\(.{1,12}\)$", words[k].text.strip()):
            return False
    return False


def _longest_only(hits: list[Label]) -> list[Label]:
    """Drop a hit whose words lie inside a longer hit ("crew call" inside "crew call time")."""
    keep = []
    for h in hits:
        covered = any(
            o is not h
            and (o.page, o.line) == (h.page, h.line)
            and o.start <= h.start
            and h.end <= o.end
            and ((o.end - o.start), len(o.phrase)) > ((h.end - h.start), len(h.phrase))
            for o in hits
        )
        if not covered:
            keep.append(h)
    return keep


def runs(line: Line) -> list[tuple[int, int]]:
    """Split a line into runs of normally spaced words: (first index, end index)."""
    if type(line) is not Line:
        return _runs(line)
    # a line is frozen and the fields ask for its runs many times (60 a sheet): kept on it,
    # outside its fields (so neither equality nor its repr sees them)
    kept = line.__dict__.get("_runs")
    if kept is None:
        kept = line.__dict__["_runs"] = tuple(_runs(line))
    return list(kept)


def _runs(line: Line) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    size = max(w.size for w in line.words) or _height(line)
    gap = max(RUN_ON_GAP, 0.6 * size)  # a space in an 18 pt title is wider than 6 pt
    pitch = _mono_pitch(line)
    for i in range(1, len(line.words)):
        if _gap_before(line.words, i) > gap and not _mono_space(line.words, i, pitch):
            out.append((start, i))
            start = i
    out.append((start, len(line.words)))
    return out


# A typewriter font (Courier, DejaVu Sans Mono): every glyph and the space advance 0.6 em, so
# a plain space there is as wide as the 0.6 em gap that splits proportional type into cells
MONO_PITCH = (0.55, 0.62)  # a monospaced font's advance, in ems
MONO_SPREAD = 0.02  # each word's width per letter within this share of the line's
MONO_WORDS = 3  # words that show the pitch
MONO_PAIR_LETTERS = 10  # or two words of this many letters together, closer still:
MONO_PAIR_SPREAD = 0.01
MONO_SPACE = 1.25  # a gap up to this many advances is one space


def _mono_pitch(line: Line) -> dict[float, float]:
    """Per type size on a line, the advance of a monospaced font its words are set in: every
    word at that size is as wide per letter as the others, at a monospaced font's pitch, and
    there are at least MONO_WORDS of them (or two long ones, closer still). Empty for
    proportional type, whose letters differ in width ('l' and 'm', '/' and 'W')."""
    by_size: dict[float, list[tuple[float, int]]] = {}
    for w in line.words:
        if w.text and w.size > 0:
            size = round(w.size, 1)
            by_size.setdefault(size, []).append(((w.x1 - w.x0) / len(w.text), len(w.text)))
    out: dict[float, float] = {}
    for size, seen in by_size.items():
        pitches = sorted(p for p, _ in seen)
        mid = pitches[len(pitches) // 2]
        if not MONO_PITCH[0] <= mid / size <= MONO_PITCH[1]:
            continue
        spread = max(abs(p - mid) for p in pitches) / mid
        letters = sum(n for _, n in seen)
        if (len(seen) >= MONO_WORDS and spread <= MONO_SPREAD) or (
            len(seen) == 2 and letters >= MONO_PAIR_LETTERS and spread <= MONO_PAIR_SPREAD
        ):
            out[size] = mid
    return out


def _mono_space(words: Sequence[Word], i: int, pitch: dict[float, float]) -> bool:
    """Whether the gap before word ``i`` is one space of the monospaced font both words share."""
    if not pitch:
        return False
    a, b = words[i - 1], words[i]
    step = pitch.get(round(a.size, 1))
    if step is None or round(a.size, 1) != round(b.size, 1):
        return False
    return _gap_before(words, i) <= MONO_SPACE * step


def fits(kind: str, text: str) -> bool:
    """Whether a value of this shape can be what a label of ``kind`` heads."""
    if kind in _TIME_KINDS:
        return find_time(text) is not None
    if kind in _DATE_KINDS:
        return bool(find_dates(text))
    if kind in L.NUMBERED_KINDS:  # a place: a name or an address, but not a bare time or date
        return find_time(text) is None or bool(re.search(r"[^\W\d]{3}", text))
    return True


_TIME_KINDS = frozenset({"call", "other_time", "sunrise", "sunset"})
_DATE_KINDS = frozenset({"date", "other_date"})
