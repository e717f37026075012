"""Issue 16, the log-in role: the stage workers log in as a role that is not the owner and
cannot become it, and a statement cannot change the user a transaction works for."""

from __future__ import annotations

import psycopg
import pytest

from pipeline.db import act_for_user
from pipeline.events import EMAIL_RECEIVED
from pipeline.outbox.dispatcher import Dispatcher
from tests.security.worker_login import event_of, token_of, worker_connection
from tests.support import rows
from tests.support.probe_actors import PROBE_SCHEMA, WHOAMI
from tests.support.waiting import wait_for

WORKER = ("worker", "--module", "tests.support.probe_actors", "--processes", "1", "--threads", "1")


@pytest.fixture
def worker_conn(database):
    yield from worker_connection(database)


@pytest.fixture
def two_users(conn):
    return rows.add_schedule_chain(conn), rows.add_schedule_chain(conn)


def owner(conn) -> str:
    return conn.execute(
        "SELECT tableowner AS o FROM pg_tables WHERE tablename = 'events'"
    ).fetchone()["o"]


def users_seen(conn) -> set:
    return {r["user_id"] for r in conn.execute("SELECT user_id FROM schedule_data")}


def bound_to(conn, user_id, worker: bool, owner_conn) -> None:
    if worker:
        event = event_of(owner_conn, user_id)
        act_for_user(conn, user_id, event_id=event, token=token_of(owner_conn, event))
    else:
        act_for_user(conn, user_id)


def test_the_worker_role_is_not_the_owner_and_cannot_become_it(conn, worker_conn) -> None:
    role = conn.execute(
        """SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb,
                  pg_has_role('stillontime_worker', %s, 'MEMBER') AS owner_member
             FROM pg_roles WHERE rolname = 'stillontime_worker'""",
        (owner(conn),),
    ).fetchone()
    assert role == {
        "rolcanlogin": True,
        "rolsuper": False,
        "rolbypassrls": False,
        "rolcreaterole": False,
        "rolcreatedb": False,
        "owner_member": False,
    }
    assert worker_conn.execute("SELECT session_user AS u").fetchone()["u"] == "stillontime_worker"
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        worker_conn.execute(f'SET ROLE "{owner(conn)}"')


@pytest.mark.parametrize("worker", [True, False], ids=["worker login", "owner login"])
def test_changing_the_setting_mid_transaction_changes_nothing(
    conn, worker_conn, two_users, worker
) -> None:
    a, b = two_users
    session = worker_conn if worker else conn
    with session.transaction():
        bound_to(session, a["user_id"], worker, conn)
        session.execute("SELECT set_config('stillontime.user_id', %s, true)", (str(b["user_id"]),))
        assert users_seen(session) == {a["user_id"]}


def test_reset_role_in_the_worker_gains_nothing(conn, worker_conn, two_users) -> None:
    a, _ = two_users
    with worker_conn.transaction():
        bound_to(worker_conn, a["user_id"], True, conn)
        worker_conn.execute("RESET ROLE")
        assert users_seen(worker_conn) == {a["user_id"]}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            worker_conn.execute("SELECT * FROM audit_log")


@pytest.mark.parametrize("worker", [True, False], ids=["worker login", "owner login"])
def test_a_transaction_cannot_be_bound_to_a_second_user(
    conn, worker_conn, two_users, worker
) -> None:
    a, b = two_users
    session = worker_conn if worker else conn
    with pytest.raises(psycopg.errors.InsufficientPrivilege), session.transaction():
        bound_to(session, a["user_id"], worker, conn)
        bound_to(session, b["user_id"], worker, conn)


def test_the_worker_login_works_for_nobody_without_the_events_token(
    conn, worker_conn, two_users
) -> None:
    a, b = two_users
    a_event, b_event = event_of(conn, a["user_id"]), event_of(conn, b["user_id"])
    a_token = token_of(conn, a_event)
    # Unbound (an injected COMMIT ends the binding): nothing of anyone's
    assert users_seen(worker_conn) == set()
    assert worker_conn.execute("SELECT count(*) AS n FROM events").fetchone()["n"] == 0
    attempts = [
        ("SELECT bind_user(%s)", (b["user_id"],)),
        ("SELECT bind_user(%s, %s, %s)", (b["user_id"], b_event, "0" * 64)),
        ("SELECT bind_user(%s, %s, %s)", (b["user_id"], a_event, a_token)),  # A's token
        ("SELECT bind_user(%s, %s, %s)", (b["user_id"], b_event, a_token)),
        ("SELECT * FROM event_for_worker(%s, %s)", (b_event, a_token)),
        ("SELECT event_token(%s)", (b_event,)),
        ("SELECT * FROM core_secrets", ()),
        (
            "INSERT INTO user_bindings VALUES (pg_backend_pid(), pg_current_xact_id(), %s)",
            (b["user_id"],),
        ),
        (
            "SELECT delivery_finished(%s, 'x.y', 'x', gen_random_uuid(), NULL, 'dead', 'e')",
            (b_event,),
        ),
    ]
    for statement, params in attempts:
        with pytest.raises(psycopg.errors.InsufficientPrivilege), worker_conn.transaction():
            worker_conn.execute(statement, params)
    # With A's own token it works for A, and only A
    with worker_conn.transaction():
        bound_to(worker_conn, a["user_id"], True, conn)
        assert users_seen(worker_conn) == {a["user_id"]}
    dead = conn.execute("SELECT count(*) AS n FROM event_deliveries").fetchone()["n"]
    assert dead == 0


def test_a_real_worker_logs_in_as_the_worker_role_and_works_for_the_events_user(
    conn, database, broker, start_service, run_in_thread, two_users
) -> None:
    a, _ = two_users
    conn.execute(PROBE_SCHEMA)
    start_service(*WORKER)
    run_in_thread(Dispatcher(broker, url=database, routes={EMAIL_RECEIVED: (WHOAMI,)}).run_forever)
    email_id = rows.add_email(conn, a["user_id"])
    event = conn.execute(
        "SELECT id FROM events WHERE kind = %s AND subject_id = %s", (EMAIL_RECEIVED, email_id)
    ).fetchone()["id"]

    def done():
        return conn.execute(
            "SELECT status FROM event_deliveries WHERE event_id = %s AND status = 'done'",
            (event,),
        ).fetchone()

    wait_for(done, what="whoami delivery done")
    seen = conn.execute("SELECT * FROM probe_identity WHERE event_id = %s", (event,)).fetchone()
    assert seen["role"] == "stillontime_app"
    assert seen["users_seen"] == [a["user_id"]]
    logins = {
        r["usename"]
        for r in conn.execute(
            "SELECT usename FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
    }
    assert "stillontime_worker" in logins
    # its heartbeat row was written through the worker role's one grant
    assert (
        conn.execute(
            "SELECT count(*) AS n FROM service_instances WHERE kind = 'worker'"
        ).fetchone()["n"]
        >= 1
    )


def test_a_workers_own_connection_reads_the_grant_only_working_for_the_user(
    conn, database, two_users, monkeypatch
) -> None:
    # The calendar stage reads the Google grant on its lock's own connection (db.bound)
    from pipeline import db
    from pipeline.db.connection import LOGIN_ENV

    a, b = two_users
    for user in (a, b):
        conn.execute(
            "INSERT INTO oauth_tokens (user_id, provider) VALUES (%s, 'google')", (user["user_id"],)
        )
    monkeypatch.setenv(LOGIN_ENV, "worker")  # as `stillontime worker` sets it for its processes
    event = event_of(conn, a["user_id"])
    with (
        db.working_for_user(a["user_id"], event_id=event, token=token_of(conn, event)),
        db.connect(autocommit=True) as own,
    ):
        assert own.execute("SELECT session_user AS u").fetchone()["u"] == "stillontime_worker"
        grants = "SELECT user_id FROM oauth_tokens"
        assert own.execute(grants).fetchall() == []
        with db.bound(own):
            assert [r["user_id"] for r in own.execute(grants)] == [a["user_id"]]


def test_a_temporary_table_left_in_a_pooled_session_shadows_nothing(
    conn, worker_conn, two_users
) -> None:
    a, b = two_users
    # Working for A, injected SQL leaves a temporary "schedule_data" in the session
    with worker_conn.transaction():
        bound_to(worker_conn, a["user_id"], True, conn)
        worker_conn.execute("SET search_path = pg_temp, public")  # session-wide, outlives it
        worker_conn.execute("CREATE TEMP TABLE schedule_data AS SELECT * FROM public.schedule_data")
    # The same session later works for B: it reads B's schedule, not A's copy
    with worker_conn.transaction():
        bound_to(worker_conn, b["user_id"], True, conn)
        assert users_seen(worker_conn) == {b["user_id"]}


def test_the_migrated_database_gives_the_worker_no_temporary_tables(
    conn, template_database
) -> None:
    # A copy of a database does not keep its grants, so this is asked of the migrated one.
    allowed = conn.execute(
        "SELECT has_database_privilege('stillontime_worker', %s, 'TEMPORARY') AS ok",
        (template_database,),
    ).fetchone()["ok"]
    assert allowed is False
