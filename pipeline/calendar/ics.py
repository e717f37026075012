"""The .ics form of a calendar event (icalendar): same content and alarms as the Google event."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache

from icalendar import Alarm, Calendar, Event, Timezone

from pipeline.calendar.logic import EventContent
from pipeline.text import one_line, printable

PRODID = "-//StillOnTime//calendar stage//EN"
# UIDs are global: the event id plus our domain-like suffix.
UID_SUFFIX = "@stillontime"


def ics_bytes(content: EventContent, *, sequence: int, stamp: datetime, cancelled: bool) -> bytes:
    """A VCALENDAR with one VEVENT (and its VALARMs), times in the set's time zone.

    ``stamp`` is DTSTAMP (the caller's clock); ``sequence`` grows with every write, so a
    subscribed calendar app takes the newer one.
    """
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "StillOnTime")
    event = Event()
    event.add("uid", content.event_id + UID_SUFFIX)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    # Text from call sheets: no control sequence reaches the file (or a terminal that cats it).
    event.add("summary", one_line(content.title))
    event.add("dtstart", content.start)
    event.add("dtend", content.end)
    event.add("location", one_line(content.location))
    event.add("description", printable(content.description))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("x-stillontime-hash", content.content_hash())
    if not cancelled:
        for reminder in content.reminders:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", one_line(reminder.label))
            alarm.add("trigger", -timedelta(minutes=reminder.minutes))
            event.add_component(alarm)
    cal.add_component(event)
    return with_timezones(cal)


def with_timezones(cal: Calendar) -> bytes:
    """``cal.add_missing_timezones(); cal.to_ical()``, byte for byte, with each VTIMEZONE
    written once per process: a zone's component lists every transition from 1970 to 2038, and
    building and writing it took most of a write's time (4 ms of CPU on each calendar sync)."""
    body = _to_ical(cal)
    zones = b"".join(_vtimezone(tzid) for tzid in sorted(cal.get_missing_tzids()))
    if not zones:
        return body
    # add_missing_timezones puts them after the calendar's own timezones (none here), before
    # every other component.
    first = body.index(b"BEGIN:", len(b"BEGIN:VCALENDAR"))
    return body[:first] + zones + body[first:]


def _to_ical(cal: Calendar) -> bytes:
    """``cal.to_ical()``, byte for byte, its long lines folded by ``fold``: icalendar folds a
    line one character at a time (an encode each), which took half of a write's time on a
    day's description (about 0.7 ms of the 1.5 a sync spent on the file)."""
    return b"\r\n".join(fold(line).encode() for line in cal.content_lines() if line) + b"\r\n"


# icalendar's own fold (parser/string.py ``_foldline``): a line is cut before the character
# that would bring it to ``limit`` octets, and an escape character (``\`` or ``^``) that would
# end a cut line moves to the next one, so an escape sequence is never split.
_ESCAPES = "\\^"


def fold(line: str, limit: int = 75, sep: str = "\r\n ") -> str:
    """``line`` folded as icalendar folds it (RFC 5545: lines of fewer than ``limit`` octets),
    a slice at a time instead of a character at a time."""
    if len(line.encode()) < limit:
        return line  # nothing to cut: every character fits
    parts: list[str] = []
    start = 0
    if line.isascii():  # a character an octet: a cut every limit - 1 characters
        step = limit - 1
        while len(line) - start > step:
            at = start + step
            cut = at - 1 if step > 1 and line[at - 1] in _ESCAPES else at
            parts.append(line[start:cut])
            start = cut
        parts.append(line[start:])
        return sep.join(parts)
    used = 0
    for at, char in enumerate(line):
        size = 1 if char < "\x80" else 2 if char < "\u0800" else 3 if char < "\U00010000" else 4
        if at > start and used + size >= limit:
            if at - start > 1 and line[at - 1] in _ESCAPES:
                parts.append(line[start : at - 1])
                start, used = at - 1, 1  # an escape character is one octet
            else:
                parts.append(line[start:at])
                start, used = at, 0
        used += size
    parts.append(line[start:])
    return sep.join(parts)


@lru_cache(maxsize=64)
def _vtimezone(tzid: str) -> bytes:
    """The zone's VTIMEZONE as add_missing_timezones adds it (nothing for a zone icalendar does
    not know, which it leaves out too)."""
    try:
        return Timezone.from_tzid(tzid).to_ical()
    except ValueError:
        return b""
