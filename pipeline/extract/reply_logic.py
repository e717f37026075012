"""Reading a reply to a review message (pure): which fields it corrects, whether it confirms or
cancels, and what could not be understood. Nothing is guessed: a line that is not understood
stops the whole reply, and the answer says so."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from pipeline.extract.logic import missing_to_plan

# The words a person may write before the colon, and the schedule column each corrects.
FIELD_WORDS: dict[str, str] = {
    "location": "location",
    "loc": "location",
    "set": "location",
    "set location": "location",
    "address": "location",
    "call": "call_time",
    "call time": "call_time",
    "crew call": "call_time",
    "unit call": "call_time",
    "date": "shooting_date",
    "shooting date": "shooting_date",
    "production": "production",
    "title": "production",
    "base": "base_location",
    "unit base": "base_location",
    # Polish crews answer in Polish
    "lokacja": "location",
    "miejsce": "location",
    "adres": "location",
    "godzina": "call_time",
    "data": "shooting_date",
    "produkcja": "production",
    "baza": "base_location",
}
# The word shown back for each column.
SHOWN = {
    "location": "location",
    "call_time": "call",
    "shooting_date": "date",
    "production": "production",
    "base_location": "base",
}
CONFIRM_WORDS = frozenset(
    {"ok", "okay", "yes", "confirm", "confirmed", "correct", "tak", "potwierdzam"}
)
CANCEL_WORDS = frozenset({"cancel", "cancelled", "canceled", "anuluj", "odwołane", "odwolane"})
# Courtesies that say nothing about the day: skipped, not "not understood".
COURTESIES = frozenset(
    {"hi", "hello", "thanks", "thank you", "thx", "cheers", "dzięki", "dziękuję"}
)

# Where the quoted message (or a signature) starts: nothing below is the person's answer.
_QUOTE_START = (
    re.compile(r"^>"),
    re.compile(r"^On .+wrote:\s*$", re.IGNORECASE),
    re.compile(r"^W dniu .+napisał.*:\s*$", re.IGNORECASE),
    re.compile(r"^-{2,}\s*(original message|forwarded message)", re.IGNORECASE),
    re.compile(r"^--\s*$"),
    re.compile(r"^sent from my ", re.IGNORECASE),
    re.compile(r"^reference:\s", re.IGNORECASE),
)
_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,20}?)\s*[:=]\s*(.*?)\s*$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


@dataclass(frozen=True)
class ReplyReading:
    """What a reply says."""

    changes: dict[str, Any] = field(default_factory=dict)
    confirm: bool = False
    cancel: bool = False
    understood: tuple[str, ...] = ()
    not_understood: tuple[str, ...] = ()


def answer_lines(body: str) -> list[str]:
    """The person's own lines: up to the quoted message or signature, blanks dropped."""
    lines = []
    for raw in body.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if any(p.match(line) for p in _QUOTE_START):
            break
        if line:
            lines.append(line)
    return lines


def parse_time(text: str) -> time | None:
    """'6:30', '06.30', '6h30', '6:30 pm', '7am' -> a time; None if it is not one."""
    match = _TIME.match(text.strip())
    if not match or (match.group(2) is None and match.group(3) is None):
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_date(text: str) -> date | None:
    """'2026-12-04' or '4.12.2026' -> a date; other forms (12/04: which is the month?) None."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _DOTTED_DATE.match(text)
    if match:
        try:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except ValueError:
            return None
    return None


def _value(column: str, text: str) -> Any:
    if column == "call_time":
        return parse_time(text)
    if column == "shooting_date":
        return parse_date(text)
    return text if len(text) >= 2 else None


def parse_reply(body: str) -> ReplyReading:
    """Read a reply: ``field: value`` lines, ``ok`` or ``cancel``; the rest is not understood."""
    changes: dict[str, Any] = {}
    understood: list[str] = []
    not_understood: list[str] = []
    confirm = cancel = False
    lines = answer_lines(body)
    for line in lines:
        word = line.lower().strip(" .!,")
        if word in COURTESIES:
            continue
        if word in CONFIRM_WORDS:
            confirm = True
            understood.append("ok: confirm what was read")
            continue
        if word in CANCEL_WORDS:
            cancel = True
            understood.append("cancel: the day is off")
            continue
        match = _LINE.match(line)
        column = FIELD_WORDS.get(" ".join(match.group(1).lower().split())) if match else None
        if match is None or column is None:
            not_understood.append(f'"{line}" (not a field we know, nor ok or cancel)')
            continue
        value = _value(column, match.group(2))
        if value is None:
            not_understood.append(f'"{line}" (not a {SHOWN[column]} we can read)')
        elif column in changes and changes[column] != value:
            not_understood.append(f'"{line}" ({SHOWN[column]} given twice, differently)')
        else:
            changes[column] = value
            understood.append(f"{SHOWN[column]}: {shown(value)}")
    if not lines:
        not_understood.append("the reply is empty (nothing above the quoted message)")
    if cancel and (changes or confirm):
        not_understood.append("cancel together with corrections or ok: which one is meant?")
    return ReplyReading(changes, confirm, cancel, tuple(understood), tuple(not_understood))


def shown(value: Any) -> str:
    """A value as the answer shows it."""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class ReplyDecision:
    """What to do with a reply; outcome is one of review_answers.outcome."""

    outcome: str
    changes: dict[str, Any] = field(default_factory=dict)
    understood: tuple[str, ...] = ()
    not_understood: tuple[str, ...] = ()
    note: str | None = None


# What to write for each field a planned day cannot go without (logic.NEEDED_TO_PLAN).
_EXAMPLES = {
    "call_time": ("crew call", "call: 6:30"),
    "location": ("set's location", "location: ..."),
}


def still_missing(missing: list[str]) -> str:
    """'The crew call is still missing: reply with a line like "call: 6:30".'"""
    names = " and the ".join(_EXAMPLES[k][0] for k in missing)
    lines = " and ".join(f'"{_EXAMPLES[k][1]}"' for k in missing)
    verb, like = ("are", "lines like") if len(missing) > 1 else ("is", "a line like")
    return f"The {names} {verb} still missing: reply with {like} {lines}."


def decide_reply(
    reading: ReplyReading, schedule: dict[str, Any] | None, reply_version: int, review_open: bool
) -> ReplyDecision:
    """Apply, confirm, cancel, or refuse (not understood, incomplete, stale) a reply.

    Parameters
    ----------
    reading:
        The parsed reply.
    schedule:
        The schedule the review was about, as it is now (None: gone).
    reply_version:
        The schedule version the answered message was about.
    review_open:
        Whether that version's review is still open.
    """
    kept = {"understood": reading.understood, "not_understood": reading.not_understood}
    if schedule is None or schedule["version"] != reply_version or not review_open:
        now = f"version {schedule['version']}, {schedule['status']}" if schedule else "gone"
        return ReplyDecision("stale", note=f"The day changed since that message (now {now}).",
                             **kept)  # fmt: skip
    if reading.not_understood:
        return ReplyDecision("not_understood", **kept)
    if reading.cancel:
        return ReplyDecision("cancelled", **kept)
    # what the day would be after the reply: it must have all a planned day needs (never a
    # guess: "ok" to a review whose call is missing confirms nothing)
    missing = missing_to_plan({**schedule, **reading.changes})
    if missing:
        return ReplyDecision("incomplete", note=still_missing(missing), **kept)
    if reading.changes:
        return ReplyDecision("applied", dict(reading.changes), **kept)
    if reading.confirm:
        return ReplyDecision("confirmed", **kept)
    return ReplyDecision("not_understood", note="The reply names no field, ok or cancel.", **kept)
