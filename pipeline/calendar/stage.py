"""The calendar stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline import events
from pipeline.runtime.stage import CliCommand, Dashboard, Demo, Stage, queries_beside

if TYPE_CHECKING:  # a type only: the scheduler module loads psycopg and structlog
    from pipeline.runtime.scheduler import PeriodicJob


def _jobs() -> list[PeriodicJob]:
    from pipeline.calendar.jobs import jobs

    return jobs()


STAGE = Stage(
    name="calendar",
    # write the day on a route plan, patch it when the weather changes, cancel it
    routes={
        events.ROUTE_PLANNED: ("calendar.sync_event",),
        events.SCHEDULE_CANCELLED: ("calendar.sync_event",),
    },
    actor_modules=("pipeline.calendar.actors",),
    jobs=_jobs,
    cli=(CliCommand("calendar", "pipeline.calendar.cli:app", "Calendar events."),),
    status_queries=("status_counts",),
    failure_queries=("status_recent_failures",),
    demo=Demo(rows={"calendar": "demo_calendar_events"}, lines="pipeline.calendar.demo:lines"),
    queries=queries_beside(__file__),
    dashboard=Dashboard(day={"Calendar event": "dashboard_day"}),
)
