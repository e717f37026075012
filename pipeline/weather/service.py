"""Assessing one schedule's weather: read, locate, fetch, assess, write (idempotent)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import structlog

from pipeline import db
from pipeline.domain.schedules import not_workable
from pipeline.domain.times import local_instant
from pipeline.outside.geocode import (
    Geocoder,
    Place,
    offline_place,
    preload_timezone_code,
    timezone_of,
)
from pipeline.outside.webclient import ProviderError, ResponseCache
from pipeline.settings import from_env
from pipeline.weather import logic, store
from pipeline.weather.providers import WeatherSettings, build_provider, horizon_note

log = structlog.get_logger("stillontime.weather")

ACTOR = "weather"


def preload() -> None:
    """Before the worker forks its processes (``Stage.before_fork``): the time zone map's code,
    which each of them imported at its first forecast (route's plans use it too)."""
    preload_timezone_code()


@dataclass(frozen=True)
class WeatherOutcome:
    """What assessing did (insert, update, quiet, unchanged, skipped) and the record's status."""

    action: str
    status: str | None = None
    revision: int | None = None
    reasons: tuple[str, ...] = ()


def assess_weather(
    schedule_id: uuid.UUID,
    user_id: uuid.UUID,
    event_version: int | None = None,
    *,
    refresh: bool = False,
    now: datetime | None = None,
) -> WeatherOutcome:
    """Fetch and assess the schedule's forecast; write it when new, or changed in a way that
    matters (``refresh``). A stale or repeated message changes nothing."""
    now = now or datetime.now(UTC)
    with db.transaction(actor=ACTOR, user_id=user_id) as conn:
        schedule = store.schedule_for_weather(conn, schedule_id)
        current = store.current_record(conn, schedule_id)
    reason = _skip_reason(schedule, current, event_version, refresh)
    if reason:
        log.info("weather not assessed", reason=reason)
        return WeatherOutcome("skipped", reasons=(reason,))
    columns = fetch_or_failed(schedule, now, cached=not refresh)
    with db.transaction(actor=ACTOR, user_id=user_id, flushed_by_delivery_end=True) as conn:
        current = store.lock_record(conn, schedule_id)
        latest = store.schedule_version(conn, schedule_id)
        if latest is None or latest["version"] != schedule["version"]:
            return WeatherOutcome("skipped", reasons=("schedule changed while assessing",))
        decision = logic.decide_write(
            current, schedule["version"], columns["status"], columns["shooting_assessment"],
            refresh=refresh,
        )  # fmt: skip
        if decision.action != "unchanged":
            revision = decision.revision if decision.action != "quiet" else current["revision"]
            store.write_record(
                conn, {**columns, "revision": revision}, insert=decision.action == "insert"
            )
    log.info("weather assessed", action=decision.action, status=columns["status"],
             provider=columns["provider"], revision=decision.revision,
             reasons=list(decision.reasons), error=columns["error"])  # fmt: skip
    return WeatherOutcome(decision.action, columns["status"], decision.revision, decision.reasons)


def _skip_reason(
    schedule: dict[str, Any] | None,
    current: dict[str, Any] | None,
    event_version: int | None,
    refresh: bool,
) -> str | None:
    reason = not_workable(schedule, event_version)
    if reason:
        return reason
    if not refresh and current and current["schedule_version"] >= schedule["version"]:
        return "already assessed for this version"
    return None


def _locate(address: str) -> tuple[Place | None, str | None]:
    geocoder = Geocoder(cache=ResponseCache.default())
    try:
        place = geocoder.locate(address)
    except ProviderError as exc:
        place = offline_place(address)  # a city named in the address, if any
        return place, None if place else f"could not locate the set: {exc}"
    return place, None if place else f"set address not found: '{address}'"


def fetch_or_failed(
    schedule: dict[str, Any], now: datetime, *, cached: bool = True
) -> dict[str, Any]:
    """``fetch``, or a ``failed`` record saying what broke.

    The route waits for weather_assessed (schedule -> weather -> route): a forecast that cannot
    be had for any reason must still leave a record, so the day is planned without it, rather
    than a dead letter that stops the day. The refresh job asks again.
    """
    try:
        return fetch(schedule, now, cached=cached)
    except Exception as exc:  # logged and recorded on the row, never silent
        log.exception("weather assessment failed", error=str(exc))
        tz = schedule["user_timezone"]
        call = local_instant(schedule["shooting_date"], schedule["call_time"], tz)
        provider_name = from_env(WeatherSettings).weather_provider
        base = _base_columns(schedule, provider_name, None, tz, call, now)
        return {**base, "status": "failed", "error": f"{type(exc).__name__}: {exc}",
                "description": "No forecast: the assessment failed"}  # fmt: skip


def fetch(schedule: dict[str, Any], now: datetime, *, cached: bool = True) -> dict[str, Any]:
    """The weather_data columns for ``schedule`` (status forecast, unavailable or failed).

    A refresh passes ``cached=False``: it is there to see what changed since the last fetch.
    """
    place, problem = _locate(schedule["location"])
    tz = (timezone_of(place) if place else None) or schedule["user_timezone"]
    call = local_instant(schedule["shooting_date"], schedule["call_time"], tz)
    settings = from_env(WeatherSettings)
    provider = build_provider(settings, ResponseCache.default() if cached else None)
    base = _base_columns(schedule, provider.name, place, tz, call, now)
    if place is None:
        return {**base, "status": "failed", "error": problem, "description": "No forecast: "
                "the set could not be located"}  # fmt: skip
    start, end = logic.window(call)
    if logic.beyond_horizon(end, now, provider.horizon_days):
        note = horizon_note(provider, call)
        prefix = "No forecast" if provider.horizon_days == 0 else "No forecast yet"
        return {**base, "status": "unavailable", "description": f"{prefix}: {note}",
                "forecast_data": {**base["forecast_data"], "reason": note}}  # fmt: skip
    try:
        hours = provider.hourly(place.lat, place.lon, start, end)
    except ProviderError as exc:
        log.warning("weather provider failed", provider=provider.name, error=str(exc))
        return {**base, "status": "failed", "error": str(exc),
                "description": "No forecast: the provider failed"}  # fmt: skip
    travel, shoot = logic.split_hours(hours, call)
    if not shoot:
        note = f"{provider.name}'s forecast does not reach the shooting window yet"
        return {**base, "status": "unavailable", "description": f"No forecast yet: {note}",
                "forecast_data": {**base["forecast_data"], "reason": note}}  # fmt: skip
    hours_json = [h.to_json() for h in sorted(set(travel + shoot), key=lambda h: h.at)]
    return {**base, **_forecast_columns(schedule, shoot, travel, tz),
            "expires_at": logic.next_refresh("forecast", call, now),
            "forecast_data": {**base["forecast_data"], "hours": hours_json}}  # fmt: skip


def _base_columns(
    schedule: dict[str, Any],
    provider: str,
    place: Place | None,
    tz: str,
    call: datetime,
    now: datetime,
) -> dict[str, Any]:
    empty = dict.fromkeys(("temperature", "wind_speed", "wind_direction", "precipitation",
                           "humidity", "visibility", "uv_index", "air_pressure",
                           "weather_code", "shooting_assessment", "error"))  # fmt: skip
    sun = logic.sun_times(place.lat, place.lon, schedule["shooting_date"], tz) if place else {}
    return {
        **empty,
        "user_id": schedule["user_id"], "schedule_id": schedule["id"],
        "schedule_version": schedule["version"], "provider": provider,
        "forecast_date": schedule["shooting_date"], "location": schedule["location"],
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "warnings": [], "fetched_at": now, "expires_at": logic.next_refresh("none", call, now),
        "forecast_data": {"timezone": tz, "call": call.isoformat(), "sun": sun,
                          "place": place.to_json() if place else None},
    }  # fmt: skip


def _forecast_columns(
    schedule: dict[str, Any], shoot: list[logic.Hour], travel: list[logic.Hour], tz: str
) -> dict[str, Any]:
    assessment = logic.assess(shoot, travel, schedule["scene_type"], tz)
    first, summary = shoot[0], assessment["summary"]
    windiest = max(shoot, key=lambda h: h.wind_ms or 0)
    hum = [h.humidity for h in shoot if h.humidity is not None]
    pres = [h.pressure_hpa for h in shoot if h.pressure_hpa is not None]
    vis = [h.visibility_m for h in shoot if h.visibility_m is not None]
    uvs = [h.uv for h in shoot if h.uv is not None]
    worst = max((h.code for h in shoot if h.code is not None), key=logic.severity, default=None)
    return {
        "status": "forecast",
        "temperature": first.temp_c, "description": logic.describe(shoot),
        "wind_speed": summary["wind_max_ms"],
        "wind_direction": round(windiest.wind_deg) if windiest.wind_deg is not None else None,
        "precipitation": summary["precip_total_mm"],
        "humidity": round(sum(hum) / len(hum)) if hum else None,
        "visibility": min(vis) if vis else None, "uv_index": round(max(uvs)) if uvs else None,
        "air_pressure": round(sum(pres) / len(pres), 1) if pres else None,
        "weather_code": worst, "warnings": assessment["warnings"],
        "shooting_assessment": assessment,
    }  # fmt: skip
