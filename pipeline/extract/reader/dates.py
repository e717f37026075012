"""Calendar dates in every common written form, with the sheet's own cues to settle them.

Bounded patterns find the candidates (ISO, 3.11.2020, 11/3/20, 14.XI.2025, 14th November 2025,
14 listopada 2025, Nov 14/25, Thursday 14 November, the Baltic year-first "2026 m. gegužės
12 d." and "2026. gada 4. jūnijs"); month and weekday names come from
dateparser's data (``calendar_names``). A weekday printed beside a date checks it.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.reader.calendar_names import MONTH_CHOICES, MONTHS, SHORT_WEEKDAYS, WEEKDAYS
from pipeline.extract.reader.parsed import MAX_TEXT, Parsed
from pipeline.extract.reader.remember import memo

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_ROMAN.update({"X": 10, "XI": 11, "XII": 12})
_NAME = r"[^\W\d_]{3,14}"  # a word that may be a month name; checked against MONTHS
_YEAR_END = r"(?!\d|[:.h-]\d)"  # "25" in "Nov 14 25", not in "Nov 14 10:00" or "12, 00-590"
_ORD = r"(?:st|nd|rd|th|er|\.)?"  # 14th, 1er, 14. (German)
_PATTERNS = (
    (
        "iso",
        re.compile(
            # 2026-03-03, 2026/03/03, and Hungarian "2026. 03. 03."
            r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>[-./])\s?(?P<m>\d\d?)(?P=s)\s?(?P<d>\d\d?)(?!\d)"
        ),
    ),
    (
        # Chinese / Japanese "2026年5月12日", Korean "2026년 5월 12일": year, month, day marks
        "iso",
        re.compile(
            r"(?<!\d)(?P<y>(?:19|20)\d\d)\s?[年년]\s?(?P<m>\d\d?)\s?[月월]\s?(?P<d>\d\d?)\s?[日일]"
        ),
    ),
    (
        # 3.11.2020, 11/3/20, 3-11-2020, 14. 11. 2025
        "num",
        re.compile(
            r"(?<![\d.:/-])(?P<a>\d\d?)(?P<s>[./-])\s?(?P<b>\d\d?)(?P=s)\s?(?P<y>\d{4}|\d\d)"
            r"(?!\d|[:./-]\d)"
        ),
    ),
    (
        # 14.XI.2025, 14 XI 2025, 14-XI-25, 14.XI (upper case only: "vi" and "i" are words)
        "roman",
        re.compile(
            r"(?<![\w.])(?P<d>\d\d?)(?P<s>[./ -])(?P<r>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
            rf"(?:(?P=s)\s?(?P<y>\d{{4}}|\d\d){_YEAR_END}|\.?(?![\w.]))"
        ),
    ),
    (
        # 14 Nov 25, 14th November 2025, 14 listopada 2025 r., 14-Nov-2025, 14 de noviembre de 2025
        "dmy",
        re.compile(
            rf"(?<![\d.:/])(?P<d>\d\d?){_ORD}[\s-]{{0,2}}(?:of\s|de\s)?\s?(?P<mon>{_NAME})\.?"
            rf"(?:[\s,'/-]{{1,3}}(?:de\s)?(?P<y>(?:19|20)\d\d|\d\d){_YEAR_END})?",
            re.I,
        ),
    ),
    (
        # Nov 14/25, November 14 / 25, Nov. 14th, '25, November 14 2025, November 14
        "mdy",
        re.compile(
            rf"(?<!\w)(?P<mon>{_NAME})\.?\s?(?P<d>\d\d?)(?:st|nd|rd|th)?(?!\d|[:.]\d)"
            rf"(?:\s{{0,2}}[,/]?\s{{0,2}}['\u2019]?(?P<y>(?:19|20)\d\d|\d\d){_YEAR_END})?",
            re.I,
        ),
    ),
    (
        # year first with a month name: Lithuanian "2026 m. gegužės 12 d.", Hungarian
        # "2026. május 12.", "2026 May 12"
        "ymd",
        re.compile(
            rf"(?<![\d.:/])(?P<y>(?:19|20)\d\d)(?:\.|\s?m\.)?\s{{1,2}}(?P<mon>{_NAME})\.?"
            rf"\s{{1,2}}(?P<d>\d\d?)(?:\.|\s?d\.)?(?!\d|[:.]\d)",
            re.I,
        ),
    ),
    (
        # Latvian "2026. gada 4. jūnijs": year, "gada" (of the year), then day and month
        "ydm",
        re.compile(
            rf"(?<![\d.:/])(?P<y>(?:19|20)\d\d)\.?\s{{1,2}}gada\s{{1,2}}(?P<d>\d\d?)\.?"
            rf"\s{{1,2}}(?P<mon>{_NAME})",
            re.I,
        ),
    ),
)
_ENGLISH_WORDS = frozenset({"may", "march", "mar", "jun", "sept"})
_WORD = re.compile(r"[^\W\d_]{3,14}")
_STREET_BEFORE = re.compile(
    r"\b(?:ul|al|pl|os|ulica|aleja|plac|osiedle|rondo)\.?\s{0,2}(?:\d\d?\s)?$", re.I
)


@memo
def find_dates(
    text: str,
    *,
    us_order: bool | None = None,
    reference: dt.date | None = None,
    yearless: bool = False,
) -> list[Parsed]:
    """Return every calendar date in ``text`` as ISO strings with parse quality.

    Parameters
    ----------
    text:
        Free text, one line or more (only the first ``MAX_TEXT`` characters are read).
    us_order:
        ``True`` for month-first numeric dates (US sheets), ``False`` for day-first, ``None``
        when the sheet gives no cue; a weekday printed beside the date overrides either.
    reference:
        A date near the sheet's (the email's date): a date printed without a year takes the year
        that puts it nearest to ``reference``.
    yearless:
        Without ``reference``, also return dates printed without a year, as ``--MM-DD`` with a low
        quality and a note. Off by default: ``value`` is then always ``YYYY-MM-DD``.

    Returns
    -------
    list[Parsed]
        In order of appearance; of overlapping readings the one with a four-digit year, then
        the longer one, is kept.
    """
    text = text[:MAX_TEXT]
    if not any(ch.isdigit() for ch in text):
        return []
    text = _first_night(text)
    readings: list[tuple[tuple[bool, int, int], Parsed]] = []
    for rank, (kind, regex) in enumerate(_PATTERNS):
        pos = 0
        while (m := regex.search(text, pos)) is not None:
            parsed = _read(kind, m, text, us_order, reference, yearless)
            if parsed is None:
                # "1 - poniedziałek, 17 listopada": a rejected match must not hide a date inside it
                pos = m.start() + 1
                continue
            pos = m.end()
            # "1 January 29, 2025": the reading with a full year and more words wins
            full_year = bool(m.groupdict().get("y")) and len(m["y"]) == 4
            readings.append(((full_year, m.end() - m.start(), -rank), parsed))
    chosen: list[Parsed] = []
    for _, parsed in sorted(readings, key=lambda r: r[0], reverse=True):
        if not any(parsed.start < c.end and c.start < parsed.end for c in chosen):
            chosen.append(parsed)
    return sorted(chosen, key=lambda p: p.start)


# A night that runs into the next day: "piątek/sobota 25/26 września 2026", "Fri/Sat 9/10 Oct
# 2026", "14/15.11.2026", "14-15 XI 2026": two consecutive days before one month and year.
# The shooting date is the night's first day (night-shoot sheets date the night by its start).
_DAY_PAIR = re.compile(
    r"(?<![\d.:/-])(?P<d1>\d\d?)(?:st|nd|rd|th)?\s?[/\u2013-]\s?(?P<d2>\d\d?)(?:st|nd|rd|th)?"
    rf"(?=(?P<s>[.\s-])\s?(?:\d\d?(?P=s)\s?(?:19|20)?\d\d(?!\d)|[IVX]{{1,4}}\b|{_NAME}))"
)
_WEEKDAY_PAIR = re.compile(r"(?P<a>[^\W\d_]{2,14})\.?\s?[/\u2013-]\s?(?P<b>[^\W\d_]{2,14})\.?")


def _first_night(text: str) -> str:
    """Blank out a night's second day and second weekday, keeping every offset."""

    def day(m: re.Match[str]) -> str:
        d1, d2 = int(m["d1"]), int(m["d2"])
        if not (d2 == d1 + 1 or (d2 == 1 and d1 >= 28)):
            return m.group()
        return m["d1"].rjust(len(m.group()))

    def weekday(m: re.Match[str]) -> str:
        a, b = WEEKDAYS.get(m["a"].lower()), WEEKDAYS.get(m["b"].lower())
        if a is None or b is None or b != (a + 1) % 7:
            return m.group()
        return m.group()[: m.end("a") - m.start()].ljust(len(m.group()))

    if not _DAY_PAIR.search(text):
        return text
    return _WEEKDAY_PAIR.sub(weekday, _DAY_PAIR.sub(day, text))


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where dates are printed in ``text``, year or not (so times are not read inside them)."""
    return [(p.start, p.end) for p in find_dates(text, yearless=True)]


def _read(
    kind: str,
    m: re.Match[str],
    text: str,
    us_order: bool | None,
    reference: dt.date | None,
    yearless: bool,
) -> Parsed | None:
    g = m.groupdict()
    named = kind in ("dmy", "mdy", "ymd", "ydm")
    if named and _STREET_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
        return None  # "ul. 3 Maja", "al. 29 Listopada": a street named after a date
    if kind == "roman" and not g["y"] and g["s"] != ".":
        return None  # "14.XI" is a date, "Unit 2 V" is not
    if named:
        month = MONTHS.get(g["mon"].lower())
        if month is None or (g["mon"].islower() and g["mon"] in _ENGLISH_WORDS):
            return None  # "unit 1 may be late": English month names are capitalised
        candidates, quality = [(month, int(g["d"]))], 1.0 if g["y"] and len(g["y"]) == 4 else 0.95
        if (choices := MONTH_CHOICES.get(g["mon"].lower())) is not None:
            # "14. listopada": November in Polish / Czech, October in Croatian; a printed weekday
            # settles it, else the first meaning with less trust
            candidates = [(choices[0], int(g["d"])), (choices[1], int(g["d"]))]
            quality = 0.8
    elif kind == "roman":
        candidates, quality = [(_ROMAN[g["r"]], int(g["d"]))], 1.0
    elif kind == "iso":
        candidates, quality = [(int(g["m"]), int(g["d"]))], 1.0
    else:
        a, b = int(g["a"]), int(g["b"])
        candidates = [(a, b), (b, a)] if us_order else [(b, a), (a, b)]
        quality = 0.95 if us_order is not None else 0.9
        if a <= 12 and b <= 12 and a != b:
            quality = 0.9 if us_order is not None else 0.4
    weekday = weekday_near(text, m.start(), m.end())
    if g.get("y"):
        year = int(g["y"])
        year = year + 2000 if year < 100 else year
        parsed = _pick(year, candidates, weekday, quality, m)
        if weekday is None and parsed is not None and len(candidates) == 2:
            parsed = _short_weekday_order(text, year, candidates, parsed, m)
        return parsed
    if reference is not None:
        return _nearest(reference, candidates[0], weekday, m)
    if not yearless:
        return None
    month, day = candidates[0]
    if not _valid(2000, month, day):  # 2000 is a leap year: 29 February passes
        return None
    return Parsed(f"--{month:02d}-{day:02d}", 0.2, "no year printed", m.start(), m.end())


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(
    year: int,
    candidates: list[tuple[int, int]],
    weekday: int | None,
    quality: float,
    m: re.Match[str],
) -> Parsed | None:
    valid = [d for d in (_valid(year, mo, day) for mo, day in candidates) if d is not None]
    if not valid or not 1990 <= year <= 2099:
        return None
    if len(valid) == 1 and quality < 0.9:
        quality = 0.95  # only one reading is a real date, so the order is settled
    if weekday is None:
        note = "day/month order is ambiguous" if quality < 0.5 else None
        return Parsed(valid[0].isoformat(), quality, note, m.start(), m.end())
    agreeing = [d for d in valid if d.weekday() == weekday]
    if agreeing:
        return Parsed(agreeing[0].isoformat(), 1.0, None, m.start(), m.end())
    note = "printed weekday does not match the date"
    return Parsed(valid[0].isoformat(), 0.3, note, m.start(), m.end())


_SHORT_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,3})\.?,?\s{0,2}$")
SHORT_WEEKDAY_QUALITY = 0.95  # an abbreviation that agrees with one order only
AMBIGUOUS_ORDER = 0.5  # the quality below which a numeric date's order is not known


def _short_weekday_order(
    text: str, year: int, candidates: list[tuple[int, int]], parsed: Parsed, m: re.Match[str]
) -> Parsed:
    """'do 11-06-2026', 'Mar. 12/05/2026': a weekday abbreviation too short to read alone
    (calendar_names.SHORT_WEEKDAYS), right before a numeric date whose day and month could be
    either way round, settles the order when it agrees with one reading only. It never puts a
    date in doubt: the short word may be no weekday at all ("do" is Polish for "to")."""
    if parsed.quality >= AMBIGUOUS_ORDER:
        return parsed  # the sheet's region already settles the order
    window = max(0, m.start() - 6)
    before = _SHORT_BEFORE.search(text[window : m.start()])
    days = SHORT_WEEKDAYS.get(before.group(1).lower()) if before else None
    start = window + before.start(1) if before else 0
    if not days or re.search(r"\d", text[max(0, start - 12) : start]):
        return parsed  # "od 5.06 do 06-11-2026": a range's "to" (Polish "do"), not Thursday
    valid = [d for d in (_valid(year, mo, day) for mo, day in candidates) if d is not None]
    agreeing = [d for d in valid if d.weekday() in days]
    if len(valid) != 2 or len(agreeing) != 1:
        return parsed
    return Parsed(agreeing[0].isoformat(), SHORT_WEEKDAY_QUALITY, None, m.start(), m.end())


def _nearest(
    reference: dt.date, month_day: tuple[int, int], weekday: int | None, m: re.Match[str]
) -> Parsed | None:
    """The date of that month and day nearest to ``reference`` (within a year either side)."""
    month, day = month_day
    options = [_valid(reference.year + k, month, day) for k in (-1, 0, 1)]
    dates = [d for d in options if d is not None]
    if not dates:
        return None
    best = min(dates, key=lambda d: abs((d - reference).days))
    if weekday is None:
        return Parsed(best.isoformat(), 0.8, "year not printed; taken from the reference date",
                      m.start(), m.end())  # fmt: skip
    if best.weekday() == weekday:
        return Parsed(best.isoformat(), 0.95, None, m.start(), m.end())
    note = "printed weekday does not match the date in the year nearest the reference"
    return Parsed(best.isoformat(), 0.3, note, m.start(), m.end())


def weekday_near(text: str, start: int, end: int) -> int | None:
    """A weekday name just before the date ("Thu 14 Nov") or just after it ("14.11 (czwartek)")."""
    window = text[max(0, start - 14) : start]
    before = [
        WEEKDAYS[w] for w in (m.group().lower() for m in _WORD.finditer(window)) if w in WEEKDAYS
    ]
    if before:
        return before[-1]
    after = re.match(r"[\s,(]{0,3}([^\W\d_]{3,14})", text[end : end + 18])
    return WEEKDAYS.get(after.group(1).lower()) if after else None


def dates_on_or_after(text: str, reference: dt.date) -> list[Parsed]:
    """Dates printed without a year ("TUESDAY 17TH MARCH", "Wed, Apr 22"), each given the year
    of its first occurrence on or after ``reference`` (a sheet is made before its day: the
    issue, print or sending date, or the sheet's year). A printed weekday that agrees confirms
    the year; one that disagrees, or none, leaves the date unsure (low quality and a note)."""
    out = []
    for parsed in find_dates(text, yearless=True):
        if not parsed.value.startswith("--"):
            continue
        month, day = int(parsed.value[2:4]), int(parsed.value[5:7])
        weekday = weekday_near(text, parsed.start, parsed.end)
        options = [_valid(reference.year + k, month, day) for k in range(0, 5)]
        dates = [d for d in options if d is not None and d >= reference]
        if not dates:
            continue
        first = dates[0]
        if weekday is None:
            note = f"year not printed; {first.year} inferred from {reference.isoformat()}"
            out.append(Parsed(first.isoformat(), 0.8, note, parsed.start, parsed.end))
        elif first.weekday() == weekday:
            out.append(Parsed(first.isoformat(), 0.95, None, parsed.start, parsed.end))
        else:
            note = "printed weekday does not match the date in the year after the reference"
            out.append(Parsed(first.isoformat(), 0.3, note, parsed.start, parsed.end))
    return out
