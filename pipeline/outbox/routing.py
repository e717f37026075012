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
    # route: new weather may change the plan's buffers (rain, snow, fog), so it is planned again;
    # calendar: write the day on a route plan, patch it when the weather changes, cancel it;
    # notify: build the summary once route, weather and calendar match the schedule's version
    events.ROUTE_PLANNED: (Route.to("calendar.sync_event"), Route.to("notify.prepare_summary")),
    events.WEATHER_ASSESSED: (
        Route.to("route.plan_route"),
        Route.to("calendar.sync_event"),
        Route.to("notify.prepare_summary"),
    ),
    events.SCHEDULE_CANCELLED: (
        Route.to("calendar.sync_event"),
        Route.to("notify.prepare_summary"),
    ),
    events.CALENDAR_SYNCED: (Route.to("notify.prepare_summary"),),
    events.CALENDAR_CONFLICTED: (Route.to("notify.prepare_summary"),),
    events.SCHEDULE_REVIEW_REQUESTED: (Route.to("notify.prepare_summary"),),
    events.NOTIFICATION_QUEUED: (Route.to("notify.send_notification"),),
}


def routes_for(
    kind: str, routes: Mapping[str, tuple[Route, ...]] | None = None
) -> tuple[Route, ...]:
    """The routes of ``kind`` (none for a kind nobody consumes)."""
    return (ROUTES if routes is None else routes).get(kind, ())
