"""Issue 16 item 5: no role can put an event for another user into the outbox, and no
SECURITY DEFINER function is anyone's to run but the roles it was granted to."""

from __future__ import annotations

import psycopg
import pytest

from pipeline.db import act_for_user
from tests.security.worker_login import event_of, token_of, worker_connection
from tests.support import rows

FORGE = """SELECT emit_event('schedule_cancelled', 'schedule_data', %s, %s, NULL, 1,
                             'confirmed', 'cancelled')"""


@pytest.fixture
def worker_conn(database):
    yield from worker_connection(database)


@pytest.fixture
def two_users(conn):
    return rows.add_schedule_chain(conn), rows.add_schedule_chain(conn)


def cancellations(conn, schedule_id) -> int:
    return conn.execute(
        "SELECT count(*) AS n FROM events WHERE schedule_id IS NULL AND subject_id = %s "
        "AND kind = 'schedule_cancelled'",
        (schedule_id,),
    ).fetchone()["n"]


def test_reporting_cannot_emit_an_event(conn, two_users) -> None:
    _, b = two_users
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        conn.execute("SET LOCAL ROLE stillontime_reporting")
        conn.execute(FORGE, (b["schedule_id"], b["user_id"]))
    assert cancellations(conn, b["schedule_id"]) == 0


def test_the_app_role_working_for_a_cannot_emit_for_b(conn, two_users) -> None:
    a, b = two_users
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        act_for_user(conn, a["user_id"])
        conn.execute(FORGE, (b["schedule_id"], b["user_id"]))
    assert cancellations(conn, b["schedule_id"]) == 0


def test_nor_can_it_write_the_outbox_itself(conn, two_users) -> None:
    a, b = two_users
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        act_for_user(conn, a["user_id"])
        conn.execute(
            "INSERT INTO events (kind, subject_table, subject_id, user_id) "
            "VALUES ('schedule_cancelled', 'schedule_data', %s, %s)",
            (b["schedule_id"], b["user_id"]),
        )
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        act_for_user(conn, a["user_id"])
        conn.execute("UPDATE events SET dispatched_at = NULL")  # replay its own events


def test_the_worker_login_cannot_emit_for_b_bound_or_not(conn, worker_conn, two_users) -> None:
    a, b = two_users
    event = event_of(conn, a["user_id"])
    with pytest.raises(psycopg.errors.InsufficientPrivilege), worker_conn.transaction():
        worker_conn.execute(FORGE, (b["schedule_id"], b["user_id"]))
    with pytest.raises(psycopg.errors.InsufficientPrivilege), worker_conn.transaction():
        act_for_user(worker_conn, a["user_id"], event_id=event, token=token_of(conn, event))
        worker_conn.execute(FORGE, (b["schedule_id"], b["user_id"]))
    assert cancellations(conn, b["schedule_id"]) == 0


def test_the_users_own_changes_still_emit_their_events(conn, worker_conn, two_users) -> None:
    a, _ = two_users
    event = event_of(conn, a["user_id"])
    with worker_conn.transaction():
        act_for_user(worker_conn, a["user_id"], event_id=event, token=token_of(conn, event))
        worker_conn.execute(
            "UPDATE schedule_data SET status = 'cancelled' WHERE id = %s", (a["schedule_id"],)
        )
    kinds = conn.execute(
        "SELECT kind FROM events WHERE schedule_id = %s ORDER BY id", (a["schedule_id"],)
    ).fetchall()
    assert kinds[-1]["kind"] == "schedule_cancelled"


# Every SECURITY DEFINER function, and the only roles besides its owner that may run it. The
# cross-user services (stillontime_service and its logins, db/0027) are members of the app role.
CROSS_USER = {"stillontime_service", "stillontime_scheduler", "stillontime_poller",
              "stillontime_admin"}  # fmt: skip
DEFINERS = {
    "audit_row_change": set(),  # a trigger function
    # The tokens the messages carry: not the poller's, which sends nothing
    "event_token": {"stillontime_dispatcher", "stillontime_scheduler", "stillontime_admin"},
    "check_event_token": set(),  # called by the ones below
    "bind_user": {"stillontime_app", "stillontime_worker"} | CROSS_USER,
    "app_user_id": {"stillontime_app", "stillontime_worker"} | CROSS_USER,
    # A replay (the command line) and a redelivery (the scheduler) read the event
    "event_for_worker": {"stillontime_worker", "stillontime_scheduler", "stillontime_admin"},
    "delivery_finished": {"stillontime_worker"},
    "delivery_started": {"stillontime_worker"},
    "note_unreadable_email": set(),  # trigger functions (db/0022)
    "note_unusable_attachments": set(),
    "note_unusable_attachments_inserted": set(),  # its statement-level form (db/0030)
    "events_route_kinds": {"stillontime_dispatcher"},  # marks the kinds it routes (db/0035)
    # ANALYZE runs as the tables' owner, for the scheduler's job (db/0041)
    "analyze_grown_tables": {"stillontime_scheduler", "stillontime_admin"},
}
# The definer functions that name every table, function, operator and type of their bodies with
# its schema instead of fixing their search_path (db/0040).
QUALIFIED = {"app_user_id", "event_token", "check_event_token"}
ROLES = ("stillontime_app", "stillontime_worker", "stillontime_reporting",
         "stillontime_dispatcher", *sorted(CROSS_USER))  # fmt: skip


def test_every_security_definer_function_is_audited_and_not_publics(conn) -> None:
    found = conn.execute(
        """SELECT p.oid, p.proname, p.proconfig,
                  coalesce(p.proacl, acldefault('f', p.proowner)) AS proacl
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.prosecdef"""
    ).fetchall()
    assert {f["proname"] for f in found} == set(DEFINERS)
    for function in found:
        name = function["proname"]
        # A definer function fixes its search_path, so no object a caller makes can hijack it;
        # or names every object of its body with its schema (db/0040, tested below).
        fixed = any(c.startswith("search_path=") for c in function["proconfig"] or [])
        assert fixed or name in QUALIFIED, name
        public = conn.execute(
            "SELECT bool_or(a.grantee = 0) AS yes FROM aclexplode(%s) a", (function["proacl"],)
        ).fetchone()["yes"]
        assert not public, f"{name} is executable by PUBLIC"
        allowed = {
            role
            for role in ROLES
            if conn.execute(
                "SELECT has_function_privilege(%s, %s::oid, 'EXECUTE') AS ok",
                (role, function["oid"]),
            ).fetchone()["ok"]
        }
        assert allowed == DEFINERS[name], name


def test_emit_event_runs_as_its_caller_and_only_the_app_may_call_it(conn) -> None:
    row = conn.execute(
        """SELECT p.prosecdef,
                  has_function_privilege('stillontime_reporting', p.oid, 'EXECUTE') AS reporting,
                  has_function_privilege('stillontime_app', p.oid, 'EXECUTE') AS app
             FROM pg_proc p WHERE p.proname = 'emit_event'"""
    ).fetchone()
    assert (row["prosecdef"], row["reporting"], row["app"]) == (False, False, True)


# A schema ahead of pg_catalog in a caller's search_path, with its own object of every name the
# functions of db/0040 use: each would bind the caller to user B, forge a token, or pass a check.
HOSTILE = r"""
CREATE SCHEMA hostile;
GRANT USAGE ON SCHEMA hostile TO PUBLIC;
CREATE TABLE hostile.user_bindings (pid integer, xact_id xid8, bound_user uuid);
GRANT SELECT ON hostile.user_bindings TO PUBLIC;
CREATE TABLE hostile.core_secrets (name text, key bytea);
GRANT SELECT ON hostile.core_secrets TO PUBLIC;
INSERT INTO hostile.core_secrets VALUES ('event_token', '\x00');
CREATE FUNCTION hostile.pg_backend_pid() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION hostile.pg_current_xact_id_if_assigned() RETURNS xid8
    LANGUAGE sql AS 'SELECT ''1''::xid8';
CREATE FUNCTION hostile.pg_has_role(name, name, text) RETURNS boolean
    LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION hostile.pg_has_role(name, text, text) RETURNS boolean
    LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION hostile.cross_user_session() RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION hostile.event_token(bigint) RETURNS text LANGUAGE sql AS 'SELECT ''forged''';
CREATE FUNCTION hostile.encode(bytea, text) RETURNS text LANGUAGE sql AS 'SELECT ''forged''';
CREATE FUNCTION hostile.sha256(bytea) RETURNS bytea LANGUAGE sql AS 'SELECT ''\x00''::bytea';
CREATE FUNCTION hostile.convert_to(text, name) RETURNS bytea
    LANGUAGE sql AS 'SELECT ''\x00''::bytea';
CREATE FUNCTION hostile.same(integer, integer) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION hostile.same(xid8, xid8) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION hostile.same(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR hostile.= (FUNCTION = hostile.same, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR hostile.= (FUNCTION = hostile.same, LEFTARG = xid8, RIGHTARG = xid8);
CREATE OPERATOR hostile.= (FUNCTION = hostile.same, LEFTARG = text, RIGHTARG = text);
CREATE FUNCTION hostile.cat(bytea, bytea) RETURNS bytea
    LANGUAGE sql AS 'SELECT ''\x00''::bytea';
CREATE OPERATOR hostile.|| (FUNCTION = hostile.cat, LEFTARG = bytea, RIGHTARG = bytea);
GRANT EXECUTE ON FUNCTION check_event_token(bigint, text), event_token(bigint)
    TO stillontime_worker
"""
SHADOWED = "SET LOCAL search_path = hostile, pg_catalog, public, pg_temp"


def test_the_qualified_definers_answer_the_same_under_a_hostile_search_path(
    conn, worker_conn, two_users
) -> None:
    # db/0040: app_user_id, cross_user_session, event_token and check_event_token have no SET
    # search_path; a caller whose path shadows each name they use gets the same answers.
    # (Only app_user_id is the worker's to call; the token's two are granted here to test them;
    # cross_user_session runs inside check_event_token, as its owner, as it always does.)
    a, b = two_users
    event = event_of(conn, a["user_id"])
    token = token_of(conn, event)
    conn.execute(HOSTILE)
    with worker_conn.transaction():
        worker_conn.execute(SHADOWED)
        pid = worker_conn.execute("SELECT pg_catalog.pg_backend_pid() AS p").fetchone()["p"]
        conn.execute(
            "INSERT INTO hostile.user_bindings VALUES (1, '1', %s), (%s, '1', %s)",
            (b["user_id"], pid, b["user_id"]),
        )
        # The shadows are there: the session's own unqualified names resolve to them...
        assert worker_conn.execute("SELECT pg_backend_pid() AS p").fetchone()["p"] == 1
        assert worker_conn.execute("SELECT 1 = 2 AS eq").fetchone()["eq"] is True
        assert worker_conn.execute("SELECT event_token(1) AS t").fetchone()["t"] == "forged"
        # ...and the functions use none: not bound, the true token, no forgery passes
        assert worker_conn.execute("SELECT public.app_user_id() AS u").fetchone()["u"] is None
        real = worker_conn.execute("SELECT public.event_token(%s) AS t", (event,))
        assert real.fetchone()["t"] == token
        worker_conn.execute("SELECT public.check_event_token(%s, %s)", (event, token))
    for forged in ("forged", token[:-1] + ("1" if token[-1] == "0" else "0"), None):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), worker_conn.transaction():
            worker_conn.execute(SHADOWED)
            worker_conn.execute("SELECT public.check_event_token(%s, %s)", (event, forged))
    with worker_conn.transaction():
        act_for_user(worker_conn, a["user_id"], event_id=event, token=token)
        worker_conn.execute(SHADOWED)
        bound = worker_conn.execute("SELECT public.app_user_id() AS u").fetchone()["u"]
        assert bound == a["user_id"]
