"""On a server without autovacuum, the scheduler's job analyzes the tables autovacuum would
have (db/0041), so the services' plans are made again with statistics."""

from __future__ import annotations

import psycopg
import pytest

from pipeline import db
from pipeline.db.connection import login_url
from pipeline.db.statistics import analyze_grown_tables
from tests.support import rows


def _autovacuum(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT current_setting('autovacuum')::boolean AS on").fetchone()["on"]


def _schedules(conn: psycopg.Connection, n: int) -> list:
    """``n`` schedules of one user (each with its email), their stats flushed for the job."""
    user_id = rows.add_user(conn)
    ids = [rows.add_schedule(conn, user_id, rows.add_email(conn, user_id)) for _ in range(n)]
    conn.execute("SELECT pg_stat_force_next_flush()")  # counted before the job reads them
    conn.execute("SELECT 1")
    return ids


def test_a_grown_table_is_analyzed_once_when_autovacuum_is_off(conn, database) -> None:
    # Given 60 new schedules (over autovacuum's threshold of 50 changes, and 10 % of none)
    _schedules(conn, 60)
    analyzed = analyze_grown_tables()
    if _autovacuum(conn):  # autovacuum's own work: the job leaves it alone
        assert analyzed == []
        return
    # Then the job analyzed the tables that grew, and only once
    assert {"schedule_data", "processed_emails"} <= set(analyzed)
    assert "users" not in analyzed  # one row: under the threshold
    stats = conn.execute(
        "SELECT last_analyze IS NOT NULL AS done, n_mod_since_analyze AS mods "
        "FROM pg_stat_user_tables WHERE relname = 'schedule_data'"
    ).fetchone()
    assert stats["done"] and stats["mods"] == 0
    assert "schedule_data" not in analyze_grown_tables()


def test_the_scheduler_login_may_run_it_and_a_worker_may_not(conn, database) -> None:
    _schedules(conn, 60)
    with db.connect(url=login_url(database, "scheduler"), autocommit=True) as scheduler:
        names = [r["name"] for r in scheduler.execute(db.QUERIES["tables_analyze_grown"])]
    assert names == [] if _autovacuum(conn) else "schedule_data" in names
    worker = db.connect(url=login_url(database, "worker"), autocommit=True)
    with worker, pytest.raises(psycopg.errors.InsufficientPrivilege):
        worker.execute(db.QUERIES["tables_analyze_grown"])


def test_a_lookup_by_key_under_row_security_uses_the_key_once_analyzed(conn, database) -> None:
    # Given one user's 300 schedules, and the job run (autovacuum's analysis, where it is on)
    ids = _schedules(conn, 300)
    if _autovacuum(conn):  # the analysis the server's autovacuum makes in its own time
        conn.execute("ANALYZE schedule_data")
    else:
        analyze_grown_tables()
    # When a worker's session plans a lookup by id as the application role, generic plan
    with db.connect(url=database) as session:
        session.execute("SET LOCAL ROLE stillontime_app")
        session.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        session.execute("PREPARE lookup(uuid) AS SELECT version, status FROM schedule_data"
                        " WHERE id = $1")  # fmt: skip
        plan = "\n".join(
            r["QUERY PLAN"] for r in session.execute(f"EXPLAIN EXECUTE lookup('{ids[0]}')")
        )
    # Then it reads the one row by its key, not every row of the user (row security's index)
    assert "schedule_data_pkey" in plan, plan
