"""The calendar and notifications commands, run as the real CLI."""

from __future__ import annotations

import subprocess
import sys
from datetime import time
from pathlib import Path

from pipeline.calendar.providers import CalendarSettings
from pipeline.calendar.service import sync_schedule
from pipeline.notify.service import prepare_schedule
from tests.conftest import REPO
from tests.support import dayrows
from tests.support.dump import plain_dump


def run(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_calendar_ics_prints_the_days_file(conn, service_env, tmp_path: Path):
    env = {**service_env, "STILLONTIME_HOME": str(tmp_path)}
    day = dayrows.add_day(conn)
    sync_schedule(day["schedule_id"], settings=CalendarSettings(), home=tmp_path)
    shown = run(env, "calendar", "ics", str(day["schedule_id"]))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("BEGIN:VCALENDAR") and "BEGIN:VALARM" in shown.stdout
    assert f"DTSTART;TZID=Europe/Warsaw:{dayrows.ics_stamp(time(5, 35))}" in shown.stdout
    path = run(env, "calendar", "path", str(day["schedule_id"]))
    assert path.stdout.strip().startswith(str(tmp_path / "calendar"))
    missing = run(env, "calendar", "ics", "00000000-0000-0000-0000-000000000000")
    assert missing.returncode == 1


def test_channels_are_added_listed_redacted_and_removed(conn, service_env, database, tmp_path):
    env = {**service_env, "STILLONTIME_HOME": str(tmp_path)}
    email = conn.execute(
        "SELECT email FROM users WHERE id = %s", (dayrows.add_day(conn)["user_id"],)
    ).fetchone()["email"]
    url = "ntfys://tok_SECRET123@ntfy.example.com/my-topic"
    added = run(env, "notifications", "channel", "add", "--user", email, "phone", url)
    assert added.returncode == 0, added.stderr
    assert "phone (push) saved" in added.stdout
    listed = run(env, "notifications", "channels", "--user", email)
    assert "ntfys://ntfy.example.com/…" in listed.stdout and "SECRET" not in listed.stdout
    assert "tok_SECRET123" not in plain_dump(database)
    bad = run(env, "notifications", "channel", "add", "--user", email, "x", "nope://what")
    assert bad.returncode == 1
    removed = run(env, "notifications", "channel", "remove", "--user", email, "phone")
    assert removed.returncode == 0
    assert "local outbox" in run(env, "notifications", "channels", "--user", email).stdout


def test_send_due_and_list(conn, service_env, tmp_path):
    env = {**service_env, "STILLONTIME_HOME": str(tmp_path)}
    day = dayrows.add_day(conn)
    sync_schedule(day["schedule_id"], settings=CalendarSettings(), home=tmp_path)
    prepare_schedule(day["schedule_id"])
    sent = run(env, "notifications", "send-due")
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.startswith("sent ")
    assert len(list((tmp_path / "outbox").glob("*.txt"))) >= 1
    listed = run(env, "notifications", "list")
    assert "schedule_processed" in listed.stdout and " sent " in listed.stdout
