"""The weather stage's actors."""

from __future__ import annotations

from pipeline.events import Event
from pipeline.runtime.actors import stage_actor
from pipeline.weather.service import assess_weather as assess_schedule_weather


@stage_actor("weather.assess_weather")
def assess_weather(event: Event) -> None:
    """On schedule_confirmed / schedule_modified: fetch and assess the day's forecast.

    Idempotent: a stale or repeated message writes nothing. Every new record, ``forecast``,
    ``unavailable`` or ``failed``, emits weather_assessed, which the route stage plans with
    (the straight path); the refresh job tries again.
    """
    if event.schedule_id is None or event.user_id is None:
        return
    assess_schedule_weather(event.schedule_id, event.user_id, event.schedule_version)
