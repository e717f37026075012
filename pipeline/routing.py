"""Which actors each event kind is sent to: the one place that says so."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pipeline import events


@dataclass(frozen=True)
class Route:
    """An actor, by name, and the queue it listens on (``<stage>.<verb>_<noun>`` on ``<stage>``)."""

    actor_name: str
    queue_name: str

    @classmethod
    def to(cls, actor_name: str) -> Route:
        return cls(actor_name, actor_name.split(".", 1)[0])


# Kinds without an entry are recorded and marked dispatched with nothing to send. The stage
# issues add their actors here as they land.
ROUTES: Mapping[str, tuple[Route, ...]] = {
    events.EMAIL_RECEIVED: (Route.to("extract.extract_email"),),
    events.SCHEDULE_CONFIRMED: (Route.to("route.plan_route"), Route.to("weather.assess_weather")),
    events.SCHEDULE_MODIFIED: (Route.to("route.plan_route"), Route.to("weather.assess_weather")),
    # New weather may change the plan's buffers (rain, snow, fog): the route is planned again.
    events.WEATHER_ASSESSED: (Route.to("route.plan_route"),),
}


def routes_for(
    kind: str, routes: Mapping[str, tuple[Route, ...]] | None = None
) -> tuple[Route, ...]:
    """The routes of ``kind`` (none for a kind nobody consumes)."""
    return (ROUTES if routes is None else routes).get(kind, ())
