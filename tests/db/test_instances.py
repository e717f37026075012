"""Service processes keep a row: running, stopped or lost, with what they rode through."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import timedelta

from pipeline.outbox.redelivery import redeliver_stale
from pipeline.outbox.routing import routes_for
from tests.conftest import REPO
from tests.support import rows
from tests.support.waiting import wait_for

BEAT = {"STILLONTIME_INSTANCE_BEAT_S": "0.2"}


def status(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", "status", *args], env=env,
                          cwd=REPO, capture_output=True, text=True, timeout=120)  # fmt: skip


def services(env: dict[str, str]) -> dict[int, dict]:
    shown = status(env, "--json")
    assert shown.returncode == 0, shown.stderr
    return {s["pid"]: s for s in json.loads(shown.stdout)["services"]}


def state_of(env: dict[str, str], pid: int, state: str):
    return lambda: services(env).get(pid, {}).get("state") == state and services(env)[pid]


def test_a_killed_process_shows_as_lost_and_a_stopped_one_as_stopped(
    service_env, start_service
) -> None:
    env = {**service_env, **BEAT}
    # Given a dispatcher, a scheduler and a worker running
    killed = start_service("dispatcher", env=env)
    stopped = start_service("scheduler", env=env)
    worker = start_service("worker", "--processes", "1", "--threads", "1", env=env)
    wait_for(state_of(env, killed.pid, "running"), what="the dispatcher's row")
    wait_for(state_of(env, stopped.pid, "running"), what="the scheduler's row")
    running = wait_for(
        lambda: [s for s in services(env).values() if s["kind"] == "worker"], what="a worker row"
    )
    assert {s["state"] for s in running} == {"running"}
    # When one is killed and the others are stopped
    os.kill(killed.pid, signal.SIGKILL)
    stopped.terminate()
    worker.terminate()
    assert stopped.wait(timeout=60) == 0 and worker.wait(timeout=60) == 0
    # Then the killed one is lost, the others stopped, the worker's own process included
    lost = wait_for(state_of(env, killed.pid, "lost"), what="the killed dispatcher lost")
    assert lost["kind"] == "dispatcher" and lost["stopped_at"] is None
    assert services(env)[stopped.pid]["state"] == "stopped"
    workers = [s for s in services(env).values() if s["kind"] == "worker"]
    assert workers and {s["state"] for s in workers} == {"stopped"}
    # And a person sees it too
    shown = status(env)
    assert "Service processes" in shown.stdout and "lost" in shown.stdout


def test_a_cut_listen_connection_is_counted_on_the_dispatcher(
    conn, service_env, start_service
) -> None:
    env = {**service_env, **BEAT}
    dispatcher = start_service("dispatcher", env=env)
    wait_for(state_of(env, dispatcher.pid, "running"), what="the dispatcher's row")
    cut = wait_for(
        lambda: conn.execute(
            # Its LISTEN connection: LISTEN, or the SELECT 1 that checks it when quiet
            "SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND (query ILIKE 'LISTEN%%' OR query = 'SELECT 1')"
        ).fetchall(),
        what="the LISTEN connection",
    )
    assert all(r["cut"] for r in cut)
    row = wait_for(
        lambda: (
            services(env)[dispatcher.pid]["troubles"].get("listen")
            and services(env)[dispatcher.pid]
        ),
        what="the cut counted",
    )
    assert row["troubles"]["listen"] == 1 and row["state"] == "running"
    assert row["last_error"].startswith("listen: ")


def test_a_delivery_sent_again_is_counted(conn, broker, service_env) -> None:
    # Given an email whose delivery was sent long ago and never finished (Redis lost it)
    chain = rows.add_schedule_chain(conn)
    event = conn.execute(
        "SELECT id, kind FROM events WHERE subject_id = %s", (chain["email_id"],)
    ).fetchone()
    route = routes_for(event["kind"])[0]
    conn.execute(
        "INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id, updated_at)"
        " VALUES (%s, %s, %s, gen_random_uuid(), now() - %s)",
        (event["id"], route.actor_name, route.queue_name, timedelta(hours=1)),
    )
    # When the scheduler's sweep sends it again
    assert redeliver_stale(broker, older_than_s=60) == 1
    # Then status says so
    shown = json.loads(status(service_env, "--json").stdout)["deliveries_retried"]
    assert shown == [{"actor_name": route.actor_name, "retried": 0, "redelivered": 1,
                      "still_open": 1}]  # fmt: skip
