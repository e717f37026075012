"""The route stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from pipeline import events
from pipeline.runtime.stage import Stage

STAGE = Stage(
    name="route",
    routes={
        events.SCHEDULE_CONFIRMED: ("route.plan_route",),
        events.SCHEDULE_MODIFIED: ("route.plan_route",),
        # new weather may change the plan's buffers (rain, snow, fog): plan again
        events.WEATHER_ASSESSED: ("route.plan_route",),
    },
    actor_modules=("pipeline.route.actors",),
)
