"""An event no stage consumes is written already dispatched and wakes no one (db/0035):
event_kinds.routed agrees with the stages' routes, and a dispatcher marks routed every kind it
routes, so no consumed kind is ever skipped."""

from __future__ import annotations

import psycopg
import pytest

from pipeline import db
from pipeline.db.connection import login_url
from pipeline.events import EMAIL_RECEIVED, EMAIL_SKIPPED, EVENT_KINDS, SCHEDULE_EXTRACTED
from pipeline.outbox.dispatcher import Dispatcher
from pipeline.outbox.routing import ROUTES, Route
from tests.support import rows
from tests.support.queues import queued_event_ids

RECORD = Route.to("probe.record_event")


def routed(conn: psycopg.Connection) -> dict[str, bool]:
    return {r["kind"]: r["routed"] for r in conn.execute("SELECT kind, routed FROM event_kinds")}


def events(conn: psycopg.Connection) -> dict[str, dict]:
    found = conn.execute(
        "SELECT kind, id, dispatched_at, created_at FROM events ORDER BY id"
    ).fetchall()
    return {r["kind"]: r for r in found}


def test_the_kinds_marked_routed_are_the_ones_the_stages_consume(conn) -> None:
    # Given the migrated database and the stages' routes (no dispatcher has run)
    marks = routed(conn)
    # Then a kind is marked routed exactly when a stage consumes it
    assert set(marks) == set(EVENT_KINDS)
    assert {kind for kind, yes in marks.items() if yes} == set(ROUTES)


def test_an_unrouted_event_is_born_dispatched_and_announced_to_no_one(database, conn) -> None:
    # Given a session listening on a routed kind's channel and an unrouted one's
    with db.connect(url=database, autocommit=True) as listener:
        for kind in (EMAIL_RECEIVED, SCHEDULE_EXTRACTED):
            listener.execute(f"LISTEN {kind}")
        # When an email and its schedule are recorded (email_received, schedule_extracted)
        rows.add_schedule_chain(conn)
        heard = [n.channel for n in listener.notifies(timeout=1.0)]
    written = events(conn)
    # Then the routed event waits for the dispatcher and was announced
    assert written[EMAIL_RECEIVED]["dispatched_at"] is None
    assert heard == [EMAIL_RECEIVED]
    # and the unrouted one is in the outbox, dispatched when written, announced to no one
    extracted = written[SCHEDULE_EXTRACTED]
    assert extracted["dispatched_at"] == extracted["created_at"]


def test_an_email_inserted_skipped_is_born_dispatched(conn) -> None:
    # Given a user, when an email is recorded as skipped (the statement trigger, db/0030)
    rows.add_email(conn, rows.add_user(conn), status="skipped")
    # Then its email_skipped event (a kind nobody consumes) is already dispatched
    skipped = events(conn)[EMAIL_SKIPPED]
    assert skipped["dispatched_at"] == skipped["created_at"]
    # while a pending one's email_received waits for the dispatcher, as before
    rows.add_email(conn, rows.add_user(conn))
    assert events(conn)[EMAIL_RECEIVED]["dispatched_at"] is None


def test_an_unknown_kind_is_still_refused(conn) -> None:
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        conn.execute(
            "SELECT emit_event('no_such_kind', 'users', gen_random_uuid(), NULL, NULL, NULL,"
            " NULL, NULL)"
        )


def test_a_dispatcher_marks_routed_the_kinds_it_routes(conn, database, broker) -> None:
    # Given a dispatcher that routes a kind the migrations mark unrouted
    assert routed(conn)[SCHEDULE_EXTRACTED] is False
    dispatcher = Dispatcher(broker, url=database, routes={SCHEDULE_EXTRACTED: (RECORD,)})
    # Then, from its start, the kind is marked routed, and only that one changed
    marks = routed(conn)
    assert marks[SCHEDULE_EXTRACTED] is True
    assert {k for k, yes in marks.items() if yes} == {*ROUTES, SCHEDULE_EXTRACTED}
    # and its events wait for the dispatcher, which sends them
    chain = rows.add_schedule_chain(conn)
    result = dispatcher.run_once()
    dispatcher.close()
    assert (result.events, result.messages) == (2, 1)  # with the chain's email_received
    extracted = conn.execute(
        "SELECT id FROM events WHERE kind = %s AND subject_id = %s",
        (SCHEDULE_EXTRACTED, chain["schedule_id"]),
    ).fetchone()["id"]
    assert queued_event_ids(broker, "probe") == [extracted]


def test_the_dispatcher_login_may_mark_kinds_routed_only(database) -> None:
    # The dispatcher's login marks kinds routed through events_route_kinds, and nothing more:
    # it may not change event_kinds itself.
    url = login_url(database, "dispatcher")
    with db.connect(url=url, autocommit=True) as conn:
        assert conn.execute(db.QUERIES["event_kinds_route"], {"kinds": []}).fetchall() == []
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE event_kinds SET routed = false")
