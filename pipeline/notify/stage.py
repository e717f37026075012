"""The notify stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline import events
from pipeline.runtime.checks import Check
from pipeline.runtime.stage import (
    CliCommand,
    Dashboard,
    Demo,
    SecretRotation,
    Stage,
    queries_beside,
)

if TYPE_CHECKING:  # a type only: the scheduler module loads psycopg and structlog
    from pipeline.runtime.scheduler import PeriodicJob


def _rotate_channel_urls(conn: Any, vault: Any) -> int:
    from pipeline.notify.store import rotate_channel_urls

    return rotate_channel_urls(conn, vault)


def _jobs() -> list[PeriodicJob]:
    from pipeline.notify.jobs import jobs

    return jobs()


STAGE = Stage(
    name="notify",
    # build the summary once route, weather and calendar match the schedule's version
    routes={
        events.SCHEDULE_CANCELLED: ("notify.prepare_summary",),
        events.CALENDAR_SYNCED: ("notify.prepare_summary",),
        events.CALENDAR_CONFLICTED: ("notify.prepare_summary",),
        events.SCHEDULE_REVIEW_REQUESTED: ("notify.prepare_summary",),
        events.NOTIFICATION_QUEUED: ("notify.send_notification",),
        # the review loop (issue 17): an email that ended without a day, a reply answered
        events.READING_FAILED: ("notify.report_unreadable",),
        events.REPLY_ANSWERED: ("notify.answer_reply",),
    },
    actor_modules=("pipeline.notify.actors",),
    jobs=_jobs,
    cli=(CliCommand("notifications", "pipeline.notify.cli:app", "Notifications and channels."),),
    checks=(Check("channels", "pipeline.notify.checks:channels"),),
    status_queries=("status_counts",),
    failure_queries=("status_recent_failures",),
    demo=Demo(
        rows={"summaries": "demo_summaries", "notifications": "demo_notifications"},
        lines="pipeline.notify.demo:lines",
    ),
    queries=queries_beside(__file__),
    dashboard=Dashboard(
        day={"Summary": "dashboard_day_summary", "Notifications": "dashboard_day_notifications"}
    ),
    secret_rotations=(SecretRotation("channel URLs", _rotate_channel_urls),),
)
