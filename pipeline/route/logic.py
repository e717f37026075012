"""The route plan's pure logic: stops, buffers, weather adjustments and the times of the day.

No I/O and no clock. All instants are timezone-aware; arithmetic is done in UTC, so a span
that crosses midnight or a daylight-saving change is the real elapsed time, and the local time
of each instant comes from the set's time zone.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pipeline.domain.times import local_instant

# A wake-up before this local time is warned about (the spec's 04:00).
EARLY_WAKE_UP = time(4, 0)
# Total travel above this many minutes is warned about.
LONG_TRAVEL_MINUTES = 180
# A leg we cannot locate or route is planned at this length (and says so), so the day still
# gets a plan rather than none: an hour is a cautious guess for a crew's usual commute.
UNKNOWN_LEG_MINUTES = 60
# A recomputed plan whose times all moved less than this (minutes) is not rewritten.
TIME_TOLERANCE_MINUTES = 5
# Weather adjustments (minutes): rain or snow slow traffic and parking, fog slows traffic.
WET_TRAFFIC, WET_PARKING, FOG_TRAFFIC = 15, 5, 20


@dataclass(frozen=True)
class Buffers:
    """The user's buffers, in minutes (user_configs.buffer_*)."""

    car_change: int = 15
    parking: int = 10
    entry: int = 10
    traffic: int = 20
    morning_routine: int = 45

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Buffers:
        return cls(
            car_change=row["buffer_car_change"],
            parking=row["buffer_parking"],
            entry=row["buffer_entry"],
            traffic=row["buffer_traffic"],
            morning_routine=row["buffer_morning_routine"],
        )

    def as_dict(self) -> dict[str, int]:
        return {"car_change": self.car_change, "parking": self.parking, "entry": self.entry,
                "traffic": self.traffic, "morning_routine": self.morning_routine}  # fmt: skip


@dataclass(frozen=True)
class WeatherAdjustment:
    """Minutes added to the traffic and parking buffers, and why."""

    traffic: int = 0
    parking: int = 0
    reasons: tuple[str, ...] = ()

    def applied_to(self, buffers: Buffers) -> Buffers:
        return Buffers(buffers.car_change, buffers.parking + self.parking, buffers.entry,
                       buffers.traffic + self.traffic, buffers.morning_routine)  # fmt: skip


def weather_adjustment(conditions: Mapping[str, bool] | None) -> WeatherAdjustment:
    """The buffer changes for the travel-time conditions (rain, snow, fog); none if unknown."""
    if not conditions:
        return WeatherAdjustment()
    reasons = tuple(c for c in ("rain", "snow", "fog") if conditions.get(c))
    wet = "rain" in reasons or "snow" in reasons
    return WeatherAdjustment(
        traffic=(WET_TRAFFIC if wet else 0) + (FOG_TRAFFIC if "fog" in reasons else 0),
        parking=WET_PARKING if wet else 0,
        reasons=reasons,
    )


def travel_conditions_for(
    schedule_version: int, weather: Mapping[str, Any] | None
) -> Mapping[str, bool] | None:
    """The weather's travel conditions if they are a forecast for this version of the day.

    Weather recorded for another version may be for another day or place: not used.
    """
    current = weather and weather["schedule_version"] == schedule_version
    return weather["travel"] if current and weather["status"] == "forecast" else None


def weather_changes_plan(
    current: Mapping[str, Any] | None,
    schedule_version: int,
    conditions: Mapping[str, bool] | None,
) -> bool:
    """Whether new weather can move the plan: no plan for this version yet, or the buffers
    the plan added for the weather differ from those ``conditions`` call for."""
    if current is None or current["schedule_version"] != schedule_version:
        return True
    wanted = weather_adjustment(conditions)
    applied = (current["buffers"] or {}).get("weather_adjustment") or {}
    return (applied.get("traffic"), applied.get("parking"), tuple(applied.get("reasons", ()))) != (
        wanted.traffic,
        wanted.parking,
        wanted.reasons,
    )


def weather_revision(weather: Mapping[str, Any] | None) -> int | None:
    """The revision of the schedule's weather record (it only grows), None without one."""
    return weather["revision"] if weather else None


def has_newer_weather(
    current: Mapping[str, Any] | None, schedule_version: int, revision: int | None
) -> bool:
    """Whether the stored plan, for this version, was made with newer weather than ``revision``
    (a plan made meanwhile by a later message: this older one must not overwrite it)."""
    if current is None or current["schedule_version"] != schedule_version:
        return False
    return (current.get("weather_revision") or 0) > (revision or 0)


@dataclass(frozen=True)
class PlanStep:
    """What a message does: ``plan`` (compute and write), ``carry`` (the plan takes the new
    weather revision, same times, no provider asked) or ``skip`` (with the reason)."""

    action: str
    reason: str = ""


def plan_step(
    current: Mapping[str, Any] | None,
    schedule_version: int,
    weather: Mapping[str, Any] | None,
    *,
    force: bool = False,
) -> PlanStep:
    """The step for the schedule's current plan and weather record.

    Plan when asked to (``force``), when the version has no plan yet, or when the weather
    moves a buffer (rain or snow on the drive: traffic and parking; fog: traffic). A newer
    weather revision that moves no buffer is carried (the calendar and the summary still show
    the new forecast); a revision the plan already has is a repeated message.
    """
    if force or current is None or current["schedule_version"] != schedule_version:
        return PlanStep("plan")
    revision = weather_revision(weather)
    if revision is None or (current.get("weather_revision") or 0) >= revision:
        return PlanStep("skip", "already planned with this weather")
    conditions = travel_conditions_for(schedule_version, weather)
    if weather_changes_plan(current, schedule_version, conditions):
        return PlanStep("plan")
    return PlanStep("carry")


@dataclass(frozen=True)
class Stop:
    """A place on the way: ``kind`` is home, equipment_house, unit_base or set."""

    kind: str
    address: str


def stops(schedule: Mapping[str, Any], config: Mapping[str, Any]) -> list[Stop]:
    """Home, the equipment house when the day needs a pick-up, then the unit base or the set.

    The pick-up happens when the schedule asks for it (``needs_equipment_pickup``) and the user
    has an equipment house; the crew goes to the unit base (crew parking) when the sheet names
    one, else to the set.
    """
    out = [Stop("home", config["home_address"])]
    house = (config.get("equipment_house_address") or "").strip()
    if schedule.get("needs_equipment_pickup") and house:
        out.append(Stop("equipment_house", house))
    base = (schedule.get("base_location") or "").strip()
    out.append(Stop("unit_base", base) if base else Stop("set", schedule["location"].strip()))
    return out


@dataclass(frozen=True)
class Leg:
    """One segment of the journey as a provider (or the fallback) measured it."""

    origin: Stop
    destination: Stop
    distance_m: int | None
    duration_s: int
    provider: str
    confidence: float
    found: bool = True
    # Duration with traffic, when the provider knows it (duration_s is then the free-flow time).
    traffic_duration_s: int | None = None
    note: str | None = None

    @property
    def minutes(self) -> int:
        return math.ceil((self.traffic_duration_s or self.duration_s) / 60)

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.origin.kind, "from_address": self.origin.address,
            "to": self.destination.kind, "to_address": self.destination.address,
            "distance_km": round(self.distance_m / 1000, 1) if self.distance_m is not None
            else None,
            "duration_minutes": self.minutes,
            "free_flow_minutes": math.ceil(self.duration_s / 60),
            "provider": self.provider, "confidence": self.confidence, "found": self.found,
            "note": self.note,
        }  # fmt: skip


def unknown_leg(origin: Stop, destination: Stop, note: str) -> Leg:
    """A leg that could not be located or routed: planned at UNKNOWN_LEG_MINUTES."""
    return Leg(origin, destination, None, UNKNOWN_LEG_MINUTES * 60, "none", 0.0, False, None, note)


@dataclass(frozen=True)
class Plan:
    """A computed route plan, ready to be written to route_plans."""

    call: datetime
    wake_up: datetime
    departure: datetime
    arrival: datetime
    total_travel_minutes: int
    segments: tuple[dict[str, Any], ...]
    buffers: dict[str, Any]
    traffic_info: dict[str, Any]
    provider: str
    timezone: str
    confidence: float
    warnings: tuple[dict[str, str], ...] = field(default=())

    def material(self) -> dict[str, Any]:
        """What a person would notice changing, apart from the times (see ``decide_write``)."""
        return {
            "buffers": self.buffers, "provider": self.provider,
            "warnings": [w["code"] for w in self.warnings],
            "segments": [(s["from"], s["to"]) for s in self.segments],
        }  # fmt: skip


def _hhmm(moment: datetime, tz: str) -> str:
    return moment.astimezone(ZoneInfo(tz)).strftime("%H:%M")


def compute_plan(
    *,
    shooting_date: date,
    call_time: time,
    tz: str,
    legs: Sequence[Leg],
    buffers: Buffers,
    travel_conditions: Mapping[str, bool] | None = None,
    extra_warnings: Sequence[dict[str, str]] = (),
) -> Plan:
    """The day's times from the call, the legs and the buffers (adjusted for the weather).

    departure = call - (travel + car change + parking + entry + traffic);
    wake-up = departure - morning routine; arrival = call - (parking + entry).
    """
    adjustment = weather_adjustment(travel_conditions)
    used = adjustment.applied_to(buffers)
    travel = sum(leg.minutes for leg in legs)
    call = local_instant(shooting_date, call_time, tz)
    arrival = call - timedelta(minutes=used.parking + used.entry)
    departure = arrival - timedelta(minutes=travel + used.car_change + used.traffic)
    wake_up = departure - timedelta(minutes=used.morning_routine)
    warnings = list(extra_warnings)
    warnings += _leg_warnings(legs)
    if adjustment.reasons:
        warnings.append({"code": "weather_buffers", "message": (
            f"{' and '.join(adjustment.reasons).capitalize()} forecast: traffic buffer "
            f"+{adjustment.traffic} min, parking +{adjustment.parking} min")})  # fmt: skip
    warnings += _time_warnings(wake_up, travel, shooting_date, tz)
    providers = sorted({leg.provider for leg in legs})
    buffers_json: dict[str, Any] = {
        **used.as_dict(),
        "configured": buffers.as_dict(),
        "weather_adjustment": {"traffic": adjustment.traffic, "parking": adjustment.parking,
                               "reasons": list(adjustment.reasons)},
    }  # fmt: skip
    traffic_known = [leg for leg in legs if leg.traffic_duration_s is not None]
    traffic_info = {
        "traffic_aware": bool(traffic_known) and len(traffic_known) == len(legs),
        "traffic_delay_minutes": sum(
            max(0, math.ceil(((leg.traffic_duration_s or 0) - leg.duration_s) / 60))
            for leg in traffic_known
        ),
        "weather": list(adjustment.reasons),
    }
    return Plan(
        call=call, wake_up=wake_up, departure=departure, arrival=arrival,
        total_travel_minutes=travel, segments=tuple(leg.to_json() for leg in legs),
        buffers=buffers_json, traffic_info=traffic_info, provider="+".join(providers)[:50],
        timezone=tz, confidence=min((leg.confidence for leg in legs), default=0.0),
        warnings=tuple(warnings),
    )  # fmt: skip


def _leg_warnings(legs: Sequence[Leg]) -> list[dict[str, str]]:
    out = []
    for leg in legs:
        if not leg.found:
            out.append({"code": "route_not_found", "message": (
                f"No route from {leg.origin.kind.replace('_', ' ')} to "
                f"{leg.destination.kind.replace('_', ' ')} ({leg.note}); planned at "
                f"{leg.minutes} min, check it yourself")})  # fmt: skip
        elif leg.note:
            out.append({"code": "provider_fallback", "message": leg.note})
    return out


def _time_warnings(
    wake_up: datetime, travel: int, shooting_date: date, tz: str
) -> list[dict[str, str]]:
    out = []
    local = wake_up.astimezone(ZoneInfo(tz))
    if local.date() < shooting_date:
        out.append({"code": "early_wake_up", "message": (
            f"Wake-up at {local:%H:%M} the day before ({local:%a %d %b})")})  # fmt: skip
    elif local.time() < EARLY_WAKE_UP:
        out.append({"code": "early_wake_up",
                    "message": f"Wake-up at {local:%H:%M}, before 04:00"})  # fmt: skip
    if travel > LONG_TRAVEL_MINUTES:
        out.append({"code": "long_travel", "message": (
            f"{travel // 60} h {travel % 60:02d} min on the road, over 3 hours")})  # fmt: skip
    return out


def leg_departures(call: datetime, buffers: Buffers, estimates_s: Sequence[int]) -> list[datetime]:
    """When each leg would start, from rough leg durations: the time a traffic-aware
    provider should be asked about (traffic at the hour we drive, not the hour we ask)."""
    end = call - timedelta(minutes=buffers.parking + buffers.entry)
    starts = []
    for seconds in reversed(estimates_s):
        end -= timedelta(seconds=seconds)
        starts.append(end)
    starts.reverse()
    if starts:
        starts[0] -= timedelta(minutes=buffers.car_change + buffers.traffic)
    return starts


@dataclass(frozen=True)
class WriteDecision:
    """What to do with a computed plan: insert, update (with the revision) or nothing."""

    action: str  # insert | update | unchanged
    revision: int = 1


def decide_write(
    plan: Plan, schedule_version: int, current: Mapping[str, Any] | None
) -> WriteDecision:
    """Insert a first plan; rewrite one made for another version or that changed (revision+1)."""
    if current is None:
        return WriteDecision("insert", 1)
    if current["schedule_version"] > schedule_version:
        return WriteDecision("unchanged", current["revision"])
    old = {
        "buffers": current["buffers"], "provider": current["provider"],
        "warnings": [w.get("code") for w in current["warnings"]],
        "segments": [(s["from"], s["to"]) for s in current["route_segments"]],
    }  # fmt: skip
    # Live traffic moves a plan by a minute or two from one run to the next; that is not worth
    # a new revision (and a message to the user). The stored plan stays.
    drift = max(
        abs(plan.wake_up - current["wake_up_time"]),
        abs(plan.departure - current["departure_time"]),
        abs(plan.arrival - current["arrival_time"]),
        timedelta(minutes=abs(plan.total_travel_minutes - current["total_travel_minutes"])),
    )
    same = old == plan.material() and drift < timedelta(minutes=TIME_TOLERANCE_MINUTES)
    if current["schedule_version"] == schedule_version and same:
        return WriteDecision("unchanged", current["revision"])
    return WriteDecision("update", current["revision"] + 1)


def hhmm(moment: datetime, tz: str) -> str:
    """``moment`` as local HH:MM in ``tz`` (for logs and messages)."""
    return _hhmm(moment, tz)
