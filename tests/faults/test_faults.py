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
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil
import psycopg
import pytest
import redis
from psycopg.rows import dict_row

from pipeline.accounts import Grant, save_grant
from pipeline.app.demo import sample_callsheet
from pipeline.db.embedded import start_embedded_postgres, start_embedded_redis, stop_embedded
from pipeline.db.migrate import migrate
from pipeline.outbox.dispatcher import LISTEN_APPLICATION
from pipeline.secrets import get_vault
from tests.conftest import REPO
from tests.support.fake_calendar import FakeCalendar, Trouble
from tests.support.fake_outside import Answer, FakeServer
from tests.support.waiting import wait_for

# Minutes each: CI runs them in one of its two passes (.ci/run), one at a time on one xdist
# worker, since each drives a whole pipeline on the shared cores.
# A scenario waits up to 600 s for the pipeline to settle (wait_for, only so that a broken
# test cannot hang); the suite's 300 s timeout would cut that short on a loaded machine, where
# a scenario took 270-285 s on 2026-12-04 on main and on the code of the day before alike.
pytestmark = [
    pytest.mark.slow_faults,
    pytest.mark.xdist_group("faults"),
    pytest.mark.timeout(900),
]

BATCH = 200
OFFLINE = {
    "STILLONTIME_ROUTE_PROVIDER": "offline",
    "STILLONTIME_WEATHER_PROVIDER": "offline",
    "STILLONTIME_CALENDAR_PROVIDER": "ics",
    "STILLONTIME_NOTIFY_CHANNELS": "local",
}
USER = "faults@example.com"
# A hung request is given up after 1 s and tried once more, so a hang shows within the run.
QUICK_HTTP = {
    "STILLONTIME_HTTP_TIMEOUT_S": "1",
    "STILLONTIME_HTTP_ATTEMPTS": "2",
    "STILLONTIME_HTTP_BACKOFF_MIN_S": "0.05",
    "STILLONTIME_HTTP_BACKOFF_MAX_S": "0.2",
}
# Where the generated call sheets send the crew (home, unit base, set), for the fake geocoder.
PLACES = {
    "ul. Prosta 1, 00-838 Warszawa": (52.2330, 20.9950),
    "ul. Emilii Plater 14, 00-669 Warszawa": (52.2290, 21.0030),
    "Plac Defilad 1, 00-901 Warszawa": (52.2318, 21.0060),
}


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
    """Every email done, every day planned, its message sent, every event dispatched, every
    delivery finished."""
    row = conn.execute(
        """SELECT
             (SELECT count(*) FROM processed_emails WHERE processing_status = 'completed') AS done,
             (SELECT count(*) FROM calendar_events WHERE sync_status = 'synced') AS synced,
             (SELECT count(*) FROM notifications
               WHERE template = 'schedule_processed' AND status = 'sent') AS told,
             (SELECT count(*) FROM events WHERE dispatched_at IS NULL) AS undispatched,
             (SELECT count(*) FROM event_deliveries
               WHERE status IN ('enqueued', 'retrying')) AS open"""
    ).fetchone()
    return (row["done"], row["synced"], row["told"], row["undispatched"], row["open"]) == (
        BATCH,
        BATCH,
        BATCH,
        0,
        0,
    )


@pytest.fixture
def batch(conn, service_env, tmp_path) -> dict[str, str]:
    """The environment of the run, with a user and 200 call sheets waiting in the outbox."""
    return load_batch(service_env, tmp_path)


@pytest.fixture
def own_servers() -> Iterator[Path]:
    """A home for servers of this test's own, to stop and start at will.

    Never the machine's: those are shared, and one that a test starts again is a child of the
    test's session, gone when the session ends (CI then found no Redis at all).
    """
    home = Path(tempfile.mkdtemp(prefix="sot-f-", dir="/tmp"))  # short: sockets live in it
    yield home
    stop_embedded(home)
    shutil.rmtree(home, ignore_errors=True)


def load_batch(service_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    env = {
        **service_env,
        **OFFLINE,
        "STILLONTIME_HOME": str(tmp_path / "home"),
        # Recovery that production leaves at minutes, shortened so the test ends soon.
        # The sweep may send a copy while another still runs: the killer guard counts only
        # starts whose worker process is lost (db/0026), so the live copy is no second kill.
        "STILLONTIME_REDELIVER_AFTER_S": "10",
        "STILLONTIME_WORKER_HEARTBEAT_TIMEOUT_MS": "3000",
        "STILLONTIME_SWEEP_INTERVAL": "1",
        "STILLONTIME_MIN_BACKOFF_MS": "100",
        "STILLONTIME_MAX_BACKOFF_MS": "1000",
        "STILLONTIME_MAX_RETRIES": "8",
        "STILLONTIME_NOTIFY_RETRY_BASE_S": "2",
        "STILLONTIME_NOTIFY_RETRY_MAX_S": "30",
        "STILLONTIME_NOTIFY_SEND_DUE_EVERY_S": "1",
        "STILLONTIME_INSTANCE_BEAT_S": "1",
    }
    made = cli(env, "users", "add", USER, "--home", "ul. Prosta 1, 00-838 Warszawa",
               "--timezone", "Europe/Warsaw")  # fmt: skip
    assert made.returncode == 0, made.stderr
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = date.today() + timedelta(days=1)
    # The local inbox dates each file's email by its modification time, which the kernel stamps
    # on the real clock: stamped here from this process's clock, the sheets arrive today under
    # ./dev test-clock too (else the far days look years ahead of their email and go to review).
    now = time.time()
    for i in range(BATCH):
        day = first + timedelta(days=i)
        sheet = inbox / f"day-{i:03}.pdf"
        sheet.write_bytes(sample_callsheet(day, f"0{6 + i % 3}:30"))
        os.utime(sheet, (now, now))
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
    # Exactly one calendar event and one "schedule processed" message per schedule
    per_schedule = conn.execute(
        """SELECT s.id,
                  (SELECT count(*) FROM calendar_events c WHERE c.schedule_id = s.id) AS events,
                  (SELECT count(*) FROM notifications n WHERE n.schedule_id = s.id
                     AND n.template = 'schedule_processed') AS processed,
                  (SELECT count(*) FROM notifications n WHERE n.schedule_id = s.id
                     AND n.template = 'schedule_processed' AND n.status = 'sent') AS sent
             FROM schedule_data s"""
    ).fetchall()
    assert len(per_schedule) == BATCH
    assert {(r["events"], r["processed"], r["sent"]) for r in per_schedule} == {(1, 1, 1)}
    if env["STILLONTIME_CALENDAR_PROVIDER"] == "ics":
        ics_files = list((Path(env["STILLONTIME_HOME"]) / "calendar").rglob("*.ics"))
        assert len(ics_files) == BATCH
    dead = count(conn, "SELECT count(*) AS n FROM event_deliveries WHERE status = 'dead'")
    assert dead == 0
    status = cli(env, "status", "--json")
    assert status.returncode == 0, status.stderr
    return json.loads(status.stdout)


Services = dict[str, subprocess.Popen]


def shown(status: dict, kind: str, state: str) -> list[dict]:
    """The service processes `status` lists of ``kind`` in ``state``."""
    return [s for s in status["services"] if s["kind"] == kind and s["state"] == state]


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


def _multiprocessing_helper(process: psutil.Process) -> bool:
    """multiprocessing's forkserver or resource tracker (``python -c "from multiprocessing.
    forkserver import main; ..."``), not a worker process."""
    return any(arg.startswith("from multiprocessing.") for arg in process.cmdline())


def test_a_worker_killed_mid_message_loses_nothing(conn, batch, start_service) -> None:
    orphans: list[psutil.Process] = []
    killed: list[int] = []

    def fault(services: Services) -> None:
        worker = psutil.Process(services["worker"].pid)
        # Beside them and below them run helpers that are no service of their own: the
        # extractor's forkserver (started by the worker for all its processes) and its sandboxed
        # readers, multiprocessing's resource tracker
        processes = [p for p in worker.children() if not _multiprocessing_helper(p)]
        assert processes, "the worker runs its actors in child processes"
        killed.extend(p.pid for p in processes)
        children = worker.children(recursive=True)
        kill(services["worker"])
        # Its processes die with it: none lives on holding messages, locks and a dead log pipe
        wait_for(lambda: not any(c.is_running() and c.status() != "zombie" for c in children),
                 timeout=60, what="the killed worker's processes to end")  # fmt: skip
        orphans.extend(c for c in children if c.is_running() and c.status() != "zombie")
        start_service("worker", "--processes", "1", "--threads", "4", env=batch)

    status = run_scenario(conn, batch, start_service, fault)
    assert orphans == []
    # status shows the killed worker's processes as lost, the new one's as running
    assert {s["pid"] for s in shown(status, "worker", "lost")} == set(killed)
    assert shown(status, "worker", "running")


def test_a_dispatcher_killed_mid_batch_loses_nothing(conn, batch, start_service) -> None:
    killed: list[int] = []

    def fault(services: Services) -> None:
        killed.append(services["dispatcher"].pid)
        kill(services["dispatcher"])
        start_service("dispatcher", env=batch)

    status = run_scenario(conn, batch, start_service, fault)
    assert [s["pid"] for s in shown(status, "dispatcher", "lost")] == killed
    assert len(shown(status, "dispatcher", "running")) == 1


def test_the_listen_connection_cut_by_the_database(conn, batch, start_service) -> None:
    cut: list[int] = []

    def fault(_services: Services) -> None:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity"
            " WHERE datname = current_database() AND application_name = %s",
            (LISTEN_APPLICATION,),
        ).fetchall()
        cut.extend(r["cut"] for r in rows)

    status = run_scenario(conn, batch, start_service, fault)
    assert cut and all(cut)
    # The dispatcher rode through it, and says so
    [dispatcher] = shown(status, "dispatcher", "running")
    assert dispatcher["troubles"]["listen"] >= 1


def redis_alive(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except (redis.ConnectionError, OSError):
        return False


def restart_redis(url: str) -> None:
    """Stop the Redis server under test without saving and start it again empty, as a restart
    of a server that keeps nothing on disk does: every connection drops, every key is gone."""
    client = redis.Redis.from_url(url, socket_connect_timeout=2, decode_responses=True)
    info = client.info("server")
    config = client.config_get("*")
    client.shutdown(nosave=True)
    wait_for(lambda: not redis_alive(url), timeout=30, what="Redis to stop")
    # Its append-only file is lost too
    for name in (config.get("appenddirname"), config.get("appendfilename")):
        path = Path(config["dir"]) / name if name else None
        if path and path.is_dir():
            shutil.rmtree(path)
        elif path and path.exists():
            path.unlink()
    time.sleep(2)  # down for a while: the services' calls are refused, not just cut
    subprocess.run([info["executable"], info["config_file"]], check=True, timeout=60,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    wait_for(lambda: redis_alive(url), timeout=60, what="Redis to start again")


def test_redis_restarted_mid_batch(conn, service_env, own_servers, tmp_path, start_service):
    own_redis = start_embedded_redis(own_servers)
    batch = load_batch({**service_env, "REDIS_URL": own_redis}, tmp_path)
    sentinel = f"{batch['STILLONTIME_REDIS_NAMESPACE']}:fault-sentinel"
    seen: list[bool] = []

    def fault(_services: Services) -> None:
        client = redis.Redis.from_url(own_redis)
        client.set(sentinel, 1)
        restart_redis(own_redis)
        seen.append(bool(client.exists(sentinel)))  # the restart kept nothing

    status = run_scenario(conn, batch, start_service, fault)
    assert seen == [False]
    assert status["outbox"]["undispatched"] == 0
    # The messages Redis lost were sent again by the scheduler, and status counts them
    assert sum(d["redelivered"] for d in status["deliveries_retried"]) > 0


def restart_postgres(conn: psycopg.Connection, mode: str = "fast") -> None:
    """Restart the server under test with its own pg_ctl, as the owner of its data directory:
    ``fast`` shuts it down cleanly (its WAL flushed), ``immediate`` as a crash would (commits
    made without waiting for the disk and not yet flushed are lost, and recovery replays the
    rest)."""
    data_dir = conn.execute("SHOW data_directory").fetchone()["data_directory"]
    bindir = conn.execute("SELECT setting FROM pg_config WHERE name = 'BINDIR'").fetchone()
    argv = [f"{bindir['setting']}/pg_ctl", "restart", "-D", data_dir, "-m", mode, "-w"]
    owner = pwd.getpwuid(os.stat(data_dir).st_uid).pw_name
    if owner != pwd.getpwuid(os.getuid()).pw_name:
        argv = ["runuser", "-u", owner, "--", *argv]
    conn.close()
    # pg_ctl's own output (the server's log) goes nowhere: it would hold the pipe open.
    subprocess.run(
        argv, check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


# ``immediate``: the actors' commits that their delivery's end was to flush
# (db.transaction's flushed_by_delivery_end), the deliveries' starts and the dispatcher's passes
# may be lost with the crash; what they did is done again, once.
@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_postgres_restarted_mid_batch(
    service_env, own_servers, tmp_path, start_service, mode
) -> None:
    own_database = start_embedded_postgres(own_servers)
    migrate(own_database)
    batch = load_batch({**service_env, "DATABASE_URL": own_database}, tmp_path)
    # A superuser, which pg_ctl's data directory lookup needs
    watcher = psycopg.connect(own_database, autocommit=True, row_factory=dict_row)

    def fault(_services: Services) -> None:
        restart_postgres(watcher, mode)

    services = {
        "dispatcher": start_service("dispatcher", env=batch),
        "worker": start_service("worker", "--processes", "1", "--threads", "4", env=batch),
        "scheduler": start_service("scheduler", env=batch),
    }
    wait_for(lambda: completed(watcher) >= BATCH // 5, timeout=300, what="a fifth done")
    assert completed(watcher) < BATCH
    fault(services)
    with psycopg.connect(own_database, autocommit=True, row_factory=dict_row) as after:
        status = assert_promises_kept(after, batch)
    # Every service rode through it: none exited, and each says it lost the database
    assert [name for name, p in services.items() if p.poll() is not None] == []
    assert status["outbox"]["undispatched"] == 0
    for kind in ("dispatcher", "scheduler", "worker"):
        rows = shown(status, kind, "running")
        assert rows and all(r["troubles"].get("database", 0) >= 1 for r in rows), (kind, rows)


class FlakyHook(BaseHTTPRequestHandler):
    """A notification service (apprise's json://) that fails, hangs or works as told."""

    mode = "ok"
    hang_s = 3.0
    received: list[bytes] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.mode == "error":
            self.send_response(500)
            self.end_headers()
            return
        if self.mode == "hang":
            time.sleep(self.hang_s)  # longer than the client waits
        FlakyHook.received.append(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        pass


def test_a_notification_service_that_fails_then_hangs(conn, batch, start_service) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FlakyHook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"json://127.0.0.1:{server.server_address[1]}/?rto=1&cto=1"
    added = cli(batch, "notifications", "channel", "add", "--user", USER, "hook", url, "--kind",
                "push")  # fmt: skip
    assert added.returncode == 0, added.stderr
    seen: list[dict] = []

    def fault(_services: Services) -> None:
        FlakyHook.mode = "error"

        # The failures show in `status` while they last
        def notify_failures() -> list[dict]:
            status = json.loads(cli(batch, "status", "--json").stdout)
            return [f for f in status["recent_failures"] if f["stage"] == "notify"]

        seen.extend(wait_for(notify_failures, timeout=120, what="a failure in status"))
        time.sleep(4)
        FlakyHook.mode = "hang"
        time.sleep(6)
        FlakyHook.mode = "ok"

    try:
        run_scenario(conn, batch, start_service, fault)
    finally:
        server.shutdown()
    assert seen and all(f["message"] for f in seen)
    sends = conn.execute(
        "SELECT status, count(*) AS n, max(delivery_attempts) AS most FROM notifications"
        " WHERE template = 'schedule_processed' GROUP BY 1"
    ).fetchall()
    assert [(r["status"], r["n"]) for r in sends] == [("sent", BATCH)]
    assert sends[0]["most"] > 1  # some were sent only on a retry
    # The service got every schedule's message. A send that hung past the client's timeout may
    # have arrived anyway and been sent again (at least once): our records still say one.
    processed = {b for b in FlakyHook.received if b"planned" in b}
    assert len(processed) == BATCH


def nominatim_at(url: str) -> dict[str, str]:
    """The geocoder on a fake server, unpaced (pacing has its own test)."""
    return {
        "STILLONTIME_GEOCODE_PROVIDER": "nominatim",
        "STILLONTIME_GEOCODE_ENDPOINT": url,
        "STILLONTIME_NOMINATIM_INTERVAL_S": "0",
    }


def test_a_routing_service_that_fails_then_hangs(conn, batch, start_service) -> None:
    with FakeServer() as server:
        server.fake.places.update(PLACES)
        env = {
            **batch,
            "STILLONTIME_ROUTE_PROVIDER": "google",
            "STILLONTIME_ROUTE_ENDPOINT": server.url,
            "STILLONTIME_GOOGLE_MAPS_API_KEY": "fault-test-key",
            **nominatim_at(server.url),
            **QUICK_HTTP,
        }
        seen: list[dict] = []

        def fault(_services: Services) -> None:
            server.fake.trouble = Answer(status=500)

            def route_failures() -> list[dict]:
                status = json.loads(cli(env, "status", "--json").stdout)
                return [f for f in status["recent_failures"] if f["stage"] == "route"]

            seen.extend(wait_for(route_failures, timeout=120, what="a routing failure in status"))
            time.sleep(4)
            server.fake.trouble = Answer(hang=3.0)  # longer than the client waits
            time.sleep(6)
            server.fake.trouble = None

        run_scenario(conn, env, start_service, fault)
    assert seen and all("offline estimate used" in f["message"] for f in seen)
    plans = conn.execute(
        """SELECT warnings @> '[{"code": "provider_fallback"}]' AS fallback, count(*) AS n
             FROM route_plans GROUP BY 1"""
    ).fetchall()
    by_kind = {r["fallback"]: r["n"] for r in plans}
    # Every day has a plan: those made during the outage on the offline estimate, saying so
    assert sum(by_kind.values()) == BATCH
    assert by_kind.get(True, 0) > 0 and by_kind.get(False, 0) > 0


def test_a_calendar_that_fails_then_hangs(conn, batch, start_service) -> None:
    calendar = FakeCalendar()
    env = {
        **batch,
        "STILLONTIME_CALENDAR_PROVIDER": "google",
        "STILLONTIME_GOOGLE_API_ENDPOINT": calendar.url,
        "STILLONTIME_GOOGLE_TIMEOUT_S": "1",
        "STILLONTIME_CALENDAR_RETRY_ATTEMPTS": "2",
        "STILLONTIME_CALENDAR_RETRY_MIN_S": "0.05",
        "STILLONTIME_CALENDAR_RETRY_MAX_S": "0.2",
        # The outage outlasts a message's retries at production settings shortened for the test
        "STILLONTIME_MAX_RETRIES": "40",
    }
    user = conn.execute("SELECT id FROM users WHERE email = %s", (USER,)).fetchone()
    grant = Grant(access_token="access", refresh_token="refresh", client_id="client",
                  client_secret="secret", scopes=("https://www.googleapis.com/auth/calendar.events",),
                  expiry=datetime.now(UTC) + timedelta(hours=2), status="active",
                  last_error=None)  # fmt: skip
    save_grant(conn, user["id"], grant, vault=get_vault(Path(env["STILLONTIME_HOME"])))
    seen: list[dict] = []

    def fault(_services: Services) -> None:
        calendar.trouble = Trouble(status=500)

        def calendar_failures() -> list[dict]:
            status = json.loads(cli(env, "status", "--json").stdout)
            return [f for f in status["recent_failures"] if f["stage"] == "calendar"]

        seen.extend(wait_for(calendar_failures, timeout=120, what="a calendar failure in status"))
        time.sleep(4)
        # Inserts are held past the client's timeout and then done: commits the client never
        # hears of, which its retry must find (409) instead of writing a second event
        calendar.trouble = Trouble(hang_s=3.0, method="POST")
        time.sleep(8)
        calendar.trouble = None

    try:
        run_scenario(conn, env, start_service, fault)
        live = calendar.live()
        lost_commits = calendar.answered("POST", 409)
    finally:
        calendar.stop()
    assert seen and all("500" in f["message"] for f in seen)
    # Exactly one event in the calendar per schedule, each the one our records name
    ours = {
        r["calendar_event_id"]
        for r in conn.execute("SELECT calendar_event_id FROM calendar_events")
    }
    assert len(live) == BATCH
    assert {e["id"] for e in live} == ours
    assert lost_commits > 0  # the hang did lose commits, and they were found, not doubled


def test_a_weather_service_that_fails_then_hangs(conn, batch, start_service) -> None:
    # The days within the forecast's reach (15 days) come first in the batch, so the service is
    # in trouble from the start: failing, until that shows in status, then hanging, then well.
    with FakeServer() as places, FakeServer() as weather:
        places.fake.places.update(PLACES)
        env = {
            **batch,
            **nominatim_at(places.url),
            "STILLONTIME_WEATHER_PROVIDER": "open-meteo",
            "STILLONTIME_WEATHER_ENDPOINT": weather.url,
            **QUICK_HTTP,
        }
        weather.fake.trouble = Answer(status=500)
        seen: list[dict] = []

        def fault(_services: Services) -> None:
            def weather_failures() -> list[dict]:
                status = json.loads(cli(env, "status", "--json").stdout)
                return [f for f in status["recent_failures"] if f["stage"] == "weather"]

            seen.extend(wait_for(weather_failures, timeout=120, what="a weather failure in status"))
            weather.fake.trouble = Answer(hang=3.0)  # longer than the client waits
            time.sleep(6)
            weather.fake.trouble = None

        run_scenario(conn, env, start_service, fault, at=0)
    assert seen and all("500" in f["message"] for f in seen)
    # The forecast is advice: every day was planned and told all the same, and each has its
    # weather record saying what happened (failed ones are asked again by the refresh job)
    records = conn.execute(
        "SELECT status, count(*) AS n FROM weather_data GROUP BY 1 ORDER BY 1"
    ).fetchall()
    by_status = {r["status"]: r["n"] for r in records}
    assert sum(by_status.values()) == BATCH
    assert by_status.get("failed", 0) >= len(seen) > 0
