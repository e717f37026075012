"""The shooting assessment's thresholds, sun times, change detection and refresh pace (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from pipeline.weather import logic
from pipeline.weather.logic import Hour

CALL = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)
TZ = "Europe/Warsaw"


def hours(n: int = 11, start: datetime = CALL, **values) -> list[Hour]:
    base = {"temp_c": 12.0, "precip_mm": 0.0, "precip_prob": 5.0, "wind_ms": 3.0, "code": 1,
            "visibility_m": 20000.0}  # fmt: skip
    return [Hour(at=start + timedelta(hours=i), **{**base, **values}) for i in range(n)]


def codes(shoot: list[Hour]) -> list[str]:
    return [w["code"] for w in logic.warnings_for(shoot, TZ)]


# (case, hour values, warnings)
THRESHOLDS = [
    ("fair day", {}, []),
    ("exactly 0 C is not cold", {"temp_c": 0.0}, []),
    ("below 0 C", {"temp_c": -0.5}, ["cold"]),
    ("exactly 30 C is not hot", {"temp_c": 30.0}, []),
    ("above 30 C", {"temp_c": 30.5}, ["heat"]),
    ("any precipitation", {"precip_mm": 0.1}, ["precipitation"]),
    ("a rain code without an amount", {"code": 61}, ["precipitation"]),
    ("exactly 10 m/s is not windy", {"wind_ms": 10.0}, []),
    ("wind over 10 m/s", {"wind_ms": 10.5}, ["wind"]),
    ("thunderstorm", {"code": 95, "precip_mm": 2.0}, ["precipitation", "thunderstorm"]),
    ("fog by code", {"code": 45}, ["fog"]),
    ("fog by visibility", {"visibility_m": 400.0}, ["fog"]),
    ("snow", {"code": 73, "precip_mm": 1.0, "temp_c": -2.0}, ["cold", "precipitation", "snow"]),
]  # fmt: skip


@pytest.mark.parametrize(("values", "expected"), [c[1:] for c in THRESHOLDS],
                         ids=[c[0] for c in THRESHOLDS])  # fmt: skip
def test_warning_thresholds(values, expected) -> None:
    assert codes(hours(**values)) == expected


def test_a_warning_lists_the_local_hours_it_concerns() -> None:
    shoot = hours(3) + hours(2, start=CALL + timedelta(hours=3), wind_ms=14.0)
    [wind] = logic.warnings_for(shoot, TZ)
    assert wind["hours"] == ["10:00", "11:00"]  # 09:00 and 10:00 UTC, CET


@pytest.mark.parametrize(
    ("scene_type", "values", "suitability", "risk", "full"),
    [
        ("EXT", {}, "good", "low", True),
        ("EXT", {"precip_mm": 0.4}, "fair", "medium", True),
        ("EXT", {"code": 95}, "poor", "high", True),
        ("EXT", {"wind_ms": 16.0}, "poor", "high", True),
        ("INT/EXT", {"temp_c": -12.0}, "poor", "high", True),
        (None, {"precip_mm": 0.4}, "fair", "medium", True),
        ("INT", {"precip_mm": 0.4}, "good", "low", False),
        ("INT", {"code": 73}, "fair", "medium", False),
    ],
)
def test_assessment(scene_type, values, suitability, risk, full) -> None:
    result = logic.assess(hours(**values), [], scene_type, TZ)
    assert (result["suitability"], result["risk_level"], result["exterior"]) == (
        suitability, risk, full,
    )  # fmt: skip
    if full and values:
        assert result["recommendations"] and result["equipment_notes"]
    if not full:
        assert result["equipment_notes"] == []


def test_assessment_names_the_travel_conditions_for_the_route() -> None:
    travel = hours(3, start=CALL - timedelta(hours=3), code=45)
    result = logic.assess(hours(), travel, "EXT", TZ)
    assert result["travel"] == {"rain": False, "snow": False, "fog": True}
    assert result["summary"]["temp_max_c"] == 12.0


def test_split_hours_drive_and_shoot() -> None:
    call = CALL + timedelta(minutes=30)  # 06:30 UTC
    every = hours(16, start=CALL - timedelta(hours=4))
    travel, shoot = logic.split_hours(every, call)
    assert [h.at.hour for h in travel] == [3, 4, 5, 6]
    assert [h.at.hour for h in shoot] == list(range(6, 17))


def test_sun_times_in_warsaw_in_december() -> None:
    sun = logic.sun_times(52.23, 21.01, date(2026, 12, 3), TZ)
    assert sun["sunrise"].startswith("2026-12-03T07:") and sun["sunrise"].endswith("+01:00")
    assert sun["sunset"].startswith("2026-12-03T15:")
    start, end = sun["golden_hour_evening"]
    assert start < end <= sun["dusk"]


def test_sun_times_at_the_pole_say_why_there_are_none() -> None:
    assert "note" in logic.sun_times(89.9, 0.0, date(2026, 12, 3), "UTC")


def _assessment(**values) -> dict:
    return logic.assess(hours(**values), [], "EXT", TZ)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ({}, {}, []),
        ({}, {"precip_mm": 0.2}, ["new warning: precipitation"]),
        ({"precip_mm": 0.2}, {}, []),  # a warning gone is good news, not an alarm
        ({"precip_prob": 10.0}, {"precip_prob": 35.0}, []),
        ({"precip_prob": 10.0}, {"precip_prob": 40.0}, ["rain chance 10% -> 40%"]),
        ({"temp_c": 12.0}, {"temp_c": 8.0}, []),
        ({"temp_c": 12.0}, {"temp_c": 7.0}, ["temp min 12 -> 7 C", "temp max 12 -> 7 C"]),
    ],
)
def test_what_matters_in_a_refresh(old, new, expected) -> None:
    assert logic.matters_changed(_assessment(**old), _assessment(**new)) == expected


def test_a_first_forecast_matters_and_none_does_not() -> None:
    assert logic.matters_changed(None, _assessment()) == ["a forecast is now available"]
    assert logic.matters_changed(_assessment(), None) == []


@pytest.mark.parametrize(
    ("status", "hours_to_call", "hours_since_fetch", "due"),
    [
        ("forecast", 24 * 5, 23, False),
        ("forecast", 24 * 5, 24, True),
        ("forecast", 30, 2, False),
        ("forecast", 30, 3, True),
        ("unavailable", 24 * 10, 3, True),
        ("failed", 24 * 10, 1, False),
        ("forecast", -9, 5, True),  # during the shoot
        ("forecast", -11, 48, False),  # wrapped
    ],
)
def test_refresh_pace(status, hours_to_call, hours_since_fetch, due) -> None:
    now = CALL - timedelta(hours=hours_to_call)
    fetched = now - timedelta(hours=hours_since_fetch)
    assert logic.refresh_due(status=status, fetched_at=fetched, call=CALL, now=now) is due


def test_write_decisions() -> None:
    fair, wet = _assessment(), _assessment(precip_mm=1.0)
    row = {"schedule_version": 2, "revision": 3, "status": "forecast",
           "shooting_assessment": fair}  # fmt: skip
    decide = logic.decide_write
    assert decide(None, 1, "forecast", fair, refresh=False).action == "insert"
    assert decide(row, 1, "forecast", wet, refresh=False).action == "unchanged"  # stale
    assert decide(row, 2, "forecast", wet, refresh=False).action == "unchanged"  # repeated
    assert decide(row, 3, "forecast", fair, refresh=False) == logic.WriteDecision(
        "update", 4, ("new schedule version",)
    )
    assert decide(row, 2, "forecast", fair, refresh=True).action == "quiet"
    assert decide(row, 2, "forecast", wet, refresh=True) == logic.WriteDecision(
        "update", 4, ("new warning: precipitation",)
    )
    # A refresh that fails keeps the forecast we have
    assert decide(row, 2, "failed", None, refresh=True).action == "unchanged"
    failed = {**row, "status": "failed", "shooting_assessment": None}
    assert decide(failed, 2, "forecast", fair, refresh=True).reasons == (
        "a forecast is now available",
    )


def test_hour_round_trips_through_json() -> None:
    hour = hours(1, code=61, precip_mm=0.3)[0]
    assert Hour.from_json(hour.to_json()) == hour
    assert logic.describe(hours(code=61) + hours(1, code=95)) == "thunderstorm"
    assert logic.describe(hours(code=None)) == "no description"
