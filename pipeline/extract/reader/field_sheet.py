"""The sheet as the field finders see it: its labels, the text each one owns, and a find.

``Sheet`` computes once per document what every finder reads (labels, owned pieces, paired
addresses, the headings of another day's plan); ``Found`` is a value with its confidence.
The weights and small checks more than one finder shares live here too, so the finders
(call_finder, date_finder, place_finder, hospital_finder, title_finder, sun_finder) depend on
this module and not on each other's.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.attach import (
    Label,
    Piece,
    attach,
    cell_x0,
    find_all_labels,
    fits,
    runs,
)
from pipeline.extract.reader.calendar_names import MONTHS, WEEKDAYS
from pipeline.extract.reader.dates import date_spans
from pipeline.extract.reader.email_header import email_header
from pipeline.extract.reader.item_numbers import unnumbered
from pipeline.extract.reader.key_column import title_keys
from pipeline.extract.reader.layout import RIGHT_GAP
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText
from pipeline.extract.reader.next_day import later_day_headings
from pipeline.extract.reader.quoted import Quote
from pipeline.extract.reader.times import find_times
from pipeline.extract.reader.told_day import told_day
from pipeline.extract.reader.values import find_dates, find_time

ABOVE_BELOW_PENALTY = 0.95  # a value under its label is slightly less certain than beside it
AGREE_MARGIN = 0.1  # two candidates closer than this in score make the field ambiguous
NAME_ONLY = 0.8  # a place named without an address: a person may need to look it up
STACK_X = 12.0  # points; labels stacked one over another start within this of each other
_PLACEHOLDER = lazy(r"^(location|hospital|lokacja|szpital|set)\s*#?\s*\d*$", re.I)
_TOMORROW = TOMORROW_WORDS = lazy(L.TOMORROW, re.I)
_NOT_SHOOT_DATE = lazy(L.NOT_SHOOT_DATE, re.I)


@functools.lru_cache(maxsize=4096)
def speaks_of_tomorrow(text: str) -> bool:
    """Whether a line's text names another day (TOMORROW_WORDS): several fields ask it of
    every line, and the pattern (every language's words) is slow to search."""
    return TOMORROW_WORDS.search(text) is not None


@dataclass(frozen=True)
class Found:
    """A field value, its confidence, and a warning when the find is doubtful."""

    value: object
    conf: float
    warning: str | None = None


NOTHING = Found(None, 0.0)


class Sheet:
    """The labels of a document and the text each one owns, computed once per document."""

    def __init__(
        self, pages: Sequence[PageText], quote: Quote | None = None, made: dt.date | None = None
    ) -> None:
        self.pages = pages
        self.quote = quote  # a sheet quoted under an e-mail reply: where the quote starts
        self.made = made  # the file's own date (its metadata), when it gives one
        labels = unnumbered(pages, find_all_labels(pages))  # '4. SET': a form's item number
        labels = _not_repeated(pages, labels)  # 'CREW PARKING   Crew parking': its value
        self.labels = labels + title_keys(pages, labels)  # 'Production | <title>' in a grid
        self.owned = attach(pages, self.labels)
        self.address_of = _pair_addresses(
            self.labels,
            self._cell_bottoms(),
            self.owned,
            _word_boxes(pages, self.labels),
            {h: cell_x0(pages[h.page].lines[h.line], h) for h in self.labels},
        )
        self.email = email_header(pages)
        # an e-mail's "for tomorrow" opens no advance section: the e-mail is about that day;
        # nor does a reply's above the sheet it quotes ("Forwarding tomorrow's sheet")
        # a sheet that opens as tomorrow's plan ("plan zdjęć na jutro", "Here is everything for
        # tomorrow, Saturday, April 11") is sent the day before: its "tomorrow" is its day
        self.for_tomorrow = self.email is None and opens_as_tomorrows(pages)
        about = self.email is not None or self.for_tomorrow
        self._advance = _advance_headings(pages) if not about else []
        if quote is not None:
            self._advance = [a for a in self._advance if not self._in_reply(a[0], a[1])]
        told = told_day(pages)
        if told is not None and told.agrees:
            # a message's "Tomorrow Monday 23.11.2026" under its stamp of the 22nd names the day
            # the message is about (told_day.py): no advance section opens on that line
            self._advance = [a for a in self._advance if not _names_day(pages, a, told.value)]
        # the page the day's facts start on: a cover page before it (company, title, the issue
        # date, the office's address) is not where the day is printed
        self.first_page = min((h.page for h in self.labels if h.kind == "call"), default=0)

    def _cell_bottoms(self) -> dict[Label, float]:
        """Where each label's cell ends: the bottom of the last line it owns below itself."""
        out = {}
        for h, pieces in self.owned.items():
            below = [pc for pc in pieces if pc.below and pc.page == h.page]
            if below:
                out[h] = max(self.pages[h.page].lines[pc.line].bottom for pc in below)
        return out

    def of(self, kind: str) -> list[tuple[Label, list[Piece]]]:
        """Labels of one kind with their pieces, lowest number first, then in reading order."""
        hits = [h for h in self.labels if h.kind == kind]
        hits.sort(key=lambda h: (h.number if h.number is not None else 99, h.page, h.top, h.x0))
        return [(h, self.owned.get(h, [])) for h in hits]

    def _in_reply(self, page: int, top: float) -> bool:
        """Whether a point is in the reply above a quoted sheet."""
        q = self.quote
        if q is None or page > q.page:
            return False
        lines = self.pages[q.page].lines
        return page < q.page or q.first >= len(lines) or top < lines[q.first].top

    def about_the_day(self, label: Label) -> bool:
        """In an e-mail's body, or in a reply above a quoted sheet: "tomorrow" there is the day
        the e-mail is about."""
        return self.email is not None or self.for_tomorrow or self._in_reply(label.page, label.top)

    def tomorrow(self, label: Label) -> bool:
        """The label speaks of another day: 'Jutro zbiórka', or it sits under an advance heading.
        In an e-mail's body, and in a reply above a quoted sheet, "tomorrow" is the day the
        e-mail is about."""
        about = self.about_the_day(label)
        if _TOMORROW.search(label.context) and not about:
            return True
        return self.in_advance(label.page, label.top, label.x0)

    def in_advance(self, page: int, top: float, x0: float) -> bool:
        """Text below an 'ADVANCE SCHEDULE' / 'Plan na jutro' heading, in its column."""
        return any(
            p == page and t < top < bottom and hx0 - 20 <= x0 < hx1 - 5
            for p, t, hx0, hx1, bottom in self._advance
        )

    def runs_of(
        self, kinds: set[str], fitting: bool = False, pieces: bool = True, inside: bool = True
    ) -> set[tuple[int, int, int]]:
        """(page, line, first word) of the runs holding a label of ``kinds`` or its pieces;
        with ``fitting``, only labels that own a value of their shape ('SUNSET STRIP' in a
        title owns no time: not a label), and of their pieces only those of that shape (the
        title under a 'CREW CALL' box is no piece of the call); without ``pieces``, the
        labels' own runs only; without ``inside``, no label that starts inside its run with
        no colon after it."""
        out = set()
        for h in self.labels:
            owned = self.owned.get(h, [])
            if fitting and owned and not any(fits(h.kind, pc.text) for pc in owned):
                continue
            if not inside and _inside_run(self.pages, h):
                continue
            if h.kind in kinds:
                out.add(_run_key(self.pages, h.page, h.line, h.start))
                if pieces:
                    out.update(
                        _run_key(self.pages, pc.page, pc.line, pc.start)
                        for pc in owned
                        if not fitting or fits(h.kind, pc.text)
                    )
        return out


def _inside_run(pages: Sequence[PageText], h: Label) -> bool:
    """'Northfield Energy - Safety Induction': a label's word that neither starts its run of
    words nor ends with a colon is a word of a heading, no label of the title's line."""
    line = pages[h.page].lines[h.line]
    first = next(a for a, b in runs(line) if a <= h.start < b)
    return h.start > first and not line.words[h.end - 1].text.rstrip().endswith(":")


def _run_key(pages: Sequence[PageText], p: int, li: int, wi: int) -> tuple[int, int, int]:
    line = pages[p].lines[li]
    return p, li, next(a for a, b in runs(line) if a <= wi < b)


_PLACE_KINDS = ("location", "base", "hospital")


def _not_repeated(pages: Sequence[PageText], labels: list[Label]) -> list[Label]:
    """The labels without a place label's words printed again as its value: a table row
    '2  CREW PARKING   Crew parking   Garage D, 215 Hudson St' names the place by the label's own
    words, in the next cell right after it. A place label that follows another of its kind on
    its line, nothing between them but a cell gap, is the first one's value, not a label of its
    own."""
    drop = set()
    for a in labels:
        if a.kind not in _PLACE_KINDS:
            continue
        for b in labels:
            if (
                b is not a
                and b.kind == a.kind
                and b.page == a.page
                and b.line == a.line
                and b.start == a.end
                and 0 < pages[b.page].lines[b.line].words[b.start].x0 - a.x1 <= RIGHT_GAP
                and _words_of(pages, a) == _words_of(pages, b)
            ):
                drop.add(id(b))
    return [h for h in labels if id(h) not in drop]


def _words_of(pages: Sequence[PageText], label: Label) -> list[str]:
    """A label's own words, in lower case ('CREW PARKING' and 'Crew parking' are one)."""
    return [
        w.text.lower() for w in pages[label.page].lines[label.line].words[label.start : label.end]
    ]


def _pair_addresses(
    labels: list[Label],
    bottoms: dict[Label, float],
    owned: dict[Label, list[Piece]] | None = None,
    boxes: dict[Label, tuple[float, float]] | None = None,
    cells: dict[Label, float] | None = None,
) -> dict[Label, Label]:
    """A place label and the 'ADDRESS' label that completes it: 'LOCATION name  ADDRESS street'.

    The address label pairs with the nearest place label before it on its line, else with the
    one right above it in its column, or right under the place's cell ('LOCATION' / name /
    'ADDRESS' / street, each label over its value); 'HOSPITAL ADDRESS' pairs only with a
    hospital label. An address label with no place label before it pairs with a set label
    right under it that names only a part of the place ('Adres: Zamek, ul. Podzamcze 3' over
    'Plan: lochy i wieża', ``_set_under``). Labels are stacked by their own words' ``boxes``
    (top, bottom), not their lines': a tall time in another column ('07h30' at 28 pt beside
    'Locação' / 'Endereço') joins the rows it spans into one line that starts above them; and
    by where their ``cells`` start, a bilingual label's first language before its slash
    ('Adrese / Address' under 'Filmēšanas vieta / Location', only 'Address' known).
    """
    cells = cells or {}
    out: dict[Label, Label] = {}
    for a in labels:
        if not _names_an_address(a) or a.phrase == "location address":
            continue
        if _stacked_address(labels, a, -1) is not None:
            continue  # 'Address' under 'Adresas': the pair is placed from its first line
        pairs = _stacked_address(labels, a, 1) or a  # ... and its gloss, over the value, pairs
        kinds = _PLACE_KINDS if a.kind == "address" else (a.kind,)
        owners = [o for o in labels if o is not a and o.kind in kinds and o.page == a.page]
        owners = [o for o in owners if not _names_an_address(o)]
        same_line = [o for o in owners if o.line == a.line and o.x1 <= a.x0]
        top, bottom = (boxes or {}).get(a, (a.top, a.bottom))
        height = bottom - top
        above = [
            o
            for o in owners
            if (
                abs(o.x0 - a.x0) < STACK_X or abs(cells.get(o, o.x0) - cells.get(a, a.x0)) < STACK_X
            )
            and top - (o_top := (boxes or {}).get(o, (o.top, o.bottom))[0]) > 0
            and (
                top - o_top < 3 * height + 6
                or (o in bottoms and 0 <= top - bottoms[o] < 1.5 * height)
            )
        ]
        near = (
            max(same_line, key=lambda o: o.x1, default=None)
            or max(above, key=lambda o: o.top, default=None)
            or _set_under(a, owners, owned or {})
        )
        if near is not None and near not in out:
            out[near] = pairs
    return out


_DIGIT = lazy(r"\d")


def _word_boxes(pages: Sequence[PageText], labels: list[Label]) -> dict[Label, tuple[float, float]]:
    """Each label's (top, bottom) by its own words."""
    out = {}
    for h in labels:
        words = pages[h.page].lines[h.line].words[h.start : h.end]
        if words:
            out[h] = (min(w.top for w in words), max(w.bottom for w in words))
    return out


def _set_under(a: Label, owners: list[Label], owned: dict[Label, list[Piece]]) -> Label | None:
    """'Adres: Zamek Reszel, ul. Podzamcze 3, 11-440 Reszel' over 'Plan: lochy, wieża i
    krużganki': a typed list's address label heading its line, with the set's label on the
    next line at its x, beside words with no number (a part of the place, no address of its
    own): the address is that set's. A set label that gives an address keeps its own."""
    if a.kind != "address" or a.start != 0:
        return None
    height = a.bottom - a.top
    for o in owners:
        if (
            o.kind == "location"
            and o.start == 0
            and abs(o.x0 - a.x0) < STACK_X
            and 0 < o.top - a.top < 2 * height + 6
        ):
            texts = [pc.text for pc in owned.get(o, [])]
            if texts and not any(_DIGIT.search(t) for t in texts):
                return o
    return None


def _stacked_address(labels: list[Label], a: Label, step: int) -> Label | None:
    """The address label stacked right under (``step`` 1) or over (-1) ``a`` at its x: a
    bilingual pair ('Adresas' over 'Address')."""
    return next(
        (
            g
            for g in labels
            if _names_an_address(g)
            and g.page == a.page
            and g.line == a.line + step
            and abs(g.x0 - a.x0) < STACK_X
        ),
        None,
    )


def _names_an_address(label: Label) -> bool:
    """'ADDRESS', 'Adresa:', 'Dirección:', 'Hospital address': a label that heads an address
    (every language's word for it is of kind 'address'; 'adres szpitala' is a hospital's)."""
    return label.kind == "address" or bool(re.search(r"(address|adresse?)\b", label.phrase))


# A column of another unit printed beside the main unit's: "2ND UNIT", "Second unit",
# "SPLINTER UNIT", "B UNIT" (its call and set are not the main unit's)
_OTHER_UNIT = lazy(
    r"^(?:2nd|second|splinter|b|drugi|druga|2\.?)\s*[-\u2013]?\s*unit\b|^(?:ii|2)\.?\s*ekipa\b",
    re.I,
)
Region = tuple[int, float, float, float, float]  # page, top, x0, x1, bottom


def _advance_headings(pages: Sequence[PageText]) -> list[Region]:
    """Where tomorrow's (or another unit's) section is: below a short heading that opens it
    ('ADVANCE SCHEDULE', 'Plan na jutro'), the day it names after it or not ('ADVANCE SCHEDULE
    - Tue., Mar. 3', '- DAY 5 - WED 3/4'), in its column.

    A heading line alone opens a section to the right of its start down the page. Beside
    another column's heading ('TODAY   ADVANCE - TOMORROW', 'MAIN UNIT   2ND UNIT') it opens
    only its own column: from its start to the next heading's, and, for a column with another
    to its right, down to the first line that prints nothing in that other column."""
    out: list[Region] = []
    for p, page in enumerate(pages):
        for li, line in enumerate(page.lines):
            column = _column_headings(p, page, li)
            if column:
                out.extend(column)
                continue
            head = " ".join(w.text for w in line.words[: _tail_start(line)])
            head = re.sub(r"\s*\([^()]*\)$", "", head)  # its day in brackets: "(dom. 12/07/26)"
            # "PRÉVIA - ORDEM DO DIA DE AMANHÃ (dom. 12/07/26, diária 16)": a heading, not prose
            if head.count(" ") < 8 and _TOMORROW.search(head) and not find_time(head):
                if li > 0 and _runs_on(page.lines[li - 1], line):
                    continue  # 'Hi all! Sheet's in your inbox, short' / 'version for tomorrow'
                out.append((p, line.top, line.x0, float("inf"), float("inf")))
    return out + later_day_headings(pages)  # 'Drehtag 2 / Shooting day 2' under day 1's


def _names_day(pages: Sequence[PageText], region: Region, day: str) -> bool:
    """Whether the line that opens ``region`` prints the date ``day`` (ISO)."""
    page, top = region[0], region[1]
    return any(
        str(parsed.value) == day
        for line in pages[page].lines
        if line.top == top
        for parsed in find_dates(line.text)
    )


PROSE_WORDS = 8  # a line of this many words is running text, not a heading or a label
RUN_ON_LEADING = 0.8  # type sizes: a wrapped sentence's next line sits this close at most


def _runs_on(above: Line, line: Line) -> bool:
    """A line that carries on the sentence of the line above it (a message's text wrapped in
    its bubble): flush with it, in its type, right under it, the line above ending on no
    sentence's end and this one opening on a small letter. Such a line is no heading."""
    first = line.words[0].text
    if not first[:1].islower() or above.text.rstrip()[-1:] in (".", "!", "?", ":", ";"):
        return False
    size = max((w.size for w in above.words), default=0.0)
    if size <= 0 or abs(max(w.size for w in line.words) - size) > 0.5:
        return False
    return abs(above.x0 - line.x0) <= 3.0 and line.top - above.bottom <= RUN_ON_LEADING * size


def opens_as_tomorrows(pages: Sequence[PageText]) -> bool:
    """A sheet written the day before for the next day: its title, or a sentence of its
    opening (before the first time it prints), speaks of tomorrow ('KINO - plan zdjęć na
    jutro', 'Here is everything for tomorrow, Saturday, April 11, 2026'), and it prints one
    day only (besides when it was sent). An advance schedule comes after the day's times and
    under a sheet that prints its own day too; a header's 'Tomorrow: Fri 15 Nov' is a label."""
    if not pages or not pages[0].lines:
        return False
    opening: list[Line] = []
    for line in pages[0].lines:
        if find_time(line.text) is not None and opening:
            break
        opening.append(line)
    cued = False
    for i, line in enumerate(opening):
        m = _TOMORROW.search(line.text)
        if m is None or line.text[m.end() : m.end() + 2].lstrip().startswith(":"):
            continue
        if i == 0 or len(line.words) >= PROSE_WORDS:
            cued = True
    if not cued:
        return False
    days = {
        p.value
        for page in pages
        for line in page.lines
        if not _NOT_SHOOT_DATE.search(line.text)
        for p in find_dates(line.text, yearless=True)
    }
    return len(days) == 1


def _heading_run(text: str) -> bool:
    """A run of words that can head a column: letters, short, no time or date in it. A
    bilingual heading's separators are no words ('AVANCE MAÑANA / ADVANCE · DÍA 4')."""
    return (
        sum(any(c.isalnum() for c in word) for word in text.split()) < 7
        and sum(c.isalpha() for c in text) >= 3
        and not find_time(text)
        and not find_dates(text)
    )


def _heads_a_column(page: PageText, li: int, x0: float) -> bool:
    """Whether lines under line ``li`` print words starting where a heading starts (its
    column's rows), two of the next six at least."""
    below = page.lines[li + 1 : li + 7]
    return sum(any(abs(w.x0 - x0) < 6 for w in ln.words) for ln in below) >= 2


def _joined_across_marks(line: Line, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line's runs, those a lone mark sets apart ('HOY / TODAY  ·  DÍA 9') joined into one
    heading with the mark: a '·', '|' or dash alone between two runs is no column."""
    out: list[tuple[int, int]] = []
    join = False
    for a, b in spans:
        mark = all(not any(c.isalnum() for c in w.text) for w in line.words[a:b])
        if out and (mark or join):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        join = mark
    return out


def _column_headings(p: int, page: PageText, li: int) -> list[Region]:
    """The regions of tomorrow's or another unit's column headed on line ``li``, when the line
    heads two or more columns side by side; [] otherwise."""
    line = page.lines[li]
    spans = _joined_across_marks(line, runs(line))
    texts = [" ".join(w.text for w in line.words[a:b]) for a, b in spans]
    if len(spans) < 2 or not all(_heading_run(t) for t in texts):
        return []
    other = [bool(_TOMORROW.search(t) or _OTHER_UNIT.search(t)) for t in texts]
    if all(other) or not any(other):
        return []
    named = [_names_the_document(t) for t in texts]
    if any(o and n for o, n in zip(other, named, strict=True)) and sum(named) == 1:
        return []  # "IRON SHIPYARD      2ND UNIT CALL SHEET": the page's title names its unit
    out: list[Region] = []
    for k, (a, _) in enumerate(spans):
        if not other[k]:
            continue
        x0 = line.words[a].x0
        if not _heads_a_column(page, li, x0):
            return []  # "TITLE      ADVANCE CALL SHEET": a page's heading, not a column's
        x1 = line.words[spans[k + 1][0]].x0 if k + 1 < len(spans) else float("inf")
        bottom = float("inf")
        if x1 != float("inf"):
            below = page.lines[li + 1 :]
            bottom = next(
                (ln.top for ln in below if not any(w.x1 > x1 - 5 for w in ln.words)),
                float("inf"),
            )
        out.append((p, line.top, x0, x1, bottom))
    return out


# The document's own names ("CALL SHEET", "FEUILLE DE SERVICE", "PLAN ZDJĘCIOWY"): the
# markers of a call sheet that are not the label of a time or a date ("CREW CALL")
_DOCUMENT_NAMES = tuple(
    m
    for m in L.CALL_SHEET_MARKERS
    if not any(m in L.KINDS[k] for k in ("call", "other_time", "date", "other_date"))
)


def _names_the_document(text: str) -> bool:
    low = text.lower()
    return any(name in low for name in _DOCUMENT_NAMES)


_DAY_WORDS = frozenset({"day", "dzień", "dzien", "tag", "jour", "of", "z", "von", "sur"})
_TAIL_MARK = lazy(r"^(?:[-\u2013\u2014|:,.]+|#?\d{1,3}[.,]?|\d{4})$")
_NUMERIC_DATE = lazy(r"^(\d{1,2})([./-])(\d{1,2})(?:\2(?:\d{2}|\d{4}))?\.?,?$")


def _tail_start(line: Line) -> int:
    """Index of the first word of the date or day number that ends a line, if any: weekday and
    month names, day numbers, '3/4' or '15.11' (a day, not a time: the month is at most 12)."""
    spans = date_spans(line.text)
    ends = list(accumulate(len(w.text) + 1 for w in line.words))
    k = len(line.words)
    while k > 1:
        word = line.words[k - 1].text
        start = ends[k - 1] - len(word) - 1
        name = word.lower().strip(".,")
        if not (
            any(s <= start < e for s, e in spans)
            or name in WEEKDAYS
            or name in MONTHS
            or name in _DAY_WORDS
            or _TAIL_MARK.match(word)
            or _numeric_date(word)
        ):
            break
        k -= 1
    return k


def _numeric_date(word: str) -> bool:
    """'3/4', '15.11', '3/4/26': day and month (either order with a slash, day first with a dot)."""
    m = _NUMERIC_DATE.match(word)
    if m is None:
        return False
    a, b = int(m.group(1)), int(m.group(3))
    if m.group(2) == ".":
        return 1 <= a <= 31 and 1 <= b <= 12
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12


AFTER_MIDNIGHT = 4 * 60  # minutes: a "sunset" before 04:00 is past midnight, not a slip


def plausible_sun(name: str, value: str) -> bool:
    """Whether a time can be a sunset: one after midnight (before 04:00, outside
    sanity.ANYWHERE) is a wrap time read across a column, not the sun's. A morning time stays:
    sanity reads it as an AM/PM slip ('Sunset: 8:24 AM')."""
    if name != "sunset" or not re.fullmatch(r"\d{2}:\d{2}", value):
        return True
    minutes = int(value[:2]) * 60 + int(value[3:])
    return minutes >= AFTER_MIDNIGHT


# A sunset printed before 04:00 with an AM marker ('Sunset 3:52 AM'): the finder keeps it out,
# as it does any sunset after midnight, but names it in this note so that sanity can put it
# right where astral makes the AM/PM slip certain (the note survives a cached reading's JSON):
# call_finder writes it 'sunset: 03:52 printed AM cannot be the sunset'.
_AM_SUNSET_NOTE = lazy(r"sunset: (\d{2}:\d{2}) printed AM cannot be the sunset$")
_AM_MARK = lazy(r"a\.?\s?m?\.?$", re.I)


def printed_am(text: str, value: str) -> bool:
    """Whether ``text`` prints the time ``value`` with an AM marker ('3:52 AM', '3.52am')."""
    return any(
        p.value == value and _AM_MARK.search(text[p.start : p.end]) for p in find_times(text)
    )


def am_sunset(warnings: Sequence[str]) -> str | None:
    """The AM sunset a finder kept out (``am_sunset_note``), if a warning names one."""
    for w in warnings:
        if m := _AM_SUNSET_NOTE.match(w):
            return m.group(1)
    return None


def _texts(pieces: list[Piece], join: Callable[[list[str]], list[str]] | None = None) -> list[str]:
    """The pieces' texts without placeholders ('Hospital #2'), after ``join`` has put lines
    of one value together."""
    texts = [pc.text for pc in pieces]
    texts = join(texts) if join else texts
    return [t for t in texts if not _PLACEHOLDER.match(t.strip())]


CELL_ALIGN = 3.0  # points; a grid cell's value starts within this of its label


def section_text(sheet: Sheet, kind: str) -> str | None:
    for _, pieces in sorted(sheet.of(kind), key=lambda hp: -hp[0].quality):
        if pieces:
            return " ".join(pc.text for pc in pieces)
    return None
