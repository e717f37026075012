"""The calendar stage's periodic jobs (declared in stage.py, run by the scheduler)."""

from __future__ import annotations

from datetime import timedelta

import structlog

from pipeline.calendar.store import QUERIES
from pipeline.outbox.retention import in_batches
from pipeline.runtime.scheduler import PeriodicJob

log = structlog.get_logger("stillontime.retention")


def complete_past_days(*, grace_hours: int = 24, batch: int = 5_000) -> int:
    """Mark calendar events whose day ended more than ``grace_hours`` ago as completed."""
    total = in_batches(QUERIES["calendar_events_complete_past"],
                       {"grace": timedelta(hours=grace_hours)}, batch)  # fmt: skip
    if total:
        log.info("shooting days completed", count=total)
    return total


def jobs() -> list[PeriodicJob]:
    return [PeriodicJob("complete_past_days", 3600.0, complete_past_days)]
