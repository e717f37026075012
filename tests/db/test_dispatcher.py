"""The dispatcher delivers every committed event once, whatever happens to its connections."""

from __future__ import annotations

import threading

import psycopg
import pytest
import redis
import structlog
import structlog.testing

from pipeline.events import EMAIL_RECEIVED, SCHEDULE_EXTRACTED
from pipeline.outbox.dispatcher import Dispatcher
from pipeline.outbox.routing import Route
from tests.support import rows
from tests.support.queues import queued_event_ids
from tests.support.waiting import wait_for

RECORD = Route.to("probe.record_event")
ROUTES = {EMAIL_RECEIVED: (RECORD,)}


def add_emails(conn: psycopg.Connection, count: int) -> None:
    user_id = rows.add_user(conn)
    for _ in range(count):
        rows.add_email(conn, user_id)


def undispatched(conn: psycopg.Connection) -> int:
    return conn.execute("SELECT count(*) AS n FROM events WHERE dispatched_at IS NULL").fetchone()[
        "n"
    ]


def email_event_ids(conn: psycopg.Connection) -> list[int]:
    return [r["id"] for r in conn.execute("SELECT id FROM events WHERE kind = 'email_received'")]


def test_run_once_sends_each_routed_event_and_marks_all_dispatched(conn, database, broker) -> None:
    # Given events of a routed kind and of a kind nobody consumes
    chain = rows.add_schedule_chain(conn)  # one email_received, one schedule_extracted
    rows.add_email(conn, chain["user_id"])
    dispatcher = Dispatcher(broker, url=database, routes=ROUTES, batch_size=1)
    # When one pass runs (batch size 1: it must loop until a short batch)
    result = dispatcher.run_once()
    dispatcher.close()
    # Then every event is dispatched and only the routed ones became messages (the pass claims
    # only those: schedule_extracted, which no stage consumes, was written dispatched, db/0035)
    assert (result.events, result.messages) == (2, 2)
    assert undispatched(conn) == 0
    assert sorted(queued_event_ids(broker, "probe")) == sorted(email_event_ids(conn))
    deliveries = conn.execute(
        "SELECT event_id, actor_name, status FROM event_deliveries"
    ).fetchall()
    assert {(d["actor_name"], d["status"]) for d in deliveries} == {(RECORD.actor_name, "enqueued")}
    assert SCHEDULE_EXTRACTED not in ROUTES


def test_events_committed_before_the_dispatcher_starts_are_delivered(
    conn, database, broker, run_in_thread
) -> None:
    # Given 50 events committed while no dispatcher runs
    add_emails(conn, 50)
    assert undispatched(conn) == 50
    # When a dispatcher starts (with a sweep too slow to matter: the start-up sweep must do it)
    dispatcher = Dispatcher(broker, url=database, routes=ROUTES, sweep_interval=60)
    run_in_thread(dispatcher.run_forever)
    # Then all of them reach the broker, once each
    wait_for(lambda: undispatched(conn) == 0, what="start-up sweep")
    ids = queued_event_ids(broker, "probe")
    assert sorted(ids) == sorted(email_event_ids(conn))


def test_a_killed_listen_connection_loses_nothing(conn, database, broker, run_in_thread) -> None:
    # Given a running dispatcher whose periodic sweep is too slow to be what delivers
    dispatcher = Dispatcher(broker, url=database, routes=ROUTES, sweep_interval=600)
    run_in_thread(dispatcher.run_forever)
    first_pid = wait_for(lambda: dispatcher.listen_backend_pid, what="LISTEN connection")
    add_emails(conn, 5)
    wait_for(lambda: undispatched(conn) == 0, what="notified events")
    # When the database terminates its LISTEN connection and events keep coming
    conn.execute("SELECT pg_terminate_backend(%s)", (first_pid,))
    add_emails(conn, 5)
    # Then it reconnects, catches up, and listens again
    wait_for(lambda: undispatched(conn) == 0, what="events after the connection was killed")
    new_pid = wait_for(
        lambda: (
            dispatcher.listen_backend_pid not in (None, first_pid) and dispatcher.listen_backend_pid
        ),
        what="new LISTEN connection",
    )
    add_emails(conn, 5)
    wait_for(lambda: undispatched(conn) == 0, what="events on the new connection")
    assert new_pid != first_pid
    assert sorted(queued_event_ids(broker, "probe")) == sorted(email_event_ids(conn))
    assert len(email_event_ids(conn)) == 15


def test_a_pass_on_a_connection_the_database_cut_fails_cleanly_and_the_next_reconnects(
    conn, database, broker
) -> None:
    # Given a dispatcher that has made a pass (its work connection is open)
    dispatcher = Dispatcher(broker, url=database, routes=ROUTES)
    add_emails(conn, 2)
    dispatcher.run_once()
    # When the database ends every other session (as a restart does) and events keep coming
    conn.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE datname = current_database() AND pid <> pg_backend_pid()"
    )
    add_emails(conn, 3)
    # Then the pass fails with the database's own error (which the loop waits out), nothing
    # is marked, and the next pass opens a new connection and sends all three
    with pytest.raises(psycopg.OperationalError):
        dispatcher.run_once()
    assert undispatched(conn) == 3
    assert dispatcher.run_once().events == 3
    dispatcher.close()
    assert undispatched(conn) == 0
    assert sorted(queued_event_ids(broker, "probe")) == sorted(email_event_ids(conn))


def test_two_dispatchers_send_each_event_once(conn, database, broker, run_in_thread) -> None:
    # Given two dispatchers racing on the same outbox, sweeping as often as they can
    dispatchers = [
        Dispatcher(broker, url=database, routes=ROUTES, batch_size=7, sweep_interval=0.01)
        for _ in range(2)
    ]
    passes = [0, 0]

    def counting(index: int):
        original = dispatchers[index].run_once

        def run_once():
            result = original()
            passes[index] += bool(result.events)
            return result

        dispatchers[index].run_once = run_once  # type: ignore[method-assign]
        return dispatchers[index].run_forever

    for index in range(2):
        run_in_thread(counting(index))
    # When 300 events are committed from several writers at once
    writers = [threading.Thread(target=_write_emails, args=(database, 100)) for _ in range(3)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    wait_for(lambda: undispatched(conn) == 0, what="all events dispatched")
    # Then the broker holds exactly one message per event, and both dispatchers did work
    ids = queued_event_ids(broker, "probe")
    assert len(ids) == 300
    assert sorted(ids) == sorted(email_event_ids(conn))
    assert all(passes), f"both dispatchers should have claimed rows: {passes}"


def _write_emails(database: str, count: int) -> None:
    with psycopg.connect(database, autocommit=True, row_factory=psycopg.rows.dict_row) as c:
        user_id = rows.add_user(c)
        for _ in range(count):
            rows.add_email(c, user_id)


def test_a_broker_outage_leaves_events_undispatched_for_the_next_sweep(conn, database) -> None:
    from pipeline.runtime.messaging import build_broker

    # Given a broker whose Redis cannot be reached
    dead = build_broker("redis://127.0.0.1:1/0", namespace="nowhere")
    add_emails(conn, 3)
    dispatcher = Dispatcher(dead, url=database, routes=ROUTES)
    # When a pass fails on it, nothing is marked dispatched and no delivery is recorded
    with pytest.raises(redis.ConnectionError):
        dispatcher.run_once()
    dispatcher.close()
    assert undispatched(conn) == 3
    assert conn.execute("SELECT count(*) AS n FROM event_deliveries").fetchone()["n"] == 0


def test_a_running_dispatcher_outlives_a_broker_outage(conn, database, run_in_thread) -> None:
    from pipeline.runtime.messaging import build_broker

    # Given a running dispatcher whose Redis is down, sweeping often
    dead = build_broker("redis://127.0.0.1:1/0", namespace="nowhere")
    add_emails(conn, 2)
    dispatcher = Dispatcher(dead, url=database, routes=ROUTES, sweep_interval=0.1)
    with structlog.testing.capture_logs() as logs:
        run_in_thread(dispatcher.run_forever)

        def failed_passes() -> int:
            return sum(e["event"] == "broker unavailable; will sweep again" for e in logs)

        # When pass after pass fails, it keeps sweeping (it used to exit on the first)
        wait_for(lambda: failed_passes() >= 3, what="three failed passes")
    assert undispatched(conn) == 2


def test_an_actor_that_ends_before_the_dispatcher_commits_is_recorded_done(conn, database) -> None:
    import uuid

    import dramatiq

    from pipeline import db
    from pipeline.runtime.deliveries import DeliveryTracking

    # Given the dispatcher's transaction: the delivery row written, the message on the queue,
    # no commit yet
    chain = rows.add_schedule_chain(conn)
    event_id = email_event_ids(conn)[0]
    message = dramatiq.Message(
        queue_name=RECORD.queue_name, actor_name=RECORD.actor_name, args=(event_id,), kwargs={},
        options={"event_id": event_id}, message_id=str(uuid.uuid4()),
    )  # fmt: skip
    keys = {"event_id": event_id, "actor_name": RECORD.actor_name}
    with db.connect(url=database) as dispatcher, dispatcher.transaction():
        dispatcher.execute(
            db.QUERIES["event_deliveries_upsert"],
            {**keys, "queue_name": RECORD.queue_name, "message_id": message.message_id},
        )
        # When a quick worker finishes the message meanwhile
        worker = threading.Thread(
            target=DeliveryTracking().after_process_message, args=(None, message)
        )
        worker.start()
        # Then its record waits for the dispatcher's commit instead of updating nothing
        wait_for(
            lambda: conn.execute(
                "SELECT count(*) AS n FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ).fetchone()["n"],
            what="the worker's record waiting on the dispatcher's row",
        )
    worker.join(timeout=60)
    row = conn.execute(
        "SELECT status, attempts FROM event_deliveries WHERE event_id = %(event_id)s"
        " AND actor_name = %(actor_name)s",
        keys,
    ).fetchone()
    assert (row["status"], row["attempts"]) == ("done", 1)
    assert chain["schedule_id"]
