"""Issue 16.1: a message that kills (or hangs) its worker twice is a dead letter, not a loop."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.events import EMAIL_RECEIVED
from pipeline.outbox.dispatcher import Dispatcher
from tests.conftest import REPO
from tests.support import rows
from tests.support.probe_actors import KILLER, LINGER_THEN_KILL, PROBE_SCHEMA
from tests.support.waiting import wait_for

WORKER = ("worker", "--module", "tests.support.probe_actors", "--processes", "1", "--threads", "1")
# The scheduler sends again a delivery whose worker vanished, as it does after a crash.
QUICK_REDELIVERY = {"STILLONTIME_REDELIVER_AFTER_S": "5"}


@pytest.fixture
def probes(conn):
    conn.execute(PROBE_SCHEMA)
    return conn


def runs(conn, event_id: int) -> int:
    return conn.execute(
        "SELECT count(*) AS n FROM probe_runs WHERE event_id = %s", (event_id,)
    ).fetchone()["n"]


def delivery(conn, event_id: int, actor_name: str = KILLER.actor_name) -> dict:
    return conn.execute(
        "SELECT * FROM event_deliveries WHERE event_id = %s AND actor_name = %s",
        (event_id, actor_name),
    ).fetchone()


def test_a_message_that_kills_its_worker_twice_is_dead_lettered_on_the_next_start(
    probes, database, broker, start_service, run_in_thread, service_env
) -> None:
    # Given emails routed to an actor that kills its worker process, and the scheduler that
    # sends a delivery again when no worker finished it
    run_in_thread(Dispatcher(broker, url=database, routes={EMAIL_RECEIVED: (KILLER,)}).run_forever)
    start_service("scheduler", env=QUICK_REDELIVERY)
    user_id = rows.add_user(probes)
    email_id = rows.add_email(probes, user_id)
    event_id = probes.execute(
        "SELECT id FROM events WHERE kind = %s AND subject_id = %s", (EMAIL_RECEIVED, email_id)
    ).fetchone()["id"]
    # When the message kills a worker, twice (each time the worker is started again, as `up`
    # restarts it)
    for killed in (1, 2):
        worker = start_service(*WORKER)
        wait_for(lambda n=killed: runs(probes, event_id) == n, timeout=120, what=f"kill {killed}")
        worker.wait(timeout=60)
        assert worker.returncode != 0
    # Then the next worker to get it does not run it: the delivery is dead, with the reason
    third = start_service(*WORKER)
    dead = wait_for(
        lambda: (row := delivery(probes, event_id))["status"] == "dead" and row,
        timeout=120,
        what="the delivery dead-lettered",
    )
    assert dead["last_error"].startswith("WorkerLost: 2 workers died or hung on this message")
    assert runs(probes, event_id) == 2
    assert third.poll() is None  # the third worker lives on
    # And the email it concerned says so instead of staying 'processing' for ever
    email = probes.execute(
        "SELECT processing_status, error FROM processed_emails WHERE id = %s", (email_id,)
    ).fetchone()
    assert email["processing_status"] == "error"
    assert "WorkerLost" in email["error"]
    # And `stillontime status` lists the dead letter with its reason
    shown = subprocess.run(
        [sys.executable, "-m", "pipeline", "status", "--json"],
        env=service_env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    [letter] = [d for d in json.loads(shown.stdout)["dead_letters"] if d["event_id"] == event_id]
    assert letter["last_error"].startswith("WorkerLost: 2 workers died or hung")


def test_a_sweep_copy_beside_a_live_worker_and_one_kill_is_no_dead_letter(
    probes, database, broker, start_service, run_in_thread
) -> None:
    # Given a message whose first copy runs on in a live worker until released, and a scheduler
    # that sends a copy again when no start or end touched the delivery for 5 s; each worker
    # takes one message at a time (prefetch 1), so the sweep's copy goes to the next worker
    routes = {EMAIL_RECEIVED: (LINGER_THEN_KILL,)}
    run_in_thread(Dispatcher(broker, url=database, routes=routes).run_forever)
    one_at_a_time = {"dramatiq_queue_prefetch": "1"}
    start_service("scheduler", env=QUICK_REDELIVERY)
    user_id = rows.add_user(probes)
    email_id = rows.add_email(probes, user_id)
    event_id = probes.execute(
        "SELECT id FROM events WHERE kind = %s AND subject_id = %s", (EMAIL_RECEIVED, email_id)
    ).fetchone()["id"]
    start_service(*WORKER, env=one_at_a_time)
    wait_for(lambda: runs(probes, event_id) == 1, timeout=120, what="the first copy running")
    # When the sweep's copy kills the second worker while the first copy still runs
    second = start_service(*WORKER, env=one_at_a_time)
    wait_for(lambda: runs(probes, event_id) == 2, timeout=120, what="the sweep's copy")
    second.wait(timeout=60)
    assert second.returncode != 0
    # Then the next copy runs (two open starts, but one worker lost: db/0020 counted both and
    # dead-lettered it) and the delivery ends done
    start_service(*WORKER, env=one_at_a_time)
    finished = wait_for(
        lambda: (
            (row := delivery(probes, event_id, LINGER_THEN_KILL.actor_name))["status"]
            in ("done", "dead")
            and row
        ),
        timeout=120,
        what="the delivery finished",
    )
    assert finished["status"] == "done", finished["last_error"]
    assert runs(probes, event_id) >= 3
    probes.execute("UPDATE probe_switch SET fixed = true")  # the first copy ends too
