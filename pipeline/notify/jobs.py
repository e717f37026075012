"""The notify stage's periodic jobs (declared in stage.py, run by the scheduler)."""

from __future__ import annotations

from datetime import timedelta

import structlog

from pipeline.notify.store import QUERIES
from pipeline.outbox.retention import in_batches
from pipeline.runtime.scheduler import PeriodicJob

log = structlog.get_logger("stillontime.retention")


def prune_notifications(*, older_than_days: int, batch: int = 5_000) -> int:
    """Delete finished notifications whose last change is older than ``older_than_days``
    (a pending or scheduled one is never touched)."""
    total = in_batches(QUERIES["notifications_prune"],
                       {"age": timedelta(days=older_than_days)}, batch)  # fmt: skip
    if total:
        log.info("pruned", table="notifications", count=total, older_than_days=older_than_days)
    return total


def jobs() -> list[PeriodicJob]:
    from pipeline.notify.sending import NotifySettings, send_due_notifications
    from pipeline.notify.service import notify_processing_errors
    from pipeline.settings import from_env, get_settings

    settings = get_settings()
    notify_settings = from_env(NotifySettings)
    return [
        PeriodicJob(
            "prune_notifications",
            3600.0,
            lambda: prune_notifications(older_than_days=settings.notification_retention_days),
        ),
        # Scheduled notifications (evening summary, wake-up, departure) and retries, once each.
        PeriodicJob(
            "send_due_notifications",
            notify_settings.send_due_every_s,
            lambda: send_due_notifications(settings=notify_settings),
        ),
        PeriodicJob("notify_processing_errors", 60.0, notify_processing_errors),
    ]
