"""A night shoot dated over the two dates it spans, read as the night's first day.

A night's call sheet prints both days the night touches as one day's date: "NIGHT OF FRIDAY
13 / SATURDAY 14 MARCH 2026", "Fri 10/16 - Sat 10/17/26 (NIGHTS)", "Fri 13th into Sat 14th
March 2026", "nuit du 13 au 14 mars 2026", "Oct 16-17, 2026". The night is dated by its start
(the crew is called that evening), so the shooting date is the first day. A first day is read
only when it agrees with the day before the second date (its day number, and its month and
weekday where printed): a range of days that are not consecutive stays as it is.

``merge_nights`` works on ``find_dates``'s readings (the second date is the full one, the first
often has no month or year); ``first_day_pairs`` rewrites the month-first US pair "Oct 16-17,
2026" so the first day is read at all; ``night_firsts`` lists the nights a text dates so a
reader can doubt a call printed in the small hours (then the night's second day may be meant).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pipeline.extract.reader.calendar_names import MONTHS, WEEKDAYS
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.parsed import Parsed, iso_date


def _names(table: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(n) for n in table if len(n) >= 3), key=len, reverse=True))


_WEEKDAY_NAMES = _names(WEEKDAYS)


# the part of the day named after a night's weekdays: "FRIDAY NIGHT 12/4 / SATURDAY MORNING 12/5"
_PART_OF_DAY = r"(?:night|nite|evening|eve|morning|overnight)\s{1,2}"


def _weekday(group: str) -> str:
    """A weekday (group ``group``), a dot or comma, a space, and the part of the day it may
    name: "Fri. ", "Friday, ", "SATURDAY MORNING "."""
    return rf"(?P<{group}>{_WEEKDAY_NAMES})\.?,?\s{{1,2}}(?:{_PART_OF_DAY})?"


_MON = _names(MONTHS)
_ORD = r"(?:st|nd|rd|th|er|\.)?"
# what joins a night's two days: a slash or dash, "&", an arrow, or a word that says "into"
# in the languages sheets are written in (German "auf", Polish "na", French "au", Spanish
# "al", Dutch "op")
_JOIN_WORDS = r"overnight(?:\s(?:into|to))?|into|to|till|until|thru|through|and|auf|na|au|al|op"
_JOIN = rf"\s{{0,2}}(?:[/&+>\u2013\u2014\u2192-]|->|(?P<word>{_JOIN_WORDS})(?!\w))\s{{0,2}}"
_FIRST = (
    rf"(?:{_weekday('w')})?"
    r"(?:"
    rf"(?P<d>\d\d?){_ORD}(?:\s{{0,2}}(?:of\s|de\s)?(?P<mon>{_MON})\.?)?"
    rf"|(?P<mon2>{_MON})\.?\s{{0,2}}(?P<d2>\d\d?){_ORD}"
    r"|(?P<a>\d\d?)(?P<s>[./])(?P<b>\d\d?)\.?"
    r")"
)
_BEFORE_SECOND = lazy(rf"(?<![\w.:/-]){_FIRST}{_JOIN}(?:{_weekday('w2')})?$", re.I)
_BETWEEN = lazy(rf"^{_JOIN}(?:{_weekday('w2')})?$", re.I)
_PREFIX = 48  # characters before a full date searched for the night's first day


def _day(value: str) -> dt.date | None:
    """A reading's date; a year-less '--MM-DD' in 2001 (a 29 February in 2000)."""
    if not value.startswith("--"):
        return iso_date(value)
    try:
        month, day = int(value[2:4]), int(value[5:7])
        return dt.date(2000 if (month, day) == (2, 29) else 2001, month, day)
    except ValueError:
        return None


def _as_value(day: dt.date, like: str) -> str:
    return f"--{day:%m-%d}" if like.startswith("--") else day.isoformat()


def _first_agrees(m: re.Match[str], first: dt.date) -> bool:
    """The printed first day is the day before the second: its number, month, weekday."""
    if m["w"] and WEEKDAYS.get(m["w"].lower()) != first.weekday():
        return False
    if m["a"]:  # "10/16", "13.03.": either order, as long as one is the day before
        a, b = int(m["a"]), int(m["b"])
        return (a, b) in ((first.month, first.day), (first.day, first.month))
    day = int(m["d"] or m["d2"])
    month_name = m["mon"] or m["mon2"]
    if month_name is not None:
        month = MONTHS.get(month_name.lower())
        return month == first.month and day == first.day
    # a bare day number: only with a weekday or a word that joins a night ("13 into 14")
    return day == first.day and bool(m["w"] or m["word"])


NIGHT_NOTE = "a night over two dates, read as its first day"


def _noted(note: str | None) -> str:
    return f"{note}; {NIGHT_NOTE}" if note else NIGHT_NOTE


def merge_nights(text: str, readings: Sequence[Parsed]) -> list[Parsed]:
    """``readings`` (find_dates's, in order) with each night over two dates read as its first
    day: the reading spans both dates and keeps the second date's quality."""
    out: list[Parsed] = []
    for parsed in readings:
        second = _day(parsed.value)
        first = second - dt.timedelta(days=1) if second is not None else None
        if first is None:
            out.append(parsed)
            continue
        before = out[-1] if out else None
        if (
            before is not None
            and _day(before.value) == first
            and _BETWEEN.match(text[before.end : parsed.start])
        ):  # "Fri 13 March 2026 - Sat 14 March 2026": both full, the first stays
            note = _noted(before.note)
            out[-1] = Parsed(before.value, before.quality, note, before.start, parsed.end)
            continue
        floor = before.end if before is not None else 0
        window = max(floor, parsed.start - _PREFIX)
        m = _BEFORE_SECOND.search(text[window : parsed.start])
        if m is None or not _first_agrees(m, first):
            out.append(parsed)
            continue
        value = _as_value(first, parsed.value)
        note = _noted(parsed.note)
        out.append(Parsed(value, parsed.quality, note, window + m.start(), parsed.end))
    return out


# "Oct 16-17, 2026", "March 13/14 2026": a month, two consecutive days, then the year
_MONTH_FIRST_PAIR = lazy(
    rf"(?<!\w)(?P<mon>{_MON})\.?\s?(?P<d1>\d\d?)(?:st|nd|rd|th)?\s?[/\u2013-]\s?"
    r"(?P<d2>\d\d?)(?:st|nd|rd|th)?(?=\s{0,2},?\s{0,2}'?(?:19|20)?\d\d(?!\d|[:.]\d))",
    re.I,
)
# A cheap test that must pass wherever _MONTH_FIRST_PAIR matches: a month name's last letter
# then the pair and the year; most lines have no such pair and skip the month-name search
_MONTH_ENDS = "".join(
    sorted({c for n in MONTHS if len(n) >= 3 for c in (n[-1], n[-1].upper(), n[-1].lower())})
)
_PAIR_HINT = lazy(
    rf"[{re.escape(_MONTH_ENDS)}]\.?\s?\d\d?(?:st|nd|rd|th)?\s?[/\u2013-]\s?"
    r"\d\d?(?:st|nd|rd|th)?(?=\s{0,2},?\s{0,2}'?(?:19|20)?\d\d(?!\d|[:.]\d))",
    re.I,
)


def _month_end(month: int, day: int) -> int:
    """The month's last day (29 February when the day printed is the 29th)."""
    year = 2000 if (month, day) == (2, 29) else 2001
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def first_day_pairs(text: str) -> str:
    """Blank a month-first night's second day ("Oct 16-17, 2026" as "   Oct 16, 2026"),
    keeping every offset; a pair that is not two consecutive days is left alone."""

    def first(m: re.Match[str]) -> str:
        month = MONTHS.get(m["mon"].lower())
        d1, d2 = int(m["d1"]), int(m["d2"])
        if month is None or not (d2 == d1 + 1 or (d2 == 1 and d1 == _month_end(month, d1))):
            return m.group()
        return text[m.start() : m.end("d1")].rjust(len(m.group()))

    if not _PAIR_HINT.search(text):
        return text
    return _MONTH_FIRST_PAIR.sub(first, text)


NIGHT_HOURS = 12  # a call before noon on a night dated over two days may be the second day's
DOUBTED = 0.5  # the date's confidence then: a person says which of the two days is meant


def small_hours_doubt(warning: str | None, call: str | None) -> str | None:
    """The warning for a night over two dates (``warning``: the date's, naming ``NIGHT_NOTE``)
    whose call ('HH:MM') is in the morning: the call may be after midnight, on the second date,
    and the first date would send the crew a day early. None when there is no such doubt."""
    if not warning or NIGHT_NOTE not in warning or not call or not re.match(r"^\d\d:\d\d$", call):
        return None
    if int(call[:2]) >= NIGHT_HOURS:
        return None
    return (
        f"shooting_date: a night over two dates with a call at {call}: the first day or the second?"
    )
