"""The scheduler's stale-delivery sweep (pipeline/outbox/redelivery.py) against a real Redis.

A delivery unfinished for the sweep's age is sent again when its message is lost: Redis lost it,
or a worker took it and died or hangs (the sweep is how such a message comes back). A delivery
whose message still waits in its queue, behind a deep backlog, is not: a copy would be a no-op
for the actor but a message taken off the queue for nothing (BENCHMARKS.md, issue 18).
"""

from __future__ import annotations

import dramatiq
from dramatiq.common import current_millis, dq_name

from pipeline.events import EMAIL_RECEIVED
from pipeline.outbox.redelivery import redeliver_stale
from pipeline.outbox.routing import routes_for
from pipeline.runtime.messaging import build_broker
from tests.support import rows

BACKLOG = 1000
# Longer than the test: a delayed message stays in its delay queue (or its consumer's hands).
LATER_MS = 3_600_000
# Sent again (lost), or not (waiting); each is one delivery behind the whole backlog.
SPECIAL = (
    "lost",  # recorded, never reached Redis (or Redis lost it)
    "taken_by_dead",  # taken from the queue by a worker whose heartbeat stopped
    "taken_by_live",  # taken by a worker that beats but never finishes it (hung)
    "delayed",  # waiting in the delay queue for its retry
    "delayed_held_by_live",  # a live worker's delay consumer holds it until it is due
    "delayed_held_by_dead",  # ... a dead worker's delay consumer held it
)
SENT_AGAIN = {"lost", "taken_by_dead", "taken_by_live", "delayed_held_by_dead"}


def message(delivery: dict) -> dramatiq.Message:
    return dramatiq.Message(
        queue_name=delivery["queue_name"],
        actor_name=delivery["actor_name"],
        args=(delivery["event_id"],),
        kwargs={},
        options={},
        message_id=str(delivery["message_id"]),
    )


def test_a_deep_backlog_waiting_in_its_queue_is_not_sent_again(
    conn, broker, server_urls, redis_namespace
) -> None:
    route = routes_for(EMAIL_RECEIVED)[0]
    # Two more worker processes on the same Redis: one alive, one dead (its heartbeat stopped).
    # Dramatiq's maintenance, which puts a dead worker's messages back at random, stays out.
    live = build_broker(server_urls.redis_url, namespace=redis_namespace)
    dead = build_broker(server_urls.redis_url, namespace=redis_namespace)
    for b in (broker, live, dead):
        b.maintenance_chance = 0
    heartbeats = f"{redis_namespace}:__heartbeats__"
    try:
        # Given deliveries recorded an hour ago, in this order (the sweep takes the oldest
        # first): a backlog of 1,000, then one of each special case
        user_id = rows.add_user(conn)
        conn.execute(
            "INSERT INTO processed_emails (user_id, message_id, subject, sender, received_at)"
            " SELECT %s, 'backlog-' || n, 'Call sheet', 'ad@production.example', now()"
            " FROM generate_series(1, %s) AS n",
            (user_id, BACKLOG + len(SPECIAL)),
        )
        deliveries = conn.execute(
            "INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id,"
            "                              updated_at)"
            " SELECT id, %s, %s, gen_random_uuid(),"
            "        now() - interval '1 hour' + row_number() OVER (ORDER BY id) * interval '1 ms'"
            " FROM events WHERE kind = %s"
            " RETURNING event_id, actor_name, queue_name, message_id",
            (route.actor_name, route.queue_name, EMAIL_RECEIVED),
        ).fetchall()
        deliveries.sort(key=lambda d: d["event_id"])
        backlog = deliveries[:BACKLOG]
        special = dict(zip(SPECIAL, deliveries[BACKLOG:], strict=True))
        queue, delay_queue = route.queue_name, dq_name(route.queue_name)
        # ... a worker took one from the queue and died, another took one and hangs
        broker.enqueue(message(special["taken_by_dead"]))
        broker.enqueue(message(special["taken_by_live"]))
        assert len(dead.fetch(queue, 1)) == 1
        assert len(live.fetch(queue, 1)) == 1
        # ... delayed for a retry: two taken by delay consumers (a live and a dead worker's),
        # one still in the delay queue
        broker.enqueue(message(special["delayed_held_by_live"]), delay=LATER_MS)
        broker.enqueue(message(special["delayed_held_by_dead"]), delay=LATER_MS)
        assert len(live.fetch(delay_queue, 1)) == 1
        assert len(dead.fetch(delay_queue, 1)) == 1
        broker.enqueue(message(special["delayed"]), delay=LATER_MS)
        broker.client.zadd(heartbeats, {dead.broker_id: 0})
        # ... and the backlog waiting in the queue, sent in one pass as the dispatcher does
        broker.enqueue_many([message(d) for d in backlog])
        assert broker.client.llen(f"{redis_namespace}:{queue}") == BACKLOG

        # When the sweep runs until it finds nothing stale (the live worker beating meanwhile)
        sent = []
        for _ in range(4):
            live.client.zadd(heartbeats, {live.broker_id: current_millis()})
            sent.append(redeliver_stale(broker, older_than_s=60))

        # Then the backlog was looked at 500 at a time and none of it sent again; the lost
        # messages behind it were, once each
        assert sent == [0, 0, len(SENT_AGAIN), 0]
        again = conn.execute(
            "SELECT event_id, redeliveries FROM event_deliveries WHERE redeliveries > 0"
        ).fetchall()
        assert {r["event_id"]: r["redeliveries"] for r in again} == {
            special[name]["event_id"]: 1 for name in SENT_AGAIN
        }
        # And the queue holds each backlog message once, then the copies sent again
        held = broker.client.lrange(f"{redis_namespace}:{queue}", 0, -1)
        message_ids = [raw.decode().split("@")[0] for raw in held]
        assert message_ids[:BACKLOG] == [str(d["message_id"]) for d in backlog]
        assert len(message_ids) == BACKLOG + len(SENT_AGAIN)
        assert broker.client.llen(f"{redis_namespace}:{delay_queue}") == 1
    finally:
        live.close()
        dead.close()


def test_a_broker_that_cannot_tell_sends_every_stale_delivery_again(conn, broker) -> None:
    # Given a delivery recorded an hour ago whose message waits in its queue
    route = routes_for(EMAIL_RECEIVED)[0]
    rows.add_email(conn, rows.add_user(conn))
    delivery = conn.execute(
        "INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id, updated_at)"
        " SELECT id, %s, %s, gen_random_uuid(), now() - interval '1 hour' FROM events"
        " RETURNING event_id, actor_name, queue_name, message_id",
        (route.actor_name, route.queue_name),
    ).fetchone()
    broker.enqueue(message(delivery))
    assert broker.waiting([(route.queue_name, str(delivery["message_id"]))]) == {
        str(delivery["message_id"])
    }

    # When a broker that cannot say what Redis holds sweeps (Dramatiq's own Redis broker)
    class Plain:
        def __init__(self, inner) -> None:
            self.inner = inner

        def enqueue(self, message: dramatiq.Message) -> dramatiq.Message:
            return self.inner.enqueue(message)

    # Then it sends it again, as before
    assert redeliver_stale(Plain(broker), older_than_s=60) == 1
