"""The notify stage's pure logic: readiness, which notifications a summary brings, keys, backoff.

No I/O and no clock: rows and ``now`` come in, decision values go out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pipeline.domain.dayplan import DayPlan, hhmm
from pipeline.domain.schedules import ACTIVE
from pipeline.notify import templates as t
from pipeline.notify.summary import Summary

# A calendar event in one of these states has settled for its version.
CALENDAR_SETTLED = ("synced", "conflict")


@dataclass(frozen=True)
class ChannelRef:
    """A user's channel by name, and its kind (email, sms, push, local)."""

    name: str
    kind: str


# Where notifications go when the user configured nothing: files in the local outbox.
LOCAL = ChannelRef("local", "local")
# The review loop's channel: the user's own Gmail, to themselves (pipeline/notify/gmail.py).
GMAIL = ChannelRef("gmail", "email")


def can_send_gmail(grant: dict[str, Any] | None, send_scope: str) -> bool:
    """Whether a user's Google grant (oauth_tokens: status, scopes) may send their mail."""
    return bool(grant and grant["status"] == "active" and send_scope in grant["scopes"])


def idempotency_key(
    schedule_id: uuid.UUID, version: int, template: str, channel: str, extra: str = ""
) -> str:
    """(schedule, version, template, channel[, extra]): the same notice is never made twice."""
    key = f"{schedule_id}:v{version}:{template}:{channel}"
    return f"{key}:{extra}" if extra else key


def readiness(
    schedule: dict[str, Any] | None,
    route: dict[str, Any] | None,
    calendar: dict[str, Any] | None,
) -> str | None:
    """None when the calendar event settled (synced, or a conflict to report) for the route
    plan of the schedule's current version; else why not.

    Only a stale message needs this: notify runs after the calendar, which runs after the
    route, which runs after the weather (the straight path), so the weather is not waited for.
    """
    if schedule is None:
        return "schedule gone"
    if schedule["status"] not in ACTIVE:
        return f"schedule is {schedule['status']}"
    version = schedule["version"]
    if route is None or route["schedule_version"] != version:
        return "route plan not at the current version"
    if calendar is None or calendar["schedule_version"] != version:
        return "calendar event not at the current version"
    if calendar["status"] != "active" or calendar["sync_status"] not in CALENDAR_SETTLED:
        return f"calendar event is {calendar['status']}/{calendar['sync_status']}"
    return None


def up_to_date(previous: dict[str, Any] | None, plan: DayPlan, calendar: dict[str, Any]) -> bool:
    """True when the stored summary was built from exactly these inputs."""
    if previous is None:
        return False
    weather_revision = plan.weather.revision if plan.weather else None
    return (
        previous["schedule_version"] == plan.version
        and previous.get("route_revision") == plan.route_revision
        and previous.get("weather_revision") == weather_revision
        and (previous.get("timeline") or {}).get("calendar") == calendar.get("sync_status")
        and (previous.get("timeline") or {}).get("weather")
        == (plan.weather.line("en") if plan.weather else None)
    )


def retry_delay(retry_count: int, *, base_s: float, max_s: float) -> timedelta:
    """Exponential backoff: base, 2 base, 4 base... capped at ``max_s``."""
    return timedelta(seconds=min(max_s, base_s * (2 ** max(0, retry_count))))


def evening_before(plan: DayPlan, at: time, timezone: str) -> datetime:
    """The evening-before summary time: the day before the shoot at ``at`` in the user's zone."""
    return datetime.combine(plan.shooting_date - timedelta(days=1), at, tzinfo=ZoneInfo(timezone))


@dataclass(frozen=True)
class Planned:
    """A notification to insert (ON CONFLICT on its key: nothing, or a new time if pending)."""

    template: str
    channel: ChannelRef
    key: str
    subject: str
    message: str
    scheduled_for: datetime | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Occasion:
    """Why notify is building: the day, its summary and what came before."""

    plan: DayPlan
    summary: Summary
    language: str
    previous_version: int | None  # version of the summary before this one (None: first)
    changes: tuple[t.Change, ...]
    calendar: dict[str, Any]
    evening_time: time
    user_timezone: str


def values_for(plan: DayPlan) -> dict[str, Any]:
    """The values templates fill in."""
    return {
        "headline": plan.production
        + (f" day {plan.shooting_day}" if plan.shooting_day else "")
        + f" {plan.shooting_date.isoformat()}",
        "call": hhmm(plan.call),
        "wake_up": hhmm(plan.wake_up),
        "departure": hhmm(plan.departure),
        "arrival": hhmm(plan.arrival),
        "location": plan.location,
        "version": plan.version,
    }


def plan_notifications(
    occasion: Occasion, channels: list[ChannelRef], now: datetime
) -> list[Planned]:
    """Every notification this summary brings, for every channel.

    - the first summary of a schedule: ``schedule_processed``; a summary of a newer version:
      ``schedule_updated`` naming the changes;
    - ``weather_warning`` when the forecast warns (keyed by the weather revision too);
    - ``needs_review`` when the calendar event is in conflict;
    - scheduled: ``evening_summary``, ``wakeup_reminder``, ``departure_reminder`` (future only).
    """
    plan, lang = occasion.plan, occasion.language
    values = values_for(plan)
    items: list[tuple[str, str, datetime | None, dict[str, Any]]] = []
    summary_data = {"html": occasion.summary.html}
    if occasion.previous_version is None:
        items.append((t.SCHEDULE_PROCESSED, "", None, summary_data))
    elif occasion.previous_version < plan.version:
        values["changes"] = t.describe_changes(list(occasion.changes), lang)
        values["old_version"] = occasion.previous_version
        changes = [c.to_json() for c in occasion.changes]
        items.append((t.SCHEDULE_UPDATED, "", None, {**summary_data, "changes": changes}))
    if plan.weather and plan.weather.warnings:
        values["warnings"] = "; ".join(plan.weather.warnings)
        items.append((t.WEATHER_WARNING, f"w{plan.weather.revision}", None, {}))
    if occasion.calendar.get("sync_status") == "conflict":
        values["reason"] = occasion.calendar.get("last_error") or "calendar conflict"
        items.append((t.NEEDS_REVIEW, "calendar", None, {}))
    scheduled = [
        (t.EVENING_SUMMARY, evening_before(plan, occasion.evening_time, occasion.user_timezone)),
        (t.WAKEUP_REMINDER, plan.wake_up),
        (t.DEPARTURE_REMINDER, plan.departure),
    ]
    for template, at in scheduled:
        if at > now:
            items.append((template, "", at, summary_data if template == t.EVENING_SUMMARY else {}))
    out = []
    for template, extra, at, data in items:
        message = t.render(template, lang, values, occasion.summary.text, occasion.summary.html)
        for channel in channels:
            out.append(
                Planned(
                    template=template,
                    channel=channel,
                    key=idempotency_key(
                        plan.schedule_id, plan.version, template, channel.name, extra
                    ),
                    subject=message.subject,
                    message=message.text,
                    scheduled_for=at,
                    data={**data, "html": message.html} if message.html else dict(data),
                )
            )
    return out


def review_notice(
    schedule: dict[str, Any], language: str, reason: str, channels: list[ChannelRef]
) -> list[Planned]:
    """``needs_review`` for a schedule a person must look at (extraction in review)."""
    return _notice(t.NEEDS_REVIEW, "extract", schedule, language, {"reason": reason}, channels)


def cancellation_notice(
    schedule: dict[str, Any], language: str, channels: list[ChannelRef]
) -> list[Planned]:
    """``schedule_cancelled`` for a day the user was told about (once per version)."""
    return _notice(t.SCHEDULE_CANCELLED, "", schedule, language, {}, channels)


def error_notice(
    schedule: dict[str, Any], language: str, stage: str, reason: str, channels: list[ChannelRef]
) -> list[Planned]:
    """``processing_error`` for a schedule whose stage ended in the dead letters."""
    values = {"stage": stage, "reason": reason}
    return _notice(t.PROCESSING_ERROR, stage, schedule, language, values, channels)


def _notice(
    template: str,
    extra: str,
    schedule: dict[str, Any],
    language: str,
    values: dict[str, Any],
    channels: list[ChannelRef],
) -> list[Planned]:
    headline = f"{schedule.get('production') or 'Shooting day'} {schedule['shooting_date']}"
    message = t.render(template, language, {**values, "headline": headline})
    return [
        Planned(
            template=template,
            channel=channel,
            key=idempotency_key(schedule["id"], schedule["version"], template, channel.name, extra),
            subject=message.subject,
            message=message.text,
        )
        for channel in channels
    ]
