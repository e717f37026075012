"""Old events leave the outbox; recent ones and dead letters stay."""

from __future__ import annotations

from pipeline.retention import prune_events
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
