"""Which actors each event kind is sent to, collected from the stages' declarations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline import events
from pipeline.runtime.stage import Stage
from pipeline.runtime.stages import stages


@dataclass(frozen=True)
class Route:
    """An actor, by name, and the queue it listens on (``<stage>.<verb>_<noun>`` on ``<stage>``)."""

    actor_name: str
    queue_name: str

    @classmethod
    def to(cls, actor_name: str) -> Route:
        return cls(actor_name, actor_name.split(".", 1)[0])


def build_routes(stages: Sequence[Stage]) -> dict[str, tuple[Route, ...]]:
    """Event kind -> its actors, from what each stage declares it consumes (in registry order)."""
    routes: dict[str, tuple[Route, ...]] = {}
    for stage in stages:
        for kind, actor_names in stage.routes.items():
            if kind not in events.EVENT_KINDS:
                raise ValueError(f"stage {stage.name} routes an unknown event kind {kind!r}")
            for actor_name in actor_names:
                if actor_name.split(".", 1)[0] != stage.name:
                    raise ValueError(f"stage {stage.name} routes {kind} to {actor_name}")
                # One delivery per event and actor: db/0029 writes a pass's rows in one statement
                if actor_name in (r.actor_name for r in routes.get(kind, ())):
                    raise ValueError(f"stage {stage.name} routes {kind} to {actor_name} twice")
                routes[kind] = (*routes.get(kind, ()), Route.to(actor_name))
    return routes


# Kinds without an entry are recorded and marked dispatched with nothing to send. Each stage
# declares the kinds it consumes (pipeline/<stage>/stage.py). Together they make one straight
# path per schedule version, each stage reading what the one before wrote:
#   schedule_confirmed | schedule_modified -> weather -> weather_assessed -> route
#   -> route_planned -> calendar -> calendar_synced | calendar_conflicted -> notify
# Weather always records something (a forecast, unavailable or failed), so the route never
# waits on it for nothing. Cancelled and review-requested schedules go straight to the stages
# that react: calendar cancels the event, notify cancels what is pending and tells the user.
ROUTES: Mapping[str, tuple[Route, ...]] = build_routes(stages())


def routes_for(
    kind: str, routes: Mapping[str, tuple[Route, ...]] | None = None
) -> tuple[Route, ...]:
    """The routes of ``kind`` (none for a kind nobody consumes)."""
    return (ROUTES if routes is None else routes).get(kind, ())
