"""The .ics form of a calendar event (icalendar): same content and alarms as the Google event."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event

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
    cal.add_missing_timezones()
    return cal.to_ical()
