"""What the stages after extraction ask of a schedule before working on it (pure logic)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# A schedule the crew works from: planned, put in the calendar, announced.
ACTIVE = ("confirmed", "modified")


def not_workable(schedule: Mapping[str, Any] | None, event_version: int | None) -> str | None:
    """Why a message about ``schedule`` needs no work: the schedule is gone or not active, or
    the message is about an older version (a newer one has its own). None: go ahead."""
    if schedule is None:
        return "schedule gone"
    if schedule["status"] not in ACTIVE:
        return f"schedule is {schedule['status']}"
    if event_version is not None and event_version < schedule["version"]:
        return f"stale message (version {event_version} < {schedule['version']})"
    return None
