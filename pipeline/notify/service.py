"""What a notify message does: when the day is ready, build the summary and queue notifications."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import structlog

from pipeline import db
from pipeline.domain.dayplan import DayPlan
from pipeline.logs import HeldLines
from pipeline.notify import logic, store
from pipeline.notify import templates as t
from pipeline.notify.summary import build_summary

log = structlog.get_logger("stillontime.notify")


def prepare_schedule(schedule_id: uuid.UUID, *, now: datetime | None = None) -> str:
    """Build the summary and queue its notifications if the day is ready; returns the outcome.

    Idempotent: one transaction under a per-schedule lock; notifications are inserted once per
    idempotency key, so a repeated or concurrent message queues nothing twice.
    """
    now = now or datetime.now(UTC)
    held = HeldLines()
    with structlog.contextvars.bound_contextvars(schedule_id=str(schedule_id), stage="notify"):
        try:
            with db.transaction(actor="notify", flushed_by_delivery_end=True) as conn:
                return _prepare_locked(conn, schedule_id, now, held)
        finally:
            held.flush(log)  # after the transaction (and its locks) ended


def _prepare_locked(conn, schedule_id: uuid.UUID, now: datetime, log: HeldLines) -> str:
    store.lock_schedule(conn, schedule_id)
    inputs = store.load_inputs(conn, schedule_id)
    schedule = inputs["schedule"]
    if schedule is None:
        return "schedule gone"
    if schedule["status"] == "cancelled":
        return _cancelled(conn, schedule, inputs["summary"], log)
    if schedule["status"] == "reviewing":
        return _review(conn, schedule)
    reason = logic.readiness(schedule, inputs["route"], inputs["calendar"])
    if reason:
        log.info("summary not ready", reason=reason)
        return "waiting: " + reason
    return _build(conn, schedule, inputs, now, log)


def _build(
    conn, schedule: dict[str, Any], inputs: dict[str, Any], now: datetime, log: HeldLines
) -> str:
    plan = DayPlan.build(schedule, inputs["route"], inputs["weather"])
    calendar, previous = inputs["calendar"], inputs["summary"]
    if logic.up_to_date(previous, plan, calendar):
        return "up to date"
    language = schedule["language"]
    summary = build_summary(plan, language, calendar)
    previous_version = previous["schedule_version"] if previous else None
    changes: list[t.Change] = []
    if previous and previous["schedule_version"] < plan.version:
        changes = t.changes_between(previous["timeline"] or {}, summary.facts)
    elif previous and previous["schedule_version"] == plan.version:
        changes = [t.Change(**c) for c in previous.get("changes") or []]
    timeline = {**summary.facts, "calendar": calendar["sync_status"]}
    store.save_summary(
        conn,
        schedule,
        summary,
        timeline,
        plan.route_revision,
        plan.weather.revision if plan.weather else None,
        [c.to_json() for c in changes],
        now,
    )
    if previous_version is not None and previous_version < plan.version:
        # Reminders of the old version must not ring: the new ones replace them.
        store.cancel_stale(conn, schedule["id"], below_version=plan.version, only_scheduled=True)
    occasion = logic.Occasion(
        plan=plan,
        summary=summary,
        language=language,
        previous_version=previous_version,
        changes=tuple(changes),
        calendar=calendar,
        evening_time=schedule["evening_summary_time"],
        user_timezone=schedule["user_timezone"],
    )
    planned = logic.plan_notifications(occasion, store.channels(conn, schedule["user_id"]), now)
    queued = store.insert_notifications(conn, schedule, planned)
    log.info(
        "summary built",
        schedule_version=plan.version,
        changes=t.describe_changes(changes, "en") if changes else None,
        queued=queued,
    )
    return f"summary v{plan.version}, {queued} notifications queued"


def _cancelled(
    conn, schedule: dict[str, Any], summary: dict[str, Any] | None, log: HeldLines
) -> str:
    """Unsent notifications are cancelled; a user who was told about the day is told it is off
    (once per version: the notice is keyed)."""
    n = store.cancel_stale(conn, schedule["id"], below_version=None, only_scheduled=False)
    queued = 0
    if summary is not None:
        channels = store.channels(conn, schedule["user_id"])
        planned = logic.cancellation_notice(schedule, schedule["language"], channels)
        queued = store.insert_notifications(conn, schedule, planned)
    log.info("day cancelled", notifications_cancelled=n, queued=queued)
    return f"cancelled {n}, {queued} queued"


def _review(conn, schedule: dict[str, Any]) -> str:
    from pipeline.notify.review_loop import queue_review

    return f"review requested, {queue_review(conn, schedule)} queued"


def notify_processing_errors(*, now: datetime | None = None) -> int:
    """Queue ``processing_error`` for schedules whose stage ended in the dead letters (once)."""
    now = now or datetime.now(UTC)
    queued = 0
    with db.transaction(actor="notify") as conn:
        for schedule in store.schedules_with_errors(conn, now):
            planned = logic.error_notice(
                schedule,
                schedule["language"],
                schedule["last_error_stage"] or "pipeline",
                schedule["last_error"],
                store.channels(conn, schedule["user_id"]),
            )
            queued += store.insert_notifications(conn, schedule, planned)
    return queued
