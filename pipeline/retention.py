"""Retention: the outbox keeps recent history and every dead letter, not every event forever."""

from __future__ import annotations

from datetime import timedelta

import structlog

from pipeline import db

log = structlog.get_logger("stillontime.retention")


def prune_events(*, older_than_days: int, batch: int = 5_000) -> int:
    """Delete dispatched events older than ``older_than_days`` whose deliveries all succeeded.

    Works in batches (each its own transaction) until a short one; returns how many went.
    """
    total = 0
    while True:
        with db.transaction(actor="core.retention") as conn:
            deleted = conn.execute(
                db.QUERIES["events_prune"],
                {"age": timedelta(days=older_than_days), "limit": batch},
            ).rowcount
        total += deleted
        if deleted < batch:
            break
    if total:
        log.info("pruned events", count=total, older_than_days=older_than_days)
    return total
