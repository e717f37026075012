"""The weather stage's pure logic: the shooting assessment, sun times, refresh decisions.

No I/O and no clock: hours come in as values, ``now`` as an argument.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

# The shooting window the forecast covers: call to call + 10 h (the wrap estimate) ...
WINDOW_HOURS = 10
# ... and the drive before the call, for the route's weather buffers.
TRAVEL_HOURS = 3
# Warning thresholds (the spec's): below 0 or above 30 C, wind above 10 m/s.
COLD_C, HOT_C, WINDY_MS = 0.0, 30.0, 10.0
# Beyond these, the risk is high.
VERY_COLD_C, VERY_HOT_C, STORMY_MS = -10.0, 35.0, 15.0
# A refresh tells the user again when the rain chance jumps by this much (points) or the
# temperature swings by this much (C), or a warning appears.
RAIN_CHANCE_JUMP, TEMPERATURE_SWING = 30, 5.0
# Refresh cadence: daily until the eve, then every few hours; a failed or missing forecast is
# asked again at the eve's cadence.
DAILY, EVE, EVE_HOURS = timedelta(hours=24), timedelta(hours=3), 36

# WMO weather codes (Open-Meteo's, and ours once a provider's codes are mapped).
WMO_TEXT = {
    0: "clear sky", 1: "mainly clear", 2: "partly cloudy", 3: "overcast", 45: "fog",
    48: "depositing rime fog", 51: "light drizzle", 53: "drizzle", 55: "dense drizzle",
    56: "freezing drizzle", 57: "dense freezing drizzle", 61: "light rain", 63: "rain",
    65: "heavy rain", 66: "freezing rain", 67: "heavy freezing rain", 71: "light snow",
    73: "snow", 75: "heavy snow", 77: "snow grains", 80: "rain showers",
    81: "heavy rain showers", 82: "violent rain showers", 85: "snow showers",
    86: "heavy snow showers", 95: "thunderstorm", 96: "thunderstorm with hail",
    99: "thunderstorm with heavy hail",
}  # fmt: skip
SNOW_CODES = frozenset({71, 73, 75, 77, 85, 86})
RAIN_CODES = frozenset({51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 80, 81, 82})
FOG_CODES = frozenset({45, 48})
THUNDER_CODES = frozenset({95, 96, 99})
# Visibility under this many metres counts as fog whatever the code says.
FOG_VISIBILITY_M = 1000.0


@dataclass(frozen=True)
class Hour:
    """One hour of forecast, in our units (C, mm, %, m/s, degrees, m, hPa, WMO code)."""

    at: datetime
    temp_c: float | None = None
    precip_mm: float | None = None
    precip_prob: float | None = None
    wind_ms: float | None = None
    wind_deg: float | None = None
    humidity: float | None = None
    visibility_m: float | None = None
    uv: float | None = None
    pressure_hpa: float | None = None
    code: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.astimezone(UTC).isoformat()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Hour:
        return cls(**{**data, "at": datetime.fromisoformat(data["at"])})

    def conditions(self) -> set[str]:
        """rain, snow, fog, thunderstorm: what this hour brings."""
        out = set()
        code = self.code if self.code is not None else -1
        if code in THUNDER_CODES:
            out |= {"thunderstorm", "rain"}
        if code in SNOW_CODES:
            out.add("snow")
        if code in RAIN_CODES or ((self.precip_mm or 0) > 0 and code not in SNOW_CODES):
            out.add("rain")
        if code in FOG_CODES or (
            self.visibility_m is not None and self.visibility_m < FOG_VISIBILITY_M
        ):
            out.add("fog")
        return out


def window(call: datetime) -> tuple[datetime, datetime]:
    """The hours asked for: from the drive before the call to the wrap estimate."""
    return call - timedelta(hours=TRAVEL_HOURS), call + timedelta(hours=WINDOW_HOURS)


def split_hours(hours: Sequence[Hour], call: datetime) -> tuple[list[Hour], list[Hour]]:
    """(the drive: the hours before the call, the shooting window: call to call + 10 h)."""
    start, end = window(call)
    # The hour holding the call belongs to the shoot (and the drive too: it ends in it).
    call_hour = call.replace(minute=0, second=0, microsecond=0)
    travel = [h for h in hours if start - timedelta(hours=1) < h.at <= call_hour]
    shoot = [h for h in hours if call_hour <= h.at <= end]
    return travel, shoot


def _warning(code: str, message: str, hours: Sequence[Hour], tz: str) -> dict[str, Any]:
    zone = ZoneInfo(tz)
    return {"code": code, "message": message,
            "hours": [h.at.astimezone(zone).strftime("%H:%M") for h in hours]}  # fmt: skip


def warnings_for(hours: Sequence[Hour], tz: str) -> list[dict[str, Any]]:
    """The spec's warnings over ``hours``: cold, heat, precipitation, wind, thunder, fog, snow."""

    def over(test: Any) -> list[Hour]:
        return [h for h in hours if test(h)]

    checks = [
        ("cold", "Below 0 C", over(lambda h: h.temp_c is not None and h.temp_c < COLD_C)),
        ("heat", "Above 30 C", over(lambda h: h.temp_c is not None and h.temp_c > HOT_C)),
        ("precipitation", "Precipitation expected",
         over(lambda h: (h.precip_mm or 0) > 0 or bool({"rain", "snow"} & h.conditions()))),
        ("wind", "Wind over 10 m/s", over(lambda h: (h.wind_ms or 0) > WINDY_MS)),
        ("thunderstorm", "Thunderstorm", over(lambda h: "thunderstorm" in h.conditions())),
        ("fog", "Fog or poor visibility", over(lambda h: "fog" in h.conditions())),
        ("snow", "Snow", over(lambda h: "snow" in h.conditions())),
    ]  # fmt: skip
    return [_warning(code, text, found, tz) for code, text, found in checks if found]


# What to do and what to bring, per warning.
RECOMMENDATIONS = {
    "cold": "Dress in layers; plan warm-up breaks and hot drinks.",
    "heat": "Plan shade and water; move heavy work away from midday.",
    "precipitation": "Prepare rain cover for the set and a dry area for the crew.",
    "wind": "Secure flags, frames and tents; watch overhead rigs.",
    "thunderstorm": "Have a lightning plan: stop work on exposed sets, lower cranes and lifts.",
    "fog": "Allow extra time on the road; fog may break continuity between takes.",
    "snow": "Allow extra time on the road; snow changes continuity; keep paths clear.",
}
EQUIPMENT = {
    "cold": "Battery warmers and spare batteries (cold drains them); hand warmers.",
    "heat": "Cooling for cameras and batteries; sun shades for monitors.",
    "precipitation": "Rain covers for camera and lights, umbrellas, ground mats.",
    "wind": "Sandbags, wind protection for microphones, stands tied down.",
    "thunderstorm": "Protected storage for electrics; no tall metal rigs.",
    "fog": "Lens cloths (condensation); haze continuity kit.",
    "snow": "Waterproof covers, boots, snow chains or winter tyres.",
}
HIGH_RISK = frozenset({"thunderstorm", "snow"})


def is_exterior(scene_type: str | None) -> bool:
    """EXT and INT/EXT days, and days whose scenes are unknown, get the full assessment."""
    return scene_type is None or "EXT" in scene_type.upper()


def assess(
    shoot: Sequence[Hour], travel: Sequence[Hour], scene_type: str | None, tz: str
) -> dict[str, Any]:
    """The shooting assessment (weather_data.shooting_assessment).

    Exterior days get suitability, risk, recommendations and equipment notes for the whole
    window; interior days are assessed for the journey and load-in only.
    """
    exterior = is_exterior(scene_type)
    warnings = warnings_for(shoot, tz)
    codes = {w["code"] for w in warnings}
    temps = [h.temp_c for h in shoot if h.temp_c is not None]
    winds = [h.wind_ms for h in shoot if h.wind_ms is not None]
    risky = bool(codes & HIGH_RISK) or any(
        t < VERY_COLD_C or t > VERY_HOT_C for t in temps
    ) or any(w > STORMY_MS for w in winds)  # fmt: skip
    risk = "high" if risky else "medium" if codes else "low"
    if exterior:
        suitability = {"low": "good", "medium": "fair", "high": "poor"}[risk]
        relevant = codes
    else:
        # Indoors, only what hurts the journey and the load-in counts.
        relevant = codes & {"thunderstorm", "snow", "fog", "precipitation", "wind"}
        suitability = "fair" if relevant & HIGH_RISK else "good"
    travel_conditions = set().union(*(h.conditions() for h in travel)) if travel else set()
    return {
        "exterior": exterior,
        "scope": "full" if exterior else "travel and load-in",
        "suitability": suitability,
        "risk_level": risk if exterior else ("medium" if relevant & HIGH_RISK else "low"),
        "warnings": warnings,
        "recommendations": [RECOMMENDATIONS[c] for c in sorted(relevant)],
        "equipment_notes": [EQUIPMENT[c] for c in sorted(relevant)] if exterior else [],
        "summary": summary(shoot),
        # The drive before the call: the route stage adds its weather buffers from these.
        "travel": {c: c in travel_conditions for c in ("rain", "snow", "fog")},
    }


def summary(hours: Sequence[Hour]) -> dict[str, Any]:
    """Minima, maxima and totals over ``hours``."""

    def values(name: str) -> list[float]:
        return [getattr(h, name) for h in hours if getattr(h, name) is not None]

    temps, probs, winds = values("temp_c"), values("precip_prob"), values("wind_ms")
    return {
        "hours": len(hours),
        "temp_min_c": min(temps, default=None), "temp_max_c": max(temps, default=None),
        "precip_total_mm": round(sum(values("precip_mm")), 2),
        "precip_prob_max": max(probs, default=None), "wind_max_ms": max(winds, default=None),
    }  # fmt: skip


def severity(code: int | None) -> int:
    """How much a code matters, to pick the day's worst one."""
    if code is None:
        return -1
    for rank, group in enumerate((THUNDER_CODES, SNOW_CODES, RAIN_CODES, FOG_CODES)):
        if code in group:
            return 100 - rank
    return code  # 0-3: clear to overcast


def describe(hours: Sequence[Hour]) -> str:
    """The window's worst weather in words ("light rain"); the numbers have their own columns
    (and consumers compose them: "12°C, light rain, wind 4 m/s")."""
    worst = max((h.code for h in hours if h.code is not None), key=severity, default=None)
    return WMO_TEXT.get(worst, "no description") if worst is not None else "no description"


def sun_times(lat: float, lon: float, day: date, tz: str) -> dict[str, Any]:
    """Sunrise, sunset and the golden hours at the set (local ISO times), by astral."""
    from astral import Observer
    from astral.sun import SunDirection, golden_hour, sun

    zone = ZoneInfo(tz)
    observer = Observer(latitude=lat, longitude=lon)
    try:
        times = sun(observer, date=day, tzinfo=zone)
        morning = golden_hour(observer, day, SunDirection.RISING, tzinfo=zone)
        evening = golden_hour(observer, day, SunDirection.SETTING, tzinfo=zone)
    except ValueError as exc:  # polar day or night: the sun does not rise or set
        return {"note": str(exc)}
    return {
        "dawn": times["dawn"].isoformat(), "sunrise": times["sunrise"].isoformat(),
        "sunset": times["sunset"].isoformat(), "dusk": times["dusk"].isoformat(),
        "golden_hour_morning": [morning[0].isoformat(), morning[1].isoformat()],
        "golden_hour_evening": [evening[0].isoformat(), evening[1].isoformat()],
    }  # fmt: skip


def beyond_horizon(day_end: datetime, now: datetime, horizon_days: int) -> bool:
    """Whether the window ends after the provider's last forecast hour."""
    return day_end > now + timedelta(days=horizon_days)


def matters_changed(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> list[str]:
    """Why a refreshed assessment is worth telling the user about (empty: it is not).

    A new warning, a rain chance that jumps by RAIN_CHANCE_JUMP points, a temperature that
    swings by TEMPERATURE_SWING C, or a forecast where there was none.
    """
    if not new:
        return []
    if not old:
        return ["a forecast is now available"]
    reasons = []
    added = {w["code"] for w in new["warnings"]} - {w["code"] for w in old["warnings"]}
    reasons += [f"new warning: {code}" for code in sorted(added)]
    was, now = old["summary"], new["summary"]
    if (now["precip_prob_max"] or 0) - (was["precip_prob_max"] or 0) >= RAIN_CHANCE_JUMP:
        reasons.append(f"rain chance {was['precip_prob_max'] or 0:.0f}% -> "
                       f"{now['precip_prob_max']:.0f}%")  # fmt: skip
    for key in ("temp_min_c", "temp_max_c"):
        before, after = was[key], now[key]
        if before is not None and after is not None and abs(after - before) >= TEMPERATURE_SWING:
            reasons.append(f"{key[:8].replace('_', ' ')} {before:.0f} -> {after:.0f} C")
    return reasons


def refresh_due(*, status: str, fetched_at: datetime, call: datetime, now: datetime) -> bool:
    """Whether a weather record should be fetched again at ``now``.

    Daily until the eve (36 h before the call), then every three hours; a record without a
    forecast (unavailable or failed) at the eve's pace; nothing once the shoot has wrapped.
    """
    if now > call + timedelta(hours=WINDOW_HOURS):
        return False
    if status != "forecast" or call - now <= timedelta(hours=EVE_HOURS):
        return now - fetched_at >= EVE
    return now - fetched_at >= DAILY


@dataclass(frozen=True)
class WriteDecision:
    """What to do with a fetched record: insert, update (new revision: the user is told),
    quiet (refresh the stored data, no new revision) or unchanged."""

    action: str
    revision: int = 1
    reasons: tuple[str, ...] = ()


def decide_write(
    current: Mapping[str, Any] | None,
    schedule_version: int,
    status: str,
    assessment: Mapping[str, Any] | None,
    *,
    refresh: bool,
) -> WriteDecision:
    """How a fetched record replaces the stored one (see WriteDecision)."""
    if current is None:
        return WriteDecision("insert", 1)
    revision = current["revision"]
    if current["schedule_version"] > schedule_version:
        return WriteDecision("unchanged", revision)
    if current["schedule_version"] < schedule_version:
        return WriteDecision("update", revision + 1, ("new schedule version",))
    if not refresh:
        return WriteDecision("unchanged", revision)  # a repeated message
    if status == "failed" and current["status"] == "forecast":
        return WriteDecision("unchanged", revision)  # keep the forecast we have
    old = current["shooting_assessment"] if current["status"] == "forecast" else None
    reasons = tuple(matters_changed(old, assessment if status == "forecast" else None))
    if reasons:
        return WriteDecision("update", revision + 1, reasons)
    return WriteDecision("quiet", revision)


def next_refresh(status: str, call: datetime, now: datetime) -> datetime:
    """When the record is next worth fetching again (weather_data.expires_at)."""
    if status != "forecast" or call - now <= timedelta(hours=EVE_HOURS):
        return now + EVE
    return now + DAILY
