"""Row-level security: working for user A, nothing of user B's can be seen or changed."""

from __future__ import annotations

import psycopg
import pytest

from pipeline import db
from pipeline.db import act_for_user
from tests.support import rows

# Tables holding one user's data, each with the column naming the user.
USER_TABLES = {
    "users": "id",
    "user_configs": "user_id",
    "processed_emails": "user_id",
    "schedule_data": "user_id",
    "schedule_versions": "user_id",
    "events": "user_id",
}


@pytest.fixture
def two_users(conn):
    a = rows.add_schedule_chain(conn)
    b = rows.add_schedule_chain(conn)
    return a, b


def test_working_for_a_user_shows_only_their_rows(conn, two_users) -> None:
    a, b = two_users
    with conn.transaction():
        act_for_user(conn, a["user_id"])
        for table, column in USER_TABLES.items():
            seen = {r["owner"] for r in conn.execute(f"SELECT {column} AS owner FROM {table}")}
            assert seen == {a["user_id"]}, table
        # Another user's schedule cannot be changed or claimed, only not found
        changed = conn.execute(
            "UPDATE schedule_data SET notes = 'x' WHERE id = %s", (b["schedule_id"],)
        ).rowcount
        assert changed == 0


def test_rows_cannot_be_written_for_another_user(conn, two_users) -> None:
    a, b = two_users
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        act_for_user(conn, a["user_id"])
        rows.add_email(conn, b["user_id"])


def test_the_users_own_changes_still_run_the_state_machine_and_outbox(conn, two_users) -> None:
    a, _ = two_users
    with conn.transaction():
        act_for_user(conn, a["user_id"])
        conn.execute("UPDATE schedule_data SET status = 'confirmed' WHERE id = %s",
                     (a["schedule_id"],))  # fmt: skip
    events = conn.execute(
        "SELECT kind FROM events WHERE schedule_id = %s ORDER BY id", (a["schedule_id"],)
    )
    kinds = [r["kind"] for r in events]
    assert kinds[-1] == "schedule_confirmed"
    audit = conn.execute(
        "SELECT count(*) AS n FROM audit_log WHERE row_id = %s AND action = 'UPDATE'",
        (a["schedule_id"],),
    ).fetchone()
    assert audit["n"] == 1


def test_no_user_set_means_no_rows(conn, two_users) -> None:
    with conn.transaction():
        conn.execute("SET LOCAL ROLE stillontime_app")
        assert conn.execute("SELECT count(*) AS n FROM schedule_data").fetchone()["n"] == 0


@pytest.mark.parametrize(
    "statement",
    [
        "ALTER TABLE schedule_data DISABLE ROW LEVEL SECURITY",
        "DROP POLICY p_schedule_data_user_isolation ON schedule_data",
        "SELECT count(*) FROM audit_log",
        "DELETE FROM audit_log",
    ],
)
def test_the_app_role_cannot_lift_isolation_or_touch_the_audit_log(conn, two_users, statement):
    a, _ = two_users
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        act_for_user(conn, a["user_id"])
        conn.execute(statement)


def test_turning_row_security_off_fails_instead_of_showing_everything(conn, two_users) -> None:
    a, _ = two_users
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        act_for_user(conn, a["user_id"])
        conn.execute("SET LOCAL row_security = off")
        conn.execute("SELECT * FROM schedule_data")


def test_reporting_reads_every_user_and_writes_nothing(conn, two_users) -> None:
    with conn.transaction():
        conn.execute("SET LOCAL ROLE stillontime_reporting")
        assert conn.execute("SELECT count(*) AS n FROM schedule_data").fetchone()["n"] == 2
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        conn.execute("SET LOCAL ROLE stillontime_reporting")
        conn.execute("UPDATE schedule_data SET notes = 'x'")


def test_every_user_scoped_table_is_under_the_policy(conn) -> None:
    missing = conn.execute(
        """SELECT c.relname FROM pg_class c
             JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public'
            WHERE c.relkind = 'r' AND c.relname <> 'audit_log'
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                          AND a.attname = 'user_id' AND NOT a.attisdropped)
              AND NOT (c.relrowsecurity AND EXISTS (
                  SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                     AND p.polname LIKE '%user_isolation'))"""
    ).fetchall()
    assert missing == []


def test_a_stage_actor_works_only_for_its_events_user(conn, two_users) -> None:
    from tests.support.probe_actors import PROBE_SCHEMA, whoami_event

    a, _b = two_users
    conn.execute(PROBE_SCHEMA)
    event = conn.execute(
        "SELECT id FROM events WHERE user_id = %s ORDER BY id LIMIT 1", (a["user_id"],)
    ).fetchone()
    whoami_event.fn(event["id"])  # the actor's body, in this process, as a worker runs it
    seen = conn.execute("SELECT * FROM probe_identity").fetchone()
    assert seen["role"] == "stillontime_app"
    assert seen["users_seen"] == [a["user_id"]]
    mine = conn.execute(
        "SELECT count(*) AS n FROM events WHERE user_id = %s", (a["user_id"],)
    ).fetchone()
    assert seen["events_seen"] == mine["n"]
    # Outside an actor, the same code runs as the owner (dispatcher, scheduler, CLI).
    with db.transaction() as owner:
        assert owner.execute("SELECT current_user AS r").fetchone()["r"] != "stillontime_app"
