"""Old events leave the outbox; recent ones and dead letters stay."""

from __future__ import annotations

from pipeline.calendar.jobs import complete_past_days
from pipeline.notify.jobs import prune_notifications
from pipeline.outbox.retention import prune_events, prune_instances
from tests.support import rows


def test_old_delivered_events_are_pruned_and_dead_letters_kept(conn, database) -> None:
    # Given three old dispatched events (one with a dead delivery) and a recent one
    user_id = rows.add_user(conn)
    for _ in range(4):
        rows.add_email(conn, user_id)
    ids = [r["id"] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    conn.execute("UPDATE events SET dispatched_at = now() - interval '40 days' WHERE id <> %s",
                 (ids[-1],))  # fmt: skip
    conn.execute("UPDATE events SET dispatched_at = now() WHERE id = %s", (ids[-1],))
    for event_id, status in ((ids[0], "done"), (ids[1], "dead"), (ids[2], "done")):
        conn.execute(
            "INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id, status)"
            " VALUES (%s, 'extract.extract_email', 'extract', gen_random_uuid(), %s)",
            (event_id, status),
        )
    # When retention runs with a 30-day horizon, in batches of one
    assert prune_events(older_than_days=30, batch=1) == 2
    # Then only the dead letter and the recent event remain
    left = [r["id"] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    assert left == [ids[1], ids[3]]
    assert conn.execute("SELECT count(*) AS n FROM event_deliveries").fetchone()["n"] == 1


def test_old_finished_notifications_are_pruned_and_pending_ones_kept(conn, database) -> None:
    # Given an old sent notice, an old one still pending (a reminder not yet due) and a recent one
    user_id = rows.add_user(conn)

    def notice(key: str, *, sent_days_ago: int | None) -> None:
        conn.execute(
            "INSERT INTO notifications (user_id, channel, template, idempotency_key, subject,"
            " message) VALUES (%s, 'local', 'schedule_processed', %s, 's', 'm')",
            (user_id, key),
        )
        if sent_days_ago is not None:
            conn.execute(
                "UPDATE notifications SET status = 'processing' WHERE idempotency_key = %s", (key,)
            )
            conn.execute(
                "UPDATE notifications SET status = 'sent', sent_at = now() - %s * interval '1 day'"
                " WHERE idempotency_key = %s",
                (sent_days_ago, key),
            )

    notice("old-sent", sent_days_ago=120)
    notice("old-pending", sent_days_ago=None)
    conn.execute("UPDATE notifications SET created_at = now() - interval '200 days'")
    notice("recent-sent", sent_days_ago=3)
    # When retention runs with a 90-day horizon
    assert prune_notifications(older_than_days=90, batch=1) == 1
    # Then the old sent one is gone; the pending one and the recent one stay
    left = {r["idempotency_key"] for r in conn.execute("SELECT idempotency_key FROM notifications")}
    assert left == {"old-pending", "recent-sent"}


def test_days_that_have_ended_are_completed_and_announced(conn, database) -> None:
    # Given one shooting day that wrapped two days ago and one still to come
    past, future = rows.add_schedule_chain(conn), rows.add_schedule_chain(conn)
    ended = rows.add_calendar_event(conn, past["user_id"], past["schedule_id"])
    coming = rows.add_calendar_event(conn, future["user_id"], future["schedule_id"])
    conn.execute(
        "UPDATE calendar_events SET start_time = now() - interval '2 days 12 hours',"
        " end_time = now() - interval '2 days' WHERE id = %s",
        (ended,),
    )
    conn.execute(
        "UPDATE calendar_events SET start_time = now() + interval '1 day',"
        " end_time = now() + interval '1 day 12 hours' WHERE id = %s",
        (coming,),
    )
    # When the job runs (twice: it is safe to)
    assert complete_past_days() == 1
    assert complete_past_days() == 0
    # Then only the past day is completed, through its state machine (one event)
    status = {r["id"]: r["status"] for r in conn.execute("SELECT id, status FROM calendar_events")}
    assert status == {ended: "completed", coming: "active"}
    kinds = conn.execute(
        "SELECT count(*) AS n FROM events WHERE kind = 'calendar_completed'"
    ).fetchone()
    assert kinds["n"] == 1


def test_rows_of_processes_gone_long_ago_are_pruned(conn, database) -> None:
    # Given a process stopped 10 days ago, one lost 8 days ago, one stopped today, one running
    def instance(pid: int, started: str, seen: str, stopped: str | None) -> None:
        conn.execute(
            "INSERT INTO service_instances (kind, host, pid, beat_interval_s, started_at,"
            " last_seen_at, stopped_at) VALUES ('worker', 'h', %s, 10, now() - %s::interval,"
            " now() - %s::interval, now() - %s::interval)",
            (pid, started, seen, stopped),
        )

    instance(1, "11 days", "10 days", "10 days")
    instance(2, "9 days", "8 days", None)
    instance(3, "2 days", "1 hour", "1 hour")
    instance(4, "2 days", "1 second", None)
    # When retention runs with a 7-day horizon, in batches of one
    assert prune_instances(older_than_days=7, batch=1) == 2
    # Then the recent ones stay
    left = [r["pid"] for r in conn.execute("SELECT pid FROM service_instances ORDER BY pid")]
    assert left == [3, 4]
