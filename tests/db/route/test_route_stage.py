"""The route stage against a real database and fake providers on loopback."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from psycopg.types.json import Jsonb

from pipeline.route.service import plan_route
from tests.db.route.conftest import BASE, HOUSE
from tests.support import rows
from tests.support.fake_outside import Answer

DAY = date.today() + timedelta(days=2)
WARSAW = ZoneInfo("Europe/Warsaw")


def plans(conn, schedule_id):
    return conn.execute(
        "SELECT * FROM route_plans WHERE schedule_id = %s", (schedule_id,)
    ).fetchall()


def route_events(conn, schedule_id):
    return conn.execute(
        "SELECT schedule_version FROM events WHERE kind = 'route_planned' AND schedule_id = %s "
        "ORDER BY id",
        (schedule_id,),
    ).fetchall()


def local(moment):
    return moment.astimezone(WARSAW).strftime("%H:%M")


def day(conn, **extra):
    user_id = rows.add_user(conn)
    return user_id, rows.add_shooting_day(conn, user_id, shooting_date=DAY, **extra)


def test_a_confirmed_day_gets_a_plan_once(conn, outside) -> None:
    user_id, schedule_id = day(conn, call_time="07:00")
    # When the plan is made, twice (a redelivered message)
    first = plan_route(schedule_id, user_id, 1)
    second = plan_route(schedule_id, user_id, 1)
    # Then one plan, from Google with traffic, in the set's time zone; one event (the repeat
    # is known before any provider is asked)
    assert (first.action, second.action) == ("insert", "skipped")
    assert second.reason == "already planned with this weather"
    # And planned again on request (`route plan`), the same plan is not rewritten
    assert plan_route(schedule_id, user_id, 1, force=True).action == "unchanged"
    [plan] = plans(conn, schedule_id)
    assert (plan["provider"], float(plan["confidence_score"])) == ("google", 0.9)
    assert (plan["timezone"], plan["schedule_version"], plan["revision"]) == (
        "Europe/Warsaw", 1, 1,
    )  # fmt: skip
    [segment] = plan["route_segments"]
    assert (segment["from"], segment["to"], segment["found"]) == ("home", "set", True)
    travel = plan["total_travel_minutes"]
    assert travel == segment["duration_minutes"] and travel >= 1
    assert local(plan["arrival_time"]) == "06:40"
    assert (plan["arrival_time"] - plan["departure_time"]).total_seconds() == (travel + 35) * 60
    assert (plan["departure_time"] - plan["wake_up_time"]).total_seconds() == 45 * 60
    assert plan["traffic_info"]["traffic_aware"] is True
    assert len(route_events(conn, schedule_id)) == 1
    # Google was asked about the traffic at the hour the crew drives, with the key in a header
    call = outside.fake.calls("computeRoutes")[0]
    assert call.headers["x-goog-api-key"] == "test-maps-key"
    assert call.body["departureTime"].startswith(DAY.isoformat())


def test_pickup_at_the_equipment_house_and_the_unit_base(conn, outside) -> None:
    user_id, schedule_id = day(conn, base_location=BASE, pickup=True)
    conn.execute(
        "UPDATE user_configs SET equipment_house_address = %s WHERE user_id = %s",
        (HOUSE, user_id),
    )
    plan_route(schedule_id, user_id, 1)
    [plan] = plans(conn, schedule_id)
    legs = [(s["from"], s["to"]) for s in plan["route_segments"]]
    assert legs == [("home", "equipment_house"), ("equipment_house", "unit_base")]
    assert plan["total_travel_minutes"] == sum(
        s["duration_minutes"] for s in plan["route_segments"]
    )


def test_a_revision_replaces_the_plan_and_a_stale_message_does_nothing(conn, outside) -> None:
    user_id, schedule_id = day(conn, call_time="07:00")
    plan_route(schedule_id, user_id, 1)
    [before] = plans(conn, schedule_id)
    # When the revised sheet moves the call an hour earlier
    version = rows.revise_call(conn, schedule_id, "06:00")
    # Then a late message for version 1 is ignored ...
    assert plan_route(schedule_id, user_id, 1).action == "skipped"
    assert plans(conn, schedule_id) == [before]
    # ... and the message for version 2 replaces the plan, not duplicates it
    assert plan_route(schedule_id, user_id, version).action == "update"
    [after] = plans(conn, schedule_id)
    assert after["id"] == before["id"]
    assert (after["schedule_version"], after["revision"]) == (2, 2)
    assert (before["wake_up_time"] - after["wake_up_time"]).total_seconds() == 3600
    assert [e["schedule_version"] for e in route_events(conn, schedule_id)] == [1, 2]


def test_a_cancelled_day_is_not_planned(conn, outside) -> None:
    user_id, schedule_id = day(conn)
    conn.execute("UPDATE schedule_data SET status = 'cancelled' WHERE id = %s", (schedule_id,))
    outcome = plan_route(schedule_id, user_id, 1)
    assert (outcome.action, outcome.reason) == ("skipped", "schedule is cancelled")
    assert plans(conn, schedule_id) == []


def test_a_provider_error_then_success_is_retried(conn, outside) -> None:
    outside.fake.script("computeRoutes", Answer(status=500), Answer(status=429))
    user_id, schedule_id = day(conn)
    plan_route(schedule_id, user_id, 1)
    [plan] = plans(conn, schedule_id)
    assert plan["provider"] == "google"
    assert [w["code"] for w in plan["warnings"]] == []
    assert len(outside.fake.calls("computeRoutes")) == 3


def test_a_hanging_provider_falls_back_to_the_offline_estimate(conn, outside) -> None:
    outside.fake.script("computeRoutes", *[Answer(hang=2.0)] * 3)
    user_id, schedule_id = day(conn)
    plan_route(schedule_id, user_id, 1)
    [plan] = plans(conn, schedule_id)
    assert (plan["provider"], float(plan["confidence_score"])) == ("offline", 0.3)
    [warning] = plan["warnings"]
    assert warning["code"] == "provider_fallback"
    assert "google failed" in warning["message"] and "timed out" in warning["message"]


def test_a_nonsense_answer_falls_back_too(conn, outside) -> None:
    outside.fake.script("computeRoutes", Answer(raw=b"<html>maintenance</html>"))
    user_id, schedule_id = day(conn)
    plan_route(schedule_id, user_id, 1)
    [plan] = plans(conn, schedule_id)
    assert plan["provider"] == "offline"
    assert "not JSON" in plan["warnings"][0]["message"]


def test_an_unknown_address_gives_a_plan_that_says_so(conn, outside) -> None:
    user_id, schedule_id = day(conn, location="Ulica Nieistniejąca 404, Zadupie")
    outcome = plan_route(schedule_id, user_id, 1)
    assert outcome.action == "insert"
    [plan] = plans(conn, schedule_id)
    assert (plan["provider"], float(plan["confidence_score"])) == ("none", 0.0)
    # The user's time zone stands in for the set's
    assert plan["timezone"] == "UTC"
    [warning] = [w for w in plan["warnings"] if w["code"] == "route_not_found"]
    assert "address not found: 'Ulica Nieistniejąca 404, Zadupie'" in warning["message"]
    assert plan["total_travel_minutes"] == 60
    assert outside.fake.calls("computeRoutes") == []


def test_provider_finding_no_route(conn, outside) -> None:
    outside.fake.script("computeRoutes", Answer(json={}))
    user_id, schedule_id = day(conn)
    plan_route(schedule_id, user_id, 1)
    [plan] = plans(conn, schedule_id)
    assert [w["code"] for w in plan["warnings"]] == ["route_not_found"]
    assert "google found no route" in plan["warnings"][0]["message"]
    assert plan["route_segments"][0]["found"] is False


def test_forecast_rain_adds_to_the_buffers_and_replans(conn, outside) -> None:
    # Given a plan made before the weather was known
    user_id, schedule_id = day(conn)
    plan_route(schedule_id, user_id, 1)
    [before] = plans(conn, schedule_id)
    # When the weather stage records rain on the drive
    conn.execute(
        """INSERT INTO weather_data (user_id, schedule_id, schedule_version, status, provider,
                                     forecast_date, location, coordinates, shooting_assessment)
           VALUES (%s, %s, 1, 'forecast', 'open-meteo', %s, 'Plac Defilad 1, Warszawa',
                   point(21.006, 52.2318),
                   '{"travel": {"rain": true, "snow": false, "fog": false}}')""",
        (user_id, schedule_id, DAY),
    )
    outcome = plan_route(schedule_id, user_id, 1)
    # Then the plan is revised: traffic +15, parking +5, and it says so
    [after] = plans(conn, schedule_id)
    assert (outcome.action, after["revision"]) == ("update", 2)
    assert (after["buffers"]["traffic"], after["buffers"]["parking"]) == (35, 15)
    assert after["buffers"]["weather_adjustment"]["reasons"] == ["rain"]
    assert (before["departure_time"] - after["departure_time"]).total_seconds() == 20 * 60
    assert "weather_buffers" in [w["code"] for w in after["warnings"]]
    assert len(route_events(conn, schedule_id)) == 2


def add_weather(conn, user_id, schedule_id, *, rain: bool, revision: int = 1) -> None:
    conn.execute(
        """INSERT INTO weather_data (user_id, schedule_id, schedule_version, revision, status,
                                     provider, forecast_date, location, coordinates,
                                     shooting_assessment)
           VALUES (%s, %s, 1, %s, 'forecast', 'open-meteo', %s, 'Plac Defilad 1, Warszawa',
                   point(21.006, 52.2318), %s)
           ON CONFLICT (schedule_id) DO UPDATE
              SET revision = EXCLUDED.revision,
                  shooting_assessment = EXCLUDED.shooting_assessment""",
        (user_id, schedule_id, revision, DAY,
         Jsonb({"travel": {"rain": rain, "snow": False, "fog": False}})),
    )  # fmt: skip


def test_weather_that_moves_no_buffer_is_carried_without_planning_again(conn, outside) -> None:
    # Given a day planned with its first (dry) forecast
    user_id, schedule_id = day(conn)
    add_weather(conn, user_id, schedule_id, rain=False)
    assert plan_route(schedule_id, user_id, 1).action == "insert"
    routed = len(outside.fake.calls("computeRoutes"))
    # When a refresh brings a new revision that is dry too (a new warning, say)
    add_weather(conn, user_id, schedule_id, rain=False, revision=2)
    outcome = plan_route(schedule_id, user_id, 1)
    # Then the plan carries it, same times, no provider asked: route_planned for the calendar
    assert (outcome.action, outcome.revision) == ("carry", 2)
    [plan] = plans(conn, schedule_id)
    assert (plan["revision"], plan["weather_revision"]) == (2, 2)
    assert plan["buffers"]["weather_adjustment"]["reasons"] == []
    assert len(outside.fake.calls("computeRoutes")) == routed
    assert len(route_events(conn, schedule_id)) == 2
    # And the same message again changes nothing
    outcome = plan_route(schedule_id, user_id, 1)
    assert (outcome.action, outcome.reason) == ("skipped", "already planned with this weather")
    assert len(route_events(conn, schedule_id)) == 2
    # But rain in a later revision of the forecast plans the day again
    add_weather(conn, user_id, schedule_id, rain=True, revision=3)
    outcome = plan_route(schedule_id, user_id, 1)
    assert (outcome.action, outcome.revision) == ("update", 3)
    [plan] = plans(conn, schedule_id)
    assert (plan["weather_revision"], plan["buffers"]["traffic"]) == (3, 35)
    assert len(route_events(conn, schedule_id)) == 3


def test_a_plan_made_with_older_weather_does_not_overwrite_a_newer_one(conn, outside) -> None:
    # Given a plan being made before any forecast (the router holds its answer)
    user_id, schedule_id = day(conn)
    arrived, release = outside.fake.hold("computeRoutes")
    outcomes = []
    planner = threading.Thread(target=lambda: outcomes.append(plan_route(schedule_id, user_id, 1)))
    planner.start()
    assert arrived.wait(10)
    # When rain is forecast meanwhile, and its own message plans the day with it
    add_weather(conn, user_id, schedule_id, rain=True)
    with_rain = plan_route(schedule_id, user_id, 1)
    release.set()
    planner.join(30)
    # Then the older plan, made without the rain, does not overwrite the one with it
    assert with_rain.action == "insert"
    assert [(o.action, o.reason) for o in outcomes] == [
        ("skipped", "a plan with newer weather was written")
    ]
    [plan] = plans(conn, schedule_id)
    assert plan["buffers"]["weather_adjustment"]["reasons"] == ["rain"]
    assert plan["weather_revision"] == 1
    assert len(route_events(conn, schedule_id)) == 1


def test_a_geocoder_that_is_down_leaves_the_city_centres(conn, outside) -> None:
    outside.fake.script("/search", *[Answer(status=503)] * 6)
    user_id, schedule_id = day(conn)
    plan_route(schedule_id, user_id, 1)
    [plan] = plans(conn, schedule_id)
    assert plan["timezone"] == "Europe/Warsaw"  # Warszawa, from the address itself
    [warning] = plan["warnings"]
    assert warning["code"] == "provider_fallback"
    assert "nominatim unavailable, home placed at Warszawa (city centre)" in warning["message"]
