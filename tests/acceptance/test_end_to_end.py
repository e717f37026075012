"""End to end, as a crew member meets it: a call sheet dropped in the local inbox comes out as a
calendar event and a sent notification whose wake-up and departure follow the route arithmetic;
a revised sheet with a new call time moves the same event and sends one "schedule updated".

Real processes (worker and dispatcher) on the test's database and Redis namespace; the outside
services are the offline ones (route estimate, no forecast, .ics calendar, local outbox).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipeline.app.demo import sample_callsheet
from tests.conftest import REPO
from tests.support.waiting import wait_for

USER = "ola@example.com"
WARSAW = ZoneInfo("Europe/Warsaw")
OFFLINE = {
    "STILLONTIME_ROUTE_PROVIDER": "offline",
    "STILLONTIME_WEATHER_PROVIDER": "offline",
    "STILLONTIME_CALENDAR_PROVIDER": "ics",
}


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def sent(conn, template: str) -> list[dict]:
    return conn.execute(
        "SELECT * FROM notifications WHERE template = %s AND status = 'sent' ORDER BY created_at",
        (template,),
    ).fetchall()


def outbox_text(home: Path, notification: dict) -> str:
    return (home / "outbox" / f"{notification['id']}.txt").read_text(encoding="utf-8")


def expected_times(conn, schedule: dict) -> tuple[datetime, datetime]:
    """Departure = call - (travel + car change + parking + entry + traffic); wake-up = departure -
    morning routine, with the travel the route provider answered and the user's buffers."""
    plan = conn.execute(
        "SELECT * FROM route_plans WHERE schedule_id = %s", (schedule["id"],)
    ).fetchone()
    config = conn.execute(
        "SELECT * FROM user_configs WHERE user_id = %s", (schedule["user_id"],)
    ).fetchone()
    call = datetime.combine(schedule["shooting_date"], schedule["call_time"], WARSAW)
    before_call = (
        plan["total_travel_minutes"]
        + config["buffer_car_change"]
        + config["buffer_parking"]
        + config["buffer_entry"]
        + config["buffer_traffic"]
    )
    departure = call - timedelta(minutes=before_call)
    return departure - timedelta(minutes=config["buffer_morning_routine"]), departure


@pytest.fixture
def pipeline_env(service_env, start_service, tmp_path) -> dict[str, str]:
    env = {**service_env, **OFFLINE, "STILLONTIME_HOME": str(tmp_path / "home")}
    cli(env, "users", "add", USER, "--home", "ul. Prosta 1, 00-838 Warszawa",
        "--timezone", "Europe/Warsaw")  # fmt: skip
    start_service("worker", "--processes", "1", "--threads", "2", env=env)
    start_service("dispatcher", env=env)
    return env


def test_a_call_sheet_becomes_an_event_and_a_message_and_a_revision_moves_both(
    conn, pipeline_env, tmp_path
) -> None:
    env, home = pipeline_env, Path(pipeline_env["STILLONTIME_HOME"])
    day = date.today() + timedelta(days=3)
    first = tmp_path / "day5.pdf"
    first.write_bytes(sample_callsheet(day, "07:00"))

    # When the sheet enters through the local inbox
    cli(env, "ingest", str(first), "--user", USER)

    # Then one "schedule processed" message is sent, with the wake-up and departure the route
    # arithmetic gives for the 07:00 call
    [processed] = wait_for(lambda: sent(conn, "schedule_processed"), timeout=120)
    schedule = conn.execute("SELECT * FROM schedule_data").fetchone()
    assert (schedule["status"], schedule["version"]) == ("confirmed", 1)
    assert schedule["call_time"].strftime("%H:%M") == "07:00"
    wake, departure = expected_times(conn, schedule)
    text = outbox_text(home, processed)
    assert f"Wake-up         {wake:%H:%M}" in text
    assert f"Departure       {departure:%H:%M}" in text
    assert "Call            07:00" in text
    # and the day is a calendar event from departure, with alarms, in the set's time zone
    event = conn.execute("SELECT * FROM calendar_events").fetchone()
    assert (event["provider"], event["sync_status"], event["schedule_version"]) == (
        "ics",
        "synced",
        1,
    )
    assert event["start_time"] == departure
    ics = cli(env, "calendar", "ics", str(schedule["id"])).stdout
    assert "BEGIN:VALARM" in ics
    assert f"DTSTART;TZID=Europe/Warsaw:{departure:%Y%m%dT%H%M%S}" in ics

    # When a revised sheet moves the call to 07:30
    revised = tmp_path / "day5-revised.pdf"
    revised.write_bytes(sample_callsheet(day, "07:30", revised=True))
    cli(env, "ingest", str(revised), "--user", USER)

    # Then exactly one "schedule updated" message names the change, and the same event moved
    [updated] = wait_for(lambda: sent(conn, "schedule_updated"), timeout=120)
    schedule2 = conn.execute("SELECT * FROM schedule_data").fetchone()
    assert (schedule2["id"], schedule2["version"]) == (schedule["id"], 2)
    wake2, departure2 = expected_times(conn, schedule2)
    assert departure2 - departure == timedelta(minutes=30)
    update = outbox_text(home, updated)
    assert "call moved 07:00 -> 07:30" in update
    assert f"wake-up now {wake2:%H:%M}" in update
    wait_for(
        lambda: conn.execute(
            "SELECT schedule_version = 2 AND sync_status = 'synced' AS ok FROM calendar_events"
        ).fetchone()["ok"],
        timeout=120,
    )
    events = conn.execute("SELECT * FROM calendar_events").fetchall()
    assert len(events) == 1
    assert events[0]["calendar_event_id"] == event["calendar_event_id"]
    assert events[0]["start_time"] == departure2
    ics2 = cli(env, "calendar", "ics", str(schedule["id"])).stdout
    assert f"DTSTART;TZID=Europe/Warsaw:{departure2:%Y%m%dT%H%M%S}" in ics2
    # Nothing was sent twice
    assert len(sent(conn, "schedule_processed")) == 1
    assert len(sent(conn, "schedule_updated")) == 1
    assert len(list((home / "calendar").rglob("*.ics"))) == 1
