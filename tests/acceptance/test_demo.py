"""The README's main job: ``stillontime demo`` on the embedded default, from nothing."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import redis

from pipeline.db.embedded import stop_embedded
from tests.conftest import REPO
from tests.support.waiting import wait_for


def test_demo_runs_a_call_sheet_through_on_the_embedded_default() -> None:
    # Given no PostgreSQL or Redis configured and an empty data folder
    home = Path(tempfile.mkdtemp(prefix="sot-demo-", dir="/tmp"))
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env |= {"STILLONTIME_HOME": str(home), "PYTHONPATH": str(REPO)}
    # When the demo runs
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    # Then it prints the confirmed day read from its call sheet and stops everything it started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "email 'the-long-acre-day5-" in result.stdout
    assert ": completed" in result.stdout
    assert "crew call  07:00   (confirmed, version 1" in result.stdout
    assert "set        Plac Defilad 1, 00-901 Warszawa" in result.stdout
    # the route arithmetic for the 07:00 call, the weather it could (not) know, the calendar
    # file, the summary and the sent message
    assert "  wake up    " in result.stdout and "  leave      " in result.stdout
    assert "weather (offline): No forecast" in result.stdout
    assert "calendar (ics, synced): THE LONG ACRE - Day 5 - Plac Defilad 1" in result.stdout
    assert ".ics" in result.stdout
    assert "    Call            07:00" in result.stdout
    assert "notification schedule_processed via local: sent ->" in result.stdout
    assert "had not settled" not in result.stdout
    assert "stopped embedded redis, postgres" in result.stderr
    assert not (home / "pgdata" / "postmaster.pid").exists()


def test_doctor_passes_on_the_demos_set_up_and_fails_clearly_when_redis_stops() -> None:
    # Given the demo run on the embedded default, then `stillontime up` on the same data folder
    home = Path(tempfile.mkdtemp(prefix="sot-doctor-", dir="/tmp"))
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env |= {"STILLONTIME_HOME": str(home), "PYTHONPATH": str(REPO)}
    env |= {"STILLONTIME_LOG_LEVEL": "WARNING"}

    def stillontime(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pipeline", *args],
            env=env, cwd=REPO, capture_output=True, text=True, timeout=600,
        )  # fmt: skip

    demo = stillontime("demo")
    assert demo.returncode == 0, demo.stdout + demo.stderr
    up = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "up", "--processes", "1"],
        env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        # When doctor runs once the services have started
        passed = wait_for(
            lambda: (r := stillontime("doctor")).returncode == 0 and r,
            timeout=180,
            what="doctor to pass under `stillontime up`",
        )
        # Then every check passes on the embedded servers; the demo kept its user in a
        # database of its own, so the install's has none yet: a warning naming `users add`
        report = passed.stdout
        assert "ok database: embedded PostgreSQL" in report and "ok redis: embedded Redis" in report
        assert "ok migrations: all " in report and "ok tesseract: " in report
        for kind in ("dispatcher", "worker", "scheduler", "poller"):
            assert f"ok service {kind}: " in report
        assert "WARN users: no users yet -> fix: stillontime users add EMAIL" in report
        assert "FAIL" not in report and "doctor passed:" in report
        # When the embedded Redis stops
        socket = home / "redis" / "redis.sock"
        with contextlib.suppress(redis.ConnectionError):
            redis.Redis(unix_socket_path=str(socket)).shutdown(nosave=True)
        failed = stillontime("doctor")
        # Then doctor fails, with one clear line and the command that starts it again
        assert failed.returncode == 1, failed.stdout
        assert f"FAIL redis: the embedded Redis is not running (unix://{socket}): " in failed.stdout
        assert "-> fix: stillontime services start\n" in failed.stdout
        assert "doctor failed:" in failed.stdout
    finally:
        up.send_signal(signal.SIGTERM)
        try:
            up.wait(timeout=60)
        except subprocess.TimeoutExpired:
            up.kill()
        stop_embedded(home)
        shutil.rmtree(home, ignore_errors=True)
