"""Retention: the outbox keeps recent history and every dead letter, not every event forever;
finished notifications go after a while too (a pending or scheduled one is never touched)."""

from __future__ import annotations

from datetime import timedelta

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


def complete_past_days(*, grace_hours: int = 24, batch: int = 5_000) -> int:
    """Mark calendar events whose day ended more than ``grace_hours`` ago as completed."""
    total = 0
    while True:
        with db.transaction(actor="core.retention") as conn:
            done = conn.execute(
                db.QUERIES["calendar_events_complete_past"],
                {"grace": timedelta(hours=grace_hours), "limit": batch},
            ).rowcount
        total += done
        if done < batch:
            break
    if total:
        log.info("shooting days completed", count=total)
    return total


def _prune(query: str, what: str, older_than_days: int, batch: int) -> int:
    total = 0
    while True:
        with db.transaction(actor="core.retention") as conn:
            deleted = conn.execute(
                db.QUERIES[query], {"age": timedelta(days=older_than_days), "limit": batch}
            ).rowcount
        total += deleted
        if deleted < batch:
            break
    if total:
        log.info("pruned", table=what, count=total, older_than_days=older_than_days)
    return total
