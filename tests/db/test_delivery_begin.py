"""A delivery's start in one statement (db/0031 delivery_begin): the start, the actor's read of
its event, the audit actor and a commit that does not wait for the disk, sent in autocommit."""

from __future__ import annotations

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
    assert row == {"unfinished": 0, **read.fetchone()}
    # And the start is committed (seen from another session)
    open_starts = conn.execute(
        "SELECT open_starts FROM event_deliveries WHERE event_id = %s AND actor_name = %s",
        (event, ACTOR),
    ).fetchone()["open_starts"]
    assert open_starts == 1


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
