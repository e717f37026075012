# ruff: noqa: RUF001  (Cyrillic labels: the letters are meant)
"""Read the single-valued fields of a call sheet, value first, and rate each find.

Values are found by their shape (a time, a date, an address) inside the text each label owns
(attach.py gives every run of text to its nearest label), so a value is read by the label that
owns it and by no other: a lunch time belongs to "Lunch", a hospital's street to "Hospital".
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.address_parts import LABEL_WORDS, STREET_SUFFIXES, find_postcodes
from pipeline.extract.reader.addresses import address_score, find_address, find_addresses
from pipeline.extract.reader.attach import Label, Piece, attach, find_all_labels, fits, runs
from pipeline.extract.reader.calendar_names import MONTH_CHOICES, MONTHS, SHORT_WEEKDAYS, WEEKDAYS
from pipeline.extract.reader.call_revisions import (
    CALL_MOVED_NOTE,
    CHANGE_NOTE,
    ORIGINAL_WORDS,
    PUSHED_TO,
    REVISED_WORDS,
    REVISION_WORDS,
    names_original,
    names_revision,
)
from pipeline.extract.reader.cell_words import back_reference, name_before_phone
from pipeline.extract.reader.commercial import commercial_title
from pipeline.extract.reader.dates import date_spans, dates_on_or_after, weekday_near
from pipeline.extract.reader.dept_calls import (
    heads_a_people_list,
    heads_a_time_column,
    heads_people_column,
)
from pipeline.extract.reader.email_header import email_header, subject_title
from pipeline.extract.reader.hospital_names import (
    address_without_department,
    cut_before_facility,
    facility_head,
    has_facility,
    joined_wrap,
)
from pipeline.extract.reader.item_numbers import unnumbered
from pipeline.extract.reader.key_column import title_keys
from pipeline.extract.reader.label_gloss import after_slash, hospital_label_words
from pipeline.extract.reader.labelling import _WITH_CREW, address_only, crew_listed
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.model import Hospital, Line, PageText, Place
from pipeline.extract.reader.next_day import later_day_headings
from pipeline.extract.reader.parsed import iso_date
from pipeline.extract.reader.patrons import with_patrons
from pipeline.extract.reader.quoted import Quote
from pipeline.extract.reader.streets import street_evidence
from pipeline.extract.reader.times import find_times
from pipeline.extract.reader.title import (
    QUOTED_LINES,
    clean_title,
    company_name,
    job_code,
    kind_line_under,
    label_like,
    largest_heading,
    named_beside_sheet_name,
    presented,
    quoted_title,
    quoted_under_sheet_name,
    removed,
    title_among_cells,
    wordless,
)
from pipeline.extract.reader.told_day import told_day
from pipeline.extract.reader.town_lines import (
    POSTCODE,
    street_and_town,
    street_line,
    street_town_address,
    town_line,
)
from pipeline.extract.reader.unlabelled import hospital_name_shaped
from pipeline.extract.reader.values import (
    Parsed,
    find_dates,
    find_phones,
    find_time,
    without_phones,
)

ABOVE_BELOW_PENALTY = 0.95  # a value under its label is slightly less certain than beside it
AGREE_MARGIN = 0.1  # two candidates closer than this in score make the field ambiguous
VOUCHED = 0.9  # a generic label word that owns a whole address
NAME_ONLY = 0.8  # a place named without an address: a person may need to look it up
NAMELESS = 0.7  # a hospital read without its name (a phone, an address): a person names it
SUBJECT = 0.8  # a production named in a printed e-mail's subject, among the office's words
QUOTED_NAMED = 0.9  # a quoted sheet's title line that the reply above it names too
EXPLAINED = 0.2  # weight of a date printed as tomorrow's, or as when the sheet was sent
_PLACEHOLDER = re.compile(r"^(location|hospital|lokacja|szpital|set)\s*#?\s*\d*$", re.I)
_TOMORROW = TOMORROW_WORDS = re.compile(L.TOMORROW, re.I)
_NOT_SHOOT_DATE = re.compile(L.NOT_SHOOT_DATE, re.I)
# "Revised - shoot date Wed 6/10": a revision that names the shooting date is a rival to the
# header's date (review), not a stamp of when the sheet was made.
_SHOOT_DATE = re.compile(
    r"\bshoot(?:ing)?\s+date|\bdata\s+zdj|\bdrehtag\b|date\s+de\s+tournage", re.I
)
# a letter's dateline: the town (and its region's abbreviation), a comma and the word that
# dates a letter, then the date ('Guadalajara, Jal., a 28 de septiembre', 'Paris, le 3 mars',
# 'Köln, den 3. März', 'Kraków, dnia 3 marca', 'Roma, lì 3 marzo'): when the paper was written
_DATELINE = re.compile(
    r"(?:^|\s)[A-ZÀ-Þ][^\W\d_]+(?:[\s-][A-ZÀ-Þa-zß-ÿ][^\W\d_]*){0,3}"
    r"(?:,\s*(?:[A-ZÀ-Þ][^\W\d_]{0,5}\.){1,3})?,\s+(?:a|le|den|dnia|dn\.|lì|li)\s*$"
)
# ... and a dateline with no dating word, the town alone before the date opening its own run
# ('Przemyśl, 12.10.2026', 'Leeds, 3 March 2026'): a weekday or a month before the comma is
# the date's own ('Środa, 14.10.2026'), so those words are no town
_BARE_DATELINE = re.compile(r"^[A-ZÀ-Þ][^\W\d_]+(?:[\s-][A-ZÀ-Þ][^\W\d_]*){0,2},\s*$")
# 'PRE-LIGHT: Thu 12 Mar 2026 1400-1800', 'Rig day - Mon 3/9', 'Prep day: 11.03.': a date after
# the name of a department's own working day (lighting before the shoot, rigging, a build, a
# strike, a load-in, a recce) is that day's, not the shoot's; a weekday may come between
_OTHER_WORK_DAY = re.compile(
    r"\b(?:pr[eé][-\s]?light(?:ing)?|pre[-\s]?rig(?:ging)?|de[-\s]?rig|rig(?:ging)?(?:\s+day)?"
    r"|prep\s+day|build(?:\s+day)?|strike(?:\s+day)?|load[-\s]?(?:in|out)|tech\s+(?:scout|recce)"
    r"|recce)\s*[:\-\u2013]\s*(?:[^\W\d_]{2,9}\.?,?\s*)?$",
    re.I,
)
_ADDRESS_MIN = 0.5  # address_score from which a line is read as an address
# "Shoot Day 3 of 12 · Tuesday, April 14, 2026": a date beside the day's number is the day's,
# wherever the line stands (a sheet quoted low in an e-mail)
# (Georgian "გადაღების დღე 9 / 30", Armenian "Նկարահանման օր 6 / 24", shooting day; a bare
# "დღე" or "օր" is a scene row's day or a duration)
_DAY_NUMBER = (
    r"\b(?:shoot(?:ing)?\s+)?(?:day|dzień(?:\s+zdjęciowy)?|გადაღების\s+დღე|նկարահանման\s+օր)"
    r"\s*:?\s*#?(\d{1,3})"
)
_DAY_OF = re.compile(_DAY_NUMBER + r"\s*(?:of|/|z)\s*(\d{1,3})\b", re.I)
_SHOOT_DAY = re.compile(_DAY_NUMBER + r"(?:\s*(?:of|/|z)\s*(\d{1,3}))?", re.I)
# 'Dia de rodagem 6 de 18', 'Día de filmación 9 de 16', 'Drehtag 12 von 30', 'Jour de tournage
# 4 sur 20', 'Giorno di ripresa 3 di 8': with its total only ('Día de rodaje 3 de octubre' is
# a date)
_DAY_OF_WORDS = re.compile(
    r"\b(?:d[ií]a\s+de\s+(?:rodagem|filmagem|grava[çc][ãa]o|rodaje|filmaci[óo]n|grabaci[óo]n)"
    r"|jour\s+de\s+tournage|drehtag|giorno\s+di\s+ripres[ae])\s*:?\s*#?(\d{1,3})"
    r"\s*(?:de|von|sur|di|/)\s*(\d{1,3})\b",
    re.I,
)


def _address_score(text: str) -> float:
    """How much ``text`` looks like a street address (0 = not at all, 1 = street and postcode)."""
    return address_score(text)


def _postcodes(text: str) -> list[str]:
    return [p.code for p in find_postcodes(text) if p.strong]


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
        self.labels = labels + title_keys(pages, labels)  # 'Production | <title>' in a grid
        self.owned = attach(pages, self.labels)
        self.address_of = _pair_addresses(self.labels, self._cell_bottoms())
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


def _pair_addresses(labels: list[Label], bottoms: dict[Label, float]) -> dict[Label, Label]:
    """A place label and the 'ADDRESS' label that completes it: 'LOCATION name  ADDRESS street'.

    The address label pairs with the nearest place label before it on its line, else with the
    one right above it in its column, or right under the place's cell ('LOCATION' / name /
    'ADDRESS' / street, each label over its value); 'HOSPITAL ADDRESS' pairs only with a
    hospital label.
    """
    out: dict[Label, Label] = {}
    for a in labels:
        if not _names_an_address(a) or a.phrase == "location address":
            continue
        kinds = _PLACE_KINDS if a.kind == "address" else (a.kind,)
        owners = [o for o in labels if o is not a and o.kind in kinds and o.page == a.page]
        owners = [o for o in owners if not _names_an_address(o)]
        same_line = [o for o in owners if o.line == a.line and o.x1 <= a.x0]
        height = a.bottom - a.top
        above = [
            o
            for o in owners
            if abs(o.x0 - a.x0) < 12
            and a.top - o.top > 0
            and (
                a.top - o.top < 3 * height + 6
                or (o in bottoms and 0 <= a.top - bottoms[o] < 1.5 * height)
            )
        ]
        near = max(same_line, key=lambda o: o.x1, default=None) or max(
            above, key=lambda o: o.top, default=None
        )
        if near is not None and near not in out:
            out[near] = a
    return out


def _names_an_address(label: Label) -> bool:
    """'ADDRESS', 'Adresa:', 'Dirección:', 'Hospital address': a label that heads an address
    (every language's word for it is of kind 'address'; 'adres szpitala' is a hospital's)."""
    return label.kind == "address" or bool(re.search(r"(address|adresse?)\b", label.phrase))


# A column of another unit printed beside the main unit's: "2ND UNIT", "Second unit",
# "SPLINTER UNIT", "B UNIT" (its call and set are not the main unit's)
_OTHER_UNIT = re.compile(
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
                out.append((p, line.top, line.x0, float("inf"), float("inf")))
    return out + later_day_headings(pages)  # 'Drehtag 2 / Shooting day 2' under day 1's


PROSE_WORDS = 8  # a line of this many words is running text, not a heading or a label


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
    """A run of words that can head a column: letters, short, no time or date in it."""
    return (
        text.count(" ") < 6
        and sum(c.isalpha() for c in text) >= 3
        and not find_time(text)
        and not find_dates(text)
    )


def _heads_a_column(page: PageText, li: int, x0: float) -> bool:
    """Whether lines under line ``li`` print words starting where a heading starts (its
    column's rows), two of the next six at least."""
    below = page.lines[li + 1 : li + 7]
    return sum(any(abs(w.x0 - x0) < 6 for w in ln.words) for ln in below) >= 2


def _column_headings(p: int, page: PageText, li: int) -> list[Region]:
    """The regions of tomorrow's or another unit's column headed on line ``li``, when the line
    heads two or more columns side by side; [] otherwise."""
    line = page.lines[li]
    spans = runs(line)
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
_TAIL_MARK = re.compile(r"^(?:[-\u2013\u2014|:,.]+|#?\d{1,3}[.,]?|\d{4})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})([./-])(\d{1,2})(?:\2(?:\d{2}|\d{4}))?\.?,?$")


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


def _first_time(
    pieces: list[Piece], bare: bool = False, today: bool = False
) -> tuple[Parsed, bool] | None:
    """The first time in a label's first two pieces; with ``bare``, only a piece that is
    nothing but a time (a generic word like "Crew" heads a crew list with people's calls).
    A piece that speaks of tomorrow is another day's, unless ``today``: in an e-mail about
    the sheet, "tomorrow" is the sheet's day ("crew call tomorrow is now 6:45 AM")."""
    for pc in pieces[:2]:
        if _TOMORROW.search(pc.text) and not today:
            continue
        parsed = _changed_to(pc.text) or _crews_time(pc.text) or find_time(pc.text)
        if (
            parsed is not None
            and bare
            and pc.text[: parsed.start].strip(" ()") + pc.text[parsed.end :].strip(" ()")
        ):
            return None
        if parsed is not None:
            return parsed, pc.below
    return None


# "09:00 crew / 10:30 cast": each time followed by whose it is
_TIME_THEN_CREW = re.compile(r"(?<![\w:.])(?=\d)\S{1,8}(?:\s?[ap]\.?m\.?)?\s+(?:crew|unit)\b", re.I)


def _crews_time(text: str) -> Parsed | None:
    """'Produzione 06:00 · Troupe 07:00 · Attori 08:00': the crew's time in a list of groups;
    or the time a list of times names for the crew after it ('09:00 crew / 10:30 cast')."""
    m = crew_listed(text)
    hit = find_time(text[m.end() :]) if m is not None else None
    if m is None or hit is None:
        after = _TIME_THEN_CREW.search(text)
        if after is None or len(find_times(text)) < 2:
            return None
        hit = find_time(text[after.start() :])
        if hit is None or hit.start != 0:
            return None
        return replace(hit, start=hit.start + after.start(), end=hit.end + after.start())
    return replace(hit, start=hit.start + m.end(), end=hit.end + m.end())


# "moved from 08:00 to 07:30", "was 08:00, now 07:30", "08:00 → 07:30": a revision's new value
CALL_CHANGE = re.compile(
    r"\bfrom\b(?P<old>.{1,20}?)\bto\b|\bwas\b(?P<old2>.{1,20}?)\bnow\b|\u2192|->", re.I
)


def _changed_to(text: str) -> Parsed | None:
    """The new time of a change written out ('moved earlier from 08:00 to 07:30'): the time
    after 'to', 'now' or an arrow, when a time stands before it too; None otherwise."""
    m = CALL_CHANGE.search(text)
    if m is None:
        return None
    before = m.group("old") or m.group("old2") or text[: m.start()]
    if find_time(before) is None:
        return None
    return find_time(text[m.end() :])


def labelled_time(sheet: Sheet, kind: str, name: str) -> Found:
    """The time owned by the strongest label of ``kind``.

    Only labels of nearly the same strength are rivals: a bare "Call" does not put a "Crew
    Call" in doubt. Rivals that disagree keep the best value at a capped confidence, with a
    warning naming the field. A named label as strong that owns no text at all is a rival: its
    value was printed where it could not be read (a graphic, a layout not understood), and
    the value read elsewhere may be another day's.
    """
    found: list[tuple[float, Found]] = []
    unread_labels: list[Label] = []
    read_labels: list[Label] = []
    implausible: list[str] = []
    revised: list[tuple[float, Found]] = []
    replaced: set[str] = set()  # the times a revision says it replaces
    moved: list[tuple[float, Found]] = []  # 'Unit call moved from 0700 to 0800'
    pushed_over: list[tuple[str, str]] = []  # (new, old) both printed on a label's row
    columns: list[tuple[Label, tuple[float, Found]]] = []  # a table's "Call" column
    for h, pieces in sheet.of(kind):
        if sheet.tomorrow(h) or _gloss_under(sheet, h, pieces) or another_days(sheet, h):
            continue
        if kind == "call" and superseded_original(sheet, h):
            continue  # 'Original call: 07:00' over 'AMENDED CALL: 06:30': the old call, named
        if kind == "call" and pieces and _over_its_label(sheet, h, pieces[0]):
            continue  # "EKIPA" heading a crew list takes the schedule's last row over it
        bare = h.phrase in L.BARE_TIME_ONLY or (
            kind == "call" and heads_a_people_list(sheet.pages[h.page], h.line, h.x0)
        )
        hit = _first_time(pieces, bare=bare, today=sheet.about_the_day(h))
        if hit is None:
            if (
                not pieces
                and h.phrase not in L.BARE_TIME_ONLY | L.WEAK_PHRASES
                and not _translated(sheet, h)
                and not (kind == "call" and _beside_a_place(sheet, h))
            ):
                unread_labels.append(h)  # a generic word alone heads a section
            continue
        read_labels.append(h)
        parsed, below = hit
        if kind == "call":
            parsed, below = _pushed_call(sheet, h, pieces, hit, pushed_over)
        if not plausible_sun(name, str(parsed.value)):
            implausible.append(str(parsed.value))
            continue  # "Sunset  |  00:30 Estimated wrap": another column's time, not the sun's
        parsed = _as_the_sheet_writes(sheet, pieces, parsed)
        quality = strength = h.quality
        if _explained_row(sheet, h, pieces, kind, str(parsed.value)):
            continue
        if kind == "call":
            quality, strength = _call_weights(sheet, h)
        # '07:30 crew / 08:30 cast' beside its label, or alone in the cell under it
        alone = not below or len(pieces) == 1
        listed = kind == "call" and alone and _crews_time(pieces[0].text) == parsed
        if listed or (
            kind == "call"
            and (_for_the_crew(sheet, h, pieces, parsed) or _crew_line_agrees(pieces, parsed))
        ):
            quality = strength = max(quality, CREW_NAMED)
        if kind == "call" and (
            _sole_generic_call(sheet, h, pieces, parsed) or _memo_call(sheet, h, parsed.value)
        ):
            quality = max(quality, SOLE_CALL_QUALITY)
        conf = quality * parsed.quality * (ABOVE_BELOW_PENALTY if below else 1.0)
        if kind == "call" and below and _column_call(sheet, h):
            columns.append((h, (strength, Found(parsed.value, conf))))
            continue  # weighed below, against the call the other labels give
        found.append((strength, Found(parsed.value, conf)))
        old = _replaced(pieces)
        replaced |= old
        if REVISED_WORDS.search(h.context) or (kind == "call" and revision_label(sheet, h)):
            revised.append((strength, Found(parsed.value, conf)))
            if _supersedes(sheet, h):
                replaced.add(_ANY_OTHER)
        elif old:  # a change written out, with no word of revision: only what it names
            moved.append((strength, Found(parsed.value, conf)))
    if not found and implausible:
        return Found(None, 0.0, f"{name}: {', '.join(implausible)} cannot be the {name}")
    if found:  # a people table's "Call" column is no rival when it keeps the call (or is a cast's)
        call = _best(found, name).value
        found += [f for h, f in columns if not _heads_people_calls(sheet, h, call)]
    else:
        found = [f for _, f in columns]
    agreed = _best(found, name).value
    unread = [
        (h.quality, h.phrase)
        for h in unread_labels
        if not any(_stacked_gloss(h, o) for o in read_labels)
        and not (agreed is not None and _time_after(sheet, h) == agreed)
    ]
    best = _best(found, name, unread)
    if (
        not revised
        and moved
        and {str(f.value) for _, f in found} - replaced == {str(f.value) for _, f in moved}
    ):
        revised = moved  # the change names every other time printed: it settles them
    return _doubt_pushed(_revised_time(best, revised, found, name, replaced), pushed_over, name)


SHOOTING_START = 0.7  # "Drehbeginn" alone: the first shot; the team is called before it
_SHOOTING_START = frozenset({"drehbeginn"})


def shooting_start(sheet: Sheet) -> Found:
    """A German Tagesdispo that prints only its start of shooting ("Drehbeginn: 08:00 Uhr"),
    no team call (Treffpunkt Team, Arbeitsbeginn, Team-Call): that time may be the crew's
    call, or the team may be called before it, so a person looks. Copies that disagree give
    nothing."""
    times = set()
    for h, pieces in sheet.of("other_time"):
        if h.phrase not in _SHOOTING_START or sheet.tomorrow(h) or another_days(sheet, h):
            continue
        hit = _first_time(pieces, today=sheet.about_the_day(h))
        if hit is not None:
            times.add(str(hit[0].value))
    if len(times) != 1:
        return NOTHING
    value = times.pop()
    warning = f"call_time: {value} is the start of shooting (Drehbeginn); no team call is printed"
    return Found(value, SHOOTING_START, warning)


def _beside_a_place(sheet: Sheet, label: Label) -> bool:
    """'Buddy Holly Center    Crew call (sc. 44-46)': a call label with no time, on the line of
    a place a location label owns, left of it: it says which set the crew is called to, not
    a call time printed where it could not be read."""
    return any(
        pc.page == label.page and pc.line == label.line and pc.x0 < label.x0
        for h, pieces in sheet.of("location")
        for pc in pieces
    )


def _call_weights(sheet: Sheet, label: Label) -> tuple[float, float]:
    """A call label's quality and its strength against rivals: its own unit's call at its
    phrase's full weight; a generic call label a revision made sure ('AMENDED CALL 6:45',
    labelling.REVISED_CALL_QUALITY) is no match for a crew call printed elsewhere that no label
    names as the one replaced ('CREW CALL CHANGED TO 6:30' is: a crew call of its own)."""
    quality = strength = label.quality
    if _own_unit(sheet, label):
        quality = strength = L.KINDS["call"].get(label.phrase, label.quality)
    if revision_label(sheet, label) and label.quality > L.KINDS["call"].get(label.phrase, 1.0):
        strength = min(strength, REVISION_STRENGTH)  # 'CALL NOW', not 'CREW CALL CHANGED TO'

    return quality, strength


def _doubt_pushed(out: Found, pushed_over: list[tuple[str, str]], name: str) -> Found:
    """The call read, in doubt when it is a time a row moved the call to with the old time
    still printed (not struck) beside its label."""
    for late, old in pushed_over:
        if out.value == late and out.conf > PUSHED_OVER:
            warning = f"{name}: pushed to {late}, {old} still printed beside it"
            out = Found(out.value, PUSHED_OVER, out.warning or warning)
    return out


PUSHED_OVER = 0.8  # a new call beside the old one left unstruck: the crew is told, a person looks


def _explained_row(sheet: Sheet, label: Label, pieces: list[Piece], kind: str, value: str) -> bool:
    """A time label's reading that another on the sheet explains away: a running order's row
    named after the sun ('07h00 Sunrise timelapse and GVs' beside 'Sunrise 07h07'), a meeting
    time before the memo's own 'Call:' line ('Meet: 7.15am at the car park')."""
    if kind in ("sunrise", "sunset"):
        return _timed_row_of(sheet, label, pieces, kind)
    return kind == "call" and _meet_before_call(sheet, label, value)


def _pushed_call(
    sheet: Sheet,
    label: Label,
    pieces: list[Piece],
    hit: tuple[Parsed, bool],
    pushed_over: list[tuple[str, str]],
) -> tuple[Parsed, bool]:
    """The call label's reading, or the time its row moves the call to ('CREW CALL  CALL
    PUSHED TO 9:30 AM'); when the old time is still printed beside the label (not struck
    through) the pair is kept in ``pushed_over``: the row's revision is the call, but the
    sheet says two things."""
    pushed = _pushed_on_row(sheet, label)
    parsed, below = hit
    if pushed is None or pushed.value == parsed.value:
        return hit
    if not below and find_time(pieces[0].text) is not None:
        pushed_over.append((str(pushed.value), str(parsed.value)))
    return pushed, False


def _pushed_on_row(sheet: Sheet, label: Label) -> Parsed | None:
    """The time a change printed on a call label's own row moves the call to ('CREW CALL
    CALL PUSHED TO 9:30 AM'), before the next label on the row; None when there is none."""
    line = sheet.pages[label.page].lines[label.line]
    stop = min(
        (
            o.start
            for o in sheet.labels
            if o.page == label.page
            and o.line == label.line
            and o.start >= label.end
            and o.kind != "call"
        ),
        default=len(line.words),
    )
    text = " ".join(w.text for w in line.words[label.end : stop])
    for m in PUSHED_TO.finditer(text):
        if m.group(0).strip().lower() in ("put", "brought"):
            continue  # 'put back to', 'brought forward to' need their particle
        hit = find_time(text[m.end() :])
        if hit is not None and hit.start == 0:
            return hit
    return None


def another_days(sheet: Sheet, label: Label) -> bool:
    """'Day 2 is 3/15/26: Call Time 9:00 AM at ...', 'Mon 16 March - call 0630': a time label
    whose line opens with a date that is not the sheet's shooting date speaks of another day,
    however near it is printed to today's lines. Only the label's own run counts: another
    cell's date on the row ('Stand: 21.07.2026, 19:15   Sunrise 05:33') is no day's heading."""
    line = sheet.pages[label.page].lines[label.line]
    start = next((a for a, b in runs(line) if a <= label.start < b), label.start)
    before = " ".join(w.text for w in line.words[start : label.start])
    dated = {p.value for p in find_dates(before)} if before.strip() else set()
    if not dated:
        return False
    today = shooting_date(sheet, None).value
    return today is not None and today not in dated


def _over_its_label(sheet: Sheet, h: Label, piece: Piece) -> bool:
    """A time printed above its label's line, no bigger than the label ("13:30 Packshot" over
    an "EKIPA" heading): another block's. A header box's big time over its small caption
    ("6:00a" over "CREW CALL") is the label's."""
    if piece.page != h.page or piece.line == h.line:
        return False
    lines = sheet.pages[piece.page].lines
    if lines[piece.line].bottom > h.top:
        return False
    label_size = max(w.size for w in lines[h.line].words[h.start : h.end])
    value_size = max(w.size for w in lines[piece.line].words[piece.start :])
    return value_size <= label_size


GENERIC_CALL = 0.6  # a bare "Call" heading: no label that names the crew


def _column_call(sheet: Sheet, h: Label) -> bool:
    """A call label over its value that may be a column of people's own calls: a generic
    "Call" heading, or any call label among a people table's headings ("Osoba  Telefon
    Zbiórka")."""
    return h.quality < GENERIC_CALL or heads_people_column(sheet.pages[h.page], h.line, h.x0, h.x1)


def _heads_people_calls(sheet: Sheet, h: Label, call: object) -> bool:
    """A generic "Call" heading one column of a people table ("Role  Name  Phone  Call") that
    keeps the day's ``call`` in some row, or lists a cast."""
    page = sheet.pages[h.page]
    return _column_call(sheet, h) and heads_a_time_column(
        page, h.line, h.x0, h.x1, str(call) if call is not None else None
    )


HOURS_SETTLED = 0.95  # a whole hour written as the sheet writes its other times
_HOUR_H = re.compile(r"^\d{1,2}\s?h$", re.I)  # "6h"
_LATE_H = re.compile(r"(?<![\d./:])(?:1[3-9]|2[0-3])\s?h(?:[0-5]\d)?(?!\w)", re.I)  # "18h"
_HOUR_AP = re.compile(r"^\d{1,2}\s?(?P<ap>[ap]\.?\s?m\.?|[ap])$", re.I)  # "8am", "6a"
_LETTER_AP = re.compile(r"(?<![\d./:])\d{1,2}(?:[:.][0-5]\d)?[ap](?![a-z.])", re.I)  # "7:30a"
_WORD_AP = re.compile(r"(?<![\d./:])\d{1,2}(?:[:.][0-5]\d)?\s?[ap]\.?\s?m\b\.?", re.I)


def _as_the_sheet_writes(sheet: Sheet, pieces: list[Piece], parsed: Parsed) -> Parsed:
    """A whole hour without its minutes ('6h', '8am', '6a') is read with a doubt: '6h' may be
    06:00 or 18:00 on a sheet that writes hours loosely, '6a' may be no time at all. The
    sheet's own times settle it: '6h' on a sheet that prints '18h' or '17h23' counts on the
    24-hour clock; '8am' or '6a' where two more times are written with the same meridiem
    ('9am', '1pm'; '7:30a', '12p') is the sheet's way of writing a time."""
    if parsed.quality >= HOURS_SETTLED:
        return parsed
    token = None
    for pc in pieces[:2]:
        hit = _changed_to(pc.text) or find_time(pc.text)
        if hit is not None and (hit.value, hit.start, hit.end) == (
            parsed.value,
            parsed.start,
            parsed.end,
        ):
            token = pc.text[hit.start : hit.end].strip()
            break
    if token is None:
        return parsed
    text = "\n".join(line.text for page in sheet.pages for line in page.lines)
    if _HOUR_H.match(token):
        settled = _LATE_H.search(text) is not None
    elif m := _HOUR_AP.match(token):
        same = _LETTER_AP if len(m["ap"]) == 1 else _WORD_AP
        settled = len(same.findall(text)) >= 3
    else:
        settled = False
    return replace(parsed, quality=HOURS_SETTLED) if settled else parsed


CREW_NAMED = 1.0  # "CALL TIME (ALL CREW)", "CALL  10:00 AM (all crew)": the crew's call
# 'Call time: 8am for everyone (bacon rolls from 7:30)', '07:00 pour toute l'équipe': words
# after the time that call the whole crew, then at most a note in brackets
_FOR_EVERYONE = re.compile(
    r"^[-\u2013,]?\s*(?:for|pour|para|für|dla|per)\s+(?:the\s+)?"
    r"(?:everyone|everybody|all(?:\s+(?:crew|cast\s+(?:and|&)\s+crew))?|whole\s+(?:crew|team|unit)"
    r"|full\s+crew|all\s+departments|tout\s+le\s+monde|toute\s+l[’']\s?équipe|todos|todo\s+el\s+equipo"
    r"|alle|das\s+ganze\s+team|wszystkich|całą\s+ekipę|tutti|tutta\s+la\s+troupe)"
    r"\s*[.!]?\s*(?:\([^()]*\))?\s*[.!]?$",
    re.I,
)


def _for_the_crew(sheet: Sheet, label: Label, pieces: list[Piece], parsed: Parsed) -> bool:
    """A call label or its time qualified by a bracket that names the crew ('CALL TIME (ALL
    CREW)  8am', 'CALL  10:00 AM (all crew)') is the crew's call, however generic the word.
    The time must be the label's own cell, nothing but the time (and that bracket): a line
    under the label that holds another label's time ('ARTISTS CALL TIME 5:00 AM') is not."""
    first = pieces[0].text if pieces else ""
    hit = find_time(first)
    if hit is None or (hit.value, hit.start) != (parsed.value, parsed.start):
        return False
    before = first[: hit.start].strip(" :.-")
    after = first[hit.end :].strip()
    if before:  # 'CALL TIME (ALL CREW) 07:00': the bracket between the label and its time
        return not after and before.endswith(")") and bool(_WITH_CREW.match(before))
    if after:
        return (bool(_WITH_CREW.match(after)) and after.endswith(")")) or bool(
            _FOR_EVERYONE.match(after)
        )
    words = sheet.pages[label.page].lines[label.line].words
    own = " ".join(w.text for w in words[label.start : label.end])
    return (k := own.find("(")) >= 0 and bool(_WITH_CREW.match(own[k:]))


_CREW_PHRASES = sorted((p for p, q in L.CREW_CALL.items() if q >= 0.9), key=len, reverse=True)
_CREW_LINE = re.compile(
    rf"^(?:{'|'.join(re.escape(p) for p in _CREW_PHRASES)})(?:\s+time)?\s*[:\-\u2013]?\s*",
    re.I,
)


def _crew_line_agrees(pieces: list[Piece], parsed: Parsed) -> bool:
    """A generic call label's cell, its time alone on the first line and under it a line that
    opens with the crew's call and the same time ('CALL TIME' / '0630' / 'Crew call 0630 for
    0700 shoot'): the cell says twice that the time is the crew's."""
    first = find_time(pieces[0].text) if len(pieces) >= 2 else None
    if first is None or first.start > 0 or first.value != parsed.value:
        return False
    if pieces[0].text[first.end :].strip(" .,"):
        return False
    for pc in pieces[1:3]:
        m = _CREW_LINE.match(pc.text.strip())
        hit = find_time(pc.text.strip()[m.end() :]) if m is not None else None
        if hit is not None and hit.start == 0:
            return hit.value == parsed.value
    return False


def _own_unit(sheet: Sheet, label: Label) -> bool:
    """'2ND UNIT CALL:' on a sheet titled '2ND UNIT CALL SHEET': the words run on before a
    call label ('2ND', 'RIGGING CREW') are another department's, unless the sheet's own title
    gives them with the label as the sheet's name; then they name the sheet's own unit."""
    line = sheet.pages[label.page].lines[label.line]
    first = next(a for a, b in runs(line) if a <= label.start < b)
    if first == label.start:
        return False
    said = " ".join(norm(w.text) for w in line.words[first : label.end]).strip()
    titled = re.compile(rf"(?<!\w){re.escape(said)}\s*-?\s*sheet\b", re.I)
    for p, page in enumerate(sheet.pages[: sheet.first_page + 1]):
        for i, other in enumerate(page.lines):
            if (p, i) != (label.page, label.line) and titled.search(
                " ".join(norm(w.text) for w in other.words)
            ):
                return True
    return False


def _time_after(sheet: Sheet, label: Label) -> str | None:
    """The first time printed after a label on its line, however far ('UNIT CALL ... 07:30'
    at the far end of a header box): too far to own, but when it is the value read under the
    label's other copies, the label left empty agrees with them and doubts nothing."""
    words = sheet.pages[label.page].lines[label.line].words[label.end :]
    parsed = find_time(" ".join(w.text for w in words))
    return None if parsed is None else str(parsed.value)


def _stacked_gloss(empty: Label, read: Label) -> bool:
    """'Sonnenaufgang' over 'Sunrise 06:14', 'Arbeitsbeginn Team 07:00' over 'Crew call': a
    label of the same kind on the line just above or below, flush with it, that owns a time is
    the same cell in two languages; the empty one is its gloss, not a value left unread."""
    height = max(empty.bottom - empty.top, read.bottom - read.top)
    gap = max(empty.top - read.bottom, read.top - empty.bottom)
    return (
        empty.page == read.page
        and abs(empty.line - read.line) == 1
        and abs(empty.x0 - read.x0) < 12
        and gap < 1.2 * height
    )


def _gloss_under(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'Grupas ierašanās  07:30' over 'Crew call': a label with nothing beside it, flush under
    a label of its kind that owns a time beside it, is that cell's second language; the lines
    under it are the next rows ('Hair, make-up, costume 06:45'), not its value."""
    if any(not pc.below and pc.line == label.line for pc in pieces):
        return False
    if label.kind == "call" and (revision_label(sheet, label) or _original(sheet, label)):
        return False  # 'AMENDED CALL' under 'Prior call: 7:30': the change, no translation
    for other, owned in sheet.of(label.kind):
        beside = [pc for pc in owned if not pc.below and pc.line == other.line]
        if (
            other.line == label.line - 1
            and _stacked_gloss(label, other)
            and any(find_time(pc.text) for pc in beside)
        ):
            return True
    return False


def _strong_call_printed(sheet: Sheet, label: Label, value: object = None) -> bool:
    """A crew-call phrase ("Crew Call", "Unit Call") printed anywhere but on the label's own
    line, whether or not a label was made of it: the generic label is then not alone. A line
    whose first time is ``value`` ('8:00 AM - Crew call, load in' in the running order under
    'Call Time: 8:00 AM') says the same call again: no rival."""
    for p, page in enumerate(sheet.pages):
        for i, line in enumerate(page.lines):
            if (p, i) == (label.page, label.line):
                continue
            text = line.text.lower()
            if any(re.search(rf"(?<![^\W\d_]){re.escape(p)}", text) for p in _STRONG_CALLS):
                # 'Arab Hall call sheet' prints no 'all call': a phrase starts a word
                first = find_time(line.text)
                if value is not None and first is not None and first.value == value:
                    continue
                if first is None and _notes_the_revision(label, text):
                    continue
                return True
    return False


def _notes_the_revision(label: Label, text: str) -> bool:
    """A line with no time that says the crew call moved, beside a revised call label
    ('AMENDED CALL: 06:30' / 'Amendment: crew call brought forward 30 min'): the same
    change told in words, no rival call."""
    return bool(REVISION_WORDS.search(label.context)) and bool(CALL_MOVED_NOTE.search(text))


# "CALL TIME 0700" alone in the header: the general call, as sure as "Crew Call"
SOLE_CALL_QUALITY = 0.95
# ... and the bare call word in Romance languages ("Convocation 06h30", "Citación 07:00"):
# as weak alone, as sure when nothing else on the sheet calls anyone
GENERIC_CALL_PHRASES = frozenset(
    {"call time", "call", "convocation", "rendez-vous", "citación", "llamado", "convocazione"}
    | {"convocatória", "citació"}
)
_STRONG_CALLS = tuple(
    p for p, q in L.CREW_CALL.items() if q >= 0.85 and p not in GENERIC_CALL_PHRASES
)


def _sole_generic_call(sheet: Sheet, label: Label, pieces: list[Piece], parsed: Parsed) -> bool:
    """A generic "Call Time" / "Call" label is weak because crew lists print it for everyone.
    On page 1, beside or over (a header grid's cell) a value that is nothing but one time, and
    with no other call label on the sheet (no "Crew Call", no qualified call, no second
    generic one that disagrees), it can only be the day's call."""
    if label.phrase not in GENERIC_CALL_PHRASES or label.page != 0 or not pieces:
        return False
    if ORIGINAL_WORDS.search(label.context) or _original_label(sheet, label):
        return False  # 'Original call: 7:30 AM' says the call was changed: not the day's alone
    first = pieces[0]
    own = find_time(first.text)
    if own is None or (own.value, own.start) != (parsed.value, parsed.start):
        return False  # the time came from a second piece
    if first.below and len(pieces) > 1:
        return False  # a column of times under it: a crew list's
    rest = first.text[: parsed.start] + first.text[parsed.end :]
    # 'Call: 8am at the side door': a memo's call line may say where, and only that
    placed = _line_call(sheet, label) == str(parsed.value)
    if (rest.strip(" ():.-") and not CHANGE_NOTE.fullmatch(rest) and not placed) or find_time(
        rest
    ) is not None:
        return False
    others = [h for h, _ in sheet.of("call") if h is not label and not sheet.tomorrow(h)]
    others = [
        h
        for h in others
        if not _says_same_call(sheet, h, parsed.value)
        and not superseded_original(sheet, h)
        and not another_days(sheet, h)
        and not _no_rival_crew(sheet, h, str(parsed.value))
    ]
    if any(h.phrase not in GENERIC_CALL_PHRASES for h in others):
        return False
    for h in others:  # another generic call (a crew list's column) must agree
        if _heads_people_calls(sheet, h, parsed.value):
            continue  # a people table's "Call" column: each row's own call
        hit = _first_time(sheet.owned.get(h, []))
        if hit is not None and hit[0].value != parsed.value:
            return False
    return not _strong_call_printed(sheet, label, parsed.value)


def _timed_row_of(sheet: Sheet, label: Label, pieces: list[Piece], kind: str) -> bool:
    """A sun label whose time is printed before it on its row, with words after it ('07h00
    Sunrise timelapse and GVs'): a running order's row, when the time of an activity named
    after the sun, while another label of the kind owns a time printed after it."""
    if not pieces or pieces[0].line != label.line or pieces[0].start >= label.start:
        return False
    if label.end >= len(sheet.pages[label.page].lines[label.line].words):
        return False  # '05:48  Sunrise': the row is the sun's own
    return any(
        pcs and pcs[0].start >= o.end and find_time(pcs[0].text) is not None
        for o, pcs in sheet.of(kind)
        if o is not label and ((o.page, o.line) != (label.page, label.line) or o.start > label.end)
    )


MEET_PHRASES = frozenset({"meet", "meet time", "rv time", "rendezvous"})


def _line_call(sheet: Sheet, label: Label) -> str | None:
    """The time of a generic "Call:" that opens its own line (a memo's 'Call: 07h00 on location
    at the lighthouse'), on the sheet's first page and not another day's; None otherwise."""
    if label.phrase not in GENERIC_CALL_PHRASES or label.start != 0 or label.page != 0:
        return None
    if sheet.tomorrow(label) or another_days(sheet, label):
        return None
    words = sheet.pages[label.page].lines[label.line].words
    after = words[label.end].text if label.end < len(words) else ""
    if not (words[label.end - 1].text.endswith(":") or after.startswith(":")):
        return None
    pieces = sheet.owned.get(label, [])
    if not pieces or pieces[0].below or pieces[0].line != label.line:
        return None
    hit = find_time(pieces[0].text)
    if hit is None or hit.start != 0:
        return None
    rest = pieces[0].text[hit.end :]
    if rest.strip() and not _CALL_AT.match(rest):
        return None
    return str(hit.value)


# what may follow a memo's call time: where it is ('at the staff door', 'on location', '@ base'),
# or that it is the crew's ('crew call at the print shop')
_CALL_AT = re.compile(r"\s*[-\u2013,]?\s*(?:(?:crew|unit|all)\s+call\b\s*)?(?:at|on|@|in)\b", re.I)


def _meet_before_call(sheet: Sheet, label: Label, meet: str) -> bool:
    """A meeting time ("Meet: 7.15am at the car park") with the sheet's own "Call:" line at a
    later time: the meet is where people gather to travel to the call, not the call itself."""
    if label.phrase not in MEET_PHRASES:
        return False
    calls = {t for h, _ in sheet.of("call") if h is not label and (t := _line_call(sheet, h))}
    return len(calls) == 1 and meet < next(iter(calls))


def _memo_call(sheet: Sheet, label: Label, value: object) -> bool:
    """A memo's one "Call:" line whose only rivals are earlier meeting times, which it
    explains, and no crew-call phrase printed elsewhere."""
    if _line_call(sheet, label) != str(value):
        return False
    others = [h for h, _ in sheet.of("call") if h is not label and not sheet.tomorrow(h)]
    timed = [(h, t) for h in others if (t := _time_of(sheet, h))]
    return (
        bool(timed)  # a meet it explains: a lone "Call:" line is _sole_generic_call's to weigh
        and all(_meet_before_call(sheet, h, t) for h, t in timed)
        and not _strong_call_printed(sheet, label, value)
    )


def _time_of(sheet: Sheet, label: Label) -> str:
    hit = _first_time(sheet.owned.get(label, []))
    return str(hit[0].value) if hit is not None else ""


def _says_same_call(sheet: Sheet, label: Label, value: object) -> bool:
    """'7:30am - Crew call at the parking lot': a running order's row whose time, before the
    call label, is the generic label's own, and that owns no other time: the same call said
    again, no rival."""
    line = sheet.pages[label.page].lines[label.line]
    before = " ".join(w.text for w in line.words[: label.start])
    first = find_time(before)
    hit = _first_time(sheet.owned.get(label, []))
    return first is not None and first.value == value and (hit is None or hit[0].value == value)


_MONEY = re.compile(r"[$\u20ac\u00a3]\s?\d+(?:[.,]\d+)?")


_LIST_ROWS = 3  # lines a section heading owns when it heads a list, not one value


def _no_rival_crew(sheet: Sheet, label: Label, call: str) -> bool:
    """A bare 'Crew' / 'Équipe' that is no rival to the day's generic call: a department grid's
    'Crew 7A' that gives the same time; the section's heading alone on its line over the crew
    list (it owns no time, or only the time of the block above it); 'Crew: Joe's Auto Park'
    (a parking or transport note for the crew, with no time on its line after it)."""
    if label.phrase not in L.WEAK["crew"]:
        return False
    line = sheet.pages[label.page].lines[label.line]
    run_end = next((b for a, b in runs(line) if a <= label.start < b), len(line.words))
    cells = runs(line)
    if label.end == run_end < len(line.words):  # 'Crew    7A' in a grid: the next cell
        run_end = next(b for a, b in cells if a == run_end)
    after = " ".join(w.text for w in line.words[label.end : run_end])  # its own cell
    hit = find_time(_MONEY.sub(" ", after))  # '$12 reimbursed' is no time
    if hit is not None:
        return hit.start <= 2 and str(hit.value) == call  # 'Crew 7A  Artist 9A': the same call
    if label.end == run_end == len(line.words):
        owned = sheet.owned.get(label, [])
        if owned and len(owned) >= _LIST_ROWS and not any(find_time(pc.text) for pc in owned):
            return True  # 'CREW' over its list's rows, their calls under a 'Call' column
        return not owned or all(_over_its_label(sheet, label, pc) for pc in owned)
    return line.words[label.end - 1].text.endswith(":") or after.startswith(":")


def _revised_time(
    best: Found,
    revised: list[tuple[float, Found]],
    found: list[tuple[float, Found]],
    name: str,
    replaced: set[str] = frozenset(),  # type: ignore[assignment]
) -> Found:
    """A time printed as a revision is the day's: under a label as strong as any other it
    settles their disagreement ("CREW CALL CHANGED TO 6:30" over "CREW CALL 7:00"); under a
    weaker one it wins unconfirmed (the crew is told it, but the sheet says two things),
    unless the revision names what it replaces: every other time ("moved from 0700 to 0800"
    with 0700 printed below), or the call printed elsewhere ("this supersedes the crew call
    printed below")."""
    values = {f.value for _, f in revised}
    if best.value is not None and len(values) > 1:  # two revisions that disagree
        times = ", ".join(sorted(str(v) for v in values))
        return Found(best.value, min(best.conf, 0.8), best.warning or f"{name}: revised to {times}")
    if best.value is None or len(values) != 1:
        return best
    strongest = max(q for q, _ in found)
    quality, late = max(revised, key=lambda r: (r[0], r[1].conf))
    others = sorted({str(f.value) for _, f in found if f.value != late.value})
    if not others:
        return best
    warning = f"{name}: revised to {late.value}, {', '.join(others)} printed elsewhere"
    if _ANY_OTHER in replaced or set(others) <= replaced:
        # the revision takes the place of the call it names: as sure as that call's label
        return Found(late.value, max(f.conf for _, f in found), warning)
    if quality >= strongest - AGREE_MARGIN:
        return Found(late.value, late.conf, warning)
    return Found(late.value, min(best.conf, 0.8), warning)


REVISION_STRENGTH = 0.85  # a revised call label against a crew call not named replaced


def superseded_original(sheet: Sheet, label: Label) -> bool:
    """A call label that names itself the original, previous or old call, on a sheet where a
    revised (amended, updated, new) call label gives another time: the time it owns is the
    one replaced, no rival to the revision. Without such a revision it stays a rival."""
    if not _original(sheet, label):
        return False
    own = _first_time(sheet.owned.get(label, []))
    if own is None:
        return False
    for other, pieces in sheet.of("call"):
        if other is label or _original(sheet, other) or sheet.tomorrow(other):
            continue
        if not (REVISION_WORDS.search(other.context) or revision_label(sheet, other)):
            continue
        hit = _first_time(pieces)
        if hit is not None and hit[0].value != own[0].value:
            return True
    return False


def _original(sheet: Sheet, label: Label) -> bool:
    """A call label that names itself the replaced call, in its run or its own words."""
    named = _original_label(sheet, label) or ORIGINAL_WORDS.search(label.context)
    return bool(named) and not (
        REVISION_WORDS.search(label.context) or revision_label(sheet, label)
    )


def _label_words(sheet: Sheet, label: Label) -> str:
    words = sheet.pages[label.page].lines[label.line].words[label.start : label.end]
    return " ".join(w.text for w in words)


def revision_label(sheet: Sheet, label: Label) -> bool:
    """'AMENDED CALL TIME', 'CALL NOW', 'Nowa godzina zbiórki': the label's own words."""
    return names_revision(_label_words(sheet, label))


def _original_label(sheet: Sheet, label: Label) -> bool:
    """'Prior call', 'Originally called', 'Citación anterior': the label's own words."""
    return names_original(_label_words(sheet, label))


_ANY_OTHER = "*"  # a revision that replaces every other time of its kind
_SUPERSEDES = re.compile(
    r"\b(?:supersedes?|replaces?|overrides?|instead\s+of)\b[^.;]{0,40}?\bcalls?\b", re.I
)


def _replaced(pieces: list[Piece]) -> set[str]:
    """The old time a revision written out names: '08:00' of 'moved from 08:00 to 07:30', of
    'was 08:00, now 07:30' (``CALL_CHANGE``), or of '07:30 (was 07:00)'."""
    out = set()
    for pc in pieces[:2]:
        m = CALL_CHANGE.search(pc.text)
        if m is not None and _changed_to(pc.text) is not None:
            old = find_time(m.group("old") or m.group("old2") or pc.text[: m.start()])
            if old is not None:
                out.add(str(old.value))
        for was in _WAS.finditer(pc.text):
            old = find_time(was.group(1))
            if old is not None:
                out.add(str(old.value))
    return out


_WAS = re.compile(r"\(\s*(?:was|previously|formerly)\s+([^()]{1,12})\)", re.I)


def _supersedes(sheet: Sheet, label: Label) -> bool:
    """A revision's own line, or the line under it, says it replaces the call printed
    elsewhere ('*** REVISED CALL: 7:30 AM ***' / 'this supersedes the crew call printed
    below')."""
    lines = sheet.pages[label.page].lines[label.line : label.line + 2]
    return any(_SUPERSEDES.search(line.text) for line in lines)


AFTER_MIDNIGHT = 4 * 60  # minutes: a "sunset" before 04:00 is past midnight, not a slip


def plausible_sun(name: str, value: str) -> bool:
    """Whether a time can be a sunset: one after midnight (before 04:00, outside
    sanity.ANYWHERE) is a wrap time read across a column, not the sun's. A morning time stays:
    sanity reads it as an AM/PM slip ('Sunset: 8:24 AM')."""
    if name != "sunset" or not re.fullmatch(r"\d{2}:\d{2}", value):
        return True
    minutes = int(value[:2]) * 60 + int(value[3:])
    return minutes >= AFTER_MIDNIGHT


def _translated(sheet: Sheet, label: Label) -> bool:
    """'Lever du soleil / sunrise 6h44': a label followed across a slash by another label of
    its kind is the same cell in two languages; the second one owns the value."""
    words = sheet.pages[label.page].lines[label.line].words
    return (
        label.end < len(words)
        and words[label.end].text in ("/", "|")
        and any(
            o.kind == label.kind
            and o.page == label.page
            and o.line == label.line
            and o.start == label.end + 1
            for o in sheet.labels
        )
    )


def wrap_time(sheet: Sheet) -> str | None:
    """The printed wrap time (labels.WRAP, each read by the cell its label owns), when exactly
    one distinct wrap time of this day is printed."""
    times = set()
    for h, pieces in sheet.of("other_time"):
        if h.phrase not in L.WRAP or sheet.tomorrow(h):
            continue
        row = _row_time(sheet, h)
        hit = _first_time(pieces) if row is None else None
        if row is not None or hit is not None:
            times.add(row or hit[0].value)
    return times.pop() if len(times) == 1 else None


def _row_time(sheet: Sheet, label: Label) -> str | None:
    """'1700  Wrap' in a running order: the row's own time, printed before the label with
    nothing else, is the label's value (not the next line's 'Sunrise is 06:24')."""
    line = sheet.pages[label.page].lines[label.line]
    before = " ".join(w.text for w in line.words[: label.start]).strip()
    parsed = find_time(before) if before else None
    if parsed is None or before[: parsed.start].strip() or before[parsed.end :].strip(" -:"):
        return None
    return parsed.value


def _best(
    found: list[tuple[float, Found]], name: str, unread: Sequence[tuple[float, str]] = ()
) -> Found:
    """The most confident find among the strongest labels; weaker labels are explained away.

    A rival is another value read under a label as strong as the best one, or such a label
    whose value was not read at all (``unread``: its strength and phrase).
    """
    if not found:
        return NOTHING
    strongest = max(q for q, _ in found)
    strong = sorted((f for q, f in found if q >= strongest - AGREE_MARGIN), key=lambda f: -f.conf)
    top = strong[0]
    rivals = {f.value for f in strong if f.value != top.value}
    if rivals:
        listed = ", ".join(sorted(str(r) for r in rivals))
        return Found(top.value, min(top.conf, 0.5), f"{name}: {top.value} or {listed}?")
    blank = sorted({p for q, p in unread if q >= strongest - AGREE_MARGIN})
    if blank:
        said = ", ".join(f"'{p}'" for p in blank)
        warning = f"{name}: {top.value}, or the time of {said} that could not be read?"
        return Found(top.value, min(top.conf, 0.5), warning)
    if top.conf < 0.85:
        return Found(top.value, top.conf, f"{name}: read with low confidence")
    return top


# "(into Wednesday, November 4, 2026)", "running through to Sat 14 March", "wrap 02:00 (Wed
# 11/4)": the next day a night's work runs into, written on a line of its own
_INTO = re.compile(
    r"(?:\b(?:into|through\s+to|thru\s+to|running\s+to|overnight\s+to|wrap(?:s|ping)?\b[^()]{0,25})"
    r"\s*\(?\s*|\(\s*(?:into|until|till)\s+)(?:[^\W\d_]{2,9}\.?,?\s+)?$",
    re.I,
)


def _night_runs_into(found: list[tuple[float, Found]], into: set[int]) -> list[tuple[float, Found]]:
    """A date the sheet says its night runs into is explained away when the day before it is
    printed too: the night is dated by its start (night_dates.py reads the two on one line)."""
    days = {str(f.value) for i, (_, f) in enumerate(found) if i not in into and f.value}
    out = []
    for i, (w, f) in enumerate(found):
        if i in into and f.value and _day_before(str(f.value)) in days:
            w, f = EXPLAINED, Found(f.value, f.conf * EXPLAINED / max(w, EXPLAINED), f.warning)
        out.append((w, f))
    return out


def _day_before(iso: str) -> str | None:
    day = iso_date(iso)
    return None if day is None else (day - dt.timedelta(days=1)).isoformat()


def _bare_dateline(line: Line, run: tuple[int, int], parsed: Parsed) -> bool:
    """'Przemyśl, 12.10.2026' as a run of its own: a town, a comma, then the date, the way a
    letter is dated where it was written. Asked only of a sheet that labels its date."""
    before = line.text[sum(len(w.text) + 1 for w in line.words[: run[0]]) : parsed.start]
    if not _BARE_DATELINE.match(before):
        return False
    words = re.findall(r"[^\W\d_]+", before.lower())
    return not any(w in WEEKDAYS or w in MONTHS or w in SHORT_WEEKDAYS for w in words)


def _explained_dates(sheet: Sheet) -> set[tuple[int, int, int]]:
    """Runs whose dates an other-date label explains away ("Sent:", "Revised", "Printed"): not
    a run that prints its own date label ("Date: Wednesday 08 December"), whatever other-date
    label from another line reaches it ("REVISED" in the line over it)."""
    return sheet.runs_of({"other_date"}) - sheet.runs_of({"date"}, pieces=False)


def shooting_date(sheet: Sheet, us_order: bool | None) -> Found:
    """Pick the sheet's date: labelled or in the header band beats dates elsewhere.

    A date printed as tomorrow's, or as when the sheet was sent or revised, is explained away.
    Cues are read in the date's own run of words, so 'Date: 16.03   Sent: 14.03' keeps both apart.
    """
    found: list[tuple[float, Found]] = []
    stamps: list[str] = []
    agree: set[str] = set()  # dates printed with the weekday they fall on
    sure: list[str] = []  # dates read with no doubt about their month
    two_meanings: set[str] = set()  # ... and read by the first of a month name's two meanings
    labelled = sheet.runs_of({"date"})
    explained = _explained_dates(sheet)
    email = sheet.email
    into: set[int] = set()  # dates a night runs into ('(into Wednesday, November 4, 2026)')
    in_files: set[int] = set()  # dates inside a file's name ('callsheet_v2_2026-10-13.xlsx')
    for p, page in enumerate(sheet.pages):
        for i, line in enumerate(page.lines):
            sent_line = email is not None and p == 0 and i in email.sent_lines
            # an e-mail's body may print the day without its year: the year nearest its sending
            reference = email.sent if email is not None and not sent_line else None
            for parsed in find_dates(line.text, us_order=us_order, reference=reference):
                run = _run_at(line, parsed.start)
                key = (p, i, run[0])
                text = " ".join(w.text for w in line.words[run[0] : run[1]])
                heading = key in labelled or line.top < page.height * 0.2
                weight = 1.0 if heading or _DAY_OF.search(line.text) else 0.7
                if p != sheet.first_page:
                    weight *= 0.8
                stamp = (
                    key in explained
                    or _NOT_SHOOT_DATE.search(text)
                    or _DATELINE.search(line.text[: parsed.start])
                    or (labelled and key not in labelled and _bare_dateline(line, run, parsed))
                    or (labelled and key not in labelled and _print_band(page, line))
                    or sent_line
                    or (key not in labelled and _time_stamped(line.text, parsed))
                )
                if (
                    (stamp and not _SHOOT_DATE.search(text))
                    # a reply above a quoted sheet: its print header, sender line and "On ...
                    # wrote:" are when it was written
                    or (sheet.quote is not None and sheet.quote.before(p, i))
                    or sheet.in_advance(p, line.top, line.words[run[0]].x0)
                    or (_TOMORROW.search(text) and email is None and not sheet.for_tomorrow)
                    or _OTHER_WORK_DAY.search(line.text[: parsed.start])
                ):
                    weight = EXPLAINED
                if stamp:
                    stamps.append(parsed.value)
                if _in_file_name(line.text, parsed):
                    in_files.add(len(found))
                if parsed.quality >= SURE_DATE:
                    sure.append(parsed.value)
                elif _two_month_meanings(line.text[parsed.start : parsed.end]):
                    two_meanings.add(parsed.value)
                if _INTO.search(line.text[: parsed.start]):
                    into.add(len(found))
                found.append((weight, Found(parsed.value, parsed.quality * weight, _note(parsed))))
                if weight > EXPLAINED and _weekday_agrees(line.text, parsed):
                    agree.add(str(parsed.value))
    found = _file_names_explained(found, in_files)
    found = _night_runs_into(found, into)
    if email is not None and email.sent is not None:
        found = _memo_day(found, agree, email.sent)
    if not any(w >= 1.0 for w, _ in found) and (tile := _tile_date(sheet)) is not None:
        found.append((1.0, Found(tile.value, tile.quality * TILE, _note(tile))))
    if not any(w >= 1.0 for w, _ in found):  # no full date labelled or heading the sheet
        reference = _reference(sheet, stamps, found)
        # nothing printed to go by: the file's own date, with the printed weekday
        yearless = _yearless_day(sheet, reference) if reference else _weekday_year(sheet)
        if yearless is not None:
            return yearless
    best = _best_date(found)
    told = told_day(sheet.pages) if not labelled else None
    if told is not None and told.agrees:
        if best.value != told.value:
            # 'Tide Line tomorrow 14/10' under the message stamped 'Tue 13 Oct 2026, 6:12 pm':
            # the stamp is when it was written, the day it names is the shoot's
            return Found(told.value, TOLD, None)
        return Found(best.value, max(best.conf, TOLD), None)
    if told is not None and best.value == told.stamp:
        why = "shooting_date: the day written after 'tomorrow' is not the message's next day"
        return Found(best.value, min(best.conf, TOLD_DOUBT), why)
    if best.value in two_meanings and best.conf >= 0.75 and _near_a_sure_date(best.value, sure):
        # '5 listopada 2026' (November in Polish, October in Croatian) on a sheet sent on
        # '4.11.2026' that gives tomorrow as '06.11.2026': the other meaning is a month away
        return Found(best.value, SETTLED_MONTH, None)
    note = next((f.warning for _, f in found if f.value == best.value and f.warning), None)
    return Found(best.value, best.conf, best.warning or note)


TOLD = 0.9  # 'tomorrow 14/10' the day after its message's stamp: two statements that agree
TOLD_DOUBT = 0.6  # ... a day that is not: the relative word and the date disagree
MEMO_DAY = 0.9  # an e-mail's one date in its body, with its weekday, days after its sending
MEMO_AHEAD = 7  # days: a memo plans the coming week's shoot


def _weekday_agrees(text: str, parsed: Parsed) -> bool:
    weekday = weekday_near(text, parsed.start, parsed.end)
    day = iso_date(str(parsed.value))
    return day is not None and weekday is not None and weekday == day.weekday()


def _memo_day(
    found: list[tuple[float, Found]], agree: set[str], sent: dt.date
) -> list[tuple[float, Found]]:
    """'Date: April 15, 2026' in a memo's header, 'Tomorrow, Thursday, April 16, 2026, we
    film' in its body: when every date but the sending's is one date, printed with the
    weekday it falls on, on or a few days after the sending, that is the day the memo plans,
    though no label names it."""
    live = {str(f.value) for w, f in found if w > EXPLAINED}
    if len(live) != 1 or any(w >= 1.0 for w, _ in found):
        return found
    value = live.pop()
    ahead = (dt.date.fromisoformat(value) - sent).days
    if value not in agree or not 0 <= ahead <= MEMO_AHEAD:
        return found
    return [
        (1.0, Found(f.value, f.conf / w * MEMO_DAY, f.warning)) if str(f.value) == value else (w, f)
        for w, f in found
    ]


SURE_DATE = 0.9
SETTLED_MONTH = 0.95  # a two-meaning month name settled by a sure date printed days from it
NEAR_DAYS = 3


def _two_month_meanings(text: str) -> bool:
    return any(w in MONTH_CHOICES for w in re.findall(r"[^\W\d_]+", text.lower()))


def _near_a_sure_date(value: str, sure: list[str]) -> bool:
    """Another date on the sheet, read without doubt, a few days from this one (the day it
    was sent, tomorrow's call): its month agrees with the reading taken."""
    day = iso_date(value)
    if day is None:
        return False
    near = (other for other in map(iso_date, sure) if other is not None)
    return any(abs((other - day).days) <= NEAR_DAYS for other in near)


TILE = 0.9  # a date read from a calendar tile: its parts are not on one line
_TILE_PART = re.compile(r"^[^\W\d_]{2,}\.?$|^\d{1,2}\.?$|^(?:19|20)\d\d$")


def _tile_date(sheet: Sheet) -> Parsed | None:
    """A calendar tile in the header band: weekday, day number, month and year stacked on
    lines of their own, one under the other and centred on one another ('FRIDAY' / '20' /
    'MARCH' / '2026'), each the last run of its line. Read together, they are the day's date."""
    page = sheet.pages[sheet.first_page] if sheet.first_page < len(sheet.pages) else None
    if page is None:
        return None
    stack: list[tuple[str, float]] = []  # the tile's parts so far and their centres
    for line in page.lines:
        if line.top > page.height * 0.3:
            break
        a, b = runs(line)[-1]
        words = line.words[a:b]
        text = " ".join(w.text for w in words)
        centre = (words[0].x0 + words[-1].x1) / 2
        if len(words) > 1 or not _TILE_PART.match(text):
            stack = []
            continue
        if stack and abs(centre - stack[-1][1]) > 12:
            stack = []
        stack.append((text, centre))
        if len(stack) >= 3:
            joined = " ".join(t for t, _ in stack[-4:])
            parsed = next(iter(find_dates(joined)), None)
            if parsed is not None and re.search(r"(?:19|20)\d\d$", joined):
                return parsed
    return None


# A file's name printed in a spreadsheet's or a word processor's print header or footer
# ('callsheet_v2_2026-10-13.xlsx', 'CS_Day3_13.10.2026.pdf', 'dispo-2026-10-13-v2'): a date
# inside it is when a draft was saved, never the day the sheet is for
_FILE_EXTENSION = re.compile(
    r"\.(?:xlsx|xlsm|xls|numbers|ods|csv|pdf|docx|doc|odt|pages|rtf|txt)\b", re.I
)


def _in_file_name(text: str, parsed: Parsed) -> bool:
    """Whether the date is part of a file's name: its token (no spaces) ends in a file's
    extension, or the date is glued to the name's words by an underscore, or by hyphens on
    both sides between letters ('callsheet-2026-10-13-v2')."""
    start = text.rfind(" ", 0, parsed.start) + 1
    end = text.find(" ", parsed.end)
    token = text[start : len(text) if end < 0 else end]
    if token == text[parsed.start : parsed.end] or not re.search(r"[^\W\d_]", token):
        return False
    before, after = text[start : parsed.start], text[parsed.end : start + len(token)]
    if _FILE_EXTENSION.search(after):
        return True
    if before.endswith("_") or after.startswith("_"):
        return True
    return bool(re.search(r"[^\W\d_]\w*-$", before) and re.match(r"-\w*[^\W\d_]", after))


# What a program prints in a page's margin band around the sheet: the page's number ('Page 1
# of 2', 'Seite 1 von 2', 'Strona 1 z 2', 'Page 1/2') or the spreadsheet's tab ('Sheet1',
# 'Tabelle1', 'Arkusz1', 'Feuil1', 'Hoja1', 'Foglio1', 'Blad1')
_PRINT_MARK = re.compile(
    r"\b(?:page|seite|strona|pagina|página|sida|side|sivu|oldal|stránka)\s+\d{1,3}"
    r"\s*(?:of|von|z|de|di|av|af|/)\s*\d{1,3}\b"
    r"|\b(?:sheet|tabelle|arkusz|feuil|hoja|foglio|blad|ark|list)\s?\d{1,2}\b",
    re.I,
)
PRINT_BAND = 0.06  # share of the page height at its top and bottom edges: the print margins


def _print_band(page: PageText, line: Line) -> bool:
    """A line in the page's top or bottom margin band that carries a print mark (the page's
    number, the spreadsheet's tab): a program's print header or footer, whose date is when
    the page was printed. Asked only of a sheet that labels its date."""
    edge = page.height * PRINT_BAND
    in_band = line.top < edge or line.top > page.height - edge
    return in_band and _PRINT_MARK.search(line.text) is not None


def _file_names_explained(
    found: list[tuple[float, Found]], in_files: set[int]
) -> list[tuple[float, Found]]:
    """A date inside a file's name is no rival to any other date the sheet prints: it is
    explained away when one is read elsewhere (alone, it still dates the sheet)."""
    if not in_files or all(i in in_files for i in range(len(found))):
        return found
    return [
        (EXPLAINED, Found(f.value, f.conf / w * EXPLAINED if w else f.conf, f.warning))
        if i in in_files and w > EXPLAINED
        else (w, f)
        for i, (w, f) in enumerate(found)
    ]


# "v3 · 13.05.2026 20:14", "PINK REVISION · 7/16/26 6:15 PM": a clock time right after a date
_CLOCK_AFTER = re.compile(r"\s*(?:[,·@]|\bat\b)?\s*\d{1,2}:\d{2}(?!\d)", re.I)


def _time_stamped(text: str, parsed: Parsed) -> bool:
    """A date followed by the minute it was made, with no weekday: when the sheet was written,
    exported or revised. A shooting date is printed with its weekday and stands apart from
    the call."""
    return (
        _CLOCK_AFTER.match(text, parsed.end) is not None
        and weekday_near(text, parsed.start, parsed.end) is None
    )


# "© 2026 Bow Street Pictures", "issued 2026": a sheet's year printed alone
_BARE_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s?((?:19|20)\d\d)\b", re.I)


def _reference(
    sheet: Sheet, stamps: list[str], found: list[tuple[float, Found]]
) -> tuple[dt.date, float] | None:
    """The date a day printed without a year follows, with how far it can be trusted: the
    earliest issue / print / sent date, the e-mail's date, the earliest full date printed, or
    1 January of a year printed alone ("© 2026")."""
    dated = sorted(str(v) for v in stamps) or []
    if dated:
        return dt.date.fromisoformat(dated[0]), 1.0
    if sheet.email is not None and sheet.email.sent is not None:
        return sheet.email.sent, 1.0
    full = sorted(str(f.value) for _, f in found if f.value)
    if full:
        return dt.date.fromisoformat(full[0]), 0.9
    for page in sheet.pages:
        for line in page.lines:
            if (m := _BARE_YEAR.search(line.text)) is not None:
                return dt.date(int(m[1]), 1, 1), 0.9
    return None


def _yearless_day(sheet: Sheet, reference: tuple[dt.date, float] | None) -> Found | None:
    """The day's date printed without a year (labelled or heading the sheet, not tomorrow's or
    a stamp) in the year of its first occurrence on or after ``reference``."""
    if reference is None:
        return None
    start, trust = reference
    text = yearless_date(sheet)
    if text is None:
        return None
    parsed = next(iter(dates_on_or_after(text, start)), None)
    if parsed is None:
        return None
    conf = parsed.quality * trust
    warning = _note(parsed) or ("shooting_date: read with low confidence" if conf < 0.85 else None)
    return Found(parsed.value, conf, warning)


FILE_DATE = 0.8  # trust in a year fixed by the file's own date: a template may be years old
FILE_YEARS = (-1, 0, 1, 2, 3)  # years around the file's date: a date's weekday recurs 5+ apart
_BY_FILE = "from the file's own date and the printed weekday"


def _weekday_year(sheet: Sheet) -> Found | None:
    """A day printed with its weekday and no year, on a sheet with no other date to go by
    and no e-mail around it: the one year near the file's own date (its metadata) whose day
    falls on that weekday. A file's date may be a template's, so a person confirms it."""
    text = yearless_date(sheet) if sheet.made is not None else None
    if text is None or sheet.made is None:
        return None
    for parsed in find_dates(text, yearless=True):
        weekday = weekday_near(text, parsed.start, parsed.end)
        if not parsed.value.startswith("--") or weekday is None:
            continue
        month, day = int(parsed.value[2:4]), int(parsed.value[5:7])
        years = [sheet.made.year + k for k in FILE_YEARS]
        fits = [d for y in years if (d := _valid_date(y, month, day)) and d.weekday() == weekday]
        if len(fits) != 1:
            return None
        conf = 0.95 * FILE_DATE  # the weekday agrees, as in dates_on_or_after
        why = f"shooting_date: year not printed; {fits[0].year} {_BY_FILE}"
        return Found(fits[0].isoformat(), conf, why)
    return None


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def by_file_date(found: Found) -> bool:
    """Whether a shooting date's year was taken from the file's own date (_weekday_year)."""
    return bool(found.warning) and _BY_FILE in str(found.warning)


def yearless_date(sheet: Sheet) -> str | None:
    """The run of words holding a date printed without a year ("Thursday 14 November"),
    labelled or in the header band, and not tomorrow's or the sending date; None if none."""
    labelled = sheet.runs_of({"date"})
    explained = _explained_dates(sheet)
    for p, page in enumerate(sheet.pages):
        for i, line in enumerate(page.lines):
            for parsed in find_dates(line.text, yearless=True):
                if not parsed.value.startswith("--"):
                    continue
                a, b = _run_at(line, parsed.start)
                text = " ".join(w.text for w in line.words[a:b])
                header = p == 0 and line.top < page.height * 0.2
                if (p, i, a) in explained or _TOMORROW.search(text) or _NOT_SHOOT_DATE.search(text):
                    continue
                if (p, i, a) in labelled or header:
                    return text
    return None


def _run_at(line: Line, offset: int) -> tuple[int, int]:
    """The run of words holding character ``offset`` of ``line.text``."""
    ends = list(accumulate(len(w.text) + 1 for w in line.words))
    index = min(bisect_right(ends, offset), len(line.words) - 1)
    return next(r for r in runs(line) if r[0] <= index < r[1])


def _best_date(found: list[tuple[float, Found]]) -> Found:
    if not found:
        return NOTHING
    found.sort(key=lambda f: f[1].conf, reverse=True)
    top = found[0][1]
    rivals = {
        f.value for _, f in found if f.value != top.value and top.conf - f.conf < AGREE_MARGIN
    }
    if rivals:
        listed = ", ".join(sorted(str(r) for r in rivals))
        return Found(top.value, min(top.conf, 0.5), f"shooting_date: {top.value} or {listed}?")
    if top.conf < 0.85:
        return Found(top.value, top.conf, "shooting_date: read with low confidence")
    return top


def _note(parsed: Parsed) -> str | None:
    return f"shooting_date: {parsed.note}" if parsed.note else None


def shooting_day(pages: Sequence[PageText]) -> Found:
    """Read 'Day 12 of 40' / 'Dzień zdjęciowy 12 z 40' / 'Shoot day: 12'."""
    for page in pages:
        for line in page.lines:
            m = _SHOOT_DAY.search(line.text) or _DAY_OF_WORDS.search(line.text)
            if m and int(m.group(1)) > 0:
                conf = 1.0 if m.group(2) else 0.8
                return Found(int(m.group(1)), conf)
    return NOTHING


def _texts(pieces: list[Piece], join: Callable[[list[str]], list[str]] | None = None) -> list[str]:
    """The pieces' texts without placeholders ('Hospital #2'), after ``join`` has put lines
    of one value together."""
    texts = [pc.text for pc in pieces]
    texts = join(texts) if join else texts
    return [t for t in texts if not _PLACEHOLDER.match(t.strip())]


def one_address(lines: list[str]) -> tuple[str | None, str | None, bool]:
    """The name line and ONE address: the first address line and its continuation lines.

    A continuation (town, postcode) is joined only while no postcode has been read; two
    addresses with different postcodes in the text mean two ran together: the first is kept.
    """
    lines = _unwrapped(lines)
    k = next((i for i, t in enumerate(lines) if _reads_as_address(t)), None)
    if k is None:
        # 'Buitenkant St, Cape Town City Centre, Cape Town, 8001': a street and its town
        k = next((i for i, t in enumerate(lines) if street_town_address(t)), None)
    if k is not None and not re.search(r"\d", lines[k]):
        # 'Dongdaemun Design Plaza' / '281 Eulji-ro' / 'Jung-gu, Seoul 04566': a name with a
        # street word in it, then the numbered street and its town
        pair = street_and_town(lines[k + 1 :], named=True)
        if pair is not None:
            at = k + 1 + pair
            return lines[at - 1], f"{lines[at].strip(' ,')}, {lines[at + 1].strip(' ,')}", False
    if k is None or (k > 0 and _town_only(lines[k])):
        # 'Vasilissis Olgas Ave 1' / '105 57 Athens': a street line, then its town line
        pair = street_and_town(lines[: k + 1] if k is not None else lines)
        if pair is not None:
            name = lines[pair - 1] if pair > 0 else None
            return name, f"{lines[pair].strip(' ,')}, {lines[pair + 1].strip(' ,')}", False
    if k is None:
        return _joined_pair(lines)
    stepped = k > 0 and _town_only(lines[k]) and _street_line(lines[k - 1])
    stepped = stepped or _locality_under_road(lines, k) or _numbered_over_town(lines, k)
    if stepped:
        k -= 1  # 'Kenwood House, Hampstead Lane' / 'London NW3 7JR': the street line leads
    if k == 0 and len(lines) > 1 and _whole_after_name(lines[0], lines[1:3]):
        k = 1  # 'Navy Yard Building 77' / '141 Flushing Ave, Brooklyn, NY 11205': a name first
    name = next((t for t in lines[:k]), None)
    # 'Glen Etive Rd (single track, 6 miles from the A82)': a note on the way in, not the address
    parts = [_BRACKET_NOTE.sub("", lines[k]) if stepped else lines[k]]
    for nxt in lines[k + 1 : k + 3]:
        # a town line with a bare code joins too: 'São Paulo - SP, 01037-010'
        joins = _address_score(nxt) or town_line(nxt, coded_only=True)
        numbered = re.match(r"\d+\s+\w", nxt) and not town_line(nxt, coded_only=True)
        # a line said again is a table column's next row, not the address's next line
        again = any(norm(nxt.strip(" ,")) == norm(p.strip(" ,")) for p in parts)
        if _postcodes(_no_house_range(" ".join(parts))) or not joins or numbered or again:
            break
        parts.append(nxt)
    address = ", ".join(p.strip(" ,") for p in parts)
    found = find_addresses(address)
    codes = [a.postcode.replace(" ", "") for a in found if a.postcode]
    cut = len(found) > 1 and len(set(codes)) > 1
    if cut:
        address = address[: found[0].end].strip(" ,")
    return name, address, cut


# A line that ends on a postcode with no town after it ('..., ul. Krupówki 10, 34-500'), and
# a line's numbered street cut from its postcode at a comma ('... Kordeckiego 2,')
_ENDS_ON_CODE = re.compile(rf",\s*(?:{POSTCODE})\s*,?$")
_ENDS_ON_NUMBER = re.compile(r"[^\W\d_]{2,}\.?\s+\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?,$")
_TOWN_NAME = re.compile(r"[^\W\d_][\w'\u2019.]*(?:[\s-][^\W\d_][\w'\u2019.]*){0,2}")
_OPENS_ON_CODE = re.compile(rf"^(?:{POSTCODE})\s+[^\W\d_]")


def _unwrapped(lines: list[str]) -> list[str]:
    """One line of a typed list wrapped mid-address onto the next, at the column's edge: a
    line ending on a postcode then its town alone ('…, ul. Krupówki 10, 34-500' / 'Zakopane'),
    or a line ending on a numbered street and a comma then its postcode and town ('…, ul. o.
    Augustyna Kordeckiego 2,' / '42-225 Częstochowa'), is one line again when the two read
    as an address together."""
    out = list(lines[:1])
    for nxt in lines[1:]:
        prev = out[-1].rstrip()
        code_then_town = _ENDS_ON_CODE.search(prev) and _TOWN_NAME.fullmatch(nxt.strip(" ,"))
        street_then_code = _ENDS_ON_NUMBER.search(prev) and _OPENS_ON_CODE.match(nxt.strip())
        joined = f"{prev.rstrip(' ,')}{',' if street_then_code else ''} {nxt.strip()}"
        if (code_then_town or street_then_code) and _reads_as_address(joined):
            out[-1] = joined
        else:
            out.append(nxt)
    return out


def _joined_pair(lines: list[str]) -> tuple[str | None, str | None, bool]:
    """'Vyšehrad' / 'V Pevnosti 159/5b' / '128 00 Praha 2': no line reads as an address alone
    (the postcode reads as a time, a district's number ends the town), but a line and the next
    read as one together, a numbered street then its postcode and town: the name is the line
    above them."""
    for i in range(len(lines) - 1):
        first, town = lines[i].strip(" ,"), lines[i + 1].strip(" ,")
        if not re.search(r"\d", first) or not re.match(r"\d{3}", town):
            continue  # the street has its number, the town line opens with its postcode
        joined = f"{first}, {town}"
        if _reads_as_address(joined):
            return (lines[i - 1] if i > 0 else None), joined, False
    return None, None, False


def _numbered_over_town(lines: list[str], k: int) -> bool:
    """'615 S Broadway' / 'Los Angeles, CA 90014': a house number and a name with no street
    word, over a town and postcode line; the two read together as a whole address (a street
    and a postcode), so the numbered line is the street."""
    if k <= 0 or not _town_only(lines[k]) or not re.match(r"\d{1,5}[a-z]?\s+\S", lines[k - 1]):
        return False
    found = find_address(f"{lines[k - 1].strip(' ,')}, {lines[k].strip(' ,')}")
    return (
        found is not None
        and found.start == 0
        and found.street is not None
        and found.postcode is not None
        and norm(found.street) == norm(lines[k - 1].strip(" ,"))
    )


# '70-102 Flinders St': a street's range of house numbers, in the shape of a postcode
_HOUSE_RANGE = re.compile(r"^\s*\d{1,4}\s?[-\u2013]\s?\d{1,4}\s+(?=\S)")


def _no_house_range(text: str) -> str:
    """The text without a leading range of house numbers before a street ('70-102 Flinders
    St'), which reads as a postcode ('70-102' is one in Poland) but is the street's number;
    a postcode before its town ('70-102 Szczecin') stays."""
    m = _HOUSE_RANGE.match(text)
    if m is None:
        return text
    street = re.split(r"[,;]", text[m.end() :])[0].split()
    if not street or norm(street[-1]).rstrip(".") not in STREET_SUFFIXES:
        return text
    return text[m.end() :]


def _street_line(text: str) -> bool:
    """A line that reads as a street, with or without its number ('Bute Pl', 'Hampstead Lane')."""
    if _address_score(text) > 0.3:
        return True
    found = find_address(text)
    return found is not None and found.street is not None and found.start == 0


def _whole_after_name(first: str, rest: list[str]) -> bool:
    """A first line with no postcode that only looks like a street, then a whole address
    (street number, street, postcode) on the next line or the next two ('141 Flushing Ave' /
    'Brooklyn, NY 11205'): the first line names the place."""
    if _postcodes(first) or not rest or not re.match(r"\d+\s+\w", rest[0]):
        return False
    for n in (1, 2):
        found = find_address(", ".join(rest[:n]))
        if found is not None and found.street is not None and found.postcode is not None:
            return True
    return False


# a note in brackets ending a street line: 'Cove Rd (walk in from the road, 15 min)'
_BRACKET_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _town_only(text: str) -> bool:
    """A town and postcode line with no street in it ('London NW3 7JR', 'Toronto, ON M5R 1X8')."""
    found = find_address(text)
    return found is not None and (found.street is None or town_line(text, coded_only=True))


def _unnumbered_street(sheet: Sheet, address: str) -> bool:
    """'Av. Brasília, 1300-598 Lisboa': a street named by its type word, with no house number,
    before the town and postcode; the street is read, and the sheet prints it with no number
    anywhere (a street printed elsewhere with its number, 'Av Pierre-Dupuy' beside '2600 Av
    Pierre-Dupuy', may be at another number: which, a person can tell)."""
    found = find_address(address)
    if found is None or found.street is not None:
        return False
    street = address[: found.start].strip(" ,")
    if not street or "," in street or street_line(street) != (True, True):
        return False
    name = re.escape(street)
    numbered = re.compile(
        rf"\b\d{{1,5}}[a-z]?,?\s+{name}\b|\b{name},?\s+\d{{1,5}}[a-z]?(?![\w-])(?!\s\d{{2}}\b)",
        re.I,
    )
    # (a postcode after it is the next column's town: 'Av. Brasília   1300-299 Lisboa')
    return not any(numbered.search(ln.text) for page in sheet.pages for ln in page.lines)


def whole_address(text: str) -> bool:
    """A street and a postcode among the addresses read in ``text``."""
    return any(a.street is not None and a.postcode is not None for a in find_addresses(text))


def _no_street_shown(address: str) -> bool:
    """'Llanwddyn, Oswestry SY10 0LZ': a name with no number and no street word before the
    town and postcode, with no road read above it; the village or the street, who can say."""
    found = find_address(address)
    if found is None or found.street is None or found.postcode is None:
        return False
    return not street_evidence(found.street)


def _locality_under_road(lines: list[str], k: int) -> bool:
    """'Glen Etive Rd (single track)' / 'Glencoe, Ballachulish PH49 4HY': under a road named by
    its street word, with no number, a name before the post town is the village (Royal Mail's
    dependent locality), not a street. Alone, the same line may be a street with no street word
    ('Castlehill, Edinburgh EH1 2NG'), so only the road above tells."""
    found = find_address(lines[k])
    if found is None or found.postcode is None or found.street is None or k == 0:
        return False
    if re.search(r"\d", found.street) or find_addresses(found.street):
        return False
    road = _BRACKET_NOTE.sub("", lines[k - 1]).strip(" ,")
    above = find_address(road)
    return (
        above is not None
        and above.street == road
        and above.postcode is None
        and above.quality >= 0.5
        and not re.search(r"\d", road)
    )


def _named_address(
    sheet: Sheet, label: Label, lines: list[str]
) -> tuple[str | None, str | None, bool]:
    """Name and address under one label, or the name here and the address under its ADDRESS."""
    pair = sheet.address_of.get(label)
    if pair is not None:
        paired = _texts(sheet.owned.get(pair, []))
        _, address, cut = one_address(paired)
        if address is None and paired and _loose_address(paired[0]):
            address = paired[0].strip(" ,")  # its own label vouches for a form not known here
        if address is not None:
            return lines[0], address, cut
    return one_address(lines)


_HOUSE_NUMBER = re.compile(
    r"(?<![\w/])\d{1,5}[a-z]?(?:[-/]\d{1,5}[a-z]?)?(?![\w:.]\d)|\bs/n\b", re.I
)


def _loose_address(text: str) -> bool:
    """Words and a house number ('Mosebacke torg 1-3, 116 46 Stockholm', 'Plaza de San
    Miguel, s/n'): under an ADDRESS label, that is the address, whatever the country's form.
    Not a phone number or a time alone."""
    if find_phones(text, "US") and not re.search(r"[^\W\d_]{3}", without_phones(text, "US")):
        return False
    return bool(_HOUSE_NUMBER.search(text)) and bool(re.search(r"[^\W\d_]{3}", text))


_SCENE_HEADING = re.compile(r"^(?:INT|EXT|I/E|WN|PL)\b\.?", re.I)
# A line that opens with dot leaders or a clock time ("06:00 EXT. PERISTYLE", ". . . 6.00 INT.
# PALACE", "5:00 AM Set") is a schedule row read under the place's label, never an address.
_SCHEDULE_ROW = re.compile(
    r"^\s*(?:(?:\.\s*){2,}|…)|^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?=\s+\D)", re.I
)


def _clean(lines: list[str], region: str | None) -> list[str]:
    """Drop phones, e-mails and scene headings ('INT. KITCHEN' under a SET column); Polish
    "PL." (plener) is also "pl." (plac): a line that reads as an address stays."""
    return [
        t
        for t in lines
        if not find_phones(t, region or "US")
        and "@" not in t
        and not (_SCENE_HEADING.match(t) and _address_score(t) < _ADDRESS_MIN)
        and not _SCHEDULE_ROW.match(t)
    ]


# A set's number and the part of the day it is used in, beside its label: 'LOCATION 1 (AM)',
# 'LOCATION 1 - MORNING', 'LOKACJA 2 (popołudnie)' on a split day with a company move
_PART_OF_DAY = re.compile(
    r"^#?\d{1,2}\s*(?:\(\s*|[-\u2013\u2014:]\s*)(?:a\.?m\.?|p\.?m\.?|morning|afternoon|evening"
    r"|night|rano|przedpołudni\w*|popołudni\w*|wiecz\w+)(?![\w.])",
    re.I,
)


def _part_of_day(piece: Piece) -> bool:
    """A piece beside a place label that is the set's number and its part of the day is part of
    the label; the place is under it."""
    return not piece.below and bool(_PART_OF_DAY.match(piece.text))


# the rest of a heading joined to a place's label: 'LOCATION & MAP', 'SET AND DIRECTIONS'
_JOINED = re.compile(r"^(?:&|\+|and|und|et|y|e|en|og|och|i)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?$", re.I)


def _joined_heading(sheet: Sheet, label: Label, piece: Piece) -> bool:
    """'LOCATION & MAP' over the set's name and address: the words joined to the label by '&'
    or 'and' on a heading in capitals are the heading's, not the place."""
    if piece.below or piece.page != label.page or piece.line != label.line:
        return False
    line = sheet.pages[label.page].lines[label.line].text
    letters = [c for c in line if c.isalpha()]
    return bool(_JOINED.match(piece.text.strip())) and all(c.isupper() for c in letters)


def places(sheet: Sheet, kind: str) -> tuple[list[tuple[Place, float]], list[str]]:
    """Every place named under a label of ``kind``, the primary first.

    Numbered sets come in their order; then an address beats a bare name, and a stronger label
    a weaker one (a scene table's LOCATION column does not outrank a 'Set Location' address).
    """
    found: list[tuple[tuple[bool, float, bool, float, int], Place, float]] = []
    warns: list[str] = []
    paired = set(sheet.address_of.values())
    labelled = [h for h, _ in sheet.of(kind)]
    unread: list[Label] = []  # numbered labels that gave no place
    for order, (h, pieces) in enumerate(sheet.of(kind)):
        if h.number is not None and h not in paired:
            unread.append(h)  # until a place is read under it
        if (
            h.phrase in L.HEADING_ONLY
            and pieces
            and len(pieces[0].text.split()) >= PROSE_WORDS
            and not address_only(pieces[0].text)
        ):
            continue  # "Where" over a paragraph: the running text names the set (prose.py)
        lines = _clean(with_patrons(_texts(pieces)), None)
        if lines and (_part_of_day(pieces[0]) or _joined_heading(sheet, h, pieces[0])):
            lines = _clean(_aligned_below(sheet, h, 5), None)  # 'LOCATION 1 (AM)' / set below
        lines = _first_listed(lines)
        if not lines and h in sheet.address_of and pieces:
            # 'LOCATION  INT. GALLERY - Terra Kulture' / 'ADDRESS  1376 ...': the set named by
            # its scene heading, its address under its own label
            lines = [pieces[0].text]
        if not lines or h in paired:
            continue
        name, address, cut = _named_address(sheet, h, lines)
        if name is None and address is not None:
            name, address = _scene_before_place(address)
        if address is None and (below := _address_under_inline(sheet, h, pieces)) is not None:
            name, address = lines[0], below
        quality = _place_label_quality(h, address) * (
            ABOVE_BELOW_PENALTY if pieces[0].below else 1.0
        )
        if cut:
            quality = min(quality, 0.6)
            warns.append(f"{kind}: two addresses ran together; kept the first")
        place = Place(name, address) if address else Place(lines[0], lines[0])
        quality *= 1.0 if address else NAME_ONLY
        if address and _town_only(address) and not _unnumbered_street(sheet, address):
            quality = min(quality, NAME_ONLY)  # a town and postcode: the street was not read
            warns.append(f"{kind}: only a town and postcode read, no street")
        elif address and _no_street_shown(address) and not _named_just_above(lines, name, address):
            quality = min(quality, NAME_ONLY)  # a village or a street: a person can tell
            warns.append(f"{kind}: no street read, only a place's name before the post town")
        if address and h not in sheet.address_of and _skipped_address(lines, address):
            quality = min(quality, NAME_ONLY)  # the set's own address line was not read
            warns.append(f"{kind}: an address line under the label was not read; took a later one")
        if address and _across_cells(sheet, pieces, address):
            quality = min(quality, NAME_ONLY)  # two columns' text read as one line
            warns.append(f"{kind}: the address ran across two columns of a table")
        if h in unread:
            unread.remove(h)
        number = h.number if h.number is not None else _first_of_numbered(h, labelled)
        if _after_a_time(sheet, h):
            number = 99  # '0900 Set 1: kitchen': the running order's row, no set's heading
        later = sheet.tomorrow(h)  # tomorrow's or another unit's set comes after today's
        found.append(((later, number, address is None, -quality, order), place, quality))
    found.sort(key=lambda f: f[0])
    first = found[0][0] if found else None
    # the label the set was read under, when it prints its own number ('Location 2 (PM)')
    taken = labelled[first[4]].number if first is not None and not first[0] else None
    skipped = [h for h in unread if taken and h.number < taken and not sheet.tomorrow(h)]
    if skipped:
        # 'Location 1' read nothing and 'Location 2 (after lunch)' gave the set: the day's
        # first set is not the one read
        found[0] = (first, found[0][1], min(found[0][2], NAME_ONLY))
        warns.append(f"{kind}: set {skipped[0].number} was not read; took a later set's place")
    out: list[tuple[Place, float]] = []
    for _, place, quality in found:
        if all(p.address != place.address for p, _ in out):
            out.append((place, quality))
    return out, warns


def _across_cells(sheet: Sheet, pieces: list[Piece], address: str) -> bool:
    """The address read from a line under the label that joins runs split by a column gap
    ('Gallery 1 and the Abbott St      Cairns City QLD 4870': a set's note in one column, the
    town in the next, apart by more than a word space): the line is two cells, so the address
    is not one place's."""
    for pc in pieces:
        if not pc.below or pc.text not in address:
            continue
        line = sheet.pages[pc.page].lines[pc.line]
        end = pc.start + len(pc.text.split())
        if any(pc.start < a < end for a, _ in runs(line)):
            return True
    return False


def _named_just_above(lines: list[str], name: str | None, address: str) -> bool:
    """'The Commandery' / 'Sidbury, Worcester WR1 2HU': the place's name on the line right above
    its address, nothing between them left unread. The name, the town and the postcode find the
    place whether the bare word is its street or its village (a premises name and a locality)."""
    at = next(
        (i for i, t in enumerate(lines) if t.strip(" ,") and address.startswith(t.strip(" ,"))),
        None,
    )
    return bool(name) and at is not None and at >= 1 and lines[at - 1].strip(" ,") == name


def _after_a_time(sheet: Sheet, h: Label) -> bool:
    """The label follows a time alone on its line ('0900  Set 1: gallery', '14.30 Location 2
    -'): a row of the day's running order that points to a set, ranked after the places that
    the sheet heads as its sets (its number counts the rows, not the sets)."""
    words = sheet.pages[h.page].lines[h.line].words[: h.start]
    return bool(words) and bool(_ROW_TIME.match(" ".join(w.text for w in words)))


# a clock time, 24-hour ones also without a colon ('0900'), or a span of two
_ROW_TIME = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}|[01]\d[0-5]\d|2[0-3][0-5]\d)(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*[-\u2013]\s*(?:\d{1,2}[:.]\d{2}|[01]\d[0-5]\d|2[0-3][0-5]\d)(?:\s*[ap]\.?m\.?)?)?$",
    re.I,
)


# a list's number opening a line in one cell: '1) Plaza ...', '(2) ...', '#1 ...'
_LIST_MARK = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\)|#\d{1,2}\b)\s*")


def _first_listed(lines: list[str]) -> list[str]:
    """'1) Plaza Theatre, 125 W Mills Ave, ...' / '2) (after lunch) San Jacinto Plaza, ...': a
    numbered list of places in one cell; the first is the day's set (the later ones are moves),
    its number no part of it, and its name before the numbered street its name."""
    if not lines or not _LIST_MARK.match(lines[0]):
        return lines
    first = [_LIST_MARK.sub("", lines[0], count=1)]
    for t in lines[1:]:
        if _LIST_MARK.match(t):
            break
        first.append(t)
    name, comma, rest = first[0].partition(",")
    if comma and re.match(r"\s*\d", rest) and _reads_as_address(rest.strip()):
        first[:1] = [name.strip(), rest.strip()]
    return first


def _skipped_address(lines: list[str], address: str) -> bool:
    """'Palacio' / 'Calle Sin Forma 3, 50004 Zaragoza' (unread) / ... / 'Av. de Madrid 2,
    50004 Zaragoza': a line between the name and the address read that has a postcode or an
    's/n' of its own is the set's address in a form not read ('Halle 12', '3e étage' are a
    building's parts, no address); the one read lower down
    may be the base's or the parking's, run on under the same label."""
    at = next(
        (i for i, t in enumerate(lines) if t.strip(" ,") and address.startswith(t.strip(" ,"))),
        None,
    )
    if at is None or at < 2:
        return False
    return any(
        _postcodes(t) or _CODE_AND_TOWN.search(t) or _NO_HOUSE_NUMBER.search(t) for t in lines[1:at]
    )


# ', 45002 Toledo', ', 00-950 Warszawa', ', 1100-148 Lisboa': a continental postcode and its town
_CODE_AND_TOWN = re.compile(r",\s*(?:\d{5}|\d{2}-\d{3}|\d{4}-\d{3})\s+[A-ZÀ-Þ][^\W\d_]+")


# 's/n', 'S/N' (sin / sem número), Italian 'snc': a street's mark where it has no number
_NO_HOUSE_NUMBER = re.compile(r"(?<![\w/])(?:s/n|snc)(?![\w/])|\bsin\s+n[úu]mero\b", re.I)


def _first_of_numbered(h: Label, labelled: list[Label]) -> int:
    """'Místo natáčení' then, lower on the page, 'Místo natáčení 2': the same label printed
    bare above its second counts as the first (1); any other bare label comes after every
    numbered one (99)."""
    same = [o for o in labelled if o.phrase == h.phrase and o.page == h.page]
    numbers = {o.number for o in same if o.number is not None}
    second = [o for o in same if o.number == 2]
    if 1 not in numbers and second and all(o.line > h.line for o in second):
        return 1
    return 99


# a scene heading up to a dash opening a place's line: "WN. HALA GŁÓWNA - Hala Stulecia, ul. ..."
_SCENE_LEAD = re.compile(r"^\s*(?:INT|EXT|I/E|E/I|WN|PL|PLE)\b\.?[^\n]*?\s[-\u2013\u2014]\s+", re.I)


def _scene_before_place(text: str) -> tuple[str | None, str]:
    """'WN. HALA GŁÓWNA \u2013 Hala Stulecia, ul. Wystawowa 1, 51-618 Wrocław': the scene's set
    heading the line is the place's name, not part of its address (as on a line of its own)."""
    lead = _SCENE_LEAD.match(text)
    found = next(iter(find_addresses(text)), None)
    if lead is None or found is None or found.start < lead.end():
        return None, text
    return text[: lead.end()].strip(" -\u2013\u2014"), text[lead.end() :].strip(" ,")


def _qualifies_label(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'Nearest hospital ashore:': one word beside a label, ending its line with a colon, is
    part of the label (which hospital), not the value; the value is on the lines below."""
    line = sheet.pages[label.page].lines[label.line]
    only = pieces[0]
    return (
        not only.below
        and len(only.text.split()) == 1
        and not any(c.isdigit() for c in only.text)
        and line.text.rstrip().endswith(":")
        and line.words[-1].x0 >= only.x0
    )


# The department a hospital label names after it: 'NEAREST HOSPITAL - EMERGENCY', Croatian
# 'NAJBLIŽA BOLNICA - OBJEDINJENI HITNI BOLNIČKI PRIJEM' (unified emergency admission)
_DEPARTMENT = re.compile(
    r"\b(?:emergency|a&e|casualty|er|urgences|urgencias|notaufnahme|sor|ratunkow\w*|hitn\w*"
    r"|prijem|urgen\w*)\b",
    re.I,
)


def _department(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """A heading in capitals beside a hospital label that names the department, with the
    hospital's name and address on the lines under it: the heading is part of the label."""
    only = pieces[0]
    text = only.text
    return (
        not only.below
        and text == text.upper()
        and not any(c.isdigit() for c in text)
        and bool(_DEPARTMENT.search(text))
        and any(c.isdigit() for c in " ".join(_aligned_below(sheet, label, 2)))
    )


def _heading_row_piece(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'LOCATION  UNIT BASE  NEAREST HOSPITAL  SUN / WEATHER' over their blocks: beside a
    label in a row of capital headings, capitals with no digit that run into the next label
    are that heading's start ('SUN /' of 'SUN / WEATHER'), never the value; the value is
    under the label. A heading row is one whose words are all in capitals."""
    only = pieces[0]
    if only.below or only.page != label.page or only.line != label.line:
        return False
    line = sheet.pages[label.page].lines[label.line]
    letters = [c for c in line.text if c.isalpha()]
    end = only.start + len(only.text.split())
    return (
        len(letters) >= 8
        and all(c.isupper() for c in letters)
        and not any(c.isdigit() for c in only.text)
        and any(
            o.page == label.page and o.line == label.line and o.start == end for o in sheet.labels
        )
        and bool(_aligned_below(sheet, label, 1))
    )


def _aligned_below(sheet: Sheet, label: Label, most: int) -> list[str]:
    """The lines right under a label's line that start where it starts, with no line gap
    between them and no other label in them; at most ``most``."""
    lines = sheet.pages[label.page].lines
    here = lines[label.line]
    out: list[str] = []
    for k in range(label.line + 1, min(label.line + 1 + most, len(lines))):
        nxt = lines[k]
        height = max(here.bottom - here.top, 1.0)
        run = next((r for r in runs(nxt) if abs(nxt.words[r[0]].x0 - label.x0) <= 8), None)
        if nxt.top - here.bottom > 1.2 * height or run is None:
            break
        if any(
            o.page == label.page and o.line == k and run[0] <= o.start < run[1]
            for o in sheet.labels
        ):
            break
        out.append(" ".join(w.text for w in nxt.words[run[0] : run[1]]))
        here = nxt
    return out


def _address_under_inline(sheet: Sheet, label: Label, pieces: list[Piece]) -> str | None:
    """'LOCATION: The Rookery Building' over '209 S LaSalle St, Chicago, IL 60604': a place
    named beside its label, its address alone on the next line, starting under the label and
    owned by no other label, is the place's address."""
    if len(pieces) != 1 or pieces[0].below or pieces[0].page != label.page:
        return None
    below = _aligned_below(sheet, label, 1) if label.start == 0 else []
    if not below:
        return None
    _, address, cut = one_address(below)
    return None if cut else address


def _place_label_quality(label: Label, address: str | None) -> float:
    """A generic word ('SET', 'Main Unit:') is a place's label for sure once it owns a whole
    address (street and postcode): the doubt was whether the word heads a place at all."""
    if address is None or label.quality >= VOUCHED:
        return label.quality
    found = find_address(address)
    whole = found is not None and found.postcode is not None and found.street is not None
    # ... or the continental shape: a numbered street, a comma, the postcode and the town
    whole = whole or _continental(address)
    return VOUCHED if whole or street_town_address(address, named=True) else label.quality


# "HOSPITAL INFO ON PAGE 2", "see attached", "(see back)": the label points to where it is given
_ELSEWHERE = re.compile(
    r"\b(?:on|see)\s+(?:page|pg\.?|p\.)\s*\d+\b|\bsee\s+(?:below|attached|over|back|map)\b"
    r"|\bon\s+(?:the\s+)?(?:back|reverse|next\s+page)\b",
    re.I,
)


def hospital(sheet: Sheet, region: str | None) -> tuple[Hospital | None, float]:
    paired = set(sheet.address_of.values())
    bare: tuple[Hospital | None, float] | None = None  # a value with neither name nor address
    # tomorrow's hospital (an advance column, another unit's) only when today's is not given
    for h, pieces in sorted(sheet.of("hospital"), key=lambda hp: sheet.tomorrow(hp[0])):
        # '... Traumatologii' / 'im. M. Kopernika, ul. ...'; 'Upstate University' / 'Hospital'
        # (the wrap's last word alone on its line, no placeholder)
        lines = with_patrons(_texts(pieces, joined_wrap))
        if lines and (
            _qualifies_label(sheet, h, pieces)
            or _department(sheet, h, pieces)
            or _heading_row_piece(sheet, h, pieces)
        ):
            lines = _aligned_below(sheet, h, 4)  # 'Nearest hospital ashore:' / its name below
        elif lines and _label_gloss(sheet, h, pieces):
            lines = _past_gloss(sheet, h, pieces)  # 'NEAREST HOSPITAL / TRAUMA UNIT' / name
        if not lines or h in paired or _ELSEWHERE.search(lines[0]):
            continue
        quality = h.quality * (ABOVE_BELOW_PENALTY if pieces[0].below else 1.0)
        lines = _wrapped_name(sheet, pieces, lines)  # 'Harrogate District' / 'Hospital, ...'
        lines = [*_name_then_address(lines[0], region), *lines[1:]]
        phone = next((p for t in lines for p in find_phones(t, region)), None)
        # '(as above)' points at another row's hospital: it is never a value of its own
        lines = [t for t in lines if not back_reference(t)]
        if not lines:
            continue
        rest = [_address_part(t, region) for t in lines if not t.lower().startswith("tel")]
        if lines and rest and rest[0] is None:
            rest[0] = name_before_phone(lines[0], region)  # 'WakeMed Campus (919) 350-8000'
        rest = [t for t in rest if t]
        name, address, _ = _named_address(sheet, h, rest) if rest else (None, None, False)
        if address is None:
            name = rest[0] if rest else None
        if name is not None and not re.search(r"[^\W\d_]", name):
            name = None  # 'Emergency: 112': a number to call, no hospital's name
        if address and find_phones(address, region):
            phone = phone or find_phones(address, region)[0]  # '... WA 6230 (08) 9722 1000'
            address = without_phones(address, region).strip(" ,\u00b7|") or None
        if name and cut_before_facility(name):
            quality = min(quality, NAME_ONLY)  # 'Upstate University': its last line unread
        if name is None and address is not None and (over := _name_over(sheet, h, pieces)):
            name, quality = over, min(quality, NAME_OVER)
        if name:
            name = _MARK.sub("", name) or name  # '✚ Victoria General Hospital': a sign
        if address:
            address = address_without_department(address) or address
        if name and _street_word(name):
            quality = min(quality, NAME_ONLY)  # 'Way': a street's last word, no hospital's name
        if name is None:
            # no name: a person says which hospital; an emergency line's number alone gives
            # way to a later hospital label that names one ('Emergency: 000 · Medic: ...')
            quality = min(quality, NAMELESS)
            if address is None:
                bare = bare or (Hospital(None, None, phone), quality)
                continue
        return Hospital(name, address, phone), quality
    return bare or (None, 0.0)


NAME_OVER = 0.8  # a hospital's name on the line over its address, read by its shape


def _wrapped_name(sheet: Sheet, pieces: list[Piece], lines: list[str]) -> list[str]:
    """The value's lines with a name wrapped over two lines joined (hospital_names). When the
    value read is one line, the line under it, starting where it starts, may hold the rest of
    the name even if another label took it ('Hospital, Lancaster Park Rd, ...' reads as a
    label of its own)."""
    joined = joined_wrap(lines)
    if joined != lines or len(lines) != 1 or has_facility(lines[0]):
        return joined
    last = pieces[-1]
    page = sheet.pages[last.page]
    if last.line + 1 >= len(page.lines):
        return lines
    here, below = page.lines[last.line], page.lines[last.line + 1]
    if below.top - here.bottom > 1.2 * max(here.bottom - here.top, 1.0):
        return lines  # a gap: the next block, no wrapped line
    x0 = pieces[0].x0
    run = next((r for r in runs(below) if abs(below.words[r[0]].x0 - x0) <= CELL_ALIGN), None)
    if run is None:
        return lines
    return joined_wrap([lines[0], " ".join(w.text for w in below.words[run[0] : run[1]])])


def _name_then_address(line: str, region: str | None) -> list[str]:
    """``_name_and_address``, else a name with its facility word up to the first comma and an
    address in a form not known after it ('Akademiska sjukhuset, Sjukhusvägen, 751 85
    Uppsala, +46 18 611 00 00')."""
    split = _name_and_address(line, region)
    if len(split) > 1:
        return split
    bare = without_phones(line, region) if find_phones(line, region) else line
    head = facility_head(bare.strip(" ,\u00b7|"))
    return list(head) if head else split


def _name_over(sheet: Sheet, label: Label, pieces: list[Piece]) -> str | None:
    """'NEAREST / HOSPITAL' wrapped in its cell, the value cell's lines beside it: the line
    over the address's first, flush with it in its column, that names a hospital by its kind
    ('Hennepin County Medical Center' over '701 Park Ave')."""
    first = pieces[0]
    if first.page != label.page or first.line == 0 or first.line - 1 == label.line:
        return None
    above = sheet.pages[first.page].lines[first.line - 1]
    for a, b in runs(above):
        if abs(above.words[a].x0 - first.x0) <= CELL_ALIGN:
            text = " ".join(w.text for w in above.words[a:b])
            labelled = any(
                o.page == first.page and o.line == first.line - 1 and a <= o.start < b
                for o in sheet.labels
            )
            named = hospital_name_shaped(text) and not hospital_label_words(text)
            return text if named and not labelled else None
    return None


def _label_gloss(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'NEAREST HOSPITAL / TRAUMA UNIT', 'Nearest hospital / Krankenhaus': the words after the
    label's slash, on its line, say the label again (a department, another language)."""
    only = pieces[0]
    if only.below or only.page != label.page or only.line != label.line:
        return False
    line = sheet.pages[label.page].lines[label.line]
    return after_slash(line, label.end) and hospital_label_words(only.text)


def _past_gloss(sheet: Sheet, label: Label, pieces: list[Piece]) -> list[str]:
    """The value of a label read with its gloss: the next run on the label's line and the
    lines under that run, else the lines under the label."""
    line = sheet.pages[label.page].lines[label.line]
    gloss = pieces[0]
    later = [r for r in runs(line) if line.words[r[0]].x0 > gloss.x0]
    if later:
        first, end = later[0]
        if any(
            o.line == label.line and first <= o.start < end
            for o in sheet.labels
            if o.page == label.page
        ):
            return []
        moved = replace(label, line=label.line, x0=line.words[first].x0)
        return [" ".join(w.text for w in line.words[first:end]), *_aligned_below(sheet, moved, 3)]
    return _aligned_below(sheet, label, 4)


# a sign or bullet before a name: '✚ St Mary's', '➤ Royal Infirmary', '• General Hospital'
_MARK = re.compile(r"^[^\w\s(\"'\u201c\u2018]+\s*")


def _street_word(name: str) -> bool:
    """A name that is only a street's type ('Way', 'Road,'): the end of a street, read apart."""
    words = norm(name).strip(" ,.").split()
    return len(words) == 1 and words[0] in STREET_SUFFIXES


def _name_and_address(line: str, region: str | None) -> list[str]:
    """'Name - street, town', 'Name · street, town · phone', 'Name, street, town' on one line:
    the name, then the rest, when the name reads as no address and the rest as one. A name
    goes on past a dash to the comma when what follows the dash is no street and a numbered
    street follows the comma: 'KBC Split - Firule, Spinčićeva 1, 21000 Split' is named 'KBC
    Split - Firule' ('Royal Infirmary - Oxford Rd, Manchester' stays 'Royal Infirmary')."""
    best: list[str] = [line]
    for sep in (_DASH, _DOT, re.compile(r",\s*")):
        parts = [p.strip() for p in sep.split(line, maxsplit=1)]
        if len(parts) < 2 or _address_score(parts[0]) >= _ADDRESS_MIN:
            continue
        rest = without_phones(parts[1], region) if find_phones(parts[1], region) else parts[1]
        if not _reads_as_address(rest.strip(" \u00b7|,")):
            continue
        if sep is _DASH:
            parts = _named_past_dashes(parts, region)
        if len(best) == 1:
            best = parts
        elif _longer_name(best[0], parts[0], rest):
            return parts
    return best


def _named_past_dashes(parts: list[str], region: str | None) -> list[str]:
    """'CHU de Rouen - Hôpital Charles-Nicolle - 1 rue de Germont, 76000 Rouen': the name runs
    on over a later dash while what it takes in is a name (no number, no street) and what is
    left after that dash still reads as the address."""
    name, rest = parts
    while len(split := [p.strip() for p in _DASH.split(rest, maxsplit=1)]) == 2:
        extra, after = split
        bare = without_phones(after, region) if find_phones(after, region) else after
        if re.search(r"\d", extra) or _street_line(extra) or _reads_as_address(extra):
            break
        if not _reads_as_address(bare.strip(" \u00b7|,")):
            break
        name, rest = f"{name} - {extra}", after
    return [name, rest]


def _longer_name(name: str, longer: str, rest: str) -> bool:
    """Whether ``longer`` (the name read up to the comma) names the place better than ``name``
    (read up to the dash): its extra words are no street, hold no number, and the rest after
    the comma starts with a numbered street."""
    extra = longer[len(name) :].strip(" -\u2013\u2014\u00b7|,")
    return (
        longer.startswith(name)
        and bool(extra)
        and not re.search(r"\d", extra)
        and not _street_line(extra)
        and bool(re.match(r"[^\d,]{2,40}\s\d{1,4}[a-zA-Z]?\b", rest))
    )


# The continental shape whatever the country's street words: a street and its house number,
# a comma, maybe a district, then a 4-6 digit postcode and its town ("Vigadó tér 2, 1051
# Budapest", "Str. Benjamin Franklin 1-3, Sector 1, 010171 București", "bul. Bulgaria 1, 1463
# Sofia")
_CONTINENTAL = re.compile(
    r"(?:^|[\s\-\u2013\u2014:])(?:[^\W\d_][\w.'\u2019-]*\s){1,5}\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?,"
    r"\s(?:[^,\d]{2,25}(?:\s\d{1,2})?,\s)?(?:\d{4,6}|\d{3}\s\d{2})\s[^\W\d_]{2,}"
)


def continental_address(text: str) -> bool:
    """'Slotspladsen 4, 9000 Aalborg': a numbered street, a comma, a postcode and its town."""
    return _continental(text)


def _continental(text: str) -> bool:
    """The continental shape, with no label word in it ("Crew Call 7, 0630 Lunch" is times)."""
    m = _CONTINENTAL.search(text)
    words = set(re.findall(r"[^\W\d_]+", m.group().lower())) if m else set()
    return m is not None and not words & (LABEL_WORDS | L.STOP_WORDS)


def _reads_as_address(text: str) -> bool:
    """An address by its score, or a street and a postcode apart ("James's St, Dublin 8, D08
    NHY1": a district number between town and Eircode), or the continental shape."""
    if _address_score(text) >= _ADDRESS_MIN or _continental(text):
        return True
    found = find_address(text)
    return found is not None and found.street is not None and bool(_postcodes(text))


_DOT = re.compile(r"\s+[\u00b7\u2022|]\s+")  # "UNM Hospital · 2211 Lomas Blvd NE · (505) ..."


def _address_part(line: str, region: str | None) -> str | None:
    """A line without its phone number; None when only the number (or no address) was on it."""
    if not find_phones(line, region):
        return line
    rest = without_phones(line, region)
    return rest if _address_score(rest) >= _ADDRESS_MIN else None


_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")  # "Royal London Hospital - Whitechapel Rd, ..."


def _labelled_title(sheet: Sheet) -> tuple[Found | None, str | None]:
    """The title a production label heads, and the header's cell beside a job's number."""
    among_cells = None
    for h, pieces in sorted(sheet.of("production"), key=lambda hp: -hp[0].quality):
        if pieces and h.phrase in _JOB_WORDS and job_code(pieces[0].text):
            # 'Job  HL-2619': the job's number, no title; in a header line of cells ('Liffey
            # Reel | Hill 16 Roar | Job LR-2640') the title may be the cell beside it
            among_cells = among_cells or title_among_cells(sheet.pages[h.page].lines[h.line].text)
            continue
        if not pieces or (
            h.start != 0
            and not (_header_cell_key(sheet, h) or _heads_a_cell(sheet, h, pieces[0]))
            and not _gloss_of_title_label(sheet, h)
        ):
            continue  # "SKY SHOW DAY" in a scene row is not a "Show:" label
        value = pieces[0].text
        if _section_heading(sheet, h) or not _title_like(value) or _film_kind(h, value):
            continue
        if label_like(value):
            continue  # 'Projekt / Project:' over 'Klient / Client:': the next label, no title
        if _credit_line(sheet, h, value):
            continue
        if h.phrase in L.MARKED_ONLY and company_name(value):
            continue  # 'PRODUCTION' over 'Half Light Films Inc.': the company, no title
        if _NUMBER_WORD.match(value):
            continue  # 'JOB NO.  FF-2611', 'Project #  4471': the job's number, no title
        if _addressed(value):
            continue  # "Film City Glasgow, 401 Govan Rd, Glasgow G51 2QJ": a place, no title
        if not re.match(r"(call|company|manager|office|numbers)\b", value, re.I) and not (
            _GROUP.match(value)
        ):
            title = clean_title(value)
            if title == value:
                return Found(title, h.quality), among_cells
            return Found(title, h.quality * 0.9, removed(value, title)), among_cells
    return None, among_cells


def production(pages: Sequence[PageText], sheet: Sheet | None = None) -> Found:
    """The production title: a labelled value, else the biggest line at the top of page 1."""
    sheet = sheet or Sheet(pages)
    spot = commercial_title(pages[0]) if pages else None
    if spot is not None and spot.sure:
        return Found(spot.title, COMMERCIAL, "production: a commercial's product and spot")
    labelled, among_cells = _labelled_title(sheet)
    if labelled is not None:
        return labelled
    if among_cells is not None:
        return Found(
            among_cells, AMONG_CELLS, "production: the header's cell beside the job's number"
        )
    if not pages or not pages[0].lines:
        return NOTHING
    if sheet.quote is not None:
        q = sheet.quote
        lines = pages[q.page].lines
        found = quoted_title(
            [ln.text for ln in lines[q.first :]], "\n".join(ln.text for ln in lines[: q.first])
        )
        if found is not None:
            title, named = found
            if named:
                return Found(title, QUOTED_NAMED)
            return Found(title, 0.6, "production: title read from the quoted sheet's first lines")
    subject = subject_title(sheet.email.subject) if sheet.email is not None else None
    if subject is not None:
        return Found(subject, SUBJECT, f"production: '{subject}' read from the e-mail's subject")
    # a heading label ('CALLSHEET', 'FEUILLE DE SERVICE') owns no field: the title printed
    # under it is still a title
    taken = sheet.runs_of(set(L.KINDS) - {"heading"}, fitting=True, inside=False)
    taken |= {_run_key(pages, h.page, h.line, h.start) for h in sheet.labels if h.kind == "heading"}
    heading = largest_heading(pages[0], taken)
    if spot is not None and (heading is None or clean_title(heading) in spot.payers):
        # the largest words are the client's or agency's value: the product names the work
        return Found(spot.title, BRAND_ONLY, "production: a commercial's product; no spot named")
    if heading is None or label_like(heading):
        return NOTHING  # 'Klient / Client:' set large: a label, never the title
    raw = pages[0].lines[0].text if pages[0].lines else ""
    top = [ln.text for ln in pages[0].lines[:QUOTED_LINES]]
    own_line = next((t for t in top if heading in t), raw)
    under = quoted_under_sheet_name(own_line, top)
    if under is not None:
        return Found(under, 0.6, "production: the quoted name under the sheet's heading")
    title = re.split(r"\s+[-\u2013]\s+(?:episode|ep\.?|odcinek)\b", heading, flags=re.I)[0]
    clean = clean_title(title)
    guessed = "title guessed from the largest heading"
    if wordless(clean):
        return Found(None, 0.0, f"production: '{title.strip()}' holds no title")
    if title.strip() != heading.strip():
        # 'RIVER CITY - Episode Pilot': the episode after the series' title, cut and said
        return Found(clean, 0.6, f"{removed(heading, clean)} ({guessed})")
    if clean == title.strip() and presented(pages[0], heading):
        # 'Calanques Productions' / 'présente' / 'LE MISTRAL': the film a company presents
        return Found(clean, TITLE_OVER_KIND, "production: title read under 'presents'")
    if clean == title.strip() and kind_line_under(pages[0], heading):
        # 'TEA ROUTES' over 'Documentary, interview + b-roll': the line under it says what
        # kind of production the heading names
        return Found(clean, TITLE_OVER_KIND, "production: title read from the largest heading")
    if clean != title.strip():
        return Found(clean, 0.6, f"{removed(title, clean)} ({guessed})")
    if named_beside_sheet_name(own_line, heading):
        return Found(clean, TITLE_OVER_KIND, "production: title read beside the sheet's name")
    return Found(clean, 0.6, f"production: {guessed}")


TITLE_OVER_KIND = 0.8
AMONG_CELLS = 0.7  # the one header cell left that is neither company, job number nor date
_JOB_WORDS = frozenset({"job", "project", "projekt"})
COMMERCIAL = 0.85  # a commercial's product and spot under its client's header
BRAND_ONLY = 0.7  # ... its product key alone: perhaps the brand, the spot named elsewhere
CELL_ALIGN = 3.0  # points; a grid cell's value starts within this of its label
HEAD_BAND = 0.3  # share of page 1 from the top where a grid of the sheet's facts heads it


def _heads_a_cell(sheet: Sheet, label: Label, piece: Piece) -> bool:
    """'CLIENT   AGENCY   PROJECT   DIRECTOR' over a row of values: a label that is a whole run
    of its own on a row of a grid, its value flush under it, heads that cell wherever it
    stands on the row (a word inside a run, as in a scene's row, heads nothing)."""
    if not piece.below or piece.line != label.line + 1 or abs(piece.x0 - label.x0) > CELL_ALIGN:
        return False
    page = sheet.pages[label.page]
    if label.page != 0 or label.top > page.height * HEAD_BAND:
        return False  # the title's cell is in the sheet's head, not a timetable's column
    if find_time(piece.text) is not None or re.search(r"[:\[\]()]", piece.text):
        return False
    line = page.lines[label.line]
    letters = [c for c in line.text if c.isalpha()]
    # a form's item numbers ('1. DATE   2. PRODUCTION') are no digits of a value
    heads = _ITEM_NUMBER.sub(" ", line.text)
    strip = all(c.isupper() for c in letters) and not re.search(r"[\d\[\]():]", heads)
    return strip and (label.start, label.end) in runs(line)


_ITEM_NUMBER = re.compile(r"(?:^|(?<=\s))\d{1,2}\.(?=\s)")


HEADER_SHARE = 0.25  # the top of page 1, where a header prints the job's keys
CELL_SPACE = 0.45  # em: a gap wider than a word space starts a cell (as labelling reads it)


def _gloss_of_title_label(sheet: Sheet, label: Label) -> bool:
    """'Projekt / Project:  Kujawskie Smaki': a title label said again after a slash, the pair
    opening its line, heads the value beside it as the first word would."""
    line = sheet.pages[label.page].lines[label.line]
    if not after_slash(line, label.start):
        return False
    return any(
        o.kind == label.kind
        and o.page == label.page
        and o.line == label.line
        and o.start == 0
        and label.start - 1 <= o.end <= label.start
        for o in sheet.labels
    )


def _header_cell_key(sheet: Sheet, label: Label) -> bool:
    """'Client: Spark Energy   Job: Spark Home Energy - Switch On' in a commercial's header: a
    title key marked with a colon opens a cell of its own after another key's value, at the
    top of the first page (a scene row's 'SKY SHOW DAY' has no colon). 'PRODUCTION:' after
    'CLIENT:' and 'AGENCY:' names the production company there, no title."""
    if label.phrase in L.MARKED_ONLY:
        return False
    page = sheet.pages[label.page]
    words = page.lines[label.line].words
    colon = words[label.end - 1].text.endswith(":")
    gap = words[label.start].x0 - words[label.start - 1].x1
    top = label.page == 0 and label.top < HEADER_SHARE * page.height
    return colon and top and gap > CELL_SPACE * max(words[label.start].size, 6.0)


# "FILM CREW", "SHOW UNIT", "PROJECT TEAM": a label word and a word for a group of people
# heads a list of those people; the group is not the production's name
_GROUP = re.compile(
    r"^(?:crew|unit|team|staff|cast|crews|units|teams|ekipa|équipe|equipo|troupe)\W*$", re.I
)


# Polish credit lines under the title name the kind of film: "film fabularny" (feature),
# "film telewizyjny" (TV film), "film dokumentalny", "film krótkometrażowy" (short) ...
# ... and Vietnamese "Phim điện ảnh" (cinema), "truyền hình" (television), "tài liệu"
# (documentary), "ngắn" (short), "hoạt hình" (animated), "quảng cáo" (advertising)
_FILM_KIND = re.compile(
    r"^(?:fabularn\w*|telewizyjn\w*|dokumentaln\w*|krótkometrażow\w*|pełnometrażow\w*"
    r"|animowan\w*|reklamow\w*|studenck\w*|dyplomow\w*|offow\w*"
    r"|điện\s+ảnh|truyền\s+hình|tài\s+liệu|ngắn|hoạt\s+hình|quảng\s+cáo)(?!\w)",
    re.I,
)


def _film_kind(label: Label, value: str) -> bool:
    """'film fabularny · reż. Marta Zielińska': 'film' and the kind of film it is is the credit
    line under the title (the genre, then the director), never the title."""
    return label.phrase in ("film", "phim") and bool(_FILM_KIND.match(value))


_NUMBER_WORD = re.compile(r"^(?:no\.|nr\.|n[º°]|#|number\b|num\.)", re.I)


def _credit_line(sheet: Sheet, label: Label, value: str) -> bool:
    """'film kostiumowy', 'film familijny · reż. Jan Bór': a label word with no colon that
    starts its line, run on into a word in lower case, is the credit line that says what kind
    of work the title is; a title is capitalised, or follows a 'Film:' that marks it."""
    words = sheet.pages[label.page].lines[label.line].words
    marked = words[label.end - 1].text.endswith(":") or (
        label.end < len(words) and words[label.end].text.strip() in (":", "-", "\u2013")
    )
    first = value.split()[0] if value.split() else ""
    if not marked and label.start == 0 and first.isalpha() and first == first.lower():
        return True
    # 'Produkcja  Ola Sęk  501 555 203', 'Production  Sam Reyes  0412 555 018': a department
    # word with no colon, a person and a phone number on the line is a crew list's row
    rest = " ".join(w.text for w in words[label.end :])
    phone = _TRAILING_PHONE.search(rest)
    return (
        not marked
        and label.start == 0
        and phone is not None
        and sum(c.isdigit() for c in phone.group()) >= 8
        and bool(re.search(r"[^\W\d_]{2}", rest[: phone.start()]))
    )


# a phone number ending a line: '501 555 203', '+61 412 555 018', '(03) 9555 0101'
_TRAILING_PHONE = re.compile(r"\+?\(?\d[\d\s().-]{6,}\d\s*$")


def _section_heading(sheet: Sheet, label: Label) -> bool:
    """'PROGRAMME (SHIP'S TIME)': a label word qualified in brackets heads a section (a
    timetable), it does not name the production."""
    words = sheet.pages[label.page].lines[label.line].words
    return label.end < len(words) and words[label.end].text.startswith("(")


def _addressed(value: str) -> bool:
    """A street with its postcode, or a phone number: the letterhead's address line that a
    label word opens ('Film City Glasgow, 401 Govan Rd, ...', 'Studio 3 · 020 7946 0000'),
    never a title."""
    found = find_address(value)
    whole = found is not None and found.street is not None and found.postcode is not None
    return whole or bool(find_phones(value, None))


def _title_like(value: str) -> bool:
    """A title neither starts with a time ('0530 Wake-up call') nor is cut off at a separator
    ('ALONGSIDE /', a column heading read up to another label)."""
    parsed = find_time(value)
    starts_with_time = parsed is not None and parsed.start == 0
    return not starts_with_time and not value.rstrip().endswith(("/", "|", "-", "&"))


# "Sunrise / Sunset: 6:03A / 7:57P", "SUN UP/DOWN 7:14 AM / 7:16 PM", "Wschód/zachód 4.56 /
# 20.41", "Sonnenaufgang / -untergang", "Lever / coucher du soleil": one label for both times
# ... and Hungarian "Napkelte / napnyugta", Ukrainian "Схід / захід сонця", Russian "Восход /
# закат" (the sun's word, "сонця" / "солнца", may follow either), Czech / Slovak / Slovenian
# "Východ / západ slunce", "Vzhod / zahod sonca", German "SA / SU" (Sonnenaufgang /
# Sonnenuntergang abbreviated, read only as that pair in capitals, a plausible sunset after;
# Spanish "Orto / ocaso", "Salida / puesta del sol", Italian "Alba / tramonto", Portuguese
# "Nascer / pôr do sol"; Dutch "Zon op / onder", "Zonsopgang / -ondergang", Nordic
# "Solopgang / solnedgang", "Soluppgång / nedgång")
_SUN_PAIR = re.compile(
    r"(?:sun\s?rise|sun\s?up|wsch[óo]d|wsch\.|sonnenaufg\w*|lever|izlazak|излазак"
    r"|napkelte|схід|восход|v[ýy]chod|vzhod|\b(?-i:SA)(?=\s*/\s*(?-i:SU)\b)"
    r"|\borto|\bsalida|\bamanecer|\balba|\bnascer"
    r"|\bzon\s?op\b|\bzonsop\w*|\bsol\s?op+g\w*|\bsoluppg\w*)"
    r"(?:\s+(?:du\s+)?\w*)?"
    r"\s*/\s*(?:sun\s?set|sun\s?down|down|zach[óo]d|zach\.|-?\s?untergang|sonnenunterg\w*"
    r"|coucher|zalazak|залазак|napnyugta|захід|заход|закат|z[áa]pad|zahod|(?-i:SU)\b"
    r"|ocaso\b|puesta\b|atardecer\b|tramonto\b|p[ôo]r\b"
    r"|(?:zon\s?)?onder\b|-?\s?(?:zons)?ondergang\b|(?:sol)?ned(?:gang|gång)\b)"
    r"(?:\s+(?:du\s+)?[sс]\w+)?"
    r"\s*:?\s*(.+)",
    re.I,
)


# "Sun: up 7:30 AM, down 6:21 PM": one label, each time named by its direction
_SUN_UP_DOWN = re.compile(r"\bsun\s*:?\s*up\s+(.{2,14}?)\s*[,;/]\s*down\s+(.{2,14})", re.I)


def sun_times(sheet: Sheet) -> tuple[Found, Found]:
    """Sunrise and sunset, labelled separately or as 'Sunrise / Sunset: 6:03A / 7:57P'."""
    for page in sheet.pages:
        for line in page.lines:
            both = _SUN_UP_DOWN.search(line.text)
            rise, fall = (find_time(both[1]), find_time(both[2])) if both else (None, None)
            if rise is not None and fall is not None:
                return Found(rise.value, rise.quality), Found(fall.value, fall.quality)
            m = _SUN_PAIR.search(line.text)
            if m:
                parts = re.split(r"\s*/\s*", m.group(1))
                times = [find_time(p) for p in parts[:2]]
                abbreviated = m.group(0).startswith("SA")
                if abbreviated and (
                    times[-1] is None or not plausible_sun("sunset", times[-1].value)
                ):
                    continue
                if len(times) == 2 and all(times):
                    return tuple(Found(t.value, t.quality) for t in times if t)  # type: ignore[return-value]
    paired = _sun_pair_cell(sheet)
    if paired:
        return paired
    rise = labelled_time(sheet, "sunrise", "sunrise")
    fall = labelled_time(sheet, "sunset", "sunset")
    if rise.value is None and fall.value is None and (block := _sun_block(sheet)) is not None:
        return block
    if rise.value is None and fall.value is None and (inline := _sun_inline(sheet)) is not None:
        return inline
    # 'SUN (RISE / SET)': 'SUN (RISE' may have read the first time as a sunrise's
    cell = _sun_heading_cell(sheet) if rise.value is None or fall.value is None else None
    if cell and rise.value in (None, cell[0].value) and fall.value in (None, cell[1].value):
        return cell
    return rise, fall


def _sun_directions(lines: Sequence[Line], x0: float) -> dict[str, Parsed]:
    """The times of the runs flush at ``x0`` in ``lines`` that name their direction."""
    got: dict[str, Parsed] = {}
    for below in lines:
        run = next(((a, b) for a, b in runs(below) if abs(below.words[a].x0 - x0) <= 3), None)
        text = " ".join(w.text for w in below.words[run[0] : run[1]]) if run else ""
        m = _SUN_DIRECTION.match(text)
        parsed = find_time(m["time"]) if m else None
        if m is None or parsed is None or parsed.start != 0:
            break
        got["rise" if m["way"].lower() in ("rise", "rises", "up") else "set"] = parsed
    return got


# The sun's word, then its two directions in brackets or after it: "SUNCE (IZLAZAK / ZALAZAK)"
# (Croatian, Bosnian, Serbian: sun, rise / set), "SUN (RISE / SET)", "SUN UP / DOWN", "SŁOŃCE
# (WSCHÓD / ZACHÓD)", "SLUNCE (VÝCHOD / ZÁPAD)", "SONCE (VZHOD / ZAHOD)", "СЛЪНЦЕ (ИЗГРЕВ /
# ЗАЛЕЗ)", "SOARE (RĂSĂRIT / APUS)", "SONNE (AUFGANG / UNTERGANG)", "SOLEIL (LEVER / COUCHER)"
_SUN_WORD = r"(?:sun|sunce|сунце|sonce|слънце|сонце|soare|słońce|slunce|slnko|sonne|soleil)"
_RISE_WORD = (
    r"(?:rise|up|izlazak|излазак|vzhod|изгрев|răsărit|rasarit|wschód|wschod|východ|vychod"
    r"|aufgang|lever)"
)
_SET_WORD = (
    r"(?:set|down|zalazak|залазак|zahod|залез|apus|zachód|zachod|západ|zapad|untergang"
    r"|coucher)"
)
_SUN_HEADING_PAIR = re.compile(
    rf"^{_SUN_WORD}\s*[(:]?\s*{_RISE_WORD}\s*/\s*{_SET_WORD}\s*\)?\s*:?\s*(?P<rest>.*)$", re.I
)
SUN_HEADING_CELL = 0.9


def _sun_heading_cell(sheet: Sheet) -> tuple[Found, Found] | None:
    """Sunrise and sunset from one cell headed by the sun's word and its two directions ('SUNCE
    (IZLAZAK / ZALAZAK)' over '5.13 sati / 20.37 sati'): the two times, in the heading's order,
    beside it or in the cell under it."""
    for page in sheet.pages:
        for i, line in enumerate(page.lines):
            for a, b in runs(line):
                m = _SUN_HEADING_PAIR.match(" ".join(w.text for w in line.words[a:b]))
                if m is None:
                    continue
                value = m["rest"] or _run_under(page, i, line.words[a].x0, line.words[b - 1].x1)
                times = [find_time(p) for p in _PAIR_SEPARATOR.split(value.strip())]
                if len(times) != 2 or not all(times):
                    continue
                rise, fall = times[0], times[1]
                if rise is None or fall is None or not plausible_sun("sunset", fall.value):
                    continue
                return (
                    Found(rise.value, rise.quality * SUN_HEADING_CELL),
                    Found(fall.value, fall.quality * SUN_HEADING_CELL),
                )
    return None


def _run_under(page: PageText, i: int, x0: float, x1: float) -> str:
    """The run of the next line that starts under the span x0..x1 ('' if none)."""
    if i + 1 >= len(page.lines):
        return ""
    below = page.lines[i + 1]
    for a, b in runs(below):
        if x0 - 10 <= below.words[a].x0 <= x1:
            return " ".join(w.text for w in below.words[a:b])
    return ""


# "SUN" over "Rise 6.29am" / "Set 6.06pm" (or "Up" / "Down"): the heading names the sun, each
# line under it the direction and its time
_SUN_HEADING = re.compile(r"^(?:the\s+)?sun(?:\s+times)?\s*:?$", re.I)
_SUN_DIRECTION = re.compile(r"^(?P<way>rise|rises|up|set|sets|down)\b\s*:?\s*(?P<time>.+)$", re.I)
SUN_BLOCK = 0.9


def _sun_block(sheet: Sheet) -> tuple[Found, Found] | None:
    """Sunrise and sunset from a 'SUN' heading and the two lines under it, flush with it, that
    name the direction of each time ('Rise 6.29am', 'Set 6.06pm'), in either order."""
    for page in sheet.pages:
        for i, line in enumerate(page.lines):
            for a, b in runs(line):
                if not _SUN_HEADING.match(" ".join(w.text for w in line.words[a:b])):
                    continue
                got = _sun_directions(page.lines[i + 1 : i + 3], line.words[a].x0)
                if set(got) == {"rise", "set"} and plausible_sun("sunset", got["set"].value):
                    rise, fall = got["rise"], got["set"]
                    return (
                        Found(rise.value, rise.quality * SUN_BLOCK),
                        Found(fall.value, fall.quality * SUN_BLOCK),
                    )
    return None


# "Rise 0658 HRS / Set 1630 HRS" (a footer), "Up 6:12am | Down 7:40pm": the two directions
# on one line, each word straight before its time; neither word names the sun, so only the
# pair, rise before set and a plausible sunset, reads as the sun
_SUN_INLINE = re.compile(r"(?<![\w/-])(?P<way>rise|up|set|down)\s*:?\s+(?=\d)", re.I)
_SUN_INLINE_SEPARATOR = re.compile(r"^\s*[/|·•,;]?\s*$")
SUN_INLINE = 0.85


def _sun_inline(sheet: Sheet) -> tuple[Found, Found] | None:
    """Sunrise and sunset from one line's 'Rise <time> / Set <time>' (or 'Up' / 'Down'): the
    rise word first, its time, a separator, then the set word and its time."""
    for page in sheet.pages:
        for line in page.lines:
            marks = list(_SUN_INLINE.finditer(line.text))
            for first, second in pairwise(marks):
                if first["way"].lower() not in ("rise", "up"):
                    continue
                if second["way"].lower() not in ("set", "down"):
                    continue
                rise = find_time(line.text[first.end() : second.start()])
                if rise is None or rise.start != 0:
                    continue
                gap = line.text[first.end() + rise.end : second.start()]
                if not _SUN_INLINE_SEPARATOR.match(gap):
                    continue
                fall = find_time(line.text[second.end() :])
                if fall is None or fall.start != 0 or not plausible_sun("sunset", fall.value):
                    continue
                if not rise.value < fall.value:
                    continue
                return (
                    Found(rise.value, rise.quality * SUN_INLINE),
                    Found(fall.value, fall.quality * SUN_INLINE),
                )
    return None


# ... and Croatian / Serbian "IZLAZAK / ZALAZAK SUNCA" (rise / set of the sun), Spanish
# "Salida / puesta del sol", Portuguese "Nascer / pôr do sol", French "Lever / coucher du soleil",
# Romanian "Răsărit / apus"
_SUN_PAIR_LABEL = re.compile(
    r"(?:sun\s?rise|izlazak|излазак|wsch[óo]d|salida|nascer|lever|r[ăa]s[ăa]rit)\s*[·•|/]\s*$",
    re.I,
)
_PAIR_SEPARATOR = re.compile(r"\s*[·•|/]\s*")


def _sun_pair_cell(sheet: Sheet) -> tuple[Found, Found] | None:
    """One cell for both, 'Sunrise · Sunset' over '07:33 · 19:28': the SUNSET label would take
    the first time, which is the sunrise; the two times pair with the two words in order."""
    for h, pieces in sheet.of("sunset"):
        line = sheet.pages[h.page].lines[h.line]
        before = " ".join(w.text for w in line.words[: h.start])
        if not _SUN_PAIR_LABEL.search(before):
            continue
        if not pieces:  # 'RĂSĂRIT / APUS' over '07:37 / 18:41': the first word took the cell
            pieces = next(
                (ps for o, ps in sheet.of("sunrise") if (o.page, o.line) == (h.page, h.line)), []
            )
        # the cell's first line alone, then all its lines ('7:46 AM / 3:58 PM' over the next
        # block's heading that the cell ran on into)
        texts = _texts(pieces)
        for text in (texts[:1], texts):
            parts = _PAIR_SEPARATOR.split(" ".join(text).strip())
            times = [find_time(part) for part in parts]
            if len(times) == 2 and all(times):
                return tuple(Found(t.value, t.quality) for t in times if t)  # type: ignore[return-value]
    return None


def section_text(sheet: Sheet, kind: str) -> str | None:
    for _, pieces in sorted(sheet.of(kind), key=lambda hp: -hp[0].quality):
        if pieces:
            return " ".join(pc.text for pc in pieces)
    return None
