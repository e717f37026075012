"""The route plan's time arithmetic, buffers, weather adjustments and warnings (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from pipeline.route import logic
from pipeline.route.logic import Buffers, Leg, Stop

HOME, SET = Stop("home", "ul. Prosta 1, Warszawa"), Stop("set", "Plac Defilad 1, Warszawa")


def leg(minutes: int, *, found: bool = True, traffic: int | None = None) -> Leg:
    return Leg(HOME, SET, minutes * 1000, minutes * 60, "test", 0.8, found,
               traffic * 60 if traffic else None, None if found else "no road")  # fmt: skip


def local(moment: datetime, tz: str) -> str:
    return moment.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M %Z")


# (case, tz, date, call, travel minutes, wake-up, departure, arrival), local times, default
# buffers: car change 15, parking 10, entry 10, traffic 20, morning routine 45.
CASES = [
    ("plain morning", "Europe/Warsaw", "2026-12-03", "07:00", 30,
     "2026-12-03 04:50 CET", "2026-12-03 05:35 CET", "2026-12-03 06:40 CET"),
    ("wake-up the day before", "Europe/Warsaw", "2026-12-03", "02:00", 60,
     "2026-12-02 23:20 CET", "2026-12-03 00:05 CET", "2026-12-03 01:40 CET"),
    ("call just after midnight", "Europe/Warsaw", "2026-12-03", "00:15", 10,
     "2026-12-02 22:25 CET", "2026-12-02 23:10 CET", "2026-12-02 23:55 CET"),
    # Clocks go forward at 02:00 CET -> 03:00 CEST: from wake-up to call is 3 h 40 min real.
    ("05:00 call, Warsaw spring forward", "Europe/Warsaw", "2026-03-29", "05:00", 60,
     "2026-03-29 01:20 CET", "2026-03-29 03:05 CEST", "2026-03-29 04:40 CEST"),
    # Clocks go back at 03:00 CEST -> 02:00 CET.
    ("05:00 call, Warsaw fall back", "Europe/Warsaw", "2026-10-25", "05:00", 60,
     "2026-10-25 02:20 CET", "2026-10-25 03:05 CET", "2026-10-25 04:40 CET"),
    ("05:00 call, Warsaw fall back, long drive", "Europe/Warsaw", "2026-10-25", "05:00", 120,
     "2026-10-25 02:20 CEST", "2026-10-25 02:05 CET", "2026-10-25 04:40 CET"),
    ("05:00 call, Los Angeles spring forward", "America/Los_Angeles", "2026-03-08", "05:00",
     120, "2026-03-08 00:20 PST", "2026-03-08 01:05 PST", "2026-03-08 04:40 PDT"),
    # Clocks go back at 02:00 PDT -> 01:00 PST: the wake-up's wall clock is later than the
    # departure's, an hour and a quarter before it in real time.
    ("05:00 call, Los Angeles fall back", "America/Los_Angeles", "2026-11-01", "05:00", 180,
     "2026-11-01 01:20 PDT", "2026-11-01 01:05 PST", "2026-11-01 04:40 PST"),
    ("summer evening shoot", "America/Los_Angeles", "2026-07-01", "18:30", 45,
     "2026-07-01 16:05 PDT", "2026-07-01 16:50 PDT", "2026-07-01 18:10 PDT"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("tz", "day", "call", "travel", "wake", "leave", "arrive"),
    [c[1:] for c in CASES], ids=[c[0] for c in CASES],
)  # fmt: skip
def test_times_of_the_day(tz, day, call, travel, wake, leave, arrive) -> None:
    plan = logic.compute_plan(
        shooting_date=date.fromisoformat(day), call_time=time.fromisoformat(call), tz=tz,
        legs=[leg(travel)], buffers=Buffers(),
    )  # fmt: skip
    assert (local(plan.wake_up, tz), local(plan.departure, tz), local(plan.arrival, tz)) == (
        wake, leave, arrive,
    )  # fmt: skip
    # Real elapsed time always matches the buffers, whatever the clocks did.
    assert (plan.call - plan.wake_up).total_seconds() == (travel + 100) * 60
    assert plan.total_travel_minutes == travel


def test_the_spring_forward_wake_up_is_real_time_not_wall_clock() -> None:
    plan = logic.compute_plan(
        shooting_date=date(2026, 3, 29), call_time=time(5, 0), tz="Europe/Warsaw",
        legs=[leg(60)], buffers=Buffers(),
    )  # fmt: skip
    assert plan.call == datetime(2026, 3, 29, 3, 0, tzinfo=UTC)
    assert plan.wake_up == datetime(2026, 3, 29, 0, 20, tzinfo=UTC)
    assert [w["code"] for w in plan.warnings] == ["early_wake_up"]


@pytest.mark.parametrize(
    ("buffers", "travel", "minutes_before_call"),
    [
        (Buffers(), 30, 30 + 15 + 10 + 10 + 20),
        (Buffers(car_change=5, parking=5, entry=5, traffic=5, morning_routine=5), 0, 20),
        (Buffers(120, 120, 120, 120, 120), 60, 60 + 480),
    ],
)
def test_departure_is_call_minus_travel_and_every_buffer_but_the_morning(
    buffers, travel, minutes_before_call
) -> None:
    plan = logic.compute_plan(
        shooting_date=date(2026, 6, 10), call_time=time(12, 0), tz="Europe/Warsaw",
        legs=[leg(travel)], buffers=buffers,
    )  # fmt: skip
    assert (plan.call - plan.departure).total_seconds() == minutes_before_call * 60
    assert (plan.departure - plan.wake_up).total_seconds() == buffers.morning_routine * 60
    assert (plan.call - plan.arrival).total_seconds() == (buffers.parking + buffers.entry) * 60


@pytest.mark.parametrize(
    ("conditions", "traffic", "parking"),
    [
        (None, 20, 10),
        ({"rain": False, "snow": False, "fog": False}, 20, 10),
        ({"rain": True}, 35, 15),
        ({"snow": True}, 35, 15),
        ({"rain": True, "snow": True}, 35, 15),
        ({"fog": True}, 40, 10),
        ({"rain": True, "fog": True}, 55, 15),
    ],
)
def test_weather_adjusts_the_buffers_and_the_plan_says_so(conditions, traffic, parking) -> None:
    plan = logic.compute_plan(
        shooting_date=date(2026, 12, 3), call_time=time(9, 0), tz="Europe/Warsaw",
        legs=[leg(20)], buffers=Buffers(), travel_conditions=conditions,
    )  # fmt: skip
    assert (plan.buffers["traffic"], plan.buffers["parking"]) == (traffic, parking)
    assert plan.buffers["configured"] == Buffers().as_dict()
    said = [w for w in plan.warnings if w["code"] == "weather_buffers"]
    assert bool(said) == (traffic != 20)
    if said:
        assert f"+{traffic - 20} min" in said[0]["message"]


def test_warnings_early_wake_up_long_travel_and_no_route() -> None:
    plan = logic.compute_plan(
        shooting_date=date(2026, 12, 3), call_time=time(8, 0), tz="Europe/Warsaw",
        legs=[leg(100), leg(90, found=False)], buffers=Buffers(),
    )  # fmt: skip
    codes = [w["code"] for w in plan.warnings]
    assert codes == ["route_not_found", "early_wake_up", "long_travel"]
    assert plan.total_travel_minutes == 190
    assert "3 h 10 min" in plan.warnings[-1]["message"]


def test_a_wake_up_at_four_is_not_early_but_a_minute_before_is() -> None:
    def codes(call: str) -> list[str]:
        plan = logic.compute_plan(
            shooting_date=date(2026, 12, 3), call_time=time.fromisoformat(call),
            tz="Europe/Warsaw", legs=[leg(20)], buffers=Buffers(),
        )  # fmt: skip
        return [w["code"] for w in plan.warnings]

    assert codes("06:00") == []  # wake-up 04:00
    assert codes("05:59") == ["early_wake_up"]


def test_traffic_duration_is_used_when_known() -> None:
    plan = logic.compute_plan(
        shooting_date=date(2026, 12, 3), call_time=time(9, 0), tz="Europe/Warsaw",
        legs=[leg(30, traffic=42)], buffers=Buffers(),
    )  # fmt: skip
    assert plan.total_travel_minutes == 42
    assert plan.traffic_info == {"traffic_aware": True, "traffic_delay_minutes": 12,
                                 "weather": []}  # fmt: skip
    assert plan.segments[0]["free_flow_minutes"] == 30


def test_a_call_in_the_skipped_or_repeated_hour_takes_the_earlier_reading() -> None:
    skipped = logic.local_instant(date(2026, 3, 29), time(2, 30), "Europe/Warsaw")
    repeated = logic.local_instant(date(2026, 10, 25), time(2, 30), "Europe/Warsaw")
    assert skipped == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert repeated == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("pickup", "house", "base", "expected"),
    [
        (False, "Chełmska 21", None, ["home", "set"]),
        (True, "Chełmska 21", None, ["home", "equipment_house", "set"]),
        (True, None, None, ["home", "set"]),
        (True, "  ", None, ["home", "set"]),
        (False, None, "Emilii Plater 14", ["home", "unit_base"]),
        (True, "Chełmska 21", "Emilii Plater 14", ["home", "equipment_house", "unit_base"]),
    ],
)
def test_stops(pickup, house, base, expected) -> None:
    schedule = {"needs_equipment_pickup": pickup, "base_location": base, "location": "Set 1"}
    config = {"home_address": "Home 1", "equipment_house_address": house}
    assert [s.kind for s in logic.stops(schedule, config)] == expected


def test_leg_departures_work_back_from_the_arrival() -> None:
    call = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    starts = logic.leg_departures(call, Buffers(), [1800, 3600])
    # arrival 07:40; second leg starts 06:40; first 06:10, less car change and traffic 05:35
    assert [s.strftime("%H:%M") for s in starts] == ["05:35", "06:40"]


def _row(plan: logic.Plan, version: int = 1, revision: int = 1) -> dict:
    return {
        "schedule_version": version, "revision": revision, "wake_up_time": plan.wake_up,
        "departure_time": plan.departure, "arrival_time": plan.arrival,
        "total_travel_minutes": plan.total_travel_minutes, "buffers": plan.buffers,
        "provider": plan.provider, "warnings": list(plan.warnings),
        "route_segments": list(plan.segments),
    }  # fmt: skip


def test_write_decisions() -> None:
    def plan(travel: int) -> logic.Plan:
        return logic.compute_plan(
            shooting_date=date(2026, 12, 3), call_time=time(8, 0), tz="Europe/Warsaw",
            legs=[leg(travel)], buffers=Buffers(),
        )  # fmt: skip

    assert logic.decide_write(plan(30), 1, None) == logic.WriteDecision("insert", 1)
    assert logic.decide_write(plan(30), 1, _row(plan(30))).action == "unchanged"
    # Traffic that moves the times by a few minutes is not a new plan; five minutes is
    assert logic.decide_write(plan(34), 1, _row(plan(30))).action == "unchanged"
    assert logic.decide_write(plan(35), 1, _row(plan(30))).action == "update"
    assert logic.decide_write(plan(40), 1, _row(plan(30), revision=2)) == logic.WriteDecision(
        "update", 3
    )
    # A new schedule version is always written, even with the same times.
    assert logic.decide_write(plan(30), 2, _row(plan(30))) == logic.WriteDecision("update", 2)
    # A message computed for an older version never overwrites a newer plan.
    assert logic.decide_write(plan(40), 1, _row(plan(30), version=2)).action == "unchanged"


@pytest.mark.parametrize("module", ["pipeline/route/logic.py", "pipeline/weather/logic.py"])
def test_pure_logic_does_no_io(module) -> None:
    from tests.conftest import REPO

    text = (REPO / module).read_text()
    for name in ("psycopg", "redis", "dramatiq", "httpx", "datetime.now", "time.time"):
        assert name not in text, f"{module} uses {name}"


def test_travel_conditions_are_used_only_from_a_forecast_for_this_version() -> None:
    rain = {"rain": True, "snow": False, "fog": False}
    forecast = {"schedule_version": 2, "status": "forecast", "travel": rain}
    assert logic.travel_conditions_for(2, forecast) == rain
    assert logic.travel_conditions_for(3, forecast) is None
    assert logic.travel_conditions_for(2, {**forecast, "status": "unavailable"}) is None
    assert logic.travel_conditions_for(2, None) is None


def test_new_weather_replans_only_when_it_moves_a_buffer() -> None:
    dry = {
        "schedule_version": 1,
        "buffers": {"weather_adjustment": {"traffic": 0, "parking": 0, "reasons": []}},
    }
    wet = {
        "schedule_version": 1,
        "buffers": {"weather_adjustment": {"traffic": 15, "parking": 5, "reasons": ["rain"]}},
    }
    rain = {"rain": True, "snow": False, "fog": False}
    assert not logic.weather_changes_plan(dry, 1, None)
    assert not logic.weather_changes_plan(dry, 1, {"rain": False})
    assert logic.weather_changes_plan(dry, 1, rain)
    assert not logic.weather_changes_plan(wet, 1, rain)
    assert logic.weather_changes_plan(wet, 1, None)
    assert logic.weather_changes_plan(None, 1, None)  # no plan yet
    assert logic.weather_changes_plan(dry, 2, None)  # a plan for another version


def test_a_weather_message_plans_carries_or_skips() -> None:
    dry = {
        "schedule_version": 1, "weather_revision": 2,
        "buffers": {"weather_adjustment": {"traffic": 0, "parking": 0, "reasons": []}},
    }  # fmt: skip

    def weather(revision: int, **travel: bool) -> dict:
        travel = {"rain": False, "snow": False, "fog": False, **travel}
        return {"schedule_version": 1, "revision": revision, "status": "forecast",
                "travel": travel}  # fmt: skip

    assert logic.plan_step(None, 1, weather(1)).action == "plan"  # no plan yet
    assert logic.plan_step({**dry, "schedule_version": 0}, 1, weather(3)).action == "plan"
    # the revision the plan has, or an older one: a repeated or stale message
    assert logic.plan_step(dry, 1, weather(2)) == logic.PlanStep(
        "skip", "already planned with this weather"
    )
    assert logic.plan_step(dry, 1, weather(1)).action == "skip"
    # a newer revision: rain moves the buffers (plan again), a dry one moves none (carry)
    assert logic.plan_step(dry, 1, weather(3, rain=True)).action == "plan"
    assert logic.plan_step(dry, 1, weather(3)).action == "carry"
    assert logic.plan_step(dry, 1, {**weather(3, fog=True), "status": "failed"}).action == "carry"
    assert logic.plan_step(dry, 1, weather(2), force=True).action == "plan"


def test_a_plan_with_newer_weather_is_not_overwritten() -> None:
    plan = {"schedule_version": 1, "weather_revision": 3}
    assert logic.has_newer_weather(plan, 1, 2)
    assert not logic.has_newer_weather(plan, 1, 3)
    assert not logic.has_newer_weather(plan, 1, 4)
    assert not logic.has_newer_weather(plan, 2, 1)  # a plan of another version
    assert not logic.has_newer_weather(None, 1, 1)
    assert logic.has_newer_weather(plan, 1, None)
