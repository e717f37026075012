"""The notify stage's actors."""

from __future__ import annotations

from pipeline.events import Event
from pipeline.notify.sending import send_notification as send_one
from pipeline.notify.service import prepare_schedule
from pipeline.runtime.actors import stage_actor


@stage_actor("notify.prepare_summary")
def prepare_summary(event: Event) -> None:
    """On calendar_synced and calendar_conflicted (the end of the straight path: weather, route,
    calendar), build the summary and queue its notifications; on schedule_cancelled, cancel
    them and tell the user; on schedule_review_requested, ask for the review (idempotent:
    each notification is keyed)."""
    if event.schedule_id is not None:
        prepare_schedule(event.schedule_id)


@stage_actor("notify.send_notification")
def send_notification(event: Event) -> None:
    """On notification_queued: send it if it is due now (scheduled ones wait for the
    scheduler's send_due_notifications); a failure is retried by that pass, with backoff."""
    send_one(event.subject_id)


@stage_actor("notify.report_unreadable")
def report_unreadable(event: Event) -> None:
    """On reading_failed: tell the user which email could not be read, and why (keyed once)."""
    from pipeline.notify.review_loop import report_unreadable as report

    report(event.subject_id)


@stage_actor("notify.answer_reply")
def answer_reply(event: Event) -> None:
    """On reply_answered: answer the user's reply in its thread (keyed once per reply)."""
    from pipeline.notify.review_loop import answer_reply as answer

    answer(event.subject_id)
