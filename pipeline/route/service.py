"""Planning one schedule's route: read, locate, measure, compute, write (idempotent)."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import structlog

from pipeline import db
from pipeline.domain.schedules import not_workable
from pipeline.outside.geocode import Geocoder, Place, offline_place, timezone_of
from pipeline.outside.webclient import ProviderError, ResponseCache
from pipeline.route import logic, store
from pipeline.route.providers import (
    OfflineRoutes,
    RouteProvider,
    RouteSettings,
    build_provider,
)

log = structlog.get_logger("stillontime.route")

ACTOR = "route"


@dataclass(frozen=True)
class RouteOutcome:
    """What planning did: inserted, updated, unchanged or skipped (with the reason)."""

    action: str
    revision: int | None = None
    reason: str | None = None


def plan_route(
    schedule_id: uuid.UUID,
    user_id: uuid.UUID,
    event_version: int | None = None,
    *,
    weather_only: bool = False,
    now: datetime | None = None,
) -> RouteOutcome:
    """Compute the schedule's plan and write it if it is new or changed.

    Safe to run twice and out of order: a stale message, or a plan identical to the stored
    one, changes nothing. ``weather_only`` (the message is new weather): plan again only if
    the weather moves a buffer.
    """
    with db.transaction(actor=ACTOR, user_id=user_id) as conn:
        schedule = store.schedule_for_route(conn, schedule_id)
        weather = store.travel_conditions(conn, schedule_id)
        current = store.current_plan(conn, schedule_id) if weather_only else None
    reason = not_workable(schedule, event_version)
    if reason is None and weather_only:
        conditions = logic.travel_conditions_for(schedule["version"], weather)
        if not logic.weather_changes_plan(current, schedule["version"], conditions):
            reason = "the weather changes no buffer"
    if reason:
        log.info("route not planned", reason=reason)
        return RouteOutcome("skipped", reason=reason)
    plan = compute(schedule, weather, now or datetime.now(UTC))
    with db.transaction(actor=ACTOR, user_id=user_id) as conn:
        current = store.lock_plan(conn, schedule_id)
        latest = store.schedule_version(conn, schedule_id)
        if latest is None or (latest["version"], latest["status"]) != (
            schedule["version"],
            schedule["status"],
        ):
            return RouteOutcome("skipped", reason="schedule changed while planning")
        # A weather revision recorded while this plan was made has its own weather_assessed
        # message, which plans with it: this plan, older, must not overwrite that one.
        if revision_of(store.travel_conditions(conn, schedule_id)) != revision_of(weather):
            return RouteOutcome("skipped", reason="weather changed while planning")
        decision = logic.decide_write(plan, schedule["version"], current)
        if decision.action != "unchanged":
            store.write_plan(
                conn, plan, action=decision.action, user_id=user_id, schedule_id=schedule_id,
                schedule_version=schedule["version"], revision=decision.revision,
            )  # fmt: skip
    log.info("route planned", action=decision.action, revision=decision.revision,
             provider=plan.provider, wake_up=logic.hhmm(plan.wake_up, plan.timezone),
             departure=logic.hhmm(plan.departure, plan.timezone),
             travel_minutes=plan.total_travel_minutes,
             warnings=[w["code"] for w in plan.warnings])  # fmt: skip
    return RouteOutcome(decision.action, decision.revision)


def revision_of(weather: dict[str, Any] | None) -> tuple[int, int] | None:
    return (weather["schedule_version"], weather["revision"]) if weather else None


def compute(schedule: dict[str, Any], weather: dict[str, Any] | None, now: datetime) -> logic.Plan:
    """The plan of ``schedule`` (the outside calls happen here, outside any transaction)."""
    stops = logic.stops(schedule, schedule)
    geocoder = Geocoder(cache=ResponseCache.default())
    located = [_locate(geocoder, stop) for stop in stops]
    destination = located[-1][0]
    tz = (timezone_of(destination) if destination else None) or schedule["user_timezone"]
    buffers = logic.Buffers.from_row(schedule)
    provider = build_provider(RouteSettings(), ResponseCache.default(), now)
    offline = OfflineRoutes()
    call = logic.local_instant(schedule["shooting_date"], schedule["call_time"], tz)
    estimates = [
        offline.measure(a, b, call).duration_s if a and b else logic.UNKNOWN_LEG_MINUTES * 60
        for (a, _), (b, _) in itertools.pairwise(located)
    ]
    starts = logic.leg_departures(call, buffers, estimates)
    legs = [
        _measure(provider, stops[i], stops[i + 1], located[i], located[i + 1], starts[i])
        for i in range(len(stops) - 1)
    ]
    conditions = logic.travel_conditions_for(schedule["version"], weather)
    return logic.compute_plan(
        shooting_date=schedule["shooting_date"], call_time=schedule["call_time"], tz=tz,
        legs=legs, buffers=buffers, travel_conditions=conditions,
    )  # fmt: skip


def _locate(geocoder: Geocoder, stop: logic.Stop) -> tuple[Place | None, str | None]:
    """The stop's place, or None and why not."""
    try:
        place = geocoder.locate(stop.address)
    except ProviderError as exc:
        # The geocoder is down: a city named in the address is better than nothing.
        place = offline_place(stop.address)
        if place is None:
            return None, f"could not locate '{stop.address}': {exc}"
        return place, f"{geocoder.provider} unavailable, {stop.kind} placed at {place.label}"
    if place is None:
        return None, f"address not found: '{stop.address}'"
    return place, None


def _measure(
    provider: RouteProvider,
    origin: logic.Stop,
    destination: logic.Stop,
    a: tuple[Place | None, str | None],
    b: tuple[Place | None, str | None],
    depart_at: datetime,
) -> logic.Leg:
    (start, start_note), (end, end_note) = a, b
    if start is None or end is None:
        return logic.unknown_leg(origin, destination, (start_note or end_note) or "not located")
    note = start_note or end_note
    try:
        measure = provider.measure(start, end, depart_at)
    except ProviderError as exc:
        log.warning("route provider failed", provider=provider.name, error=str(exc))
        measure = OfflineRoutes().measure(start, end, depart_at)
        note = f"{provider.name} failed ({exc}); offline estimate used"
    if measure is None:
        fallback = OfflineRoutes().measure(start, end, depart_at)
        return logic.Leg(origin, destination, fallback.distance_m, fallback.duration_s,
                         "offline", 0.1, False, None,
                         f"{provider.name} found no route")  # fmt: skip
    return logic.Leg(origin, destination, measure.distance_m, measure.duration_s,
                     measure.provider, measure.confidence, True,
                     measure.traffic_duration_s, note)  # fmt: skip
