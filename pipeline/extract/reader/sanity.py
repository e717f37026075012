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
from pipeline.extract.reader.field_sheet import am_sunset
from pipeline.extract.reader.label_gloss import hospital_label_words
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.model import CRITICAL_FIELDS, Contact, Day, Hospital, PageText, Place
from pipeline.extract.reader.parsed import iso_date
from pipeline.extract.reader.scoring import overall
from pipeline.extract.reader.sun import SunPlace, expected_sun, sun_place, sun_span
from pipeline.extract.reader.title import TITLE_SEPARATORS, tail_start, weekday_of_title
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
    day: Day,
    pages: Sequence[PageText] | None,
    context: ReadContext | None,
    wrap: str | None = None,
    lines: Sequence[str] = (),
) -> Day:
    """All checks; ``pages`` enables the wrap check (None for a schedule day), unless the
    printed ``wrap`` is given (the reader has it from the labels it already read); the page's
    ``lines`` show a name that ends its label ("Nearest hospital ashore:")."""
    findings = [*sheet_findings(day, pages, wrap, lines), *context_findings(day, context)]
    return apply(day, findings)


def sheet_findings(
    day: Day, pages: Sequence[PageText] | None, wrap: str | None = None, lines: Sequence[str] = ()
) -> list[Finding]:
    """Checks that need only the document: cacheable with its reading."""
    wrap = wrap or (wrap_time(pages) if pages else None)
    return [
        *call_findings(day.call_time, wrap),
        *title_findings(day.production, lines),
        *label_name_findings(day, lines),
        *repeated_place_findings(day),
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
    the printed weekday must agree for the date to be trusted (dates.find_dates). The e-mail's
    date wins over a year the reader guessed from the file's own date (the day then keeps its
    ``date_text``)."""
    if not day.date_text or sent is None:
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
    if found & set(CRITICAL_FIELDS):
        confidence = overall(conf)  # a core field filled in: the day is rated anew
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
    day = iso_date(shooting_date)
    if day is None:
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


def title_findings(production: str | None, lines: Sequence[str] = ()) -> list[Finding]:
    """A title carrying a date, a time or 'day N of M'; the tail is cut when a title remains.
    A weekday the title ends on is its own word when the page prints the title whole twice
    (title.weekday_of_title: 'Big 12 Saturday' in its heading and its running footer)."""
    if not production or weekday_of_title(production, list(lines)):
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


def label_name_findings(day: Day, lines: Sequence[str] = ()) -> list[Finding]:
    """A name that is a single label word ("Department"), or the last word of a label on the
    page ("ashore" of "Nearest hospital ashore:"), is a label read as a value."""
    named = [
        ("production", day.production),
        ("location", day.location),
        ("base_location", day.base_location),
        ("hospital", day.hospital.name if day.hospital else None),
        *(("locations", p.name) for p in day.locations if p.address is None),
        *(("contacts", c.name) for c in day.contacts),
    ]
    out = _unnamed_sets(day)
    for key, name in named:
        if is_label_word(name):
            out.append(Finding(key, DOUBT, f"{key}: '{name}' is a label word, not a name"))
        elif key == "hospital" and name and hospital_label_words(name):
            # 'TRAUMA UNIT', 'Krankenhaus': the label's words (its gloss), no hospital's name
            out.append(Finding(key, DOUBT, f"{key}: '{name}' is a label's words, not a name"))
        elif name and (label := label_ending_in(name, lines)):
            why = f"{key}: '{name}' is the end of the label '{label}', not a name"
            out.append(Finding(key, DOUBT, why))
    return out


def repeated_place_findings(day: Day) -> list[Finding]:
    """A set whose address says one part twice ('Hoyt Sherman Place, Hoyt Sherman Place'): a
    table column's rows read as an address's lines, the venue's name where its street belongs.
    Which street, a person can tell."""
    address = day.location
    if not address:
        return []
    parts = [norm(p) for p in address.split(",") if p.strip()]
    if len(parts) == len(set(parts)):
        return []
    why = f"location: '{address}' says one part twice (a name where the street belongs?)"
    return [Finding("location", DOUBT, why), Finding("locations", DOUBT, why)]


def _unnamed_sets(day: Day) -> list[Finding]:
    """A set read with its address under a label word as its name ("ADRES"): the address is
    the set, the word names nothing. The name is dropped, which is certain, and said."""
    words = [p.name for p in day.locations if p.address and is_label_word(p.name)]
    if not words:
        return []
    places = tuple(
        Place(None, p.address) if p.address and is_label_word(p.name) else p for p in day.locations
    )
    said = ", ".join(f"'{w}'" for w in dict.fromkeys(words))
    return [Finding("locations", None, f"locations: {said} is a label word: name dropped", places)]


def label_ending_in(name: str, lines: Sequence[str]) -> str | None:
    """The label on the page whose last word is the one-word ``name``: words before it, and
    a colon straight after it ("Nearest hospital ashore:")."""
    if len(name.split()) != 1 or not lines:
        return None
    pattern = re.compile(rf"([^\W\d][\w&'./ -]*?)\s+{re.escape(name)}\s*:", re.I)
    for line in lines:
        if m := pattern.search(line):
            return f"{m.group(1).strip()} {name}:"
    return None


# --- sunrise and sunset ----------------------------------------------------------------------


def _gap(a: int, b: int) -> int:
    d = abs(a - b) % (24 * 60)
    return min(d, 24 * 60 - d)


# Where the place is unknown: the local clock times a sun can rise or set at, anywhere crews
# film outside the polar circles (Bodø rises near noon in December, Kashgar near 10:00 on
# Beijing time; northern summers set near midnight).
ANYWHERE = {"sunrise": (60, 13 * 60), "sunset": (11 * 60 + 30, 24 * 60)}
_OTHER_SUN = {"sunrise": "sunset", "sunset": "sunrise"}
SLIP_FIXED = 0.8  # a sunset printed AM and put right by astral's: shown, flagged for a look
SURE_GAP = 15  # minutes: a swap this near astral's time, twice nearer than an AM/PM slip
_YEAR_SAMPLES = tuple((m, d) for m in range(1, 13) for d in (1, 11, 21))


def sun_findings(day: Day, user_zone: str | None) -> list[Finding]:
    """Sun times near astral's for the sheet's date and place; the fix where it is certain.

    With a date and a place each time is checked against that day's sunrise or sunset; a
    sunrise that is the day's sunset (or the reverse) moves to its field, and a time 12 h off
    is an AM/PM slip, each only when no other reading fits as well. Without a date, the
    place's sunrises or sunsets over the year bound it; without a place, the hours a sun rises
    or sets anywhere do. A time outside them is doubted and the warning says why. A sunset
    printed before 04:00 with an AM marker, which the finder kept out and named in a warning
    (field_sheet.am_sunset), is put right when 12 h later fits that day's sunset there (the
    place, else the user's zone), at a confidence that says it was corrected (SLIP_FIXED).
    """
    am_set = am_sunset(day.warnings) if day.sunset is None else None
    if not (day.sunrise or day.sunset or am_set):
        return []
    date = iso_date(day.shooting_date)
    place = sun_place(day, user_zone)
    if place is None:
        return _anywhere_findings(day)
    if date is None:
        return _yearly_findings(day, place)
    expected = expected_sun(place, date)
    if expected is None:
        return []  # no sunrise or sunset that day (polar)
    want = {"sunrise": expected[0], "sunset": expected[1]}
    printed = {"sunrise": day.sunrise, "sunset": day.sunset}
    span = sun_span(place, date)  # a place known only by its country: anywhere in it

    def fits(key: str, minutes: int) -> bool:
        early, late = span.get(key, (want[key], want[key]))
        return _gap(minutes, want[key]) <= place.tolerance or early <= minutes <= late

    due = f"the sun is due {_hhmm(want['sunrise'])} / {_hhmm(want['sunset'])} at {place.source}"
    out: list[Finding] = []
    for key, other in _OTHER_SUN.items():
        got = _minutes(printed[key])
        if got is None or fits(key, got):
            continue
        flipped = (got + 12 * 60) % (24 * 60)
        other_got = _minutes(printed[other])
        # the time belongs to the other field, which is empty or holds this field's time
        swapped = fits(other, got) and (other_got is None or fits(key, other_got))
        slipped = fits(key, flipped)
        if swapped and slipped:
            # near an equinox a sunset is also a sunrise's AM/PM slip: the slip unless the
            # swap is far nearer astral's time
            by_swap, by_slip = _gap(got, want[other]), _gap(flipped, want[key])
            swapped = by_swap <= min(SURE_GAP, by_slip / 2)
            slipped = not swapped
        if swapped:
            out.extend(_swap(day, key, other, due))
            break  # both fields are settled
        if slipped:
            fixed = _hhmm(flipped)
            why = f"{key}: {printed[key]} corrected to {fixed} ({due})"
            out.append(Finding(key, None, why, fixed))
        else:
            far = f"{_hhmm(want[key])}, expected at {place.source}"
            out.append(Finding(key, DOUBT, f"{key}: {printed[key]} is far from {far}"))
    if (
        am_set is not None
        and not any(f.field == "sunset" for f in out)
        and (got := _minutes(am_set)) is not None
    ):
        # 'Sunset 3:52 AM', kept out by the finder: PM for AM when astral's sunset says so
        flipped = (got + 12 * 60) % (24 * 60)
        if fits("sunset", flipped):
            fixed = _hhmm(flipped)
            why = f"sunset: printed {am_set} (AM), corrected to {fixed} ({due})"
            out.append(Finding("sunset", None, why, fixed, SLIP_FIXED))
    return out


def _swap(day: Day, key: str, other: str, due: str) -> list[Finding]:
    """``key``'s time is ``other``'s: move it there (and ``other``'s here, when it has one)."""
    value, back = getattr(day, key), getattr(day, other)
    conf = day.field_confidence
    why = f"{key}: {value} is the {other}, moved there ({due})"
    if back is None:
        return [
            Finding(key, None, why, None, 0.0),
            Finding(other, None, why, value, conf.get(key, 0.0)),
        ]
    why = f"{key}: {value} and {other}: {back} were swapped ({due})"
    return [
        Finding(key, None, why, back, conf.get(other, 0.0)),
        Finding(other, None, why, value, conf.get(key, 0.0)),
    ]


def _yearly_findings(day: Day, place: SunPlace) -> list[Finding]:
    """Without a date: a sun time no day of the year at ``place`` has is doubted; a sunrise
    that only a sunset can be, with no sunset read, moves there doubted."""
    year = _year_of_sun(place)
    if not year["sunrise"]:
        return []

    def fits(key: str, minutes: int) -> bool:
        return any(_gap(minutes, t) <= place.tolerance for t in year[key])

    out: list[Finding] = []
    for key, other in _OTHER_SUN.items():
        printed = getattr(day, key)
        got = _minutes(printed)
        if got is None or fits(key, got):
            continue
        where = f"no {key} at {place.source} in the year is near it; the date is not known"
        if fits(other, got) and getattr(day, other) is None:
            why = f"{key}: {printed} looks like the {other}, moved there ({where})"
            conf = min(day.field_confidence.get(key, 0.0), DOUBT)
            out += [Finding(key, None, why, None, 0.0), Finding(other, DOUBT, why, printed, conf)]
            break
        out.append(Finding(key, DOUBT, f"{key}: {printed} is doubtful ({where})"))
    return out


def _year_of_sun(place: SunPlace) -> dict[str, list[int]]:
    """Sunrises and sunsets at ``place`` through a year (three days a month, both clocks)."""
    found = (expected_sun(place, dt.date(2026, m, d)) for m, d in _YEAR_SAMPLES)
    days = [e for e in found if e is not None]
    return {"sunrise": [e[0] for e in days], "sunset": [e[1] for e in days]}


def _anywhere_findings(day: Day) -> list[Finding]:
    """Without a place: a time no sun rises (or sets) at on any clock is doubted."""
    out = []
    for key, (early, late) in ANYWHERE.items():
        printed = getattr(day, key)
        got = _minutes(printed)
        if got is not None and not early <= got <= late:
            why = f"{key}: {printed} is not a {key} time anywhere (the place is not known)"
            out.append(Finding(key, DOUBT, why))
    return out


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
