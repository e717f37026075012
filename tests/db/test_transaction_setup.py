"""A transaction's set-up (BEGIN, the actor, the application role and the user's binding) goes
to the server in one round trip, and binds the user as before: the role and search path LOCAL
to the transaction, the worker's login only with the event's token."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg import pq

from pipeline import db
from pipeline.db import connection as db_connection
from pipeline.db.connection import worker_url
from tests.security.worker_login import event_of, token_of
from tests.support import rows

WHO = """SELECT current_user AS role, current_setting('search_path') AS path,
                current_setting('stillontime.actor', true) AS actor,
                (SELECT count(*) FROM schedule_data) AS schedules_seen"""


# A statement the block sends first: the round trips before it are the set-up's.
MARK = "SELECT 'first statement of the block'"


class _Traced:
    """A stand-in for the pool that hands out one connection, its protocol traced to a file."""

    def __init__(self, conn: psycopg.Connection, trace: Path) -> None:
        self.conn, self.trace = conn, trace
        self._out = open(trace, "w")  # noqa: SIM115 (closed with the trace, in stop)
        conn.pgconn.trace(self._out.fileno())
        conn.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection]:
        yield self.conn

    def stop(self) -> None:
        if not self._out.closed:
            self.conn.pgconn.untrace()  # writes out what libpq buffered
            self._out.close()

    def round_trips(self) -> int:
        """The server's answers that end a round trip (one per Sync or simple Query)."""
        self.stop()
        lines = self.trace.read_text().splitlines()
        return sum(1 for line in lines if line.split("\t")[2:3] == ["ReadyForQuery"])

    def statements_before_the_block(self) -> int:
        """The statements run (one Bind each) before the block's first statement (MARK)."""
        self.stop()
        lines = self.trace.read_text().splitlines()
        first = next(i for i, line in enumerate(lines) if "first statement" in line)
        return sum(1 for line in lines[:first] if line.split("\t")[0:3:2] == ["F", "Bind"])

    def round_trips_before_the_block(self) -> int:
        """The server's answers that end a round trip (one per Sync or simple Query) before
        the block's first statement (MARK)."""
        self.stop()
        lines = self.trace.read_text().splitlines()
        first = next(i for i, line in enumerate(lines) if "first statement" in line)
        return sum(1 for line in lines[:first] if line.split("\t")[2:3] == ["ReadyForQuery"])


@contextmanager
def traced_pool(url: str, monkeypatch: pytest.MonkeyPatch, where: Path) -> Iterator[_Traced]:
    with db.connect(url=url) as conn:
        traced = _Traced(conn, where / "trace")
        monkeypatch.setattr(db_connection, "pool", lambda: traced)
        try:
            yield traced
        finally:
            traced.stop()


@pytest.fixture
def worker_pool(database, monkeypatch, tmp_path) -> Iterator[_Traced]:
    with traced_pool(worker_url(database), monkeypatch, tmp_path) as traced:
        yield traced


def test_a_workers_transaction_binds_its_user_in_one_round_trip(conn, worker_pool) -> None:
    mine = rows.add_schedule_chain(conn)
    rows.add_schedule_chain(conn)  # another user's, hidden
    event = event_of(conn, mine["user_id"])
    with (
        db.working_for_user(mine["user_id"], event_id=event, token=token_of(conn, event)),
        db.transaction(actor="probe") as tx,
    ):
        tx.execute(MARK)
        seen = tx.execute(WHO).fetchone()
        assert tx.execute("SELECT app_user_id() AS u").fetchone()["u"] == mine["user_id"]
    assert worker_pool.round_trips_before_the_block() == 1
    assert worker_pool.statements_before_the_block() == 2  # BEGIN, work_for_user (db/0036)
    assert seen == {"role": "stillontime_app", "path": "public, pg_temp", "actor": "probe",
                    "schedules_seen": 1}  # fmt: skip
    # LOCAL to the transaction: the next one starts as the login again.
    after = worker_pool.conn.execute("SELECT current_user AS role").fetchone()
    worker_pool.conn.rollback()
    assert after["role"] == "stillontime_worker"


def test_a_bound_transaction_without_flush_sets_all_of_it_up(conn, worker_pool) -> None:
    mine = rows.add_schedule_chain(conn)
    event = event_of(conn, mine["user_id"])
    with (
        db.working_for_user(mine["user_id"], event_id=event, token=token_of(conn, event)),
        db.transaction(actor="probe", flush=False) as tx,
    ):
        seen = tx.execute(
            WHO + ", current_setting('synchronous_commit') AS sync, app_user_id() AS user_id"
        ).fetchone()
    assert seen == {"role": "stillontime_app", "path": "public, pg_temp", "actor": "probe",
                    "schedules_seen": 1, "sync": "off", "user_id": mine["user_id"]}  # fmt: skip


def test_only_a_role_that_may_become_the_app_role_may_set_up_for_a_user(conn) -> None:
    may = {
        role: conn.execute(
            "SELECT has_function_privilege(%s,"
            " 'work_for_user(uuid, bigint, text, text, boolean)', 'EXECUTE') AS ok",
            (role,),
        ).fetchone()["ok"]
        for role in ("stillontime_worker", "stillontime_admin", "stillontime_dispatcher",
                     "stillontime_reporting")
    }  # fmt: skip
    assert may == {"stillontime_worker": True, "stillontime_admin": True,
                   "stillontime_dispatcher": False, "stillontime_reporting": False}  # fmt: skip


def test_a_refused_binding_rolls_back_before_the_block(conn, worker_pool) -> None:
    mine, other = rows.add_schedule_chain(conn), rows.add_schedule_chain(conn)
    event = event_of(conn, other["user_id"])  # another user's event and token
    ran = False
    with (
        pytest.raises(psycopg.errors.InsufficientPrivilege),
        db.working_for_user(mine["user_id"], event_id=event, token=token_of(conn, event)),
        db.transaction(actor="probe"),
    ):
        ran = True
    assert not ran
    assert worker_pool.conn.info.transaction_status == pq.TransactionStatus.IDLE
    assert worker_pool.conn.execute("SELECT current_user AS r").fetchone()["r"] == (
        "stillontime_worker"
    )


def test_an_owners_transaction_without_a_user_sets_up_in_one_round_trip(
    database, monkeypatch, tmp_path
) -> None:
    with traced_pool(database, monkeypatch, tmp_path) as traced:
        with db.transaction(actor="probe", flush=False) as tx:
            tx.execute(MARK)
            row = tx.execute(
                "SELECT current_setting('stillontime.actor') AS actor,"
                " current_setting('synchronous_commit') AS sync"
            ).fetchone()
            # The block runs outside pipeline mode: a statement's row count is known at once.
            assert tx.execute("SELECT 1 FROM generate_series(1, 3)").rowcount == 3
        assert traced.round_trips_before_the_block() == 1
    assert row == {"actor": "probe", "sync": "off"}


def test_the_delivery_records_go_in_one_round_trip(database, monkeypatch, tmp_path) -> None:
    with traced_pool(database, monkeypatch, tmp_path) as traced:
        with db.pipelined(actor="core.deliveries", flush=False) as tx:
            cur = tx.execute(
                "SELECT current_setting('stillontime.actor') AS actor,"
                " current_setting('synchronous_commit') AS sync"
            )
        assert traced.round_trips() == 1  # BEGIN, set-up, statement and COMMIT
        assert traced.conn.info.transaction_status == pq.TransactionStatus.IDLE
    assert cur.fetchone() == {"actor": "core.deliveries", "sync": "off"}


def test_a_failed_pipelined_transaction_commits_nothing(conn, database, monkeypatch, tmp_path):
    conn.execute("CREATE TABLE probe_rows (n integer)")
    with traced_pool(database, monkeypatch, tmp_path) as traced:
        with pytest.raises(psycopg.errors.DivisionByZero), db.pipelined(actor="probe") as tx:
            tx.execute("INSERT INTO probe_rows VALUES (1)")
            tx.execute("SELECT 1 / 0")
            tx.execute("INSERT INTO probe_rows VALUES (2)")
        assert traced.conn.info.transaction_status == pq.TransactionStatus.IDLE
    assert conn.execute("SELECT count(*) AS n FROM probe_rows").fetchone()["n"] == 0


def test_read_then_write_reads_in_one_round_trip_and_writes_in_another(
    conn, database, monkeypatch, tmp_path
) -> None:
    conn.execute("CREATE TABLE probe_rows (n integer)")
    conn.execute("INSERT INTO probe_rows VALUES (41)")
    with traced_pool(database, monkeypatch, tmp_path) as traced:

        def read(tx: psycopg.Connection) -> psycopg.Cursor:
            tx.execute("SELECT 1")
            return tx.execute(
                "SELECT max(n) AS n, current_setting('stillontime.actor') AS actor,"
                " current_setting('synchronous_commit') AS sync FROM probe_rows"
            )

        with db.read_then_write(read, actor="probe", flush=False) as (tx, cur):
            seen = cur.fetchone()  # in before the block's first statement
            tx.execute("INSERT INTO probe_rows VALUES (%s)", (seen["n"] + 1,))
            tx.execute("INSERT INTO probe_rows VALUES (%s)", (seen["n"] + 2,))
        # BEGIN, set-up and the reads; then the inserts and COMMIT
        assert traced.round_trips() == 2
        assert traced.conn.info.transaction_status == pq.TransactionStatus.IDLE
    assert seen == {"n": 41, "actor": "probe", "sync": "off"}
    ns = [r["n"] for r in conn.execute("SELECT n FROM probe_rows ORDER BY n")]
    assert ns == [41, 42, 43]


@pytest.mark.parametrize("half", ["read", "write"])
def test_a_failed_read_then_write_commits_nothing(conn, database, monkeypatch, tmp_path, half):
    conn.execute("CREATE TABLE probe_rows (n integer)")

    def read(tx: psycopg.Connection) -> None:
        tx.execute("INSERT INTO probe_rows VALUES (1)")
        if half == "read":
            tx.execute("SELECT 1 / 0")

    with traced_pool(database, monkeypatch, tmp_path) as traced:
        with (
            pytest.raises(psycopg.errors.DivisionByZero),
            db.read_then_write(read, actor="probe") as (tx, _),
        ):
            tx.execute("INSERT INTO probe_rows VALUES (2)")
            tx.execute("SELECT 1 / 0")
            tx.execute("INSERT INTO probe_rows VALUES (3)")
        assert traced.conn.info.transaction_status == pq.TransactionStatus.IDLE
    assert conn.execute("SELECT count(*) AS n FROM probe_rows").fetchone()["n"] == 0


def test_begun_sends_begin_with_its_first_statements(database, monkeypatch, tmp_path) -> None:
    with traced_pool(database, monkeypatch, tmp_path) as traced:
        conn = traced.conn
        with db.begun(conn, lambda c: c.execute("SELECT 41 + 1 AS n")) as cur:
            n = cur.fetchone()["n"]
            conn.execute(MARK)
        assert traced.round_trips_before_the_block() == 1
    assert n == 42
