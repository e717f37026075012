"""Retention: the outbox keeps recent history and every dead letter, not every event forever,
and stopped service processes go after a while; stages prune their own tables with
``in_batches`` (their jobs, declared in their stage.py)."""

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


def prune_instances(*, older_than_days: int, batch: int = 5_000) -> int:
    """Delete rows of service processes that stopped (or were lost) ``older_than_days`` ago."""
    return _prune("service_instances_prune", "service_instances", older_than_days, batch)


def _prune(query: str, what: str, older_than_days: int, batch: int) -> int:
    total = in_batches(db.QUERIES[query], {"age": timedelta(days=older_than_days)}, batch)
    if total:
        log.info("pruned", table=what, count=total, older_than_days=older_than_days)
    return total


def in_batches(
    query: str, params: dict[str, Any], batch: int, *, actor: str = "core.retention"
) -> int:
    """Run ``query`` (SQL that takes ``limit`` rows) in transactions of its own until a short
    batch; returns the rows it changed in all."""
    total = 0
    while True:
        with db.transaction(actor=actor) as conn:
            changed = conn.execute(query, {**params, "limit": batch}).rowcount
        total += changed
        if changed < batch:
            return total
