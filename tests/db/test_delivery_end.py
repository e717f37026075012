"""A delivery's end in one statement (db/0034 delivery_end): delivery_finished with the audit
actor, sent in autocommit, its commit waiting for the disk as before."""

from __future__ import annotations

import psycopg
import pytest

from pipeline import db
from pipeline.runtime.deliveries import KILLED_WORKERS, MAX_UNFINISHED_STARTS, RECORDS_ACTOR
from tests.security.worker_login import event_of, token_of, worker_connection
from tests.support import rows

ACTOR = "probe.ended"


@pytest.fixture
def worker_conn(database):
    yield from worker_connection(database)


@pytest.fixture
def event(conn) -> int:
    return event_of(conn, rows.add_schedule_chain(conn)["user_id"])


def keys(conn, event: int, token: str | None = "") -> dict:
    return {"event_id": event, "actor_name": ACTOR, "queue_name": "probe",
            "message_id": "00000000-0000-0000-0000-000000000002",
            "token": token_of(conn, event) if token == "" else token}  # fmt: skip


def end(worker_conn, conn, event: int, outcome: str, error: str | None = None, **over) -> None:
    worker_conn.execute(
        db.QUERIES["event_deliveries_end"],
        {**keys(conn, event, **over), "outcome": outcome, "error": error,
         "audit_actor": RECORDS_ACTOR},
    )  # fmt: skip


def delivery(conn, event: int) -> dict:
    return conn.execute(
        "SELECT status, attempts, last_error, open_starts FROM event_deliveries"
        " WHERE event_id = %s AND actor_name = %s",
        (event, ACTOR),
    ).fetchone()


def test_one_statement_ends_a_started_delivery(conn, worker_conn, event) -> None:
    # Given a started delivery
    worker_conn.execute(
        db.QUERIES["event_deliveries_begin"],
        {**keys(conn, event), "limit": MAX_UNFINISHED_STARTS, "reason": KILLED_WORKERS,
         "instance": None, "audit_actor": RECORDS_ACTOR},
    )  # fmt: skip
    assert delivery(conn, event)["open_starts"] == 1
    # When the worker's login ends it, in autocommit
    end(worker_conn, conn, event, "done")
    # Then it is done and its start closed, committed (seen from another session)
    found = delivery(conn, event)
    assert (found["status"], found["open_starts"]) == ("done", 0)


def test_a_retry_keeps_its_error(conn, worker_conn, event) -> None:
    end(worker_conn, conn, event, "retrying", "TransientError: later")
    found = delivery(conn, event)
    assert (found["status"], found["attempts"], found["last_error"]) == (
        "retrying", 1, "TransientError: later")  # fmt: skip


def test_its_actor_setting_lasts_until_the_commit_which_waits_for_the_disk(
    conn, worker_conn, event
) -> None:
    # Given an end inside a transaction (to look at the settings before its commit)
    with worker_conn.transaction():
        end(worker_conn, conn, event, "done")
        settings = worker_conn.execute(
            "SELECT current_setting('synchronous_commit') AS sync,"
            " current_setting('stillontime.actor') AS actor"
        ).fetchone()
    # Then its changes are audited as the core's, and the commit still waits for the disk
    assert settings == {"sync": "on", "actor": RECORDS_ACTOR}
    # And the actor ends with the transaction
    after = worker_conn.execute("SELECT current_setting('stillontime.actor', true) AS actor")
    assert after.fetchone()["actor"] in (None, "")


def test_without_the_events_token_it_is_refused(conn, worker_conn, event) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        end(worker_conn, conn, event, "done", token="not-the-token")
    assert delivery(conn, event) is None


def start(worker_conn, conn, event: int) -> None:
    worker_conn.execute(
        db.QUERIES["event_deliveries_begin"],
        {**keys(conn, event), "limit": MAX_UNFINISHED_STARTS, "reason": KILLED_WORKERS,
         "instance": None, "audit_actor": RECORDS_ACTOR},
    )  # fmt: skip


def row_changes(session) -> tuple[int, int]:
    """Rows of event_deliveries this session inserted and updated (its pending statistics)."""
    found = session.execute(
        "SELECT n_tup_ins, n_tup_upd FROM pg_stat_xact_user_tables"
        " WHERE relname = 'event_deliveries'"
    ).fetchone()
    return (found["n_tup_ins"], found["n_tup_upd"]) if found else (0, 0)


def test_a_done_end_after_its_start_updates_the_row_once(conn, worker_conn, event) -> None:
    # Given a started delivery (its row committed)
    start(worker_conn, conn, event)
    # When it ends done (the counts read in its transaction: they may also hold the
    # session's earlier transactions not yet reported, hence the difference)
    with worker_conn.transaction():
        before = row_changes(worker_conn)
        end(worker_conn, conn, event, "done")
        after = row_changes(worker_conn)
    # Then one update closed its starts and marked it done (db/0038), with nothing inserted
    assert (after[0] - before[0], after[1] - before[1]) == (0, 1)
    found = conn.execute(
        "SELECT status, attempts, last_error, open_starts, open_start_instances,"
        " finished_at IS NOT NULL AS finished FROM event_deliveries"
        " WHERE event_id = %s AND actor_name = %s",
        (event, ACTOR),
    ).fetchone()
    assert found == {"status": "done", "attempts": 1, "last_error": None, "open_starts": 0,
                     "open_start_instances": [], "finished": True}  # fmt: skip


def test_an_end_without_its_row_makes_it_and_marks_it_done(conn, worker_conn, event) -> None:
    # Given no row yet (the dispatcher's rolled back, or its start went unrecorded)
    assert delivery(conn, event) is None
    # When it ends done
    end(worker_conn, conn, event, "done")
    # Then the row is made and done, as before
    found = delivery(conn, event)
    assert (found["status"], found["attempts"], found["open_starts"]) == ("done", 1, 0)


@pytest.mark.parametrize("started", [True, False])
def test_a_done_end_clears_its_stages_error_on_the_schedule(conn, worker_conn, started) -> None:
    # Given a schedule whose last error was this stage's, and an event about it
    chain = rows.add_schedule_chain(conn)
    conn.execute(
        "UPDATE schedule_data SET last_error = 'boom', last_error_stage = 'probe',"
        " last_error_at = now() WHERE id = %s",
        (chain["schedule_id"],),
    )
    event = conn.execute(
        "SELECT id FROM events WHERE schedule_id = %s ORDER BY id LIMIT 1", (chain["schedule_id"],)
    ).fetchone()["id"]
    if started:
        start(worker_conn, conn, event)
    # When its delivery to a 'probe' actor ends done
    end(worker_conn, conn, event, "done")
    # Then the schedule's error is cleared
    schedule = conn.execute(
        "SELECT last_error, last_error_stage, last_error_at FROM schedule_data WHERE id = %s",
        (chain["schedule_id"],),
    ).fetchone()
    assert schedule == {"last_error": None, "last_error_stage": None, "last_error_at": None}


@pytest.mark.parametrize("restarted", [False, True])
def test_done_is_recorded_only_on_the_server_that_recorded_the_start(
    conn, worker_conn, event, restarted: bool
) -> None:
    """An actor's commits in a delivery do not wait for the disk: a server that crashed and
    restarted after them may have lost them, so 'done' is not recorded on it (another server
    start than the one the delivery's start read) and the delivery stays open for the sweep."""
    # Given a started delivery, and when the server then started
    started = worker_conn.execute(
        db.QUERIES["event_deliveries_begin"],
        {**keys(conn, event), "limit": MAX_UNFINISHED_STARTS, "reason": KILLED_WORKERS,
         "instance": None, "audit_actor": RECORDS_ACTOR},
    ).fetchone()["server_started"]  # fmt: skip
    if restarted:  # a server started after the one that recorded the start
        started = started.replace(year=started.year - 1)
    # When the worker ends it done on the server it finds now
    ended = worker_conn.execute(
        db.QUERIES["event_deliveries_end_same_server"],
        {**keys(conn, event), "outcome": "done", "error": None, "audit_actor": RECORDS_ACTOR,
         "server_started": started},
    ).fetchone()  # fmt: skip
    # Then it is done on the same server, and open after a restart
    found = delivery(conn, event)
    if restarted:
        assert ended is None
        assert (found["status"], found["open_starts"]) == ("enqueued", 1)
    else:
        assert ended is not None
        assert (found["status"], found["open_starts"]) == ("done", 0)
