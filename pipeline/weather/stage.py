"""The weather stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from pipeline import events
from pipeline.runtime.scheduler import PeriodicJob
from pipeline.runtime.stage import Stage


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
    jobs=_jobs,
)
