"""The route stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from pipeline import events
from pipeline.runtime.stage import Stage

STAGE = Stage(
    name="route",
    routes={
        # the plan needs the day's weather (rain, snow and fog move its buffers)
        events.WEATHER_ASSESSED: ("route.plan_route",),
    },
    actor_modules=("pipeline.route.actors",),
)
