"""A message's "tomorrow 14/10" read against the message's own stamp.

A crew's text thread or chat printed to PDF stamps each message with when it was written
("Mere · Tue 13 Oct 2026, 6:12 pm"); the shoot is named in a message's words relative to it
("Tide Line tomorrow 14/10: call 7.30"). The stamp is no shooting date. The day and month
written after "tomorrow" (with or without a weekday, day and month in either order) is the
shooting date only when it is the day after the stamp of the message it is in (the nearest
stamp above it): the two statements agree, and the stamp gives the year. Written with a day
that is not the stamp's next, the relative word and the date disagree: a shooting date read
as the stamp's own day is in doubt (the message says the shoot is another day); any other
reading stands ("Tomorrow (Friday 17 April): the archive day" after the plan for the 16th is
the day after the shoot's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.calendar_names import SHORT_WEEKDAYS, WEEKDAYS
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.mail_stamps import clock_after
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.parsed import iso_date
from pipeline.extract.reader.values import find_dates

_TOMORROW = lazy(L.TOMORROW_WORD, re.I)
_WEEKDAY = r"(?:[^\W\d_]{2,10}\.?,?\s+)?"
# '14/10', '10/14', '14.10', '14-10' after the word (a weekday between allowed), no year
_DAY_MONTH = lazy(rf"^[\s,:\-\u2013(]*{_WEEKDAY}(\d{{1,2}})[/.\-](\d{{1,2}})(?![/.\-]?\d)")

# 'tomorrow (Thursday the 22nd)', 'tmrw, Thu 22nd', 'tomorrow Thursday 22': a weekday and a day
# of the month, no month; or the day with its ordinal ending alone ('tomorrow the 22nd')
_WEEKDAY_DAY = lazy(
    r"^[\s,:\-\u2013(]*(?:(?!the\b)([^\W\d_]{2,10})\.?,?\s+)?(?:the\s+)?(\d{1,2})(st|nd|rd|th)?(?![\d:./-])",
    re.I,
)


@dataclass(frozen=True)
class ToldDay:
    value: str  # ISO date (empty when it disagrees)
    agrees: bool  # the date written after "tomorrow" is the stamp's next day
    stamp: str  # the ISO date of the message's stamp


def told_day(pages: Sequence[PageText]) -> ToldDay | None:
    """The day a message names as "tomorrow DD/MM" (or with a month name), with whether it is
    the day after its message's stamp; None when no message names one after a stamp."""
    stamp: dt.date | None = None
    loose: tuple[int, int] | None = None  # a stamp's month and day printed with no year
    for page in pages:
        separator: dt.date | None = None  # a chat's day heading over its messages
        for li, line in enumerate(page.lines):
            text = line.text
            m = _TOMORROW.search(text)
            tail = text[m.end() : m.end() + 40] if m is not None else ""
            if m is not None and not tail.strip(" :-\u2013,(") and li + 1 < len(page.lines):
                # 'Your call tomorrow:' ending its line, the day on the next ('Thursday 10/22/26')
                tail = " " + page.lines[li + 1].text[:40]
            if m is not None and stamp is not None:
                told = _written_after(tail, stamp)
                if told is not None:
                    return told
            elif m is not None and separator is not None and _timed_message(page, li, m[0]):
                told = _written_after(tail, separator)
                if told is not None:
                    return told
            elif m is not None and loose is not None:
                told = _dated_after(tail, loose)
                if told is not None:
                    return told
            if (day := _day_heading(text)) is not None:
                separator = day
            # a stamp: a full date, then the minute it was written
            for parsed in find_dates(text):
                if clock_after(text, parsed.end) and (day := iso_date(parsed.value)):
                    stamp, loose = day, None
            # ... or a day and month with no year ('Wed, Oct 21 at 7:15 PM': this year's)
            for parsed in find_dates(text, yearless=True):
                value = str(parsed.value)
                if value.startswith("--") and clock_after(text, parsed.end):
                    stamp, loose = None, (int(value[2:4]), int(value[5:7]))
    return None


_CLOCK_ALONE = lazy(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$", re.I)
MESSAGE_LINES = 12  # lines a message runs on below its "tomorrow" to its time at most


def _day_heading(text: str) -> dt.date | None:
    """A line that is a full date and nothing else but its weekday ('Wednesday, October 14,
    2026'): a chat's heading over the day's messages."""
    found = find_dates(text)
    if len(found) != 1:
        return None
    rest = (text[: found[0].start] + text[found[0].end :]).lower()
    words = re.findall(r"[^\W\d_]+", rest)
    if re.search(r"\d", rest) or not all(w in WEEKDAYS or w in SHORT_WEEKDAYS for w in words):
        return None
    return iso_date(str(found[0].value))


def _timed_message(page: PageText, li: int, word: str) -> bool:
    """ "tomorrow" in a message's sentence (in small letters, not a heading's 'TOMORROW' or
    'Tomorrow:') whose bubble ends in the minute it was sent: a clock alone on its line below
    it, before another day's heading. The chat's day heading above is then its stamp's day."""
    if not word.islower():
        return False
    for line in page.lines[li + 1 : li + 1 + MESSAGE_LINES]:
        if _day_heading(line.text) is not None:
            return False
        if _CLOCK_ALONE.match(line.text.strip()):
            return True
    return False


def _dated_after(tail: str, loose: tuple[int, int]) -> ToldDay | None:
    """A full date written after "tomorrow" in a message stamped with a day and month but no
    year: the day after the stamp when the day before it falls on the stamp's month and day
    (the date gives the year the stamp leaves out)."""
    for parsed in find_dates(tail[:30]):
        if parsed.start > 14:
            break
        day = iso_date(str(parsed.value))
        if day is None:
            continue
        before = day - dt.timedelta(days=1)
        agrees = (before.month, before.day) == loose
        return ToldDay(
            day.isoformat() if agrees else "", agrees, before.isoformat() if agrees else ""
        )
    return None


def _written_after(tail: str, stamp: dt.date) -> ToldDay | None:
    nxt = stamp + dt.timedelta(days=1)
    m = _DAY_MONTH.match(tail)
    if m is not None:
        a, b = int(m[1]), int(m[2])
        agrees = (a, b) in ((nxt.day, nxt.month), (nxt.month, nxt.day))
        return ToldDay(nxt.isoformat() if agrees else "", agrees, stamp.isoformat())
    w = _WEEKDAY_DAY.match(tail)
    if w is not None and not find_dates(tail[: w.end() + 12], yearless=True):
        name = (w[1] or "").lower()
        days = _weekdays(name) if name else None
        if days or (not name and w[3]):  # the pattern never takes "the" as the name
            agrees = int(w[2]) == nxt.day and (days is None or nxt.weekday() in days)
            return ToldDay(nxt.isoformat() if agrees else "", agrees, stamp.isoformat())
    for parsed in find_dates(tail[:30], yearless=True):
        if parsed.start > 14:
            break
        value = str(parsed.value)
        agrees = value[2:] == nxt.isoformat()[5:] if value.startswith("--") else value == str(nxt)
        return ToldDay(nxt.isoformat() if agrees else "", agrees, stamp.isoformat())
    return None


def _weekdays(name: str) -> frozenset[int]:
    """The weekdays a word names ('thursday', 'thu', 'th'), empty when it names none."""
    if name in WEEKDAYS:
        return frozenset({WEEKDAYS[name]})
    return frozenset(SHORT_WEEKDAYS.get(name, frozenset()))
