"""Real Dramatiq worker processes: retries with backoff, dead letters, replay."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pipeline.events import EMAIL_RECEIVED, SCHEDULE_EXTRACTED
from pipeline.outbox.dispatcher import Dispatcher
from tests.conftest import REPO
from tests.support import rows
from tests.support.probe_actors import BROKEN, FLAKY, ILLEGAL, PROBE_SCHEMA
from tests.support.waiting import wait_for

WORKER = ("worker", "--module", "tests.support.probe_actors", "--processes", "1", "--threads", "2")


@pytest.fixture
def probes(conn):
    conn.execute(PROBE_SCHEMA)
    return conn


def delivery(conn, event_id: int, actor: str) -> dict | None:
    return conn.execute(
        "SELECT * FROM event_deliveries WHERE event_id = %s AND actor_name = %s", (event_id, actor)
    ).fetchone()


def finished(conn, event_id: int, actor: str, status: str):
    def check():
        row = delivery(conn, event_id, actor)
        return row if row and row["status"] == status else None

    return check


def event_of(conn, kind: str, subject_id) -> int:
    return conn.execute(
        "SELECT id FROM events WHERE kind = %s AND subject_id = %s", (kind, subject_id)
    ).fetchone()["id"]


def cli(service_env: dict, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=service_env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_retryable_error_is_retried_until_it_succeeds(
    probes, database, broker, start_service, run_in_thread
) -> None:
    # Given a worker process and a dispatcher routing new emails to an actor that fails twice
    start_service(*WORKER)
    dispatcher = Dispatcher(broker, url=database, routes={EMAIL_RECEIVED: (FLAKY,)})
    run_in_thread(dispatcher.run_forever)
    # When an email is recorded
    user_id = rows.add_user(probes)
    email_id = rows.add_email(probes, user_id)
    event_id = event_of(probes, EMAIL_RECEIVED, email_id)
    # Then the actor ran three times, in another process, and the delivery is done
    done = wait_for(finished(probes, event_id, FLAKY.actor_name, "done"), what="flaky delivery")
    assert done["attempts"] == 3
    assert done["last_error"] is None
    runs = probes.execute("SELECT pid FROM probe_runs WHERE event_id = %s", (event_id,)).fetchall()
    assert len(runs) == 3
    assert {r["pid"] for r in runs} != {os.getpid()}


def test_a_message_that_keeps_failing_is_dead_visible_and_replayable(
    probes, database, broker, start_service, run_in_thread, service_env
) -> None:
    # Given a worker and an actor that fails until it is fixed
    start_service(*WORKER)
    dispatcher = Dispatcher(broker, url=database, routes={SCHEDULE_EXTRACTED: (BROKEN,)})
    run_in_thread(dispatcher.run_forever)
    chain = rows.add_schedule_chain(probes)
    event_id = event_of(probes, SCHEDULE_EXTRACTED, chain["schedule_id"])
    # When its retries (3, in the test settings) run out
    dead = wait_for(finished(probes, event_id, BROKEN.actor_name, "dead"), what="dead letter")
    # Then the delivery is dead after 1 + 3 attempts, and the schedule says why
    assert dead["attempts"] == 4
    assert "the probe is broken on purpose" in dead["last_error"]
    schedule = probes.execute(
        "SELECT status, last_error, last_error_stage FROM schedule_data WHERE id = %s",
        (chain["schedule_id"],),
    ).fetchone()
    assert schedule["status"] == "extracted"
    assert schedule["last_error_stage"] == "probe"
    assert (
        (schedule["last_error"])
        == "probe.broken_event: TransientError: the probe is broken on purpose"
    )
    # And `stillontime status --json` shows it among the dead letters
    status = cli(service_env, "status", "--json")
    assert status.returncode == 0, status.stderr
    snapshot = json.loads(status.stdout)
    assert [d["event_id"] for d in snapshot["dead_letters"]] == [event_id]
    assert snapshot["stages"]["core"] == {"event_deliveries.dead": 1}
    # When the fault is fixed and the event replayed from the command line
    probes.execute("UPDATE probe_switch SET fixed = true")
    replay = cli(service_env, "events", "replay", str(event_id))
    assert replay.returncode == 0, replay.stderr
    assert BROKEN.actor_name in replay.stdout
    # Then it succeeds and the schedule's error is cleared
    wait_for(finished(probes, event_id, BROKEN.actor_name, "done"), what="replayed delivery")
    cleared = probes.execute(
        "SELECT last_error FROM schedule_data WHERE id = %s", (chain["schedule_id"],)
    ).fetchone()
    assert cleared["last_error"] is None


def test_a_dead_email_delivery_puts_the_email_in_error(
    probes, database, broker, start_service, run_in_thread
) -> None:
    start_service(*WORKER)
    dispatcher = Dispatcher(broker, url=database, routes={EMAIL_RECEIVED: (BROKEN,)})
    run_in_thread(dispatcher.run_forever)
    user_id = rows.add_user(probes)
    email_id = rows.add_email(probes, user_id)

    def email_errored():
        row = probes.execute(
            "SELECT processing_status, error FROM processed_emails WHERE id = %s", (email_id,)
        ).fetchone()
        return row if row["processing_status"] == "error" else None

    email = wait_for(email_errored, what="email in error")
    assert email["error"].startswith("probe.broken_event: TransientError")


def test_an_illegal_transition_is_dead_after_one_attempt(
    probes, database, broker, start_service, run_in_thread
) -> None:
    # Given a worker and an actor that makes a move the schedule's state machine refuses
    start_service(*WORKER)
    dispatcher = Dispatcher(broker, url=database, routes={SCHEDULE_EXTRACTED: (ILLEGAL,)})
    run_in_thread(dispatcher.run_forever)
    # When a schedule is extracted
    chain = rows.add_schedule_chain(probes)
    event_id = event_of(probes, SCHEDULE_EXTRACTED, chain["schedule_id"])
    # Then its delivery is dead after the first attempt (3 retries were allowed), as an
    # IllegalTransition naming the move, and the schedule stays where it was
    dead = wait_for(finished(probes, event_id, ILLEGAL.actor_name, "dead"), what="dead letter")
    assert dead["attempts"] == 1
    assert dead["last_error"].startswith(
        "IllegalTransition: illegal transition of schedule_data.status from extracted to modified"
    )
    runs = probes.execute(
        "SELECT count(*) AS n FROM probe_runs WHERE event_id = %s", (event_id,)
    ).fetchone()
    assert runs["n"] == 1
    schedule = probes.execute(
        "SELECT status, last_error FROM schedule_data WHERE id = %s", (chain["schedule_id"],)
    ).fetchone()
    assert schedule["status"] == "extracted"
    assert schedule["last_error"].startswith("probe.illegal_event: IllegalTransition: ")


def test_replaying_an_unknown_event_says_so(database, service_env) -> None:
    result = cli(service_env, "events", "replay", "987654")
    assert result.returncode == 1
    assert "no event 987654" in result.stderr + result.stdout
