"""Issue 16 item 6: the app role reaches no table outside row-level security beyond what a
stage reads, and the extract cache is per user (no cross-user read, no poisoning)."""

from __future__ import annotations

import psycopg
import pytest

from pipeline.db import act_for_user
from pipeline.extract.service import process_email
from tests.fixtures import callsheets
from tests.support import rows

# Tables outside the user policy, and the only privileges the app role has on each.
SHARED_TABLE_GRANTS = {
    "event_kinds": {"SELECT"},
    "state_transitions": {"SELECT"},
}
PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")


def test_the_app_role_has_only_listed_grants_on_tables_outside_the_user_policy(conn) -> None:
    tables = conn.execute(
        """SELECT c.relname, c.oid FROM pg_class c
             JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public'
            WHERE c.relkind IN ('r', 'p') AND NOT EXISTS (
                  SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                     AND p.polname LIKE '%user_isolation')"""
    ).fetchall()
    assert {"extract_cache", "events"}.isdisjoint(t["relname"] for t in tables)
    for table in tables:
        held = {
            privilege
            for privilege in PRIVILEGES
            if conn.execute(
                "SELECT has_table_privilege('stillontime_app', %s::oid, %s) AS ok",
                (table["oid"], privilege),
            ).fetchone()["ok"]
        }
        assert held == SHARED_TABLE_GRANTS.get(table["relname"], set()), table["relname"]


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO state_transitions VALUES "
        "('schedule_data', 'status', 'cancelled', 'confirmed', 'schedule_confirmed')",
        "UPDATE event_deliveries SET status = 'done'",
        "INSERT INTO event_kinds VALUES ('forged_kind', 'x')",
        "UPDATE event_kinds SET description = 'x'",
        "DELETE FROM state_transitions",
        "SELECT * FROM event_deliveries",
        "SELECT * FROM service_instances",
    ],
)
def test_working_for_a_user_cannot_change_the_shared_tables(conn, statement) -> None:
    user_id = rows.add_user(conn)
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        act_for_user(conn, user_id)
        conn.execute(statement)


def test_a_user_never_sees_another_users_cached_reading(conn) -> None:
    a, b = rows.add_user(conn), rows.add_user(conn)
    process_email(rows.add_email_with_pdf(conn, b, callsheets.uk_unit_call()[0]))
    assert conn.execute("SELECT count(*) AS n FROM extract_cache").fetchone()["n"] == 1
    with conn.transaction():
        act_for_user(conn, a)
        seen = conn.execute("SELECT count(*) AS n FROM extract_cache").fetchone()["n"]
    assert seen == 0


def test_a_user_cannot_poison_the_reading_another_user_gets(conn) -> None:
    pdf = callsheets.uk_unit_call()[0]
    a, b = rows.add_user(conn), rows.add_user(conn)
    process_email(rows.add_email_with_pdf(conn, a, pdf))
    [title] = {r["production"] for r in schedules(conn, a)}
    # Working for A (a compromised worker), rewrite the cached reading of the PDF
    with conn.transaction():
        act_for_user(conn, a)
        conn.execute(
            "UPDATE extract_cache SET result = replace(result::text, %s, 'POISONED')::jsonb",
            (title,),
        )
    # B gets the same PDF later and reads it for itself
    process_email(rows.add_email_with_pdf(conn, b, pdf))
    assert {r["production"] for r in schedules(conn, b)} == {title}


def test_the_cache_cannot_be_written_for_another_user(conn) -> None:
    a, b = rows.add_user(conn), rows.add_user(conn)
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        act_for_user(conn, a)
        conn.execute(
            "INSERT INTO extract_cache (user_id, sha256, extractor_version, result) "
            "VALUES (%s, repeat('a', 64), 'x', '{}')",
            (b,),
        )


def schedules(conn, user_id):
    return conn.execute(
        "SELECT production FROM schedule_data WHERE user_id = %s", (user_id,)
    ).fetchall()
