"""The calendar stage's pure logic: the event of a day plan, its id, hash, alarms and the decision.

No I/O and no clock: the actor passes rows in and applies the decision.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pipeline.domain.dayplan import DayPlan, hhmm, labels
from pipeline.domain.schedules import ACTIVE
from pipeline.text import one_line, printable

# Google's limit on reminder overrides per event (also a CHECK on calendar_events).
MAX_REMINDERS = 5
# Google allows reminders at most four weeks before the start.
MAX_REMINDER_MINUTES = 40_320
# A heads-up this long before departure, besides the ones at wake-up and departure.
LEAVE_SOON = timedelta(minutes=15)
# The private extended property holding the hash of what we wrote (to notice a hand edit).
HASH_PROPERTY = "stillontimeHash"


def event_id_for(schedule_id: uuid.UUID) -> str:
    """The calendar event id of a schedule: base32hex characters (a-v, 0-9), 35 long.

    Derived from the schedule, so a repeated message can never make a second event.
    """
    return "sot" + schedule_id.hex


@dataclass(frozen=True)
class Reminder:
    """A popup this many minutes before the event's start (the departure)."""

    minutes: int
    label: str


@dataclass(frozen=True)
class EventContent:
    """What the calendar shows for one shooting day."""

    event_id: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    location: str
    description: str
    reminders: tuple[Reminder, ...]

    def content_hash(self) -> str:
        """A stable hash of everything the user sees."""
        return fields_hash(self.title, self.location, self.description, self.start, self.end)

    def reminders_json(self) -> list[dict[str, Any]]:
        return [{"method": "popup", "minutes": r.minutes, "label": r.label} for r in self.reminders]


def fields_hash(title: str, location: str, description: str, start: datetime, end: datetime) -> str:
    """sha256 of the visible fields, instants in UTC (so a time zone rewrite is no change)."""
    doc = [title or "", location or "", (description or "").strip(), _utc(start), _utc(end)]
    return hashlib.sha256(json.dumps(doc, ensure_ascii=False).encode()).hexdigest()


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def reminders_for(plan: DayPlan, language: str) -> tuple[Reminder, ...]:
    """Popups at wake-up, 15 minutes before departure and at departure (at most 5)."""
    lab = labels(language)
    before_start = int((plan.departure - plan.wake_up).total_seconds() // 60)
    wanted = [
        Reminder(before_start, f"{lab['wake_up']} {hhmm(plan.wake_up)}"),
        Reminder(int(LEAVE_SOON.total_seconds() // 60), f"{lab['departure']} -15 min"),
        Reminder(0, f"{lab['departure']} {hhmm(plan.departure)}"),
    ]
    seen: set[int] = set()
    out = []
    for reminder in wanted:
        if 0 <= reminder.minutes <= MAX_REMINDER_MINUTES and reminder.minutes not in seen:
            seen.add(reminder.minutes)
            out.append(reminder)
    return tuple(out[:MAX_REMINDERS])


def content_for(plan: DayPlan, language: str) -> EventContent:
    """The event of a day plan: departure to wrap (call + 10 h), in the set's time zone."""
    return EventContent(
        event_id=event_id_for(plan.schedule_id),
        # Shown by Google Calendar and written to the .ics: no control sequences.
        title=one_line(plan.title()),
        start=plan.departure,
        end=plan.wrap,
        timezone=plan.timezone,
        location=one_line(plan.location),
        description=printable("\n".join(plan.details(language))),
        reminders=reminders_for(plan, language),
    )


def google_body(content: EventContent) -> dict[str, Any]:
    """The Calendar API v3 event resource for ``content`` (insert or patch body)."""
    return {
        "id": content.event_id,
        "summary": content.title,
        "location": content.location,
        "description": content.description,
        "start": {"dateTime": content.start.isoformat(), "timeZone": content.timezone},
        "end": {"dateTime": content.end.isoformat(), "timeZone": content.timezone},
        "status": "confirmed",
        "transparency": "opaque",
        "reminders": {
            "useDefault": False,
            "overrides": [{"method": "popup", "minutes": r.minutes} for r in content.reminders],
        },
        "extendedProperties": {"private": {HASH_PROPERTY: content.content_hash()}},
    }


def edited_by_hand(remote: dict[str, Any]) -> bool:
    """True when an event we wrote no longer matches the hash we stamped on it.

    An event without our stamp (not written by us) counts as edited: it is not ours to overwrite.
    """
    stamp = ((remote.get("extendedProperties") or {}).get("private") or {}).get(HASH_PROPERTY)
    if not stamp:
        return True
    try:
        start = datetime.fromisoformat(remote["start"]["dateTime"])
        end = datetime.fromisoformat(remote["end"]["dateTime"])
    except (KeyError, TypeError, ValueError):
        return True
    seen = fields_hash(
        remote.get("summary") or "",
        remote.get("location") or "",
        remote.get("description") or "",
        start,
        end,
    )
    return seen != stamp


def overlapping(items: list[dict[str, Any]], content: EventContent) -> list[str]:
    """Titles of the user's other timed, busy events overlapping ``content``'s span."""
    out = []
    for item in items:
        if item.get("id") == content.event_id or item.get("status") == "cancelled":
            continue
        if item.get("transparency") == "transparent":
            continue
        start = (item.get("start") or {}).get("dateTime")
        end = (item.get("end") or {}).get("dateTime")
        if not start or not end:  # all-day events (birthdays, holidays) do not block a shoot
            continue
        if (
            datetime.fromisoformat(start) < content.end
            and datetime.fromisoformat(end) > content.start
        ):
            out.append(f"{item.get('summary') or '(untitled)'} {start[11:16]}-{end[11:16]}")
    return out


@dataclass(frozen=True)
class SyncDecision:
    """What a sync message should do: ``write`` the content, ``skip`` (with why), or ``cancel``."""

    action: str
    reason: str = ""
    content: EventContent | None = None
    plan: DayPlan | None = None


def decide(
    schedule: dict[str, Any] | None,
    route: dict[str, Any] | None,
    weather: dict[str, Any] | None,
    row: dict[str, Any] | None,
    *,
    language: str = "en",
    force: bool = False,
) -> SyncDecision:
    """Decide from the rows what a sync should do (idempotent: unchanged means skip)."""
    if schedule is None:
        return SyncDecision("skip", "schedule gone")
    if schedule["status"] == "cancelled":
        if row and row["status"] == "active":
            return SyncDecision("cancel", "schedule cancelled")
        return SyncDecision("skip", "schedule cancelled, no active event")
    if schedule["status"] not in ACTIVE:
        return SyncDecision("skip", f"schedule is {schedule['status']}")
    if route is None or route["schedule_version"] != schedule["version"]:
        return SyncDecision("skip", "no route plan for the schedule's current version")
    stale = weather and weather["schedule_version"] != schedule["version"]
    if stale and weather.get("status", "forecast") == "forecast":
        weather = None  # a forecast of an older version says nothing true about this one
    plan = DayPlan.build(schedule, route, weather)
    content = content_for(plan, language)
    if row and not force and row["schedule_version"] == schedule["version"]:
        same = row.get("content_hash") == content.content_hash() and row["status"] == "active"
        if same and row["sync_status"] in ("synced", "conflict"):
            return SyncDecision("skip", f"already {row['sync_status']} for this version")
    return SyncDecision("write", "", content, plan)
