"""Parse times, dates and phone numbers out of short strings, reporting how sure each parse is."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import phonenumbers


@dataclass(frozen=True)
class Parsed:
    """A normalised value, the quality of its parse (0-1) and why it is less than 1."""

    value: str
    quality: float
    note: str | None = None
    start: int = 0


# --- times -----------------------------------------------------------------------------------

_AP = r"(?P<ap>[ap]\.?\s?m\.?|[ap])(?![a-z])"
_TIME_RES = (
    # 7:00, 07.00, 7:00 AM, 6:03A; not part of a date such as 15.03.2026
    re.compile(rf"(?<![\d./:])(?P<h>\d{{1,2}})[:.](?P<m>[0-5]\d)(?![\d./])\s*(?:{_AP})?", re.I),
    # 7h, 7h30 (French/Polish habit)
    re.compile(r"(?<![\d./:])(?P<h>\d{1,2})h(?P<m>[0-5]\d)?(?![\w])", re.I),
    # 0700 (24-hour, four digits) or 130p / 1130a (digits with a meridiem)
    re.compile(rf"(?<![\d./:-])(?P<hm>\d{{3,4}})(?![\d./:-])\s*(?:{_AP})?", re.I),
    # 7 AM, 11a
    re.compile(rf"(?<![\d./:])(?P<h>\d{{1,2}})\s*{_AP}", re.I),
)


def find_time(text: str) -> Parsed | None:
    """Return the first time of day in ``text`` as ``HH:MM`` with a parse quality.

    Parameters
    ----------
    text:
        A short value such as ``"7:00 AM"``, ``"0700"``, ``"7.00"``, ``"7h"`` or ``"130p"``.

    Returns
    -------
    Parsed | None
        ``None`` when no time is present.
    """
    hits = [p for p in (_match_time(r, text) for r in _TIME_RES) if p is not None]
    if not hits:
        return None
    return min(hits, key=lambda p: p.start)


def _match_time(regex: re.Pattern[str], text: str) -> Parsed | None:
    for m in regex.finditer(text):
        parsed = _time_from_match(m)
        if parsed is not None:
            return parsed
    return None


def _time_from_match(m: re.Match[str]) -> Parsed | None:
    groups = m.groupdict()
    ap = (groups.get("ap") or "").lower()[:1]
    if groups.get("hm"):
        digits = groups["hm"]
        if len(digits) == 3 and not ap:
            return None  # "700" without a meridiem is too often a count or an id
        hour, minute = int(digits[:-2]), int(digits[-2:])
        quality = 0.95  # military time is common on call sheets but also looks like a number
    else:
        hour, minute = int(groups["h"]), int(groups.get("m") or 0)
        quality = 1.0 if groups.get("m") else 0.85
    note = None
    if ap:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ap == "p" else 0)
    elif hour <= 12 and groups.get("h") and not groups.get("m"):
        quality = min(quality, 0.8)
    if hour > 23 or minute > 59:
        return None
    return Parsed(f"{hour:02d}:{minute:02d}", quality, note, m.start())


# --- dates -----------------------------------------------------------------------------------

_MONTHS_EN = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTHS_PL = {
    m: i + 1
    for i, names in enumerate(
        [
            ("stycznia", "styczeń", "styczen"),
            ("lutego", "luty"),
            ("marca", "marzec"),
            ("kwietnia", "kwiecień"),
            ("maja", "maj"),
            ("czerwca", "czerwiec"),
            ("lipca", "lipiec"),
            ("sierpnia", "sierpień"),
            ("września", "wrzesnia", "wrzesień"),
            ("października", "pazdziernika", "październik"),
            ("listopada", "listopad"),
            ("grudnia", "grudzień"),
        ]
    )
    for m in names
}
_WEEKDAYS = {
    **{d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday"))},
    "saturday": 5,
    "sunday": 6,
    **{d: i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
    **dict(zip(("poniedziałek", "wtorek", "środa", "czwartek", "piątek"), range(5), strict=True)),
    "sobota": 5,
    "niedziela": 6,
}
_MONTH_ALT = "|".join(sorted({*_MONTHS_EN, *_MONTHS_PL}, key=len, reverse=True))
_WD_RE = re.compile(r"(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.I)
_DATE_RES = (
    ("iso", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
    (
        "num",
        re.compile(
            r"(?<![\d.:/])(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d:])"
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
            re.I,
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<mon>{_MONTH_ALT})\.?,?\s+(?P<y>\d{{4}})\b",
            re.I,
        ),
    ),
)


def find_dates(text: str, *, us_order: bool | None = None) -> list[Parsed]:
    """Return every calendar date in ``text`` as ISO strings with parse quality.

    Parameters
    ----------
    text:
        Free text, one line or more.
    us_order:
        ``True`` for month-first numeric dates (US sheets), ``False`` for day-first, ``None``
        when the sheet gives no cue; a weekday printed beside the date overrides either.

    Returns
    -------
    list[Parsed]
        In order of appearance; overlapping matches are dropped.
    """
    hits: list[Parsed] = []
    taken: list[tuple[int, int]] = []
    for kind, regex in _DATE_RES:
        for m in regex.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            weekday = _weekday_before(text, m.start())
            parsed = _date_from_match(kind, m, weekday, us_order)
            if parsed is not None:
                hits.append(parsed)
                taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda p: p.start)


def _weekday_before(text: str, start: int) -> int | None:
    window = text[max(0, start - 14) : start]
    found = list(_WD_RE.finditer(window))
    if not found:
        return None
    return _WEEKDAYS[found[-1].group(1).lower()]


def _date_from_match(
    kind: str, m: re.Match[str], weekday: int | None, us_order: bool | None
) -> Parsed | None:
    g = m.groupdict()
    year = int(g["y"])
    year = year + 2000 if year < 100 else year
    if kind in ("mdy", "dmy"):
        month = _MONTHS_EN.get(g["mon"].lower()) or _MONTHS_PL.get(g["mon"].lower())
        candidates = [(year, month or 0, int(g["d"]))]
        quality = 1.0
    elif kind == "iso":
        candidates = [(year, int(g["m"]), int(g["d"]))]
        quality = 1.0
    else:
        a, b = int(g["a"]), int(g["b"])
        dmy, mdy = (year, b, a), (year, a, b)
        candidates = [mdy, dmy] if us_order else [dmy, mdy]
        quality = 0.95 if us_order is not None else 0.9
        if a <= 12 and b <= 12 and a != b:
            quality = 0.9 if us_order is not None else 0.4
    return _pick_date(candidates, weekday, quality, m.start())


def _pick_date(
    candidates: list[tuple[int, int, int]], weekday: int | None, quality: float, start: int
) -> Parsed | None:
    valid: list[dt.date] = []
    for y, mo, d in candidates:
        try:
            valid.append(dt.date(y, mo, d))
        except ValueError:
            continue
    if not valid:
        return None
    if len(valid) == 1 and quality < 0.9:
        quality = 0.95  # only one reading is a real date, so the order is settled
    if weekday is None:
        note = "day/month order is ambiguous" if quality < 0.5 else None
        return Parsed(valid[0].isoformat(), quality, note, start)
    agreeing = [d for d in valid if d.weekday() == weekday]
    if agreeing:
        return Parsed(agreeing[0].isoformat(), 1.0, None, start)
    return Parsed(valid[0].isoformat(), 0.3, "printed weekday does not match the date", start)


# --- phones and e-mail -----------------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def find_phones(text: str, region: str | None) -> list[str]:
    """Return E.164 numbers found in ``text``; without a region only ``+``-prefixed ones."""
    found: list[str] = []
    for match in phonenumbers.PhoneNumberMatcher(
        text, region or "ZZ", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        digits = len(str(match.number.national_number))
        if phonenumbers.is_possible_number(match.number) and digits >= 9:
            found.append(
                phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            )
    return found
