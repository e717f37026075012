"""Issue 16, the design fault: only `db migrate` logs in as the owner. The dispatcher, scheduler,
poller and command line log in as roles of their own (db/0027) that cannot become the owner,
cannot change what they do not own, and read a user's rows only as far as their work needs."""

from __future__ import annotations

import psycopg
import pytest

from pipeline import db
from pipeline.db import act_for_user
from pipeline.db.connection import LOGIN_ROLES, login_url
from pipeline.events import EMAIL_RECEIVED
from pipeline.outbox.dispatcher import LISTEN_APPLICATION, Dispatcher
from tests.security.worker_login import event_of
from tests.support import rows
from tests.support.probe_actors import RECORD
from tests.support.waiting import wait_for

SERVICES = ("dispatcher", "scheduler", "poller", "admin")
CROSS_USER = ("scheduler", "poller", "admin")

# What no service may do: each statement must be refused for lack of privilege.
NOT_THEIRS = [
    "SELECT * FROM core_secrets",
    "SELECT * FROM user_bindings",
    "INSERT INTO user_bindings VALUES (pg_backend_pid(), pg_current_xact_id(), gen_random_uuid())",
    "INSERT INTO schema_migrations (version, name, checksum) VALUES ('9999', 'x', 'x')",
    "INSERT INTO state_transitions SELECT * FROM state_transitions LIMIT 1",
    "DELETE FROM state_transitions",
    "INSERT INTO event_kinds SELECT * FROM event_kinds LIMIT 1",
    "DELETE FROM audit_log",
    "UPDATE events SET kind = kind",
    "ALTER TABLE schedule_data DISABLE ROW LEVEL SECURITY",
    "DROP POLICY p_schedule_data_user_isolation ON schedule_data",
    "ALTER TABLE schedule_data DISABLE TRIGGER ALL",
    "CREATE TABLE public.planted (id int)",
    "TRUNCATE events",
]


def owner(conn) -> str:
    return conn.execute(
        "SELECT tableowner AS o FROM pg_tables WHERE tablename = 'events'"
    ).fetchone()["o"]


@pytest.fixture
def login(database):
    opened: list[psycopg.Connection] = []

    def connect(service: str) -> psycopg.Connection:
        opened.append(db.connect(url=login_url(database, service), autocommit=True))
        return opened[-1]

    yield connect
    for connection in opened:
        connection.close()


@pytest.fixture
def two_users(conn):
    return rows.add_schedule_chain(conn), rows.add_schedule_chain(conn)


def users_seen(conn) -> set:
    return {r["user_id"] for r in conn.execute("SELECT user_id FROM schedule_data")}


@pytest.mark.parametrize("service", SERVICES)
def test_each_service_logs_in_as_a_role_that_cannot_become_the_owner(conn, login, service):
    role = conn.execute(
        """SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb,
                  pg_has_role(rolname, %s, 'MEMBER') AS owner_member
             FROM pg_roles WHERE rolname = %s""",
        (owner(conn), LOGIN_ROLES[service]),
    ).fetchone()
    assert role == {
        "rolcanlogin": True,
        "rolsuper": False,
        "rolbypassrls": False,
        "rolcreaterole": False,
        "rolcreatedb": False,
        "owner_member": False,
    }
    session = login(service)
    assert session.execute("SELECT session_user AS u").fetchone()["u"] == LOGIN_ROLES[service]
    session.execute("RESET ROLE")
    assert session.execute("SELECT current_user AS u").fetchone()["u"] == LOGIN_ROLES[service]
    for statement in (
        f'SET ROLE "{owner(conn)}"',
        "SET ROLE postgres",
        "SET SESSION AUTHORIZATION postgres",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            session.execute(statement)


@pytest.mark.parametrize("service", SERVICES)
def test_no_service_can_change_what_it_does_not_own(conn, login, two_users, service):
    session = login(service)
    for statement in NOT_THEIRS:
        with pytest.raises(psycopg.errors.InsufficientPrivilege), session.transaction():
            session.execute(statement)
    # Nothing changed behind the refusals
    assert conn.execute("SELECT count(*) AS n FROM audit_log").fetchone()["n"] > 0
    assert conn.execute(
        "SELECT relrowsecurity AS on FROM pg_class WHERE relname = 'schedule_data'"
    ).fetchone()["on"]


def test_the_dispatcher_reads_no_users_rows_and_only_marks_the_outbox(conn, login, two_users):
    session = login("dispatcher")
    for table in ("schedule_data", "users", "oauth_tokens", "processed_emails", "notifications"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), session.transaction():
            session.execute(f"SELECT * FROM {table}")
    for statement in (
        "DELETE FROM events",
        "INSERT INTO events (kind, subject_table, subject_id, user_id) "
        "SELECT kind, subject_table, subject_id, user_id FROM events LIMIT 1",
        "SELECT bind_user(gen_random_uuid())",
        "SELECT emit_event('schedule_cancelled', 'schedule_data', gen_random_uuid(), "
        "gen_random_uuid(), NULL, 1, 'confirmed', 'cancelled')",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), session.transaction():
            session.execute(statement)
    # What it is for: every user's events, marked dispatched
    a, b = two_users
    seen = {r["user_id"] for r in session.execute("SELECT user_id FROM events")}
    assert {a["user_id"], b["user_id"]} <= seen
    session.execute("UPDATE events SET dispatched_at = now() WHERE user_id = %s", (a["user_id"],))
    assert conn.execute(
        "SELECT bool_and(dispatched_at IS NOT NULL) AS all FROM events WHERE user_id = %s",
        (a["user_id"],),
    ).fetchone()["all"]


def test_the_poller_sends_nothing_and_prunes_nothing(conn, login, two_users) -> None:
    a, _ = two_users
    event = event_of(conn, a["user_id"])
    session = login("poller")
    for statement in (
        "SELECT * FROM event_deliveries",
        "INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id) "
        f"VALUES ({event}, 'x.y', 'x', gen_random_uuid())",
        f"SELECT event_token({event})",
        f"SELECT * FROM event_for_worker({event}, NULL)",
        f"DELETE FROM events WHERE id = {event}",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), session.transaction():
            session.execute(statement)
    # What it is for: every user's mail, so every user's rows
    assert a["user_id"] in {r["id"] for r in session.execute("SELECT id FROM users")}


@pytest.mark.parametrize("service", CROSS_USER)
def test_a_service_working_for_a_user_reads_no_other_users_rows(conn, login, two_users, service):
    a, b = two_users
    session = login(service)
    with session.transaction():
        act_for_user(session, a["user_id"])  # no token needed by a cross-user service
        assert users_seen(session) == {a["user_id"]}
        session.execute("SELECT set_config('stillontime.user_id', %s, true)", (str(b["user_id"]),))
        assert users_seen(session) == {a["user_id"]}
        changed = session.execute(
            "UPDATE schedule_data SET production = 'x' WHERE user_id = %s RETURNING id",
            (b["user_id"],),
        ).fetchall()
        assert changed == []
    with pytest.raises(psycopg.errors.InsufficientPrivilege), session.transaction():
        act_for_user(session, a["user_id"])
        session.execute("INSERT INTO users (email) VALUES ('planted@example.com')")  # not A
    with pytest.raises(psycopg.errors.InsufficientPrivilege), session.transaction():
        act_for_user(session, a["user_id"])
        act_for_user(session, b["user_id"])


def test_the_worker_login_still_needs_the_events_token(conn, login, two_users, database):
    # The cross-user services' freedom to bind is theirs alone (db/0027 cross_user_session)
    from tests.security.worker_login import worker_connection

    a, _ = two_users
    for worker in worker_connection(database):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), worker.transaction():
            worker.execute(
                "SELECT bind_user(%s, %s, NULL)", (a["user_id"], event_of(conn, a["user_id"]))
            )


def test_the_running_dispatcher_and_scheduler_log_in_as_their_roles(
    conn, database, broker, start_service
) -> None:
    start_service("dispatcher")
    start_service("scheduler")
    user_id = rows.add_user(conn)
    rows.add_email(conn, user_id)

    def logins() -> set:
        return {
            r["usename"]
            for r in conn.execute(
                "SELECT usename FROM pg_stat_activity WHERE datname = current_database()"
            )
        }

    wait_for(
        lambda: {"stillontime_dispatcher", "stillontime_scheduler"} <= logins(),
        what="the services' sessions",
    )
    # The dispatcher still does its work: the email's event is dispatched
    wait_for(
        lambda: conn.execute(
            "SELECT bool_and(dispatched_at IS NOT NULL) AS done FROM events WHERE user_id = %s",
            (user_id,),
        ).fetchone()["done"],
        what="the event dispatched",
    )
    listen = wait_for(
        lambda: conn.execute(
            "SELECT usename FROM pg_stat_activity WHERE application_name = %s "
            "AND datname = current_database()",
            (LISTEN_APPLICATION,),
        ).fetchone(),
        what="the dispatcher's LISTEN session",
    )
    assert listen["usename"] == "stillontime_dispatcher"


def test_the_dispatcher_role_records_a_delivery(conn, database, broker, run_in_thread) -> None:
    user_id = rows.add_user(conn)
    rows.add_email(conn, user_id)
    url = login_url(database, "dispatcher")
    run_in_thread(Dispatcher(broker, url=url, routes={EMAIL_RECEIVED: (RECORD,)}).run_forever)
    delivered = wait_for(
        lambda: conn.execute(
            "SELECT d.status FROM event_deliveries d JOIN events e ON e.id = d.event_id "
            "WHERE e.user_id = %s",
            (user_id,),
        ).fetchone(),
        what="the delivery recorded",
    )
    assert delivered["status"] == "enqueued"


@pytest.mark.parametrize(
    ("login", "user"),
    [("admin", "stillontime_admin"), ("poller", "stillontime_poller"), ("owner", None), ("", None)],
)
def test_the_login_names_the_role_of_every_connection(database, monkeypatch, login, user) -> None:
    # The command line sets "admin", each service its own; unset (library use) is the owner
    from psycopg.conninfo import conninfo_to_dict

    from pipeline.db.connection import LOGIN_ENV

    monkeypatch.setenv(LOGIN_ENV, login)
    monkeypatch.setenv("STILLONTIME_POLLER_DATABASE_PASSWORD", "s3cret")
    params = conninfo_to_dict(db.database_url())
    assert params["user"] == (user or conninfo_to_dict(database)["user"])
    assert params.get("password") == ("s3cret" if login == "poller" else None)
