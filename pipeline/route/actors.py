"""The route stage's actors."""

from __future__ import annotations

from pipeline import events
from pipeline.events import Event
from pipeline.route.service import plan_route as plan_schedule_route
from pipeline.runtime.actors import stage_actor


@stage_actor("route.plan_route")
def plan_route(event: Event) -> None:
    """On schedule_confirmed / schedule_modified / weather_assessed: (re)plan the day's route.

    Idempotent: a stale message or an unchanged plan writes nothing.
    """
    if event.schedule_id is None or event.user_id is None:
        return
    plan_schedule_route(event.schedule_id, event.user_id, event.schedule_version,
                        weather_only=event.kind == events.WEATHER_ASSESSED)  # fmt: skip
