"""A confirmed day through the real dispatcher and a real worker process: plan and forecast."""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.outbox.dispatcher import Dispatcher
from pipeline.outbox.routing import ROUTES
from tests.db.route.conftest import PLACES, outside_env
from tests.support import rows
from tests.support.fake_outside import FakeOutside, FakeServer, Weather
from tests.support.waiting import wait_for

DAY = date.today() + timedelta(days=3)


def one(conn, table, schedule_id):
    found = conn.execute(f"SELECT * FROM {table} WHERE schedule_id = %s", (schedule_id,)).fetchall()
    assert len(found) <= 1, f"{table} duplicated"
    return found[0] if found else None


def settled_for(conn, schedule_id, version):
    """The plan and the record are for ``version`` and the plan has used the rain."""
    plan, weather = one(conn, "route_plans", schedule_id), one(conn, "weather_data", schedule_id)
    if not plan or not weather:
        return None
    if (plan["schedule_version"], weather["schedule_version"]) != (version, version):
        return None
    if plan["buffers"]["weather_adjustment"]["reasons"] != ["rain"]:
        return None
    return plan, weather


def test_a_confirmed_day_gets_a_plan_and_a_forecast_and_a_revision_replaces_them(
    conn, database, broker, start_service, run_in_thread
) -> None:
    # Given a real worker whose providers are fake servers (rain all day), and a dispatcher
    with FakeServer(FakeOutside(places=dict(PLACES))) as server:
        server.fake.weather = Weather(precipitation=0.8, weather_code=61,
                                      precipitation_probability=90)  # fmt: skip
        start_service("worker", "--processes", "1", "--threads", "2",
                      env=outside_env(server.url))  # fmt: skip
        run_in_thread(Dispatcher(broker, url=database, routes=ROUTES).run_forever)
        user_id = rows.add_user(conn)
        # When a day is confirmed
        schedule_id = rows.add_shooting_day(conn, user_id, shooting_date=DAY, call_time="07:00")
        # Then it gets a forecast, and a plan made once, with the rain (weather, then route)
        plan, weather = wait_for(lambda: settled_for(conn, schedule_id, 1), what="v1 settled")
        assert (plan["revision"], plan["weather_revision"]) == (1, weather["revision"])
        assert (weather["status"], weather["provider"]) == ("forecast", "open-meteo")
        assert "precipitation" in [w["code"] for w in weather["warnings"]]
        assert plan["provider"] == "google"
        assert plan["buffers"]["traffic"] == 35
        # When the revised sheet moves the call to 06:00
        version = rows.revise_call(conn, schedule_id, "06:00")
        # Then both are replaced (not duplicated) for version 2
        plan2, weather2 = wait_for(lambda: settled_for(conn, schedule_id, version),
                                   what="v2 settled")  # fmt: skip
        assert (plan2["id"], weather2["id"]) == (plan["id"], weather["id"])
        assert (plan["wake_up_time"] - plan2["wake_up_time"]).total_seconds() == 3600
        assert (plan2["revision"], weather2["revision"]) == (2, 2)
        assert plan2["weather_revision"] == 2
    # Every delivery ended well
    failed = conn.execute(
        "SELECT actor_name, status, last_error FROM event_deliveries WHERE status <> 'done'"
    ).fetchall()
    assert wait_for(
        lambda: conn.execute(
            "SELECT count(*) = 0 AS ok FROM event_deliveries WHERE status <> 'done'"
        ).fetchone()["ok"],
        what=f"deliveries done ({failed})",
    )
