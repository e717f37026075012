"""The route stage's actors."""

from __future__ import annotations

from pipeline.events import Event
from pipeline.route.service import plan_route as plan_schedule_route
from pipeline.runtime.actors import stage_actor


@stage_actor("route.plan_route")
def plan_route(event: Event) -> None:
    """On weather_assessed (the straight path: weather, then route): plan the day's route with
    its weather, or carry a new forecast that moves no buffer onto the plan.

    Idempotent: a stale or repeated message, or an unchanged plan, writes nothing.
    """
    if event.schedule_id is None or event.user_id is None:
        return
    plan_schedule_route(event.schedule_id, event.user_id, event.schedule_version)
