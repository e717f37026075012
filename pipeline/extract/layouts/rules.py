"""A rule from one correction: where a field's value sits relative to a label, and reading it.

Learning: the value a person gave is found on the teaching sheet (by its shape for a time or a
date, by its words for an address), then the label it belongs to: label words before it in its
cell, the cell to its left, or a label above it (upper case, ending in ':' or printed smaller
than the value). Reading: the same label on a page of the same layout, and the value's box moved
by as much as the label moved, widened to its cell on each line.

A value in running text has no label and no fixed place (the sentence wraps differently each
day); it is learnt under the heading of its section ("Where", printed bigger than the text) and
read as the first well-formed value of the section on the next sheet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from itertools import pairwise
from typing import Any

from pipeline.extract.layouts.cells import (
    Cell,
    cells_of,
    gap_limit,
    label_key,
    label_like,
)
from pipeline.extract.layouts.values import (
    CUT,
    YEAR,
    YEAR_REACH,
    Found,
    address_quality,
    code_first_lines,
    days_between,
    joined,
    named_place,
    numbered,
    numbers_in,
    parse,
    type_at_end,
)
from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.calendar_names import MONTHS, WEEKDAYS
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.values import find_dates, find_times

LEARNABLE = ("call_time", "shooting_date", "location")
ABOVE_LINES = 4  # how far above a value its label may sit, in lines
SECTION_LINES = 12  # how far below its heading a value in running text may sit, in lines
SMALLER = 0.49  # points: a label printed this much smaller than its value is marked as one
START_SLACK = 14.0  # points: a value's first word starts this close to where it was taught
# The relation of a memo: the person corrected the field on this layout and no rule learnt
# from the correction reads the value they gave; later sheets never confirm the field unasked.
CORRECTED = "corrected"
Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class Rule:
    """Where one field's value sits on a layout, relative to its label."""

    field: str
    label: str  # as printed on the teaching sheet
    page: int
    anchor: Box  # the label's box on the teaching sheet
    value: Box  # the value's box there
    lines: int  # lines the value spans
    relation: str  # "inline" (same cell), "right" (next cell), "below", "section" (prose)
    # taught by a correction of what the reader had read here: on this layout the reader is
    # known to be wrong for this field, so the rule is preferred when the two disagree
    corrects_reader: bool = False
    # how well the taught value parsed (an address in a form the finder half knows, "Route de
    # Marrakech, Ouarzazate 45000", parses to 0.4): a later value parsed as well is in the
    # form the person confirmed for this production; None for rules stored before it was kept
    taught_quality: float | None = None
    # a date printed as the first day of a range whose month and year come only with its last
    # ("NIGHT OF FRIDAY 13 / SATURDAY 14 MARCH 2026"): days from the printed date to the value
    date_shift: int = 0
    # a numeric date's order on this layout, as the person's value showed it: the day first
    # ("05.03.2026" is 5 March), the month first, or None (not shown)
    day_first: bool | None = None
    # a memo (relation CORRECTED): the value the person gave, and what the reader had read
    corrected_to: str | None = None
    reader_read: str | None = None
    # whether the address the person gave has a street number ("25 Swan St"): a later value
    # with none ("First Avenue", a venue's name) is not in the form taught; None: not kept
    taught_numbered: bool | None = None
    # taught by a correction, where the reader had read another value or none: on this layout
    # the reader is not to be trusted alone for this field (a sheet the rule finds nothing on
    # sends the reader's value to review); False for rules stored before it was kept
    from_correction: bool = False
    # a date whose year the reader does not read ("15 December 2569 / 2026": the Thai year,
    # then the Western one): which of the four-digit years printed after the day and month is
    # the value's, as the person's value showed it; None: the date reads whole
    year_at: int | None = None
    # a call taught as the start of a time range in its cell ("SHIFT  07:00-19:00"): a shift
    # may stay put while the day's call moves, so what it reads never overrides the reader
    range_start: bool = False
    # an address taught where it was part of a line of running text, after its day's date or
    # call ("Thursday 3 September: Call 0700 at Cliffs of Moher, ..."): the word it followed
    # ("at"); a later sheet's value is what follows the same word after the line's date or
    # call, never the whole sentence
    after: str | None = None
    # an address a spreadsheet prints over neighbouring cells of its row, the street in one and
    # the town in the next ("Address | Castle Barracks | Enniskillen BT74 7HL"): the cells it
    # spans on its first line, read as parts of one address
    cells: int = 1
    # whether the address taught named its place by its parts down to its town or county, a
    # street (or the county) among them and no number ("Cape Coast Castle, Victoria Road, Cape
    # Coast, Central Region"): a later value of that form is in the form the person confirmed
    taught_place: bool = False

    @property
    def key(self) -> str:
        return label_key(self.label)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rule:
        return cls(
            field=data["field"],
            label=data["label"],
            page=int(data["page"]),
            anchor=tuple(data["anchor"]),  # type: ignore[arg-type]
            value=tuple(data["value"]),  # type: ignore[arg-type]
            lines=int(data["lines"]),
            relation=data["relation"],
            corrects_reader=bool(data.get("corrects_reader", False)),
            taught_quality=data.get("taught_quality"),
            date_shift=int(data.get("date_shift") or 0),
            day_first=data.get("day_first"),
            corrected_to=data.get("corrected_to"),
            reader_read=data.get("reader_read"),
            taught_numbered=data.get("taught_numbered"),
            from_correction=bool(data.get("from_correction", False)),
            year_at=data.get("year_at"),
            range_start=bool(data.get("range_start", False)),
            after=data.get("after"),
            cells=int(data.get("cells") or 1),
            taught_place=bool(data.get("taught_place", False)),
        )

    @property
    def is_memo(self) -> bool:
        return self.relation == CORRECTED


@dataclass(frozen=True)
class _Span:
    """Where a value sits: per line, (page, line index, first word, end word)."""

    parts: tuple[tuple[int, int, int, int], ...]
    size: float


# --- learning --------------------------------------------------------------------------------


def teach(
    field: str, value: str, pages: Sequence[PageText], *, read_before: str | None = None,
    corrected: bool = False, title: str | None = None,
) -> Rule | None:  # fmt: skip
    """What one answer teaches about ``field`` on this sheet: a rule, or None.

    ``corrected``: the person changed what the reader had read (``read_before``, None when it
    read nothing). A rule learnt from a correction is kept only when it reads the corrected
    value back on this very sheet; when none does, a memo (relation CORRECTED) is kept in its
    place, so later sheets of this layout send the field to review instead of confirming the
    reader's value again: a correction is never forgotten silently. So is one whose rule is
    blind to what the person added (``_blind``): it would agree with the reader's error."""
    rule = learn(field, value, pages, title)
    if not corrected:
        return rule
    if rule is not None:
        rule = replace(rule, corrects_reader=bool(read_before), from_correction=True)
    kept = rule is not None and reproduces(rule, value, pages)
    if rule is not None and kept and not _blind(rule, value, read_before, pages):
        return rule
    return Rule(
        field=field,
        label=f"corrected to {value}"[:200],
        page=0,
        anchor=(0.0, 0.0, 0.0, 0.0),
        value=(0.0, 0.0, 0.0, 0.0),
        lines=0,
        relation=CORRECTED,
        corrects_reader=True,
        corrected_to=value,
        reader_read=read_before,
        from_correction=True,
    )


def reproduces(rule: Rule, value: str, pages: Sequence[PageText]) -> bool:
    """Whether ``rule`` reads ``value`` (as the person gave it) on the sheet it was taught on."""
    found = read(rule, pages)
    if found is None:
        return False
    if field_is_exact(rule.field):
        return found.value == _exact(rule.field, value)
    # an address as typed need not be printed word for word: most of its words are read
    want, got = _tokens(value), _tokens(found.value)
    return bool(want) and 2 * len(want & got) >= len(want)


def _blind(rule: Rule, value: str, read_before: str | None, pages: Sequence[PageText]) -> bool:
    """Whether a rule taught by correcting an address reads, on its teaching sheet, only words
    the reader's corrected value already had, and misses words the person added that are
    printed between its label and its value (a street line the reader dropped, that its box
    skips too): on later sheets it would agree with the reader's error, never flag it."""
    if rule.field != "location" or not read_before or rule.relation != "below":
        return False
    found = read(rule, pages)
    if found is None:
        return False
    want, got, had = _tokens(value), _tokens(found.value), _tokens(read_before)
    missing = want - got
    if not missing or missing & had or not got <= had:
        return False
    between = [
        w for line in pages[rule.page].lines for w in line.words
        if rule.anchor[3] <= w.top < rule.value[1]
    ]  # fmt: skip
    return bool(missing & {norm(w.text) for w in between})


def _tokens(text: str) -> set[str]:
    return {norm(t) for t in text.replace(",", " ").split()} - {""}


def field_is_exact(field: str) -> bool:
    return field in ("call_time", "shooting_date")


def _exact(field: str, value: str) -> str:
    return value[:5] if field == "call_time" else value[:10]


def learn(
    field: str, value: str, pages: Sequence[PageText], title: str | None = None
) -> Rule | None:
    """The rule for ``field`` from a sheet where it reads ``value``; None when the value is not
    printed where it can be found, or has no label near it. ``title``: the production's title;
    a value with no label (an app's sheet marks it with an icon) is placed from the title, the
    one text every sheet of the production prints the same."""
    if field not in LEARNABLE or not value:
        return None
    span, shift = _locate(field, value, pages), 0
    if span is None and field == "shooting_date":
        span, shift = _locate_range(value, pages) or (None, 0)
    if span is None:
        return None
    anchor, relation = _anchor(span, pages)
    if anchor is None:
        anchor, relation = _heading_over(span, pages), "section"
    if anchor is None and title:
        anchor, relation = _title_cell(title, pages, span), "title"
    if anchor is None:
        return None
    if field == "location" and relation == "below":
        span = _with_skipped_lines(value, span, anchor, pages)
    if relation == "inline":  # the value from the label's end (a date's weekday is its own)
        span = _from_label(span, anchor, pages)
    # the value's cell from its start ("Tuesday" of "Tuesday May 12")
    after = None
    if relation in ("below", "right"):
        p, i, s, e = span.parts[0]
        own = _cell_at(pages[p].lines[i], p, i, s)
        if field == "location":
            after = _lead_word(_words_text(pages[p].lines[i].words[own.start : s]))
        span = _Span(((p, i, own.start, e), *span.parts[1:]), span.size)
    text = joined(field, [_part_text(pages[q].lines[j], q, j, a, b) for q, j, a, b in span.parts])
    order = _date_order(text, value) if field == "shooting_date" else None
    year_at = _year_place(text, value) if field == "shooting_date" and not shift else None
    taught = parse(field, text, shift, order, year_at)
    return Rule(
        field=field,
        label=anchor.text if relation != "inline" else _words_text(anchor.words),
        page=anchor.page,
        anchor=(anchor.x0, anchor.top, anchor.x1, anchor.bottom),
        value=_box(span, pages),
        lines=len(span.parts),
        relation=relation,
        taught_quality=taught.quality if taught else 0.0,
        date_shift=shift,
        day_first=order,
        taught_numbered=numbered(value) if field == "location" else None,
        year_at=year_at,
        range_start=field == "call_time" and _starts_range(_cell_text(span, pages), value),
        after=after,
        cells=_cells_spanned(span, pages) if field == "location" else 1,
        taught_place=field == "location" and taught is not None and named_place(taught.value),
    )


def _from_label(span: _Span, label: Cell, pages: Sequence[PageText]) -> _Span:
    """The value's span from the first word after its inline label and the dashes or colons
    that follow it ("SHOOT SCHEDULE - Weds 27th Jan": from "Weds"), the value's own words."""
    p, i, s, e = span.parts[0]
    if label.page != p or label.line != i:
        return span
    words = pages[p].lines[i].words
    k = label.start + len(label.words)
    while k < s and not any(ch.isalnum() for ch in words[k].text):
        k += 1
    return _Span(((p, i, k, e), *span.parts[1:]), span.size) if k < s else span


def _cells_spanned(span: _Span, pages: Sequence[PageText]) -> int:
    """How many cells of its first line the value spans."""
    p, i, s, e = span.parts[0]
    return sum(1 for c in cells_of(pages[p].lines[i], p, i) if c.start < e and c.end > s)


# the word after the day's date or call that leads into the set's address ("Call 0700 at ...")
_LEAD = re.compile(r"^[\s:;,.\-\u2013\u2014]*([^\W\d_]+|@)(?=\s)", re.I)


def _lead_word(text: str) -> str | None:
    """In the words printed before an address in its cell, the word that follows their last
    date or time ("at" of "Thursday 3 September: Call 0700 at Cliffs of Moher,"): None when
    they print neither (a set's name before its address)."""
    lead = _lead(text)
    return lead[0] if lead else None


def _after_lead(text: str, word: str) -> str | None:
    """What follows ``word`` after the last date or time of ``text``; None when it is not
    printed there (the line is not the sentence the rule was taught on)."""
    lead = _lead(text)
    if lead is None or lead[0] != word:
        return None
    return text[lead[1] :].strip() or None


def _lead(text: str) -> tuple[str, int] | None:
    """The word right after the last date or time of ``text``, and where it ends."""
    dated = (*find_times(text), *find_dates(text, yearless=True))
    end = max((v.end for v in dated), default=None)
    match = _LEAD.match(text[end:] + " ") if end is not None else None
    if match is None or not norm(match.group(1)):
        return None
    return norm(match.group(1)), end + match.end()


def _sentence(text: str) -> bool:
    """Whether a location read prints a date and a time: a line of running text, no address."""
    return bool(find_times(text)) and bool(find_dates(text, yearless=True))


# what joins a range's two ends: "07:00-19:00", "7AM to 7PM", "7h à 19h", "07:00 bis 19:00"
_RANGE_JOIN = re.compile(r"^\s*(?:[-\u2013\u2014~/]|to|till|until|bis|à|a|al|tot|до)\s*$", re.I)


def _starts_range(text: str, value: str) -> bool:
    """Whether ``text`` prints the time ``value`` as the start of a range ("07:00-19:00")."""
    times = find_times(text)
    return any(
        a.value == value[:5] and _RANGE_JOIN.match(text[a.end : b.start])
        for a, b in pairwise(times)
    )


def _cell_text(span: _Span, pages: Sequence[PageText]) -> str:
    """The text of the cell the value starts in."""
    p, i, s, _ = span.parts[0]
    return _cell_at(pages[p].lines[i], p, i, s).text


def _locate(field: str, value: str, pages: Sequence[PageText]) -> _Span | None:
    if field == "location":
        return _locate_words(value, pages)
    target = value[:5] if field == "call_time" else value[:10]
    finder = find_times if field == "call_time" else find_dates
    found: list[_Span] = []
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            # a numeric date in the order the person's value shows ("05/03" as 3 May)
            readings = [finder(line.text)]
            if field == "shooting_date":
                readings += [finder(line.text, us_order=us) for us in (True, False)]
            hits = {(d.start, d.end) for r in readings for d in r if d.value == target}
            if field == "shooting_date" and not hits:
                hits = _yearless_hits(line.text, target)
            for start, end in sorted(hits):
                s, e = _word_range(line, start, end)
                size = max(w.size for w in line.words[s:e])
                found.append(_Span(((p, i, s, e),), size))
    # the day's own value is printed biggest and first; repeats follow (crew list, recap); of
    # one size, a value alone in its cell before one of several ("SHIFT  7 AM to 7 PM")
    found.sort(key=lambda sp: (-sp.size, _shared(sp, pages, finder), sp.parts[0][0],
                               _top(sp, pages)))  # fmt: skip
    return found[0] if found else None


def _yearless_hits(text: str, target: str) -> set[tuple[int, int]]:
    """Where ``text`` prints the date ``target`` as a day and month the reader reads without
    its year, the year printed soon after it among others ("15 December 2569 / 2026"): from
    the day to the year."""
    hits = set()
    for parsed in find_dates(text, yearless=True):
        if parsed.value != "--" + target[5:10]:
            continue
        after = text[parsed.end : parsed.end + YEAR_REACH]
        year = next((m for m in YEAR.finditer(after) if m.group() == target[:4]), None)
        if year is not None:
            hits.add((parsed.start, parsed.end + year.end()))
    return hits


def _year_place(text: str, value: str) -> int | None:
    """Which year printed after the day and month of ``text`` is ``value``'s, when the date
    does not read whole there; None when it does, or the year is not printed."""
    if any(d.value == value[:10] for d in find_dates(text)):
        return None
    for parsed in find_dates(text, yearless=True):
        if parsed.value == "--" + value[5:10]:
            years = YEAR.findall(text[parsed.end : parsed.end + YEAR_REACH])
            return years.index(value[:4]) if value[:4] in years else None
    return None


FAR_LEFT = 6  # value heights: a label-like cell farther left may be another column's text
MAX_RANGE = 6  # days: a date range's first day, printed without its month, before its last


def _locate_range(value: str, pages: Sequence[PageText]) -> tuple[_Span, int] | None:
    """A date printed as the first day of a range whose month and year are printed only with
    its last day ("NIGHT OF FRIDAY 13 / SATURDAY 14 MARCH 2026", "Fri 10/16 - Sat 10/17/26"):
    the range from the first day's number (with the weekday before it), and the days from the
    date printed in full back to the value."""
    try:
        target = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    found: list[tuple[_Span, int]] = []
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            for parsed in find_dates(line.text):
                shift = days_between(target, parsed.value)
                if shift is None or not -MAX_RANGE <= shift < 0:
                    continue
                s, e = _word_range(line, parsed.start, parsed.end)
                cell = _cell_at(line, p, i, s)
                # the value's day number printed before the full date, in the same cell
                k = next((k for k in range(s - 1, cell.start - 1, -1)
                          if target.day in numbers_in(line.words[k].text)), None)  # fmt: skip
                if k is None:
                    continue
                while k > cell.start and norm(line.words[k - 1].text) in WEEKDAYS:
                    k -= 1
                size = max(w.size for w in line.words[k:e])
                found.append((_Span(((p, i, k, e),), size), shift))
    found.sort(key=lambda f: (-f[0].size, f[0].parts[0][0], _top(f[0], pages)))
    return found[0] if found else None


def _date_order(text: str, value: str) -> bool | None:
    """Whether ``text``, a date the person said is ``value``, prints the day first (True), the
    month first (False), or does not show (a month's name, the day the same as the month)."""
    try:
        target = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    reads = {}
    for day_first in (True, False):
        found = find_dates(text, us_order=not day_first)
        reads[day_first] = bool(found) and found[0].value == target.isoformat()
    if reads[True] != reads[False]:
        return reads[True]
    if not reads[True] or target.day == target.month:
        return None
    numbers = [int(n) for n in re.findall(r"\d{1,4}", text)]
    for a, b in pairwise(numbers):
        if (a, b) == (target.day, target.month):
            return True
        if (a, b) == (target.month, target.day):
            return False
    return None


def _shared(span: _Span, pages: Sequence[PageText], finder: Any) -> bool:
    """Whether the value's cell prints more than one value of its kind."""
    p, i, s, _ = span.parts[0]
    cell = _cell_at(pages[p].lines[i], p, i, s)
    return len(finder(_words_text(cell.words))) > 1


def _locate_words(value: str, pages: Sequence[PageText]) -> _Span | None:
    """The lines printing most of the address's words: of the lines printing two or more,
    the one whose address (with the lines that carry it on) covers most of its distinct words
    (a parking or hospital line in the same town prints the town, not the street)."""
    want = {norm(t) for t in value.replace(",", " ").split()} - {""}
    if not want:
        return None
    best: tuple[int, int, _Span] | None = None  # words covered, words on the line, span
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            hit = _best_cell_hits(line, p, i, want)
            distinct = {norm(line.words[k].text) for k in hit}
            if len(distinct) < min(2, len(want)):
                continue
            span = _grow(want, pages, p, i, hit[0], hit[-1] + 1)
            covered = {
                norm(w.text) for _, j, a, b in span.parts for w in page.lines[j].words[a:b]
            } & want
            score = (len(covered), len(distinct))
            if best is None or score > best[:2]:
                best = (*score, span)
    return best[2] if best else None


def _best_cell_hits(line: Line, p: int, i: int, want: set[str]) -> list[int]:
    """The address's words on ``line`` in the one cell that prints most of them: beside the set
    a base's or a hospital's column may print a word of it ('Calle', the town) on the same line,
    and a span reaching over to it would anchor the set's rule on that column's label."""
    hit = [k for k, w in enumerate(line.words) if norm(w.text) in want]
    cells = cells_of(line, p, i)
    groups = [[k for k in hit if c.start <= k < c.end] for c in cells]
    if not groups:
        return hit
    best = max(range(len(groups)), key=lambda c: len({norm(line.words[k].text) for k in groups[c]}))
    # a row that prints the address over neighbouring cells, the street in one and its town in
    # the next ("Castle Barracks | Enniskillen BT74 7HL"): cells wholly of the address's words
    # beside one another are its parts; a neighbour printing other words is another column's
    first = last = best
    if _all_address(cells[best], want):
        while first > 0 and _all_address(cells[first - 1], want, adds=_seen(cells, first, last)):
            first -= 1
        while last + 1 < len(cells) and _all_address(
            cells[last + 1], want, adds=_seen(cells, first, last)
        ):
            last += 1
    return [k for c in range(first, last + 1) for k in groups[c]]


def _seen(cells: Sequence[Cell], first: int, last: int) -> set[str]:
    return {norm(w.text) for c in cells[first : last + 1] for w in c.words} - {""}


def _all_address(cell: Cell, want: set[str], adds: set[str] | None = None) -> bool:
    """Whether every word of ``cell`` is one of the address's (and, with ``adds``, it prints
    one that is not in ``adds``)."""
    tokens = {norm(w.text) for w in cell.words} - {""}
    return bool(tokens) and tokens <= want and (adds is None or not tokens <= adds)


def _grow(want: set[str], pages: Sequence[PageText], p: int, i: int, s: int, e: int) -> _Span:
    """The address printed from words ``s:e`` of line ``i``, over the lines around it."""
    parts = [(p, i, s, e)]
    lines = pages[p].lines
    seen = {norm(w.text) for w in lines[i].words[s:e]}
    for step in (-1, 1):  # an address printed over several lines
        j = i + step
        while 0 <= j < len(lines) and abs(lines[j].top - lines[j - step].top) < 2.2 * _h(lines[j]):
            hit = [k for k, w in enumerate(lines[j].words) if norm(w.text) in want]
            near = [k for k in hit if abs(lines[j].words[k].x0 - lines[i].words[s].x0) < 40]
            if not near:
                break
            cell = _cell_at(lines[j], p, j, near[0])
            mine = [k for k in hit if cell.start <= k < cell.end]
            tokens = {norm(lines[j].words[k].text) for k in mine}
            # most of the line's cell is the address, and it adds to it (a parking line in the
            # same street and town adds nothing)
            if len(mine) * 4 < len(cell.words) * 3 or tokens <= seen:
                break
            seen |= tokens
            parts.append((p, j, cell.start, mine[-1] + 1))
            j += step
    parts.sort(key=lambda t: t[1])
    parts = _continue_address(parts, pages[p], want)
    size = max(w.size for _, j, a, b in parts for w in lines[j].words[a:b])
    return _Span(tuple(parts), size)


def _continue_address(
    parts: list[tuple[int, int, int, int]], page: PageText, want: set[str]
) -> list[tuple[int, int, int, int]]:
    """The lines around that carry on the address: its street above the town a person
    confirmed, its town and postcode below the street."""
    p, i, s, _ = parts[0]
    x0 = page.lines[i].words[s].x0
    text = ", ".join(_part_text(page.lines[j], p, j, a, b) for _, j, a, b in parts)
    j = i - 1
    if j >= 0 and page.lines[i].top - page.lines[j].top < 2.2 * _h(page.lines[i]):
        run = _run_from(page.lines[j].words, x0)
        head = _words_text(run)
        # the street may begin at the end of the line above ("..., ul." / "Orła Białego 16")
        both = joined("location", [head, text])
        found = find_address(both) if run else None
        # it adds a word of the person's address (a set's name over its street, "Enniskillen
        # Castle" over "Castle Barracks, Enniskillen", adds none: it is the row above's value)
        adds = bool((_tokens(head) & want) - _tokens(text))
        if found is not None and adds and found.start < len(head) and found.end > len(head) + 2:
            start = page.lines[j].words.index(run[0])
            parts.insert(0, (p, j, start, start + len(run)))
            text = both
    j = parts[-1][1] + 1
    while j < len(page.lines) and page.lines[j].top - page.lines[j - 1].top < 2.2 * _h(
        page.lines[j]
    ):
        run = _run_from(page.lines[j].words, x0)
        if not run:
            break
        longer = f"{text}, {_words_text(run)}"
        found = find_address(longer)
        if found is None or found.end <= len(text) + 2:
            break
        start = page.lines[j].words.index(run[0])
        parts.append((p, j, start, start + len(run)))
        text = longer
        j += 1
    return parts


def _with_skipped_lines(value: str, span: _Span, label: Cell, pages: Sequence[PageText]) -> _Span:
    """The address's span with the lines of it printed in its column between its label and
    its first line, that a line of other words grouped out of order: a street set beside a
    big call ("07:00" beside "Links Road") is kept on the call's line, before the set's name,
    and the nearest lines up never reach it."""
    p, i, s, _ = span.parts[0]
    lines = pages[p].lines
    x0, top = lines[i].words[s].x0, lines[i].words[s].top
    want = _tokens(value)
    covered = {norm(w.text) for _, j, a, b in span.parts for w in lines[j].words[a:b]}
    extra: list[tuple[float, tuple[int, int, int, int]]] = []
    for j, line in enumerate(lines):
        run = _run_from(line.words, x0) if j not in {q[1] for q in span.parts} else []
        if not run or not label.bottom <= run[0].top < top:
            continue
        tokens = {norm(w.text) for w in run} - {""}
        # the whole run is the person's address, and it adds words to it
        if tokens and tokens <= want and not tokens <= covered:
            start = line.words.index(run[0])
            extra.append((run[0].top, (p, j, start, start + len(run))))
    if not extra:
        return span
    parts = [part for _, part in sorted(extra)] + list(span.parts)
    return _Span(tuple(parts), span.size)


def _anchor(span: _Span, pages: Sequence[PageText]) -> tuple[Cell | None, str]:
    p, i, s, _ = span.parts[0]
    line = pages[p].lines[i]
    cells = cells_of(line, p, i)
    own = next(c for c in cells if c.start <= s < c.end)
    raw = own.words[: s - own.start]
    # a date's weekday between its label and its day is the value's ("SHOOT SCHEDULE - Weds
    # 27th Jan"): the label is what precedes it, the same every day
    before = _trimmed(Cell(p, i, own.start, raw), weekday=True).words
    weekday = all(norm(w.text) in WEEKDAYS or norm(w.text) in MONTHS for w in before)
    # a colon set apart from its label ("RDV équipe : 06:30", as French prints it) marks it
    colon = any(w.text.strip() == ":" for w in raw[len(before) :])
    marked = bool(before) and (colon or _marked(Cell(p, i, own.start, before), 0))
    if marked and not weekday and _anchor_like(before):
        return Cell(p, i, own.start, before), "inline"
    # words before the value in its cell that are no label ("Tuesday" of a date) are its own
    left = [_trimmed(c, weekday=True) for c in cells if c.end <= own.start]
    right: Cell | None = None
    if left and _anchor_like(left[-1].words):  # a label column, or "LABEL:   value"
        right = left[-1]
        # a cell after a value is that value's caption ("06:30  Hair & make-up"), the row of
        # another column printed on the same line: a label above the value comes first
        if len(left) < 2 or label_like(left[-2].words) or _row_number(left[-2]):
            # far to the left, a label-like cell may be another column's text (a company's
            # name in the header beside a big boxed call): a label right over the value wins
            far = own.x0 - right.x1 > FAR_LEFT * (own.bottom - own.top)
            over = _label_over(span, pages, own) if far else None
            return (over, "below") if over is not None else (right, "right")
    beside = _label_beside(pages[p], p, i, own)
    if beside is not None:  # on the same baseline in another size (a big boxed time)
        return beside, "right"
    above = _label_above(span, pages)
    if above is not None:
        return above, "below"
    return (right, "right") if right is not None else (None, "")


# A scene heading ("INT. ESTATE HALLWAY - NIGHT", "EXT/INT CAR"): a line of the day's schedule.
_SCENE_HEADING = re.compile(r"^\W*(?:INT|EXT|I/E)(?:\.|/(?:INT|EXT)\.?)?\s+\w", re.I)
# A day's count in the shoot ("7 af 21", "4 of 22", "12 z 31", "Day 3/20"): the next sheet
# prints the next number
_DAY_COUNT = re.compile(r"(?<![\w.:])\d{1,3}\s*(?:/|[^\W\d_]{1,3})\s*\d{1,3}(?![\w.:])")


def _anchor_like(words: Sequence[Word]) -> bool:
    """Words a rule may be anchored on: shaped like a label and not like a value. A set's
    name that reads as a street ("Swan Street"), a scene heading, a time or a date changes
    from sheet to sheet, or prints another value the next day: never an anchor."""
    if not label_like(words):
        return False
    text = _words_text(words)
    if _SCENE_HEADING.match(text) or _DAY_COUNT.search(text):
        return False
    if find_times(text) or find_dates(text):
        return False
    return find_address(text) is None


def _row_number(cell: Cell) -> bool:
    """A spreadsheet's row number printed in its gutter before a row's label ("5  Location")."""
    return len(cell.words) == 1 and cell.words[0].text.isdigit() and len(cell.words[0].text) <= 3


def _label_over(span: _Span, pages: Sequence[PageText], own: Cell) -> Cell | None:
    """A label marked as one right over the value's cell (its columns overlap), on one of the
    two lines above and near it."""
    p, i, _, _ = span.parts[0]
    height = own.bottom - own.top
    best: Cell | None = None
    for j in range(max(0, i - 2), i):
        for cell in cells_of(pages[p].lines[j], p, j):
            over = cell.x0 < own.x1 and cell.x1 > own.x0 and 0 < own.top - cell.top < 2.5 * height
            if over and _anchor_like(cell.words) and _marked(cell, span.size):
                best = cell  # the nearer line comes later
    return best


def _heading_over(span: _Span, pages: Sequence[PageText]) -> Cell | None:
    """The heading of the section a value in running text sits in: the nearest line above it
    printed bigger than the text, short and shaped like a label, with no bigger line between.
    It may read as a value (a title "Swan Street"): it only places the section, whose value is
    read by its shape, and a heading that changes the next day finds nothing."""
    p, i, _, _ = span.parts[0]
    lines = pages[p].lines
    text_size = max(w.size for w in lines[i].words)
    for j in range(i - 1, max(-1, i - 1 - SECTION_LINES), -1):
        size = min(w.size for w in lines[j].words)
        if size >= text_size + 1 and label_like(lines[j].words):
            return Cell(p, j, 0, lines[j].words)
        if max(w.size for w in lines[j].words) > text_size + 0.5:
            return None  # another heading, a title: the value is not in a section of its own
    return None


def _title_cell(title: str, pages: Sequence[PageText], span: _Span) -> Cell | None:
    """The production's title printed on the value's page, the printing nearest above it."""
    key = label_key(title)
    p, i, _, _ = span.parts[0]
    # a title read from a weekday's line ("Tuesday (Wan Angkhan)") is another day's text on
    # the next sheet, or tomorrow's in its notes: no production's title
    if len(key) < 4 or any(norm(t) in WEEKDAYS for t in title.split()):
        return None
    best: tuple[int, Cell] | None = None
    for j, line in enumerate(pages[p].lines):
        words = line.words
        for s in range(len(words)):
            joined, e = "", s
            while e < len(words) and len(joined) < len(key):
                joined += label_key(words[e].text)
                e += 1
            if joined == key:
                far = i - j if j <= i else 1000 + j - i
                if best is None or far < best[0]:
                    best = (far, Cell(p, j, s, words[s:e]))
    return best[1] if best else None


def _trimmed(cell: Cell, *, weekday: bool = False) -> Cell:
    """The cell without the dot leaders that run from a label to its value ("GENERAL CREW
    CALL . . . . 07:00"); with ``weekday``, without the day's weekday after it either ("UNIT
    CALL (Fri)": the label of the next day's sheet names another day)."""
    words = cell.words
    while words and (
        not any(ch.isalnum() for ch in words[-1].text)
        or (weekday and len(words) > 1 and norm(words[-1].text) in WEEKDAYS)
    ):
        words = words[:-1]
    return Cell(cell.page, cell.line, cell.start, words) if words else cell


def _label_above(span: _Span, pages: Sequence[PageText]) -> Cell | None:
    """The label nearest above the value: marked as one (an upper-case cell as big as the
    value is marked less surely: it may be a value, a set's name above its address), or in a
    column to the left of the values."""
    p, i, s, _ = span.parts[0]
    line = pages[p].lines[i]
    own = _cell_at(line, p, i, s)
    value_x0, value_top = own.x0, line.words[s].top
    best: tuple[float, Cell] | None = None
    for j in range(max(0, i - ABOVE_LINES), i):
        above = pages[p].lines[j]
        if value_top - above.top > ABOVE_LINES * 1.6 * _h(line):
            continue
        for cell in cells_of(above, p, j):
            # a label is marked as one, or sits in a column left of the values
            in_column = cell.x1 <= value_x0 - 2
            if not _anchor_like(cell.words) or not (_marked(cell, span.size) or in_column):
                continue
            score = (value_top - cell.top) + 0.5 * abs(cell.x0 - value_x0)
            if not _marked(cell, span.size, case=False):
                score += 3 * _h(line)
            if best is None or score < best[0]:
                best = (score, cell)
    return best[1] if best else None


def _label_beside(page: PageText, p: int, i: int, own: Cell) -> Cell | None:
    """The label-like cell nearest to the left of ``own`` whose height overlaps it, on a
    neighbouring line (words of other sizes on one baseline may be grouped apart)."""
    best: Cell | None = None
    for j in range(max(0, i - 2), min(len(page.lines), i + 3)):
        if j == i:
            continue
        for cell in cells_of(page.lines[j], p, j):
            overlaps = cell.top < own.bottom and cell.bottom > own.top
            nearer = best is None or cell.x1 > best.x1
            if overlaps and nearer and cell.x1 <= own.x0 and _anchor_like(cell.words):
                best = cell
    if best is not None and own.x0 - best.x1 > 6 * (own.bottom - own.top):
        return None  # too far to be its label
    return best


def _marked(cell: Cell, value_size: float, *, case: bool = True) -> bool:
    """Printed as a label: upper case (unless ``case`` is False), ending in a colon, or smaller
    than the value."""
    text = cell.text
    letters = [ch for ch in text if ch.isalpha()]
    upper = case and bool(letters) and all(ch.isupper() for ch in letters)
    smaller = max(w.size for w in cell.words) <= value_size - SMALLER
    return upper or text.rstrip().endswith(":") or smaller


# --- reading ---------------------------------------------------------------------------------


def read(rule: Rule, pages: Sequence[PageText]) -> Found | None:
    """The value ``rule`` finds on ``pages`` when well formed for its field, else None."""
    if rule.is_memo:
        return None  # a memo of a correction reads nothing
    hit = _find_label(rule, pages)
    if hit is None:
        return None
    p, x0, top = hit
    if rule.relation == "section":
        return _read_section(rule, pages[p], top)
    dx, dy = x0 - rule.anchor[0], top - rule.anchor[1]
    vx0, vtop, vx1, vbottom = rule.value
    box_x0, box_top, box_bottom = vx0 + dx, vtop + dy, vbottom + dy
    # a label to the left of its value: a line printing in the label's column is another row
    label_x = (rule.anchor[0] + dx, rule.anchor[2] + dx) if rule.relation == "right" else None
    lines = pages[p].lines
    texts: list[str] = []
    first = last = None
    for k, line in sorted(enumerate(lines), key=lambda kl: _run_top(kl[1], box_x0)):
        # a value set flush right ends where it ended, however long today's text is
        run = _run_from(line.words, box_x0) or _run_to(line, vx1 + dx)
        # a run's own height places it (a line may group it with a bigger word beside it)
        held = run or line.words
        mid = (min(w.top for w in held) + max(w.bottom for w in held)) / 2
        if not box_top - 2 <= mid <= box_bottom + 2 or len(texts) >= rule.lines:
            continue
        if texts and label_x and abs(line.top - top) > 1.5 and _in_column(line, label_x):
            break  # today's value is shorter than the one taught: the next row starts here
        if run:
            texts.append(_cells_text(line, run, rule.cells, vx1 + dx) if rule.cells > 1 else
                         _words_text(run))  # fmt: skip
            first = k if first is None else first
            last = k
    if first is None or last is None:
        return None
    if rule.field == "location":
        texts = _type_from_above(texts, lines, first, box_x0, top)
    if rule.field == "location" and label_x:
        texts = _carried_on(texts, lines, last, box_x0, label_x)
    text = joined(rule.field, texts)
    if rule.field == "location" and rule.after:
        text = _after_lead(text, rule.after) or ""
    found = parse(rule.field, text, rule.date_shift, rule.day_first, rule.year_at)
    if found is not None and rule.field == "location" and _sentence(found.value):
        return None
    if found is not None and rule.field == "location" and type_at_end(found.value):
        # cut off before its street's name ("…Świętych, ul."): never confirmed as it is
        return replace(found, quality=min(found.quality, CUT))
    return found


def _type_from_above(
    texts: list[str], lines: Sequence[Line], first: int, x0: float, label_top: float
) -> list[str]:
    """The value's lines with the street's type that ends the line right above them in their
    column, below the label ("Kolegiata …, ul." over "Orła Białego 16, 11-040 Dobre Miasto"):
    a longer set's name today wrapped the street between its type and its name."""
    if first == 0 or not texts:
        return texts
    above, line = lines[first - 1], lines[first]
    if above.top <= label_top + 1.5 or line.top - above.top >= 2.2 * _h(line):
        return texts  # the label's own line, or a row above it: another value
    run = _run_from(above.words, x0)
    kind = type_at_end(_words_text(run)) if run else None
    if kind is None or norm(texts[0].split()[0]) == norm(kind):
        return texts
    return [f"{kind} {texts[0]}", *texts[1:]]


def _cells_text(line: Line, run: list[Word], cells: int, x1: float) -> str:
    """The run and the cells after it on its line, up to ``cells`` in all and starting left of
    ``x1`` (the value's box), as parts of one address ("Castle Barracks, Enniskillen BT74")."""
    parts = [run]
    k = line.words.index(run[-1]) + 1
    while len(parts) < cells and k < len(line.words) and line.words[k].x0 < x1:
        nxt = _run_from(line.words[k:], line.words[k].x0)
        parts.append(nxt)
        k += len(nxt)
    return ", ".join(_words_text(part).strip(" ,") for part in parts)


def _run_top(line: Line, x0: float) -> float:
    """Where the words of ``line`` from ``x0`` start down the page (the line's top without)."""
    run = _run_from(line.words, x0)
    return min(w.top for w in run) if run else line.top


CARRY_LINES = 2  # lines an address may run on past the lines it was taught on


def _carried_on(
    texts: list[str], lines: Sequence[Line], last: int, x0: float, label_x: tuple[float, float]
) -> list[str]:
    """The value's lines with those after ``last`` that carry its address on: in its column,
    right under it, with nothing in the label's column (a row of its own), completing it
    (today's set's name is longer than the one taught and pushes the street down a line)."""
    for k in range(last + 1, min(len(lines), last + 1 + CARRY_LINES)):
        line = lines[k]
        if line.top - lines[k - 1].top >= 2.2 * _h(line) or _in_column(line, label_x):
            break
        run = _run_from(line.words, x0)
        longer = [*texts, _words_text(run)]
        if not run or address_quality(longer) <= address_quality(texts):
            break
        texts = longer
    return texts


def _in_column(line: Line, span: tuple[float, float]) -> bool:
    """Whether ``line`` prints a word within the horizontal ``span`` (a label's column)."""
    return any(w.x0 < span[1] and w.x1 > span[0] for w in line.words)


def _read_section(rule: Rule, page: PageText, top: float) -> Found | None:
    """The first well-formed value of ``field`` in the running text under the heading at
    ``top``, up to the next heading."""
    at = next((k for k, ln in enumerate(page.lines) if abs(ln.top - top) < 1.5), None)
    if at is None:
        return None
    heading = min(w.size for w in page.lines[at].words)
    texts: list[str] = []
    for line in page.lines[at + 1 : at + 1 + SECTION_LINES]:
        if max(w.size for w in line.words) >= heading - 0.5:
            break
        texts.append(_words_text(line.words))
    text = " ".join(texts)
    if rule.field != "location":
        return parse(rule.field, text, rule.date_shift, rule.day_first, rule.year_at)
    address = find_address(text)
    if address is None:
        return None
    code = address.postcode
    if address.street is None and code and (first := code_first_lines(texts, code)) is not None:
        return first  # 'NR25 7RZ, Holt Road, Cley': the postcode first, then the street
    value = text[address.start : address.end].strip(" ,;.-")
    return Found(value, address.quality, text)


def _find_label(rule: Rule, pages: Sequence[PageText]) -> tuple[int, float, float] | None:
    """The page, x0 and top of the printing of the rule's label nearest where it was taught."""
    key = rule.key
    hits: list[tuple[float, int, float, float]] = []
    for p, page in enumerate(pages):
        for line in page.lines:
            words = line.words
            for s in range(len(words)):
                joined = ""
                for e in range(s, len(words)):
                    joined += label_key(words[e].text)
                    if len(joined) >= len(key):
                        break
                if joined == key:
                    far = abs(words[s].x0 - rule.anchor[0]) + abs(words[s].top - rule.anchor[1])
                    hits.append((far + (0 if p == rule.page else 10_000), p, words[s].x0,
                                 min(w.top for w in words[s : e + 1])))  # fmt: skip
    if not hits:
        return None
    _, p, x0, top = min(hits)
    return p, x0, top


def _run_from(words: Sequence[Word], x0: float) -> list[Word]:
    """The words of the cell that starts near ``x0`` on a line."""
    start = next((k for k, w in enumerate(words) if w.x1 > x0 - 2), None)
    if start is None or abs(words[start].x0 - x0) > START_SLACK:
        return []
    limit = gap_limit(words)
    run = [words[start]]
    for w in words[start + 1 :]:
        if w.x0 - run[-1].x1 > limit:
            break
        run.append(w)
    return run


def _run_to(line: Line, x1: float) -> list[Word]:
    """The words of the cell that ends at ``x1`` on a line."""
    end = next((c for c in cells_of(line, line.page, 0) if abs(c.x1 - x1) <= 2.0), None)
    return list(end.words) if end is not None else []


# --- geometry helpers ------------------------------------------------------------------------


def _word_range(line: Line, start: int, end: int) -> tuple[int, int]:
    """The words of ``line`` covering characters ``start:end`` of ``line.text``."""
    first = last = None
    at = 0
    for k, w in enumerate(line.words):
        w_end = at + len(w.text)
        if first is None and w_end > start:
            first = k
        if at < end:
            last = k
        at = w_end + 1
    first = first or 0
    return first, max(first, last if last is not None else first) + 1


def _box(span: _Span, pages: Sequence[PageText]) -> Box:
    words = [w for p, i, s, e in span.parts for w in pages[p].lines[i].words[s:e]]
    return (
        min(w.x0 for w in words),
        min(w.top for w in words),
        max(w.x1 for w in words),
        max(w.bottom for w in words),
    )


def _top(span: _Span, pages: Sequence[PageText]) -> float:
    p, i, _, _ = span.parts[0]
    return pages[p].lines[i].top


def _h(line: Line) -> float:
    return max(line.bottom - line.top, 1.0)


def _cell_at(line: Line, page: int, index: int, word: int) -> Cell:
    return next(c for c in cells_of(line, page, index) if c.start <= word < c.end)


def _part_text(line: Line, page: int, index: int, a: int, b: int) -> str:
    """Words ``a:b`` of a line as text, its cells parted by commas (an address printed over
    neighbouring cells, "Castle Barracks | Enniskillen BT74 7HL")."""
    parts = [
        _words_text(line.words[max(a, c.start) : min(b, c.end)])
        for c in cells_of(line, page, index)
        if c.start < b and c.end > a
    ]
    if len(parts) < 2:
        return _words_text(line.words[a:b])
    return ", ".join(t.strip(" ,") for t in parts)


def _words_text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)
