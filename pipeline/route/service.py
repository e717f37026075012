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
from pipeline.settings import from_env

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
    force: bool = False,
    now: datetime | None = None,
) -> RouteOutcome:
    """Plan the schedule's route with its current weather; write it if it is new or changed.

    Safe to run twice and out of order: a stale message, one about a weather revision the plan
    already has, or a plan identical to the stored one changes nothing. Weather that moves no
    buffer is carried onto the plan without asking any provider (``logic.plan_step``).
    ``force`` (the ``route plan`` command): plan again whatever the weather.
    """
    with db.transaction(actor=ACTOR, user_id=user_id) as conn:
        schedule = store.schedule_for_route(conn, schedule_id)
        weather = store.travel_conditions(conn, schedule_id)
        current = store.current_plan(conn, schedule_id)
    reason = not_workable(schedule, event_version)
    if reason is None:
        step = logic.plan_step(current, schedule["version"], weather, force=force)
        if step.action == "carry":
            carried = _carry(schedule, user_id, weather)
            if carried is not None:
                return carried
        reason = step.reason if step.action == "skip" else None
    if reason:
        log.info("route not planned", reason=reason)
        return RouteOutcome("skipped", reason=reason)
    plan = compute(schedule, weather, now or datetime.now(UTC))
    revision = logic.weather_revision(weather)
    with db.transaction(actor=ACTOR, user_id=user_id, flushed_by_delivery_end=True) as conn:
        current = store.lock_plan(conn, schedule_id)
        if _schedule_moved(conn, schedule):
            return RouteOutcome("skipped", reason="schedule changed while planning")
        if logic.has_newer_weather(current, schedule["version"], revision):
            return RouteOutcome("skipped", reason="a plan with newer weather was written")
        decision = logic.decide_write(plan, schedule["version"], current)
        if decision.action != "unchanged":
            store.write_plan(
                conn, plan, action=decision.action, user_id=user_id, schedule_id=schedule_id,
                schedule_version=schedule["version"], revision=decision.revision,
                weather_revision=revision,
            )  # fmt: skip
        elif revision is not None and (current["weather_revision"] or 0) < revision:
            # The same plan, made with newer weather: carried, so the forecast is shown.
            decision = logic.WriteDecision(
                "carry", store.carry_weather(conn, schedule_id, revision)["revision"]
            )
    log.info("route planned", action=decision.action, revision=decision.revision,
             provider=plan.provider, wake_up=logic.hhmm(plan.wake_up, plan.timezone),
             departure=logic.hhmm(plan.departure, plan.timezone),
             travel_minutes=plan.total_travel_minutes,
             warnings=[w["code"] for w in plan.warnings])  # fmt: skip
    return RouteOutcome(decision.action, decision.revision)


def _schedule_moved(conn, schedule: dict[str, Any]) -> bool:
    latest = store.schedule_version(conn, schedule["id"])
    return latest is None or (latest["version"], latest["status"]) != (
        schedule["version"],
        schedule["status"],
    )


def _carry(
    schedule: dict[str, Any], user_id: uuid.UUID, weather: dict[str, Any]
) -> RouteOutcome | None:
    """The plan takes the weather revision (same times); None if, under the lock, the plan
    turns out to need planning after all (another message rewrote it meanwhile)."""
    with db.transaction(actor=ACTOR, user_id=user_id, flushed_by_delivery_end=True) as conn:
        current = store.lock_plan(conn, schedule["id"])
        if _schedule_moved(conn, schedule):
            return RouteOutcome("skipped", reason="schedule changed while planning")
        step = logic.plan_step(current, schedule["version"], weather)
        if step.action == "skip":
            return RouteOutcome("skipped", reason=step.reason)
        if step.action == "plan":
            return None
        revision = store.carry_weather(conn, schedule["id"], weather["revision"])["revision"]
    log.info("route carried the new weather", revision=revision,
             weather_revision=weather["revision"])  # fmt: skip
    return RouteOutcome("carry", revision)


def compute(schedule: dict[str, Any], weather: dict[str, Any] | None, now: datetime) -> logic.Plan:
    """The plan of ``schedule`` (the outside calls happen here, outside any transaction)."""
    stops = logic.stops(schedule, schedule)
    geocoder = Geocoder(cache=ResponseCache.default())
    located = [_locate(geocoder, stop) for stop in stops]
    destination = located[-1][0]
    tz = (timezone_of(destination) if destination else None) or schedule["user_timezone"]
    buffers = logic.Buffers.from_row(schedule)
    provider = build_provider(from_env(RouteSettings), ResponseCache.default(), now)
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
