"""Hebrew weekdays written in Latin letters beside a date: 'Yom Revi'i, 06/01/27'.

Hebrew names the days by their number from Sunday, after the word 'yom' (day): Yom Rishon
(first: Sunday), Sheni, Shlishi, Revi'i, Chamishi, Shishi, and Shabbat (Saturday)
(https://en.wikipedia.org/wiki/Names_of_the_days_of_the_week#Numbered_days_of_the_week).
An Israeli sheet for a foreign crew prints them so; read beside a numeric date, the day settles
its day/month order.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

# Monday is 0, as datetime.date.weekday() counts
_NUMBERED = {
    "rishon": 6,
    "sheni": 0,
    "shlishi": 1,
    "revii": 2,
    "chamishi": 3,
    "hamishi": 3,
    "khamishi": 3,
    "shishi": 4,
}
_DAY = r"(?:yom\s{1,2}(?P<n>[a-z]{4,9}(?:['\u2019][a-z])?)|(?P<s>shabbat|shabbos))"
_BEFORE = lazy(rf"(?<![^\W\d_]){_DAY}[,.]?\s{{0,2}}$", re.I)
_AFTER = lazy(rf"^\s{{0,2}}[|,(\u00b7-]?\s{{0,2}}{_DAY}(?![^\W\d_])", re.I)


def _day(m: re.Match[str] | None) -> int | None:
    if m is None:
        return None
    if m["s"]:
        return 5
    return _NUMBERED.get(m["n"].lower().replace("'", "").replace("\u2019", ""))


def hebrew_weekday(text: str, start: int, end: int) -> int | None:
    """The weekday printed in transliterated Hebrew just before or after the date at
    ``text[start:end]`` ('Yom Revi'i, 06/01/27', '14.01.27 | Yom Chamishi'), or None."""
    before = _day(_BEFORE.search(text[max(0, start - 20) : start]))
    return before if before is not None else _day(_AFTER.match(text[end : end + 20]))
