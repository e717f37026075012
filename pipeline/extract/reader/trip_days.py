"""A trip's itinerary printed under the day's programme: which of its rows is today.

A documentary or a travelling unit's daily sheet prints the whole trip as a table, one row a
day (DAY / DATE / PLACE / TRAVEL / OVERNIGHT), and marks today's row ("3  TODAY  Tue 24 Nov
2026") or names today by its number ("TODAY = DAY 5", "TODAY: Day 3 of 5"). The other rows
are the trip's other days: no rivals to the day's date. Today's row dates the day as surely as
a labelled date.

A commercial's production schedule is the same kind of table: the job's milestones, one a row
with its date (PPM, tech scout, SHOOT, offline, delivery), printed over the call sheet. Its one
row named the shoot ("SHOOT  Tue 4/13/27", "Shoot day: ..."), when no row is marked TODAY, is
the day the call sheet is for; the other milestones are no rivals to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.parsed import iso_date
from pipeline.extract.reader.values import find_dates

# 'TODAY' in the languages sheets are written in: a row's mark
_TODAY = lazy(
    r"(?<!\w)(?:today|heute|dzi[śs](?:iaj)?|hoy|aujourd['\u2019]hui|oggi|vandaag|idag|hoje"
    r"|tänään|dnes)(?!\w)",
    re.I,
)
# 'TODAY = DAY 5', 'TODAY: Day 3 of 5', 'Today is day 4': today named by the trip's day number
_TODAY_IS_DAY = lazy(
    r"(?<!\w)today\s*(?:[:=\u00b7-]|is)?\s*(?:shoot\s+)?day\s*#?\s*(?P<n>\d{1,2})(?!\d)", re.I
)
# a schedule's row named the shoot: its label alone before the row's date (a weekday may come
# between); 'Tech scout', 'Travel / shoot' and 'Shoot day 2' name another day or one of several
_SHOOT_ROW = lazy(
    r"^\s*(?:shoot(?:ing)?(?:\s+(?:day|date))?|film(?:ing)?\s+day|filming|principal\s+photography"
    r"|rodaje|dreh(?:tag)?|tournage|zdj[eę]cia|riprese)"
    r"\s*[:\-\u2013]?\s*(?:[^\W\d_]{2,9}\.?,?\s*)?$",
    re.I,
)
TRIP_ROWS = 3  # rows of dates, one a line, that make an itinerary
ROW_GAP = 2  # lines between two rows at most (a row wrapped onto a second line)
TRIP_DAYS = 31  # days an itinerary spans at most
SCHEDULE_DAYS = 120  # ... and a job's milestones (the PPM weeks before, delivery weeks after)


def _rows(page: PageText, us_order: bool | None) -> list[list[tuple[int, dt.date, str]]]:
    """Blocks of lines close together, each with one full date, the dates rising day by day
    or more: the trip's rows (line number, date, the row's text before its date)."""
    blocks: list[list[tuple[int, dt.date, str]]] = []
    block: list[tuple[int, dt.date, str]] = []
    for i, line in enumerate(page.lines):
        dates = [p for p in find_dates(line.text, us_order=us_order) if not p.value.startswith("-")]
        day = iso_date(dates[0].value) if len(dates) == 1 else None
        if day is None:
            continue
        if block and (i - block[-1][0] > ROW_GAP or day <= block[-1][1]):
            blocks.append(block)
            block = []
        block.append((i, day, line.text[: dates[0].start]))
    blocks.append(block)
    return [b for b in blocks if len(b) >= TRIP_ROWS and (b[-1][1] - b[0][1]).days <= SCHEDULE_DAYS]


def _today_number(pages: Sequence[PageText]) -> int | None:
    for page in pages:
        for line in page.lines:
            if (m := _TODAY_IS_DAY.search(line.text)) is not None:
                return int(m["n"])
    return None


def trip_rows(pages: Sequence[PageText], us_order: bool | None) -> dict[tuple[int, int], bool]:
    """(page, line) of each row of an itinerary whose today's row is known, True for that
    row: marked TODAY, or the one numbered as the day the sheet says today is. Empty when no
    itinerary, or none whose today's row is certain."""
    out: dict[tuple[int, int], bool] = {}
    number = None
    for p, page in enumerate(pages):
        for block in _rows(page, us_order):
            trip = (block[-1][1] - block[0][1]).days <= TRIP_DAYS
            marked = [i for i, _, _ in block if trip and _TODAY.search(page.lines[i].text)]
            if not marked and trip:
                number = _today_number(pages) if number is None else number
                lead = re.compile(rf"^\s*(?:day\s*)?0?{number}(?!\d)", re.I) if number else None
                marked = [i for i, _, _ in block if lead and lead.match(page.lines[i].text)]
            if not marked:
                # a production schedule's milestones: the one row named the shoot
                marked = [i for i, _, label in block if _SHOOT_ROW.match(label)]
            if len(marked) != 1:
                continue
            out.update({(p, i): i == marked[0] for i, _, _ in block})
    return out
