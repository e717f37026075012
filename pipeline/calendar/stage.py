"""The calendar stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from pipeline import events
from pipeline.runtime.scheduler import PeriodicJob
from pipeline.runtime.stage import Stage


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
)
