"""Whether a year printed in the 2500s is a Buddhist-era year the sheet itself marks as one.

Thailand (and Cambodia, Laos, Myanmar, Sri Lanka) count years in the Buddhist era, 543 ahead
of the Gregorian: 2569 BE is 2026 (https://en.wikipedia.org/wiki/Thai_solar_calendar). A sheet
written for a foreign crew prints the month in English and marks the year so: 'B.E. 2570',
'2570 BE', 'พ.ศ. 2570', or the Gregorian year beside it ('15 December 2569 / 2026',
'13 Jan 2570 (2027)'). A bare '14 Nov 2569' is no such mark (a typo as likely as an era).
"""

from __future__ import annotations

from pipeline.extract.reader.lazy_re import lazy

BUDDHIST_ERA = 543  # years the Buddhist era runs ahead of the Gregorian

# the era's own mark printed before or after the year: 'B.E.', 'BE', Thai 'พ.ศ.'
_MARK = r"(?:B\.\s?E\.?|BE(?![\w.])|พ\.\s?ศ\.?)"
_MARK_BEFORE = lazy(rf"{_MARK}\s{{0,2}}$")
_MARK_AFTER = lazy(rf"^\s{{0,2}}{_MARK}")
# the Gregorian year printed right after it: '2569 / 2026', '2570 (2027)', '2570 - 2027 CE'
_GREGORIAN_AFTER = lazy(r"^\s{0,2}(?:[/(|\u2013\u2014-]|AD|CE)\s{0,2}(?P<y>(?:19|20)\d\d)(?!\d)")


def marked_era_year(text: str, start: int, end: int) -> int | None:
    """The Gregorian year of the year printed at ``text[start:end]`` when it is in the 2500s
    and the sheet marks it as Buddhist-era (its mark, or the Gregorian year beside it), else
    None."""
    year_text = text[start:end]
    if not (len(year_text) == 4 and year_text.isdigit() and year_text.startswith("25")):
        return None
    year = int(year_text) - BUDDHIST_ERA
    if _MARK_BEFORE.search(text[max(0, start - 8) : start]) or _MARK_AFTER.match(text[end:]):
        return year
    beside = _GREGORIAN_AFTER.match(text[end : end + 16])
    return year if beside is not None and int(beside["y"]) == year else None
