"""Replaying dead letters, and re-sending deliveries the broker may have lost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import dramatiq
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

    Covers a Redis that lost its queues (restart without persistence): actors are idempotent,
    so a message that was merely slow costs a no-op.
    """
    with db.transaction(actor="core.redelivery") as conn:
        stale = conn.execute(
            db.QUERIES["event_deliveries_list_stale"],
            {"age": timedelta(seconds=older_than_s), "limit": limit},
        ).fetchall()
        for row in stale:
            send_event(conn, broker, row["event_id"], Route(row["actor_name"], row["queue_name"]))
            conn.execute(db.QUERIES["event_deliveries_count_redelivery"], row)
    if stale:
        log.warning("redelivered stale deliveries", count=len(stale))
    return len(stale)
