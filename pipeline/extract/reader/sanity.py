"""Check a read Day against what the world makes plausible; lower, warn, or fix for certain.

Each check is a small pure function returning ``Finding``s; ``apply`` folds them into the Day:
a corrected value when the fix is certain, a confidence ceiling on the doubtful field, and a
warning naming the field. A day whose fields all pass is returned unchanged.

Checks that need the page (crew call hours and wrap, title, label-word names) and checks that
can use the email's context (sun times, which fall back on the user's zone when the sheet does
not say where it is; the date against the sending date) are separate, so the extract stage can
cache a reading made without context and add the context checks per email (``recheck_json``,
which needs only the day's JSON). Every check is idempotent: running it again on its own
output finds nothing new.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pipeline.extract.reader import calendar_names
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.model import Contact, Day, Hospital, PageText, Place
from pipeline.extract.reader.scoring import overall
from pipeline.extract.reader.sun import expected_sun, sun_place
from pipeline.extract.reader.title import TITLE_SEPARATORS, tail_start
from pipeline.extract.reader.values import find_dates

DOUBT = 0.6  # ceiling for a field that fails a check: well below scoring.SAFE (0.85)
EARLIEST_CALL = dt.time(3, 0)  # dawn shoots call ~03:00 in summer
LATEST_CALL = dt.time(23, 0)  # night shoots call late afternoon to ~22:00
MIN_DAY_HOURS, MAX_DAY_HOURS = 1, 16  # call to wrap, counted forward across midnight
PAST_GRACE_DAYS = 1  # the email's UTC date may be a day off the sheet's local date
FAR_PAST_DAYS, FAR_FUTURE_DAYS = 60, 400  # a sheet goes out days, a schedule months ahead
PAST_CAP = 0.8  # a past day is worth a look, not a confident plan
FAR_CAP = 0.5


@dataclass(frozen=True)
class ReadContext:
    """What the email around a PDF tells about it."""

    sent: dt.date | None = None  # the email's date, in the user's zone
    timezone: str | None = None  # the user's IANA zone

    @classmethod
    def from_email(cls, received_at: dt.datetime | None, timezone: str | None) -> ReadContext:
        """The email's date in the user's zone (UTC for an unknown zone), and the zone."""
        try:
            zone = ZoneInfo(timezone) if timezone else None
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
        sent = None
        if received_at is not None:
            sent = (received_at.astimezone(zone) if zone else received_at).date()
        return cls(sent, timezone if zone is not None else None)


_KEEP = object()


@dataclass(frozen=True)
class Finding:
    """One failed check: the field, its confidence ceiling, why, and a certain fix if any."""

    field: str
    cap: float | None
    warning: str
    value: Any = _KEEP
    conf: float | None = None  # a value found from the context: its confidence, and the
    # field's earlier warnings ("not found") are dropped


# --- applying findings -----------------------------------------------------------------------


def check_day(
    day: Day, pages: Sequence[PageText] | None, context: ReadContext | None, wrap: str | None = None
) -> Day:
    """All checks; ``pages`` enables the wrap check (None for a schedule day), unless the
    printed ``wrap`` is given (the reader has it from the labels it already read)."""
    findings = [*sheet_findings(day, pages, wrap), *context_findings(day, context)]
    return apply(day, findings)


def sheet_findings(
    day: Day, pages: Sequence[PageText] | None, wrap: str | None = None
) -> list[Finding]:
    """Checks that need only the document: cacheable with its reading."""
    wrap = wrap or (wrap_time(pages) if pages else None)
    return [
        *call_findings(day.call_time, wrap),
        *title_findings(day.production),
        *label_name_findings(day),
    ]


def context_findings(day: Day, context: ReadContext | None) -> list[Finding]:
    """Checks that use the email's date or the user's zone (the sun check falls back on it)."""
    context = context or ReadContext()
    filled = yearless_findings(day, context.sent)
    date = filled[0].value if filled else day.shooting_date
    dated = replace(day, shooting_date=date)
    return [*sun_findings(dated, context.timezone), *filled, *date_findings(date, context.sent)]


def yearless_findings(day: Day, sent: dt.date | None) -> list[Finding]:
    """A date printed without a year takes the year that puts it nearest the email's date;
    the printed weekday must agree for the date to be trusted (dates.find_dates)."""
    if day.shooting_date or not day.date_text or sent is None:
        return []
    found = find_dates(day.date_text, reference=sent)
    if not found:
        return []
    parsed = found[0]
    why = f"shooting_date: year of '{day.date_text}' taken from the email's date {sent}"
    if parsed.note:
        why += f"; {parsed.note}"
    return [Finding("shooting_date", None, why, parsed.value, parsed.quality)]


def apply(day: Day, findings: Iterable[Finding]) -> Day:
    """Fold findings into ``day``; the overall confidence follows the lowered fields."""
    findings = list(findings)
    if not findings:
        return day
    changes: dict[str, Any] = {}
    conf = dict(day.field_confidence)
    found = {f.field for f in findings if f.conf is not None}
    for f in findings:
        if f.value is not _KEEP:
            changes[f.field] = f.value
        if f.conf is not None:
            conf[f.field] = f.conf
        if f.cap is not None and f.field in conf:
            conf[f.field] = min(conf[f.field], f.cap)
    kept = [w for w in day.warnings if not any(w.startswith(f"{k}:") for k in found)]
    warnings = tuple(dict.fromkeys([*kept, *(f.warning for f in findings)]))
    confidence = None
    if found:
        confidence = overall(conf)  # a field filled in: the day is rated anew
    elif conf != day.field_confidence:
        confidence = min(day.confidence, overall(conf))
    return replace(
        day,
        **changes,
        field_confidence=conf,
        warnings=warnings,
        confidence=day.confidence if confidence is None else confidence,
    )


def recheck_json(result: dict[str, Any], context: ReadContext | None) -> dict[str, Any]:
    """Add the context checks to a cached reading (``DocumentResult.to_json()``)."""
    days = []
    for raw in result.get("days", []):
        day = apply(_context_view(raw), context_findings(_context_view(raw), context))
        out = dict(raw)
        for key in ("sunrise", "sunset", "shooting_date"):
            out[key] = getattr(day, key)
        out["field_confidence"] = {k: round(v, 3) for k, v in day.field_confidence.items()}
        out["confidence"] = round(day.confidence, 3)
        out["warnings"] = list(day.warnings)
        days.append(out)
    return {**result, "days": days}


def _context_view(raw: dict[str, Any]) -> Day:
    """The fields the context checks read, from a day's JSON."""
    hosp = raw.get("hospital")
    return Day(
        production=raw.get("production"),
        shooting_date=raw.get("shooting_date"),
        location=raw.get("location"),
        locations=tuple(Place(p.get("name"), p.get("address")) for p in raw.get("locations") or []),
        base_location=raw.get("base_location"),
        hospital=Hospital(hosp.get("name"), hosp.get("address"), hosp.get("phone"))
        if hosp
        else None,
        sunrise=raw.get("sunrise"),
        sunset=raw.get("sunset"),
        contacts=tuple(
            Contact(c.get("name"), c.get("role"), c.get("department"), c.get("phone"), None)
            for c in raw.get("contacts") or []
        ),
        confidence=float(raw.get("confidence") or 0.0),
        field_confidence=dict(raw.get("field_confidence") or {}),
        warnings=tuple(raw.get("warnings") or ()),
        date_text=raw.get("date_text"),
    )


# --- crew call -------------------------------------------------------------------------------


def wrap_time(pages: Sequence[PageText]) -> str | None:
    """The printed wrap time, read by the reader's own labels and cells (fields.wrap_time)."""
    from pipeline.extract.reader.fields import Sheet  # fields imports nothing from here
    from pipeline.extract.reader.fields import wrap_time as printed_wrap

    return printed_wrap(Sheet(pages))


def _minutes(hhmm: str | None) -> int | None:
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", hhmm or "")
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


def call_findings(call: str | None, wrap: str | None) -> list[Finding]:
    """A crew call between 03:00 and 23:00, and 1-16 h before a printed wrap."""
    at = _minutes(call)
    if at is None:
        return []
    early, late = EARLIEST_CALL.hour * 60, LATEST_CALL.hour * 60
    if not early <= at <= late:
        return [Finding("call_time", DOUBT, f"call_time: {call} is outside plausible call hours")]
    end = _minutes(wrap)
    if end is None:
        return []
    length = (end - at) % (24 * 60)
    if not MIN_DAY_HOURS * 60 <= length <= MAX_DAY_HOURS * 60:
        why = f"call_time: {call} does not fit before the printed wrap {wrap}"
        return [Finding("call_time", DOUBT, why)]
    return []


# --- shooting date ---------------------------------------------------------------------------


def date_findings(shooting_date: str | None, sent: dt.date | None) -> list[Finding]:
    """A shooting date near the email's date: not in the past, not years ahead."""
    if not shooting_date or sent is None:
        return []
    try:
        day = dt.date.fromisoformat(shooting_date)
    except ValueError:
        return []
    ahead = (day - sent).days
    if ahead < -FAR_PAST_DAYS or ahead > FAR_FUTURE_DAYS:
        why = f"shooting_date: {shooting_date} is {abs(ahead)} days from the email's date {sent}"
        return [Finding("shooting_date", FAR_CAP, why)]
    if ahead < -PAST_GRACE_DAYS:
        why = f"shooting_date: {shooting_date} is {-ahead} days before the email was sent"
        return [Finding("shooting_date", PAST_CAP, why)]
    return []


# --- production title ------------------------------------------------------------------------


def title_findings(production: str | None) -> list[Finding]:
    """A title carrying a date, a time or 'day N of M'; the tail is cut when a title remains."""
    if not production:
        return []
    words = [norm(w) for w in production.split()]
    if sum(c.isalpha() for c in production) < 2 or all(
        w in calendar_names.WEEKDAYS or w in calendar_names.MONTHS for w in words
    ):
        return [Finding("production", DOUBT, f"production: '{production}' is not a title")]
    start = tail_start(production)
    if start is None:
        return []
    head = re.sub(r"\b(?:shoot(?:ing)?|call\s*sheet)\s*$", "", production[:start], flags=re.I)
    head = head.rstrip(TITLE_SEPARATORS)
    tail = production[start:]
    if sum(c.isalpha() for c in head) >= 2 and tail_start(head) is None:
        why = f"production: removed '{production[len(head) :].strip()}' after the title"
        return [Finding("production", 0.85, why, head)]
    return [Finding("production", DOUBT, f"production: '{tail}' in the title looks misread")]


# --- names that are label words --------------------------------------------------------------

LABEL_WORDS = frozenset(
    {
        "department",
        "emergency",
        "location",
        "locations",
        "hospital",
        "address",
        "set",
        "name",
        "phone",
        "tel",
        "contact",
        "base",
        "parking",
        "date",
        "time",
        "call",
        "notes",
        "directions",
        "a&e",
        "szpital",
        "adres",
        "oddział",
        "lokacja",
        "lokalizacja",
        "baza",
        "telefon",
        "kontakt",
    }
)


def is_label_word(name: str | None) -> bool:
    return bool(name) and len(name.split()) == 1 and norm(name) in LABEL_WORDS  # type: ignore[union-attr]


def label_name_findings(day: Day) -> list[Finding]:
    """A name that is a single label word ("Department") is a label read as a value."""
    named = [
        ("production", day.production),
        ("location", day.location),
        ("base_location", day.base_location),
        ("hospital", day.hospital.name if day.hospital else None),
        *(("locations", p.name) for p in day.locations),
        *(("contacts", c.name) for c in day.contacts),
    ]
    return [
        Finding(key, DOUBT, f"{key}: '{name}' is a label word, not a name")
        for key, name in named
        if is_label_word(name)
    ]


# --- sunrise and sunset ----------------------------------------------------------------------


def _gap(a: int, b: int) -> int:
    d = abs(a - b) % (24 * 60)
    return min(d, 24 * 60 - d)


def sun_findings(day: Day, user_zone: str | None) -> list[Finding]:
    """Sun times within tolerance of astral's; AM/PM swapped when that is certainly the fix."""
    if not (day.sunrise or day.sunset) or not day.shooting_date:
        return []
    try:
        date = dt.date.fromisoformat(day.shooting_date)
    except ValueError:
        return []
    place = sun_place(day, user_zone)
    expected = expected_sun(place, date) if place else None
    if place is None or expected is None:
        return []
    out = []
    printed_times = (("sunrise", day.sunrise, expected[0]), ("sunset", day.sunset, expected[1]))
    for key, printed, want in printed_times:
        got = _minutes(printed)
        if got is None or _gap(got, want) <= place.tolerance:
            continue
        flipped = (got + 12 * 60) % (24 * 60)
        if _gap(flipped, want) <= place.tolerance:
            fixed = f"{flipped // 60:02d}:{flipped % 60:02d}"
            due = f"the sun is due {_hhmm(want)} at {place.source}"
            why = f"{key}: {printed} corrected to {fixed} ({due})"
            out.append(Finding(key, None, why, fixed))
        else:
            why = f"{key}: {printed} is far from {_hhmm(want)}, expected at {place.source}"
            out.append(Finding(key, DOUBT, why))
    return out


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
