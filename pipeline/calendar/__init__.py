"""The calendar stage: the shooting day as a Google Calendar event or an .ics file."""

from __future__ import annotations

from pipeline.calendar.logic import EventContent, content_for, decide, event_id_for

__all__ = ["EventContent", "content_for", "decide", "event_id_for"]
