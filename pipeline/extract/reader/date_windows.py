"""A span of dates printed as a range: a window, not a day.

"Permit ROMO-27-0094 (valid 6/7/27 - 6/9/27)", "Shoot dates: March 2 to March 20, 2027", "Hold
Mon 6/7/27 through Wed 6/9/27": two dates joined by a dash or a word for 'to' bound a period
(a permit's validity, a booking, the shoot's block of days). Neither end is the day a sheet is
for when the sheet prints another date inside the span: that date is the day, the range the
window it falls in. (A night's two dates, "Fri 3/6 - Sat 3/7", are read as one date and are no
range here.)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import pairwise

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.parsed import iso_date
from pipeline.extract.reader.values import Parsed, find_dates

# between a range's two ends: a dash, or a word for 'to' (a weekday may open the second end)
_BETWEEN = lazy(
    r"^\s*(?:[-\u2013\u2014]|to|through|thru|until|till|bis|au|al|do)\s*"
    r"(?:[^\W\d_]{2,9}\.?,?\s*)?$",
    re.I,
)
# ... the same, at the end of the text before a second end
_TO_BEFORE = lazy(
    r"(?:[-\u2013\u2014]|\b(?:to|through|thru|until|till|bis|au|al|do))\s*"
    r"(?:[^\W\d_]{2,9}\.?,?\s*)?$",
    re.I,
)
WINDOW_DAYS = 366  # days a window spans at most


def _span(lo: dt.date | None, hi: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if lo is None or hi is None or not lo < hi or (hi - lo).days > WINDOW_DAYS:
        return None
    return lo, hi


def windows(
    text: str, dates: Sequence[Parsed], us_order: bool | None
) -> dict[int, tuple[dt.date, dt.date]]:
    """The start offset of each of ``dates`` (as found in ``text``) that ends a range, with
    the range's first and last day. A first end printed without its year ('June 7 to June 9,
    2027') takes the second's."""
    out: dict[int, tuple[dt.date, dt.date]] = {}
    full = [d for d in dates if not d.value.startswith("-")]
    for a, b in pairwise(full):
        if not _BETWEEN.match(text[a.end : b.start]):
            continue
        span = _span(iso_date(a.value), iso_date(b.value))
        if span is not None:
            out[a.start] = out[b.start] = span
    for b in full:
        if b.start in out or not _TO_BEFORE.search(text[: b.start]):
            continue
        hi = iso_date(b.value)
        before = [
            d
            for d in find_dates(text[: b.start], us_order=us_order, yearless=True)
            if d.value.startswith("--") and _BETWEEN.match(text[d.end : b.start])
        ]
        if hi is None or not before:
            continue
        month, day = (int(x) for x in before[-1].value[2:].split("-"))
        try:
            lo = dt.date(hi.year, month, day)
        except ValueError:
            continue
        if lo > hi:  # 'Dec 28 - Jan 3, 2027'
            lo = lo.replace(year=hi.year - 1) if (month, day) != (2, 29) else lo
        span = _span(lo, hi)
        if span is not None:
            out[b.start] = span
    return out


def inside(day: str | None, spans: Sequence[tuple[dt.date, dt.date]]) -> bool:
    """Whether the ISO date ``day`` falls within one of ``spans`` (its ends included)."""
    d = iso_date(day) if day else None
    return d is not None and any(lo <= d <= hi for lo, hi in spans)
