"""The weather stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline import events
from pipeline.runtime.stage import CliCommand, Dashboard, Demo, Stage, queries_beside

if TYPE_CHECKING:  # a type only: the scheduler module loads psycopg and structlog
    from pipeline.runtime.scheduler import PeriodicJob


def _jobs() -> list[PeriodicJob]:
    from pipeline.weather.jobs import jobs

    return jobs()


STAGE = Stage(
    name="weather",
    routes={
        events.SCHEDULE_CONFIRMED: ("weather.assess_weather",),
        events.SCHEDULE_MODIFIED: ("weather.assess_weather",),
    },
    actor_modules=("pipeline.weather.actors",),
    # the time zone map's code imported once for all the worker processes (route's too)
    before_fork=("pipeline.weather.service:preload",),
    jobs=_jobs,
    cli=(CliCommand("weather", "pipeline.weather.cli:app", "Weather records."),),
    status_queries=("status_counts",),
    failure_queries=("status_recent_failures",),
    demo=Demo(rows={"weather": "demo_weather"}, lines="pipeline.weather.demo:lines"),
    queries=queries_beside(__file__),
    dashboard=Dashboard(day={"Weather": "dashboard_day"}),
)
