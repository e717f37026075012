"""The weather stage against a real database and a fake Open-Meteo on loopback."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pipeline.route.service import plan_route
from pipeline.weather.refresh import refresh_forecasts
from pipeline.weather.service import assess_weather
from tests.support import rows
from tests.support.fake_outside import Answer, Weather

DAY = date.today() + timedelta(days=2)


def record(conn, schedule_id):
    [row] = conn.execute(
        "SELECT *, coordinates[0] AS lon, coordinates[1] AS lat FROM weather_data "
        "WHERE schedule_id = %s",
        (schedule_id,),
    ).fetchall()
    return row


def weather_events(conn, schedule_id):
    return conn.execute(
        "SELECT schedule_version FROM events WHERE kind = 'weather_assessed' "
        "AND schedule_id = %s ORDER BY id",
        (schedule_id,),
    ).fetchall()


def day(conn, shooting_date=DAY, **extra):
    user_id = rows.add_user(conn)
    return user_id, rows.add_shooting_day(conn, user_id, shooting_date=shooting_date, **extra)


def test_a_confirmed_exterior_day_gets_a_forecast_and_an_assessment(conn, outside) -> None:
    outside.fake.weather = Weather(temperature_2m=-2.0, precipitation=0.6, weather_code=71,
                                   wind_speed_10m=12.0)  # fmt: skip
    user_id, schedule_id = day(conn, scene_type="EXT")
    first = assess_weather(schedule_id, user_id, 1)
    again = assess_weather(schedule_id, user_id, 1)
    assert (first.action, first.status, again.action) == ("insert", "forecast", "skipped")
    w = record(conn, schedule_id)
    assert (w["status"], w["provider"], w["schedule_version"], w["revision"]) == (
        "forecast", "open-meteo", 1, 1,
    )  # fmt: skip
    assert (round(w["lat"], 4), round(w["lon"], 4)) == (52.2318, 21.006)
    assert float(w["temperature"]) == -2.0 and float(w["wind_speed"]) == 12.0
    assert w["weather_code"] == 71 and w["description"] == "light snow"
    assert [x["code"] for x in w["warnings"]] == ["cold", "precipitation", "wind", "snow"]
    a = w["shooting_assessment"]
    assert (a["suitability"], a["risk_level"], a["exterior"]) == ("poor", "high", True)
    assert a["equipment_notes"] and a["recommendations"]
    assert a["travel"] == {"rain": False, "snow": True, "fog": False}
    data = w["forecast_data"]
    assert data["timezone"] == "Europe/Warsaw"
    assert data["sun"]["sunrise"].startswith(DAY.isoformat())
    assert len(data["hours"]) >= 14  # the drive and call .. call + 10 h
    assert w["expires_at"] > w["fetched_at"]
    assert len(weather_events(conn, schedule_id)) == 1


def test_a_revision_replaces_the_record_and_a_stale_message_does_nothing(conn, outside) -> None:
    user_id, schedule_id = day(conn, call_time="07:00")
    assess_weather(schedule_id, user_id, 1)
    before = record(conn, schedule_id)
    version = rows.revise_call(conn, schedule_id, "05:00")
    assert assess_weather(schedule_id, user_id, 1).action == "skipped"
    assert assess_weather(schedule_id, user_id, version).action == "update"
    after = record(conn, schedule_id)
    assert after["id"] == before["id"]
    assert (after["schedule_version"], after["revision"]) == (2, 2)
    assert after["forecast_data"]["call"] != before["forecast_data"]["call"]
    assert [e["schedule_version"] for e in weather_events(conn, schedule_id)] == [1, 2]


def test_beyond_the_horizon_the_record_says_not_yet(conn, outside) -> None:
    user_id, schedule_id = day(conn, shooting_date=date.today() + timedelta(days=30))
    outcome = assess_weather(schedule_id, user_id, 1)
    w = record(conn, schedule_id)
    assert (outcome.status, w["status"], w["error"]) == ("unavailable", "unavailable", None)
    assert "15-day horizon" in w["description"]
    assert "forecast expected from" in w["forecast_data"]["reason"]
    assert outside.fake.calls("/v1/forecast") == []  # nobody was asked
    assert w["forecast_data"]["sun"]["sunset"]  # the sun is known anyway


def test_a_provider_error_then_success(conn, outside) -> None:
    outside.fake.script("/v1/forecast", Answer(status=503))
    user_id, schedule_id = day(conn)
    assert assess_weather(schedule_id, user_id, 1).status == "forecast"
    assert len(outside.fake.calls("/v1/forecast")) == 2


def test_a_hanging_provider_fails_clearly_and_the_route_goes_on(conn, outside) -> None:
    outside.fake.script("/v1/forecast", *[Answer(hang=2.0)] * 3)
    user_id, schedule_id = day(conn)
    assert assess_weather(schedule_id, user_id, 1).status == "failed"
    w = record(conn, schedule_id)
    assert w["status"] == "failed"
    assert "open-meteo unavailable after 3 attempts: timed out" in w["error"]
    assert len(weather_events(conn, schedule_id)) == 1  # downstream hears of it
    # The route is planned all the same, without weather buffers
    assert plan_route(schedule_id, user_id, 1).action == "insert"
    buffers = conn.execute(
        "SELECT buffers FROM route_plans WHERE schedule_id = %s", (schedule_id,)
    ).fetchone()["buffers"]
    assert buffers["weather_adjustment"]["reasons"] == []


def test_a_nonsense_answer_fails_clearly(conn, outside) -> None:
    outside.fake.script(
        "/v1/forecast", Answer(json={"hourly": {"time": [1, 2], "temperature_2m": [1]}})
    )
    user_id, schedule_id = day(conn)
    assess_weather(schedule_id, user_id, 1)
    w = record(conn, schedule_id)
    assert w["status"] == "failed" and "does not match its times" in w["error"]


def test_an_unknown_set_address_fails_clearly(conn, outside) -> None:
    user_id, schedule_id = day(conn, location="Nowhere Lane 404")
    assess_weather(schedule_id, user_id, 1)
    w = record(conn, schedule_id)
    assert (w["status"], w["error"]) == ("failed", "set address not found: 'Nowhere Lane 404'")
    assert w["coordinates"] is None


def test_the_offline_provider_honestly_has_no_forecast(conn, outside, monkeypatch) -> None:
    monkeypatch.setenv("STILLONTIME_WEATHER_PROVIDER", "offline")
    user_id, schedule_id = day(conn)
    assess_weather(schedule_id, user_id, 1)
    w = record(conn, schedule_id)
    assert (w["status"], w["provider"]) == ("unavailable", "offline")
    assert "no forecast" in w["description"]


def test_refresh_tells_again_only_what_matters(conn, outside) -> None:
    # Given a dry forecast fetched a day ago
    user_id, schedule_id = day(conn)
    assess_weather(schedule_id, user_id, 1)
    conn.execute(
        "UPDATE weather_data SET fetched_at = now() - interval '25 hours' WHERE schedule_id = %s",
        (schedule_id,),
    )
    # When the refresh finds the same weather, the record is refreshed quietly
    result = refresh_forecasts()
    assert (result.due, result.revised) == (1, [])
    assert record(conn, schedule_id)["revision"] == 1
    assert len(weather_events(conn, schedule_id)) == 1
    # When rain appears, the record is revised and weather_assessed is emitted again
    outside.fake.weather = Weather(precipitation=1.2, weather_code=63,
                                   precipitation_probability=90)  # fmt: skip
    later = datetime.now(UTC) + timedelta(hours=25)
    result = refresh_forecasts(now=later)
    w = record(conn, schedule_id)
    assert result.revised == [str(schedule_id)]
    assert w["revision"] == 2 and "precipitation" in [x["code"] for x in w["warnings"]]
    assert len(weather_events(conn, schedule_id)) == 2
    # A record not yet due is left alone
    assert refresh_forecasts(now=later + timedelta(minutes=5)).due == 0


def test_refresh_picks_up_a_forecast_that_was_unavailable(conn, outside) -> None:
    user_id, schedule_id = day(conn, shooting_date=date.today() + timedelta(days=14))
    outside.fake.horizon_days = 30
    assess_weather(schedule_id, user_id, 1, now=datetime.now(UTC) - timedelta(days=10))
    assert record(conn, schedule_id)["status"] == "unavailable"
    conn.execute(
        "UPDATE weather_data SET fetched_at = now() - interval '4 hours' WHERE schedule_id = %s",
        (schedule_id,),
    )
    result = refresh_forecasts()
    w = record(conn, schedule_id)
    assert (result.revised, w["status"], w["revision"]) == ([str(schedule_id)], "forecast", 2)


def test_a_failed_refresh_keeps_the_forecast(conn, outside) -> None:
    user_id, schedule_id = day(conn)
    assess_weather(schedule_id, user_id, 1)
    outside.fake.script("/v1/forecast", *[Answer(status=500)] * 3)
    later = datetime.now(UTC) + timedelta(hours=25)
    assert refresh_forecasts(now=later).failed == 1
    assert record(conn, schedule_id)["status"] == "forecast"


def test_a_refresh_pass_keeps_to_its_time_budget(conn, outside) -> None:
    user_id, schedule_id = day(conn)
    assess_weather(schedule_id, user_id, 1)
    later = datetime.now(UTC) + timedelta(hours=25)
    result = refresh_forecasts(now=later, budget_s=0.0)
    assert (result.due, result.deferred) == (1, 1)
    assert record(conn, schedule_id)["fetched_at"] < later - timedelta(hours=24)
