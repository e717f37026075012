"""Retention: the outbox keeps recent history and every dead letter, not every event forever;
finished notifications go after a while too (a pending or scheduled one is never touched)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import structlog

from pipeline import db

log = structlog.get_logger("stillontime.retention")


def prune_events(*, older_than_days: int, batch: int = 5_000) -> int:
    """Delete dispatched events older than ``older_than_days`` whose deliveries all succeeded.

    Works in batches (each its own transaction) until a short one; returns how many went.
    """
    return _prune("events_prune", "events", older_than_days, batch)


def prune_notifications(*, older_than_days: int, batch: int = 5_000) -> int:
    """Delete finished notifications whose last change is older than ``older_than_days``."""
    return _prune("notifications_prune", "notifications", older_than_days, batch)


def prune_instances(*, older_than_days: int, batch: int = 5_000) -> int:
    """Delete rows of service processes that stopped (or were lost) ``older_than_days`` ago."""
    return _prune("service_instances_prune", "service_instances", older_than_days, batch)


def complete_past_days(*, grace_hours: int = 24, batch: int = 5_000) -> int:
    """Mark calendar events whose day ended more than ``grace_hours`` ago as completed."""
    total = _in_batches("calendar_events_complete_past", {"grace": timedelta(hours=grace_hours)},
                        batch)  # fmt: skip
    if total:
        log.info("shooting days completed", count=total)
    return total


def _prune(query: str, what: str, older_than_days: int, batch: int) -> int:
    total = _in_batches(query, {"age": timedelta(days=older_than_days)}, batch)
    if total:
        log.info("pruned", table=what, count=total, older_than_days=older_than_days)
    return total


def _in_batches(query: str, params: dict[str, Any], batch: int) -> int:
    """Run ``query`` (which takes ``limit`` rows) in transactions of its own until a short
    batch; returns the rows it changed in all."""
    total = 0
    while True:
        with db.transaction(actor="core.retention") as conn:
            changed = conn.execute(db.QUERIES[query], {**params, "limit": batch}).rowcount
        total += changed
        if changed < batch:
            return total
