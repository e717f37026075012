"""Nothing lost under faults: 200 call sheets through real services while processes die.

Each scenario starts the real dispatcher, worker and scheduler processes on this test's
database, ingests 200 call sheets (one shooting day each) through the local inbox, injects its
fault once a fifth of them are done, recovers the way an operator (or systemd) would, and then
checks the promises: every email completed, every schedule confirmed, nothing undispatched or
in flight, and each schedule's downstream records exactly once. docs/faults.md tells the story.
"""

from __future__ import annotations

import json
import os
import pwd
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta

import psycopg
import pytest
import redis
from psycopg.rows import dict_row

from pipeline.demo import sample_callsheet
from tests.conftest import REPO
from tests.support.waiting import wait_for

BATCH = 200
OFFLINE = {
    "STILLONTIME_ROUTE_PROVIDER": "offline",
    "STILLONTIME_WEATHER_PROVIDER": "offline",
    "STILLONTIME_CALENDAR_PROVIDER": "ics",
    "STILLONTIME_NOTIFY_CHANNELS": "local",
}
USER = "faults@example.com"


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def count(conn: psycopg.Connection, query: str) -> int:
    return conn.execute(query).fetchone()["n"]


def completed(conn: psycopg.Connection) -> int:
    return count(conn, "SELECT count(*) AS n FROM processed_emails "
                       "WHERE processing_status = 'completed'")  # fmt: skip


def settled(conn: psycopg.Connection) -> bool:
    """Every email done, every event dispatched, every delivery finished."""
    row = conn.execute(
        """SELECT
             (SELECT count(*) FROM processed_emails WHERE processing_status = 'completed') AS done,
             (SELECT count(*) FROM events WHERE dispatched_at IS NULL) AS undispatched,
             (SELECT count(*) FROM event_deliveries
               WHERE status IN ('enqueued', 'retrying')) AS open"""
    ).fetchone()
    return row["done"] == BATCH and row["undispatched"] == 0 and row["open"] == 0


@pytest.fixture
def batch(conn, service_env, tmp_path) -> dict[str, str]:
    """The environment of the run, with a user and 200 call sheets waiting in the outbox."""
    env = {
        **service_env,
        **OFFLINE,
        "STILLONTIME_HOME": str(tmp_path / "home"),
        # Recovery that production leaves at minutes, shortened so the test ends soon.
        "STILLONTIME_REDELIVER_AFTER_S": "10",
        "STILLONTIME_WORKER_HEARTBEAT_TIMEOUT_MS": "3000",
        "STILLONTIME_SWEEP_INTERVAL": "1",
        "STILLONTIME_MIN_BACKOFF_MS": "100",
        "STILLONTIME_MAX_BACKOFF_MS": "1000",
        "STILLONTIME_MAX_RETRIES": "8",
    }
    made = cli(env, "users", "add", USER, "--home", "ul. Prosta 1, 00-838 Warszawa",
               "--timezone", "Europe/Warsaw")  # fmt: skip
    assert made.returncode == 0, made.stderr
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = date.today() + timedelta(days=1)
    for i in range(BATCH):
        day = first + timedelta(days=i)
        (inbox / f"day-{i:03}.pdf").write_bytes(sample_callsheet(day, f"0{6 + i % 3}:30"))
    ingested = cli(env, "ingest", str(inbox), "--user", USER)
    assert ingested.returncode == 0, ingested.stderr
    return env


def assert_promises_kept(conn: psycopg.Connection, env: dict[str, str]) -> dict:
    """The end state every scenario must reach; returns `status --json` for its own checks."""
    wait_for(lambda: settled(conn), timeout=600, what="the pipeline to settle")
    emails = conn.execute(
        "SELECT processing_status, count(*) AS n FROM processed_emails GROUP BY 1"
    ).fetchall()
    assert [(r["processing_status"], r["n"]) for r in emails] == [("completed", BATCH)]
    schedules = conn.execute(
        "SELECT status, version, count(*) AS n FROM schedule_data GROUP BY 1, 2"
    ).fetchall()
    assert [(r["status"], r["version"], r["n"]) for r in schedules] == [("confirmed", 1, BATCH)]
    confirmed = count(conn, "SELECT count(*) AS n FROM events WHERE kind = 'schedule_confirmed'")
    assert confirmed == BATCH  # one event per transition, none lost, none doubled
    dead = count(conn, "SELECT count(*) AS n FROM event_deliveries WHERE status = 'dead'")
    assert dead == 0
    status = cli(env, "status", "--json")
    assert status.returncode == 0, status.stderr
    return json.loads(status.stdout)


Services = dict[str, subprocess.Popen]


def run_scenario(
    conn, env, start_service, fault: Callable[[Services], None], *, at: int = BATCH // 5
) -> dict:
    """Start the services, inject ``fault`` once ``at`` emails are done, check the promises."""
    services = {
        "dispatcher": start_service("dispatcher", env=env),
        "worker": start_service("worker", "--processes", "1", "--threads", "4", env=env),
        "scheduler": start_service("scheduler", env=env),
    }
    wait_for(lambda: completed(conn) >= at, timeout=300, what=f"{at} emails done")
    assert completed(conn) < BATCH, "the fault must land mid-run for the test to mean anything"
    fault(services)
    return assert_promises_kept(conn, env)


def kill(process: subprocess.Popen) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def test_a_worker_killed_mid_message_loses_nothing(conn, batch, start_service) -> None:
    def fault(services: Services) -> None:
        kill(services["worker"])
        start_service("worker", "--processes", "1", "--threads", "4", env=batch)

    run_scenario(conn, batch, start_service, fault)


def test_a_dispatcher_killed_mid_batch_loses_nothing(conn, batch, start_service) -> None:
    def fault(services: Services) -> None:
        kill(services["dispatcher"])
        start_service("dispatcher", env=batch)

    run_scenario(conn, batch, start_service, fault)


def test_the_listen_connection_cut_by_the_database(conn, batch, start_service) -> None:
    cut: list[int] = []

    def fault(_services: Services) -> None:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity"
            " WHERE datname = current_database() AND query ILIKE 'LISTEN%%'"
        ).fetchall()
        cut.extend(r["cut"] for r in rows)

    run_scenario(conn, batch, start_service, fault)
    assert cut and all(cut)


def test_redis_losing_every_message(conn, batch, start_service) -> None:
    lost: list[int] = []

    def fault(_services: Services) -> None:
        # What a Redis restart without persistence does to our queues: every key is gone.
        client = redis.Redis.from_url(batch["REDIS_URL"])
        keys = list(client.scan_iter(match=f"{batch['STILLONTIME_REDIS_NAMESPACE']}*"))
        lost.append(client.delete(*keys) if keys else 0)

    status = run_scenario(conn, batch, start_service, fault)
    assert lost and lost[0] > 0
    assert status["outbox"]["undispatched"] == 0


def restart_postgres(conn: psycopg.Connection) -> None:
    """Restart the server under test with its own pg_ctl, as the owner of its data directory."""
    data_dir = conn.execute("SHOW data_directory").fetchone()["data_directory"]
    bindir = conn.execute("SELECT setting FROM pg_config WHERE name = 'BINDIR'").fetchone()
    argv = [f"{bindir['setting']}/pg_ctl", "restart", "-D", data_dir, "-m", "fast", "-w"]
    owner = pwd.getpwuid(os.stat(data_dir).st_uid).pw_name
    if owner != pwd.getpwuid(os.getuid()).pw_name:
        argv = ["runuser", "-u", owner, "--", *argv]
    conn.close()
    # pg_ctl's own output (the server's log) goes nowhere: it would hold the pipe open.
    subprocess.run(
        argv, check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def test_postgres_restarted_mid_batch(database, batch, start_service) -> None:
    # The services are pointed at this test's database; the restart drops every connection.
    with psycopg.connect(database, autocommit=True, row_factory=dict_row) as setup:
        role = setup.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        if not role.fetchone()["rolsuper"]:
            pytest.skip("restarting the server needs a superuser connection")
        watcher = psycopg.connect(database, autocommit=True, row_factory=dict_row)

    def fault(_services: Services) -> None:
        restart_postgres(watcher)

    services = {
        "dispatcher": start_service("dispatcher", env=batch),
        "worker": start_service("worker", "--processes", "1", "--threads", "4", env=batch),
        "scheduler": start_service("scheduler", env=batch),
    }
    wait_for(lambda: completed(watcher) >= BATCH // 5, timeout=300, what="a fifth done")
    assert completed(watcher) < BATCH
    fault(services)
    with psycopg.connect(database, autocommit=True, row_factory=dict_row) as after:
        status = assert_promises_kept(after, batch)
    # Every service rode through it: none exited
    assert [name for name, p in services.items() if p.poll() is not None] == []
    assert status["outbox"]["undispatched"] == 0
