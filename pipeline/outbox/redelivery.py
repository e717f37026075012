"""Replaying dead letters, and re-sending deliveries the broker may have lost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import dramatiq
import redis
import structlog

from pipeline import db
from pipeline.outbox.routing import Route, routes_for
from pipeline.outbox.send import send_event

log = structlog.get_logger("stillontime.redelivery")


@dataclass(frozen=True)
class ReplayResult:
    """Which actors an event was sent to again."""

    event_id: int
    actors: tuple[str, ...]


class UnknownEvent(LookupError):
    """No event has this id."""


def replay_event(
    broker: dramatiq.Broker, event_id: int, *, include_done: bool = False
) -> ReplayResult:
    """Send an event again to its dead (or, with ``include_done``, all) deliveries.

    An event that was never delivered anywhere goes to the actors routed for its kind now.
    """
    with db.transaction(actor="core.replay") as conn:
        event = conn.execute(
            db.QUERIES["events_get_one"], {"event_id": event_id, "token": None}
        ).fetchone()
        if event is None:
            raise UnknownEvent(f"no event {event_id}")
        deliveries = conn.execute(
            db.QUERIES["event_deliveries_list_for_replay"], {"event_id": event_id}
        ).fetchall()
        if deliveries:
            targets = [
                Route(d["actor_name"], d["queue_name"])
                for d in deliveries
                if include_done or d["status"] == "dead"
            ]
        else:
            targets = list(routes_for(event["kind"]))
        for route in targets:
            send_event(conn, broker, event_id, route)
            conn.execute(
                db.QUERIES["event_deliveries_reopen"],
                {"event_id": event_id, "actor_name": route.actor_name},
            )
    log.info("replayed", event_id=event_id, actors=[r.actor_name for r in targets])
    return ReplayResult(event_id, tuple(r.actor_name for r in targets))


def redeliver_stale(broker: dramatiq.Broker, *, older_than_s: int, limit: int = 500) -> int:
    """Re-send deliveries unfinished for ``older_than_s`` seconds; returns how many.

    Covers a Redis that lost its queues (restart without persistence) and a message held by a
    worker that died or hung. A delivery whose message waits in its queue (behind a backlog) is
    not sent again: a copy would be a no-op for the actor but a message taken off the queue for
    nothing. It ages again from now instead, so the next sweep looks at the ones behind it.
    """
    with db.transaction(actor="core.redelivery") as conn:
        stale = conn.execute(
            db.QUERIES["event_deliveries_list_stale"],
            {"age": timedelta(seconds=older_than_s), "limit": limit},
        ).fetchall()
        waiting = still_waiting(broker, stale)
        if waiting:
            conn.execute(
                db.QUERIES["event_deliveries_seen_waiting"],
                {
                    "event_ids": [row["event_id"] for row in waiting],
                    "actor_names": [row["actor_name"] for row in waiting],
                },
            )
        seen = {(row["event_id"], row["actor_name"]) for row in waiting}
        lost = [row for row in stale if (row["event_id"], row["actor_name"]) not in seen]
        for row in lost:
            send_event(conn, broker, row["event_id"], Route(row["actor_name"], row["queue_name"]))
            conn.execute(db.QUERIES["event_deliveries_count_redelivery"], row)
    if lost:
        log.warning("redelivered stale deliveries", count=len(lost), still_waiting=len(waiting))
    elif waiting:
        log.info("stale deliveries still waiting in their queues", count=len(waiting))
    return len(lost)


def still_waiting(broker: dramatiq.Broker, deliveries: list[dict]) -> list[dict]:
    """Those of ``deliveries`` whose message waits in Redis to be delivered, asked in one round
    trip (``DoorbellRedisBroker.waiting``): in its queue or delay queue, or held until due by a
    live worker's delay consumer. Not one that a worker took (it runs, hangs, or its worker is
    dead: the sweep is how such a message comes back), nor one Redis lost. None for a broker
    that cannot tell, or when Redis cannot answer (the sends then fail as they would have)."""
    waiting = getattr(broker, "waiting", None)
    if waiting is None or not deliveries:
        return []
    try:
        found = waiting([(row["queue_name"], str(row["message_id"])) for row in deliveries])
    except redis.RedisError as exc:
        log.warning("cannot tell which stale deliveries still wait in Redis", error=str(exc))
        return []
    return [row for row in deliveries if str(row["message_id"]) in found]
