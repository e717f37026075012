"""A night's first day printed without its year, beside the full date of the day it runs into.

A night sheet may print a full date only where the night ends ("Wrap (est.) 5:00 a.m., Sat,
Dec 5, 2026") and head the night with its weekdays and days alone ("FRIDAY NIGHT 12/4 /
SATURDAY MORNING 12/5"). The night belongs to the day of its call, so the shooting date is the
day before the one it runs into: the wrap's full date gives the year, and the sheet's own
printing of the day before, with the weekday it falls on, says that day is meant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pipeline.extract.reader.dates import weekday_near
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.night_dates import NIGHT_NOTE
from pipeline.extract.reader.times import find_times
from pipeline.extract.reader.values import find_dates

NIGHT_FIRST = 0.9  # the night's first day: the wrap's full date and the weekday printed agree
NOON = "12:00"


def small_hours(before: str) -> bool:
    """Whether the words before the date the night runs into hold no time after noon: "Wrap
    (est.) 5:00 a.m., Sat," is the night's end; "Wrap 6:00 PM Fri" is a day's own."""
    return all(str(t.value) < NOON for t in find_times(before))


def printed_with_weekday(pages: Sequence[PageText], day: dt.date, us_order: bool | None) -> bool:
    """Whether a line prints ``day`` without its year and with the weekday it falls on ("Fri
    12/4", "FRIDAY NIGHT 12/4"): read in the year of ``day``, the weekday agrees."""
    for page in pages:
        for line in page.lines:
            for parsed in find_dates(line.text, us_order=us_order, reference=day):
                if parsed.value != day.isoformat():
                    continue
                if weekday_near(line.text, parsed.start, parsed.end) == day.weekday():
                    return True
    return False


HEADER_BAND = 0.3  # share of the first page's height where a sheet names its day
DOUBTED_NIGHT = 0.6  # a full date that a header names as a night's second day: a person checks


def second_of_a_night(pages: Sequence[PageText], day: dt.date, us_order: bool | None) -> bool:
    """Whether the header band names a night from the day before ``day`` into ``day``
    ("FRIDAY NIGHT 12/4 / SATURDAY MORNING 12/5", "Fri 12/4 - Sat 12/5"), with or without
    its year: the date read is then the night's second day, not the day of its call."""
    first = day - dt.timedelta(days=1)
    page = pages[0] if pages else None
    if page is None:
        return False
    for line in page.lines:
        if line.top > page.height * HEADER_BAND:
            break
        for parsed in find_dates(line.text, us_order=us_order, reference=first):
            if parsed.value == first.isoformat() and parsed.note and NIGHT_NOTE in parsed.note:
                return True
    return False
