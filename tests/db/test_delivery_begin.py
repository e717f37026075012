"""A delivery's start in one statement (db/0031 delivery_begin): the start, the actor's read of
its event, the audit actor and a commit that does not wait for the disk, sent in autocommit."""

from __future__ import annotations

import threading

import psycopg
import pytest

from pipeline import db
from pipeline.runtime.deliveries import KILLED_WORKERS, MAX_UNFINISHED_STARTS, RECORDS_ACTOR
from tests.security.worker_login import event_of, token_of, worker_connection
from tests.support import rows

ACTOR = "probe.started"


@pytest.fixture
def worker_conn(database):
    yield from worker_connection(database)


@pytest.fixture
def event(conn) -> int:
    return event_of(conn, rows.add_schedule_chain(conn)["user_id"])


def begin(worker_conn, conn, event: int) -> dict:
    return worker_conn.execute(
        db.QUERIES["event_deliveries_begin"],
        {"event_id": event, "actor_name": ACTOR, "queue_name": "probe",
         "message_id": "00000000-0000-0000-0000-000000000001", "token": token_of(conn, event),
         "limit": MAX_UNFINISHED_STARTS, "reason": KILLED_WORKERS, "instance": None,
         "audit_actor": RECORDS_ACTOR},
    ).fetchone()  # fmt: skip


def test_one_statement_starts_the_delivery_and_reads_its_event(conn, worker_conn, event) -> None:
    # When a worker's login starts a delivery, in autocommit
    row = begin(worker_conn, conn, event)
    # Then it has the event as events_get_one reads it, and no lost start before it
    read = conn.execute(db.QUERIES["events_get_one"], {"event_id": event, "token": None})
    server_started = conn.execute("SELECT pg_postmaster_start_time() AS t").fetchone()["t"]
    assert row == {"unfinished": 0, **read.fetchone(), "server_started": server_started}
    # And the start is committed (seen from another session)
    open_starts = conn.execute(
        "SELECT open_starts FROM event_deliveries WHERE event_id = %s AND actor_name = %s",
        (event, ACTOR),
    ).fetchone()["open_starts"]
    assert open_starts == 1


def test_a_start_waits_for_the_dispatchers_uncommitted_row_and_counts_on_it(
    conn, worker_conn, event, database
) -> None:
    # Given the dispatcher's pass holding its delivery row uncommitted (it commits after the push)
    dispatcher = db.connect(url=database)
    dispatcher.execute(
        "INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id)"
        " VALUES (%s, %s, 'probe', '00000000-0000-0000-0000-0000000000d1')",
        (event, ACTOR),
    )
    # When a worker starts the delivery meanwhile (its update sees no row: db/0033)
    started: list[dict] = []
    worker = threading.Thread(target=lambda: started.append(begin(worker_conn, conn, event)))
    worker.start()
    _wait_for_lock_wait(conn, worker_conn.info.backend_pid)
    # And the dispatcher commits
    dispatcher.commit()
    dispatcher.close()
    worker.join(timeout=30)
    # Then the start counted on the dispatcher's row, which kept its message id
    assert started and started[0]["unfinished"] == 0
    delivery = conn.execute(
        "SELECT open_starts, message_id::text AS message_id FROM event_deliveries"
        " WHERE event_id = %s AND actor_name = %s",
        (event, ACTOR),
    ).fetchone()
    assert delivery == {"open_starts": 1, "message_id": "00000000-0000-0000-0000-0000000000d1"}


def _wait_for_lock_wait(conn, pid: int) -> None:
    """Until the session ``pid`` waits on a lock (the dispatcher's uncommitted row)."""
    for _ in range(3000):
        waiting = conn.execute(
            "SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = %s",
            (pid,),
        ).fetchone()
        if waiting and waiting["waiting"]:
            return
        threading.Event().wait(0.01)
    raise AssertionError("the start never waited for the dispatcher's row")


def test_another_events_token_starts_nothing_and_reads_nothing(conn, worker_conn, event):
    # Given the token of another user's event
    other = event_of(conn, rows.add_schedule_chain(conn)["user_id"])
    # When a worker's login starts this event's delivery with it, it is refused
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        worker_conn.execute(
            db.QUERIES["event_deliveries_begin"],
            {"event_id": event, "actor_name": ACTOR, "queue_name": "probe",
             "message_id": "00000000-0000-0000-0000-000000000001", "token": token_of(conn, other),
             "limit": MAX_UNFINISHED_STARTS, "reason": KILLED_WORKERS, "instance": None,
             "audit_actor": RECORDS_ACTOR},
        )  # fmt: skip
    # And no start was recorded
    recorded = conn.execute(
        "SELECT count(*) AS n FROM event_deliveries WHERE event_id = %s", (event,)
    ).fetchone()["n"]
    assert recorded == 0


def test_its_settings_last_until_the_commit(conn, worker_conn, event) -> None:
    # Given a start inside a transaction (to look at the settings before its commit)
    with worker_conn.transaction():
        begin(worker_conn, conn, event)
        # Then the commit will not wait for the disk, and its changes are audited as the core's
        settings = worker_conn.execute(
            "SELECT current_setting('synchronous_commit') AS sync,"
            " current_setting('stillontime.actor') AS actor"
        ).fetchone()
    assert settings == {"sync": "off", "actor": RECORDS_ACTOR}
    # And they end with the transaction
    after = worker_conn.execute("SELECT current_setting('synchronous_commit') AS sync")
    assert after.fetchone()["sync"] == "on"


def test_autocommitted_commits_each_statement_and_returns_the_connection_as_it_came(
    conn, database
) -> None:
    conn.execute("CREATE TABLE probe_autocommit (n int)")
    with db.autocommitted() as pooled:
        pooled.execute("INSERT INTO probe_autocommit VALUES (1)")
        # committed by itself: another session sees it before the block ends
        seen = conn.execute("SELECT count(*) AS n FROM probe_autocommit").fetchone()["n"]
    assert seen == 1
    assert pooled.autocommit is False
