# ruff: noqa: RUF001  (full-width brackets and commas: the CJK characters are meant)
"""Calendar dates in every common written form, with the sheet's own cues to settle them.

Bounded patterns find the candidates (ISO, 3.11.2020, 11/3/20, 14.XI.2025, 14th November 2025,
14 listopada 2025, Nov 14/25, Thursday 14 November, the Baltic year-first "2026 m. gegužės
12 d." and "2026. gada 4. jūnijs", Vietnamese "ngày 7 tháng 3 năm 2026", CJK "3月7日(土)",
Thai "7 มีนาคม 2569" in the Buddhist era); month and weekday names come from dateparser's data
(``calendar_names``). A weekday printed beside a date checks it. Digits in Arabic, Thai or
full-width script are read as 0-9.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from pipeline.extract.reader.buddhist_era import marked_era_year
from pipeline.extract.reader.calendar_names import (
    MONTH_CHOICES,
    MONTHS,
    SHORT_WEEKDAYS,
    THAI_ABBREVIATIONS,
    TWO_WORD_MONTHS,
    WEEKDAYS,
    YEAR_ONLY_MONTHS,
)
from pipeline.extract.reader.hebrew_days import hebrew_weekday
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.night_dates import first_day_pairs, merge_nights
from pipeline.extract.reader.parsed import MAX_TEXT, Parsed, ascii_digits
from pipeline.extract.reader.remember import memo

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_ROMAN.update({"X": 10, "XI": 11, "XII": 12})
# A letter, or a Thai letter or vowel sign (Thai marks are not \w: "มีนาคม" has one)
_LETTER = r"(?:[^\W\d_]|[\u0e01-\u0e4e])"
_NAME = _LETTER + "{3,14}"  # a word that may be a month name; checked against MONTHS
# Thailand counts years in the Buddhist era, 543 ahead: 2569 BE is 2026 ("7 มีนาคม พ.ศ. 2569")
# https://en.wikipedia.org/wiki/Thai_solar_calendar
_BUDDHIST_ERA = 543
_THAI = lazy(r"[\u0e01-\u0e4e]")
_TWO_WORDS = "|".join(
    sorted((n.replace(" ", r"\s{1,2}") for n in TWO_WORD_MONTHS), key=len, reverse=True)
)
_THAI_ABBR = "|".join(sorted(map(re.escape, THAI_ABBREVIATIONS), key=len, reverse=True))
_YEAR_END = r"(?!\d|[:.h-]\d)"  # "25" in "Nov 14 25", not in "Nov 14 10:00" or "12, 00-590"
_ORD = r"(?:st|nd|rd|th|er|hb|\.)?"  # 14th, 1er, 14. (German), Malay 1hb (haribulan)
_PATTERNS = (
    (
        "iso",
        lazy(
            # 2026-03-03, 2026/03/03, and Hungarian "2026. 03. 03."
            r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>[-./])\s?(?P<m>\d\d?)(?P=s)\s?(?P<d>\d\d?)(?!\d)"
        ),
    ),
    (
        # Chinese / Japanese "2026年5月12日", Korean "2026년 5월 12일": year, month, day marks
        "iso",
        lazy(
            r"(?<!\d)(?P<y>(?:19|20)\d\d)\s?[年년]\s?(?P<m>\d\d?)\s?[月월]\s?(?P<d>\d\d?)\s?[日일]"
        ),
    ),
    (
        # Chinese / Japanese "3月7日", Korean "3월 7일": month and day marks without a year
        "md",
        lazy(r"(?<!\d)(?P<m>\d\d?)\s?[月월]\s?(?P<d>\d\d?)\s?[日일]"),
    ),
    (
        # Vietnamese "ngày 7 tháng 3 năm 2026" (day 7, month 3, year 2026), "7 tháng 3"; day
        # first, the month by its number (https://en.wikipedia.org/wiki/Date_and_time_notation_in_Vietnam)
        "vn",
        lazy(
            r"(?<![\d.:/])(?P<d>\d\d?)\s{1,2}tháng\s{1,2}(?P<m>\d\d?)(?!\d|[:./]\d)"
            r"(?:\s{0,2}[,/-]?\s{0,2}(?:năm\s{1,2})?(?P<y>(?:19|20)\d\d)(?!\d))?",
            re.I,
        ),
    ),
    (
        # a weekday, then day and month with no year: "TUES 17/03", "Weds 18.03", "Tue 3/17"
        # (UK and Australian unit sheets head the day so; the weekday is what makes the two
        # numbers a date, and later settles the year)
        "wdm",
        lazy(r"(?<![\w./:-])(?P<a>\d\d?)(?P<s>[./])(?P<b>\d\d?)(?!\d|[./:]\d)"),
    ),
    (
        # 3.11.2020, 11/3/20, 3-11-2020, 14. 11. 2025
        "num",
        lazy(
            r"(?<![\d.:/-])(?P<a>\d\d?)(?P<s>[./-])\s?(?P<b>\d\d?)(?P=s)\s?(?P<y>\d{4}|\d\d)"
            r"(?!\d|[:./-]\d)"
        ),
    ),
    (
        # 14.XI.2025, 14 XI 2025, 14-XI-25, 14.XI (upper case only: "vi" and "i" are words)
        "roman",
        lazy(
            r"(?<![\w.])(?P<d>\d\d?)(?P<s>[./ -])(?P<r>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
            rf"(?:(?P=s)\s?(?P<y>\d{{4}}|\d\d){_YEAR_END}|\.?(?![\w.]))"
        ),
    ),
    (
        # 14 Nov 25, 14th November 2025, 14 listopada 2025 r., 14-Nov-2025, 14 de noviembre de
        # 2025, and Catalan's "de" elided before a vowel: 16 d'abril 2026, 3 d'octubre de 2026
        "dmy",
        lazy(
            rf"(?<![\d.:/])(?P<d>\d\d?){_ORD}[\s-]{{0,2}}(?:of\s|de\s|d['\u2019])?\s?"
            rf"(?P<mon>{_NAME})\.?"
            rf"(?:[\s,'/-]{{1,3}}(?:de\s|พ\.\s?ศ\.\s?|B\.\s?E\.\s?)?(?P<y>(?:19|20|25)\d\d|\d\d)"
            rf"{_YEAR_END})?",
            re.I,
        ),
    ),
    (
        # the Levant's Arabic month names, two of them two words: "7 آذار 2026", "7 تشرين الأول";
        # Irish "22 Deireadh Fómhair 2026"
        "dmy",
        lazy(
            rf"(?<![\d.:/])(?P<d>\d\d?)\s{{0,2}}(?P<mon>{_TWO_WORDS})(?!\w)"
            rf"(?:[\s,،]{{1,3}}(?P<y>(?:19|20)\d\d){_YEAR_END})?",
            re.I,
        ),
    ),
    (
        # Thai abbreviated months with their dots: "7 มี.ค. 2569", "7 มี.ค. พ.ศ. 2569"
        "dmy",
        lazy(
            rf"(?<![\d.:/])(?P<d>\d\d?)\s{{0,2}}(?P<mon>{_THAI_ABBR})"
            rf"(?:\s{{1,2}}(?:พ\.\s?ศ\.\s?)?(?P<y>(?:19|20|25)\d\d|\d\d){_YEAR_END})?"
        ),
    ),
    (
        # Nov 14/25, November 14 / 25, Nov. 14th, '25, November 14 2025, November 14, and a
        # designed sheet's middle dot before the year: SAT JAN 23 · 2027
        "mdy",
        lazy(
            rf"(?<!\w)(?P<mon>{_NAME})\.?\s?(?P<d>\d\d?)(?:st|nd|rd|th)?(?!\d|[:.]\d)"
            rf"(?:\s{{0,2}}(?:[,/]|\u00b7(?=\s{{0,2}}\d{{4}}))?\s{{0,2}}['\u2019]?"
            rf"(?P<y>(?:19|20|25)\d\d|\d\d){_YEAR_END})?",
            re.I,
        ),
    ),
    (
        # year first with a month name: Lithuanian "2026 m. gegužės 12 d.", Hungarian
        # "2026. május 12.", "2026 May 12", Armenian "2026 թ. մարտի 17" (թ.: year)
        "ymd",
        lazy(
            rf"(?<![\d.:/])(?P<y>(?:19|20)\d\d)(?:\.|\s?m\.|\s?թ\.?)?\s{{1,2}}(?P<mon>{_NAME})\.?"
            rf"\s{{1,2}}(?P<d>\d\d?)(?:\.|\s?d\.)?(?!\d|[:.]\d)",
            re.I,
        ),
    ),
    (
        # Latvian "2026. gada 4. jūnijs": year, "gada" (of the year), then day and month;
        # Georgian "2026 წლის 12 მაისი" the same way (წლის: of the year)
        "ydm",
        lazy(
            rf"(?<![\d.:/])(?P<y>(?:19|20)\d\d)\.?\s{{1,2}}(?:gada|წლის)\s{{1,2}}(?P<d>\d\d?)\.?"
            rf"\s{{1,2}}(?P<mon>{_NAME})",
            re.I,
        ),
    ),
)
# the part of the day a night sheet names with its weekday: "FRIDAY NIGHT 12/4", "Sat morning 12/5"
PART_OF_DAY = r"(?:night|nite|evening|eve|morning|overnight)"
_WEEKDAY_BEFORE = lazy(
    rf"(?<![^\W\d_])([^\W\d_]{{2,14}})\.?,?\s{{1,2}}(?:{PART_OF_DAY}\s{{1,2}})?$", re.I
)
_ENGLISH_WORDS = frozenset({"may", "march", "mar", "jun", "sept"})
_WORD = lazy(_LETTER + "{3,14}")
# "ngày 07/03/2026": Vietnamese writes the day first, and "ngày" (day) before a number says so
_DAY_FIRST = lazy(r"(?<!\w)ngày\s{0,2}$", re.I)
_STREET_BEFORE = lazy(
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
    text = ascii_digits(text[:MAX_TEXT])
    if not any(map(str.isdigit, text)):
        return []
    text, scanned = _scannable(text)
    readings: list[tuple[tuple[bool, int, int], Parsed]] = []
    for rank, (kind, regex) in enumerate(_PATTERNS):
        pos = 0
        while (m := _search(scanned, rank, regex, text, pos)) is not None:
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
    return merge_nights(text, sorted(chosen, key=lambda p: p.start))


SCANS_KEPT = 1024  # texts whose pattern searches are kept (a text is read with other options)


@functools.lru_cache(maxsize=SCANS_KEPT)
def _scannable(text: str) -> tuple[str, dict[tuple[int, int], re.Match[str] | None]]:
    """``text`` as the patterns read it (combs closed, nights' second days blanked), and the
    searches done in it so far: the same line is read with other options (a year or not, US
    order), and the searches do not depend on them."""
    return first_day_pairs(_first_night(_uncombed(text))), {}


def _search(
    scanned: dict[tuple[int, int], re.Match[str] | None],
    rank: int,
    regex: re.Pattern[str],
    text: str,
    pos: int,
) -> re.Match[str] | None:
    """``regex`` (``_PATTERNS[rank]``) searched in ``text`` from ``pos``, once a text."""
    key = (rank, pos)
    if key not in scanned:
        scanned[key] = regex.search(text, pos)
    return scanned[key]


# A form's date typed into a comb of boxes, one digit a box: "1 4 - 1 0 - 2 0 2 6" (day, month
# and year boxes, the separators printed between them). Two, two and four spaced digits only.
_COMB = lazy(
    r"(?<![\w.:/-])(?<!\d )(\d) (\d) ?(?P<s>[-./]) ?(\d) (\d) ?(?P=s) ?(\d) (\d) (\d) (\d)"
    r"(?![\w.:/-])(?! \d)"
)


def _uncombed(text: str) -> str:
    """Combed dates with their digits closed up ('14-10-2026'), padded to keep every offset."""

    def closed(m: re.Match[str]) -> str:
        d = [m.group(k) for k in (1, 2, 4, 5, 6, 7, 8, 9)]
        sep = m["s"]
        joined = f"{d[0]}{d[1]}{sep}{d[2]}{d[3]}{sep}{''.join(d[4:])}"
        return joined.ljust(len(m.group()))

    return _COMB.sub(closed, text) if " " in text else text


# A night that runs into the next day: "piątek/sobota 25/26 września 2026", "Fri/Sat 9/10 Oct
# 2026", "14/15.11.2026", "14-15 XI 2026": two consecutive days before one month and year.
# The shooting date is the night's first day (night-shoot sheets date the night by its start).
_DAY_PAIR = lazy(
    r"(?<![\d.:/-])(?P<d1>\d\d?)(?:st|nd|rd|th)?\s?[/\u2013-]\s?(?P<d2>\d\d?)(?:st|nd|rd|th)?"
    rf"(?=(?P<s>[.\s-])\s?(?:\d\d?(?P=s)\s?(?:19|20)?\d\d(?!\d)|[IVX]{{1,4}}\b|{_NAME}))"
)
_WEEKDAY_PAIR = lazy(r"(?P<a>[^\W\d_]{2,14})\.?\s?[/\u2013-]\s?(?P<b>[^\W\d_]{2,14})\.?")


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
    year_text, era_year = _printed_year(named, m, text)
    if named:
        name = " ".join(g["mon"].lower().split())
        month = MONTHS.get(name)
        if month is None and year_text and len(year_text) == 4:
            month = YEAR_ONLY_MONTHS.get(name)  # "7 Mac 2026", never a lone "Mac 7"
        if month is None or (g["mon"].islower() and g["mon"] in _ENGLISH_WORDS):
            return None  # "unit 1 may be late": English month names are capitalised
        candidates = [(month, int(g["d"]))]
        quality = 1.0 if year_text and len(year_text) == 4 else 0.95
        if (choices := MONTH_CHOICES.get(g["mon"].lower())) is not None:
            # "14. listopada": November in Polish / Czech, October in Croatian; a printed weekday
            # settles it, else the first meaning with less trust
            candidates = [(choices[0], int(g["d"])), (choices[1], int(g["d"]))]
            quality = 0.8
    elif kind == "roman":
        candidates, quality = [(_ROMAN[g["r"]], int(g["d"]))], 1.0
    elif kind in ("iso", "md", "vn"):
        candidates, quality = [(int(g["m"]), int(g["d"]))], 1.0
    elif kind == "wdm":
        if not (candidates := _weekday_day_month(m, text, us_order)):
            return None
        quality = 0.95
    else:
        a, b = int(g["a"]), int(g["b"])
        candidates = [(a, b), (b, a)] if us_order else [(b, a), (a, b)]
        quality = 0.95 if us_order is not None else 0.9
        if a <= 12 and b <= 12 and a != b:
            quality = 0.9 if us_order is not None else 0.4
        if _DAY_FIRST.search(text[max(0, m.start() - 8) : m.start()]):
            candidates, quality = [(b, a), (a, b)], 0.95
    weekday = weekday_near(text, m.start(), m.end())
    if year_text:
        year = int(year_text)
        year = year + 2000 if year < 100 else year
        if era_year is not None:
            year = era_year
        elif year >= 2400 and (kind == "num" or _THAI.search(g.get("mon") or "")):
            year -= _BUDDHIST_ERA  # "07/03/2569", "7 มีนาคม 2569"
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


def _printed_year(named: bool, m: re.Match[str], text: str) -> tuple[str | None, int | None]:
    """The date's printed year, and its Gregorian year when the sheet marks it Buddhist-era
    ('B.E. 2570', '15 December 2569 / 2026'). Only a Thai date or a marked year counts in the
    Buddhist era: "14 Nov 2569" has no year."""
    year_text = m.groupdict().get("y")
    if not year_text:
        return None, None
    era_year = marked_era_year(text, m.start("y"), m.end("y"))
    if (
        named
        and len(year_text) == 4
        and year_text.startswith("25")
        and not _THAI.search(m["mon"])
        and era_year is None
    ):
        return None, None
    return year_text, era_year


def _weekday_day_month(m: re.Match[str], text: str, us_order: bool | None) -> list[tuple[int, int]]:
    """(month, day) readings of "17/03" after a weekday ("TUES 17/03"); none without one."""
    before = _WEEKDAY_BEFORE.search(text[max(0, m.start() - 26) : m.start()])
    if before is None or before[1].lower() not in WEEKDAYS:
        return []
    a, b = int(m["a"]), int(m["b"])
    orders = [(a, b), (b, a)] if us_order else [(b, a), (a, b)]
    return [(mo, day) for mo, day in orders if _valid(2000, mo, day)]


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


_SHORT_BEFORE = lazy(r"(?<![^\W\d_])([^\W\d_]{2,3})\.?,?\s{0,2}$")
# the start of a range the short word may end ("od 5.06 do", "od 5 do"): a date's day and month,
# or "od" (Polish / Czech "from") and a number; a count before it is none ("Draaidag 11 van 30
# do 12-11-2026": day 11 of 30, then Thursday)
_RANGE_FROM = lazy(r"\d{1,2}[./-]\d{1,2}|\bod\s+\d", re.I)
SHORT_WEEKDAY_QUALITY = 0.95  # an abbreviation that agrees with one order only
AMBIGUOUS_ORDER = 0.5  # the quality below which a numeric date's order is not known


def _short_weekday_order(
    text: str, year: int, candidates: list[tuple[int, int]], parsed: Parsed, m: re.Match[str]
) -> Parsed:
    """'do 11-06-2026', 'Mar. 12/05/2026': a weekday abbreviation too short to read alone
    (calendar_names.SHORT_WEEKDAYS), right before a numeric date whose day and month could be
    either way round, settles the order when it agrees with one reading only. It never puts a
    date in doubt: the short word may be no weekday at all ("do" is Polish for "to")."""
    if parsed.quality >= SHORT_WEEKDAY_QUALITY:
        return parsed
    window = max(0, m.start() - 6)
    before = _SHORT_BEFORE.search(text[window : m.start()])
    days = SHORT_WEEKDAYS.get(before.group(1).lower()) if before else None
    start = window + before.start(1) if before else 0
    # 'Mi, 04.11.2026', 'Di. 03.11.': a dot or comma after the word marks an abbreviated
    # weekday, never a range's "to", whatever count comes before it ('Drehtag 5/12 Mi, ...')
    marked = before is not None and bool(re.search(r"[.,]", before.group(0)[len(before[1]) :]))
    if not days or (not marked and _RANGE_FROM.search(text[max(0, start - 12) : start])):
        return parsed  # "od 5.06 do 06-11-2026": a range's "to" (Polish "do"), not Thursday
    valid = [d for d in (_valid(year, mo, day) for mo, day in candidates) if d is not None]
    agreeing = [d for d in valid if d.weekday() in days]
    if len(valid) != 2 or len(agreeing) != 1:
        return parsed
    if parsed.quality >= AMBIGUOUS_ORDER and agreeing[0].isoformat() != parsed.value:
        return parsed  # the sheet's region or language already settles the order
    # ... and a weekday that agrees with that order alone confirms it ('út 12. 1. 2027' on a
    # Czech sheet: Tuesday 12 January, 1 December being a Wednesday)
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


# CJK weekdays, one character each: Japanese 月火水木金土日 (Monday first), Korean 월화수목금토일,
# Chinese 一二三四五六 with 日 or 天 for Sunday; printed "(土)", "土曜日", "토요일", "星期六",
# "周六"
# (CLDR ja / ko / zh abbreviated and wide day names)
_CJK_DAYS = {c: i for i, c in enumerate("月火水木金土日")}
_CJK_DAYS.update({c: i for i, c in enumerate("월화수목금토일")})
_CJK_DAYS.update({c: i for i, c in enumerate("一二三四五六")} | {"天": 6})
_CJK_WEEKDAY = (
    r"(?:星期|周|週|礼拜|禮拜)(?P<zh>[一二三四五六日天])"
    r"|(?P<ja>[月火水木金土日])曜日?|(?P<ko>[월화수목금토일])요일"
)
# a lone character only in brackets: "(土)"
_CJK_AFTER = lazy(
    rf"\s{{0,2}}(?P<open>[(（]\s?)?(?:{_CJK_WEEKDAY}|(?P<one>[月火水木金土日월화수목금토일])(?=\s?[)）]))"
)
_CJK_BEFORE = lazy(rf"(?:{_CJK_WEEKDAY})[\s,，、]{{0,2}}$")
# Vietnamese "Thứ Bảy" / "Thứ 7" (Saturday), "Chủ nhật" / "CN" (Sunday), then "ngày" (day)
_VI_DAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
_VI_BEFORE = lazy(
    r"(?<!\w)(?:thứ\s{1,2}(?P<n>hai|ba|tư|năm|sáu|bảy|[2-7])|(?P<cn>chủ\s{1,2}nhật|cn))(?!\w)"
    r"[\s,.:;-]{0,4}(?:ngày\s{1,2})?$",
    re.I,
)


# The weekday after a date, past the year's abbreviation a Slavic date ends with ("04.02.2027
# г. (четверг)", "14 квітня 2026 р., вівторок", "5.3.2027. god. (petak)", "2027 ж. бейсенбі")  # noqa: RUF003
_YEAR_WORD = r"(?:г|гг|год|р|ж|god|g)\.?(?![^\W\d_])"
_WEEKDAY_AFTER = lazy(rf"\.?[\s,(]{{0,3}}(?:{_YEAR_WORD}[\s,(]{{0,3}})?({_LETTER}{{3,14}})")


def weekday_near(text: str, start: int, end: int) -> int | None:
    """A weekday name just before the date ("Thu 14 Nov") or just after it ("14.11 (czwartek)")."""
    named = _WEEKDAY_BEFORE.search(text[max(0, start - 26) : start])
    # "SATURDAY MORNING 12/5": the weekday a night sheet names with the part of the day
    if (
        named is not None
        and re.search(rf"{PART_OF_DAY}\s{{1,2}}$", named.group(), re.I)
        and (day := WEEKDAYS.get(named[1].lower())) is not None
    ):
        return day
    if (hebrew := hebrew_weekday(text, start, end)) is not None:
        return hebrew  # "Yom Revi'i, 06/01/27": a numbered day in Latin letters
    window = text[max(0, start - 14) : start]
    before = [
        WEEKDAYS[w] for w in (m.group().lower() for m in _WORD.finditer(window)) if w in WEEKDAYS
    ]
    if before:
        return before[-1]
    if not text.isascii() and (found := _cjk_or_vietnamese(text, start, end)) is not None:
        return found
    after = _WEEKDAY_AFTER.match(text[end : end + 26])
    return WEEKDAYS.get(after.group(1).lower()) if after else None


def _cjk_or_vietnamese(text: str, start: int, end: int) -> int | None:
    m = _CJK_AFTER.match(text, end)
    if m is not None and m["one"] and not m["open"]:
        m = None
    m = m or _CJK_BEFORE.search(text[max(0, start - 8) : start])
    if m is not None:
        char = next(c for c in (m["zh"], m["ja"], m["ko"], m.groupdict().get("one")) if c)
        return _CJK_DAYS[char]
    m = _VI_BEFORE.search(text[max(0, start - 20) : start])
    if m is None:
        return None
    if m["cn"]:
        return 6
    n = m["n"].lower()
    return int(n) - 2 if n.isdigit() else _VI_DAYS[n]


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
