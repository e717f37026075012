"""Replaying dead letters, and re-sending deliveries the broker may have lost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import dramatiq
import redis
import structlog
from dramatiq.common import dq_name

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

    Covers a Redis that lost its queues (restart without persistence). A delivery whose message
    the broker still holds is waiting behind a backlog, not lost: it is not sent again (a copy
    would be a no-op for the actor but a message taken off the queue for nothing), it only ages
    again from now.
    """
    with db.transaction(actor="core.redelivery") as conn:
        stale = conn.execute(
            db.QUERIES["event_deliveries_list_stale"],
            {"age": timedelta(seconds=older_than_s), "limit": limit},
        ).fetchall()
        queued = still_queued(broker, stale)
        lost = [row for i, row in enumerate(stale) if i not in queued]
        for i in queued:
            conn.execute(db.QUERIES["event_deliveries_seen_queued"], stale[i])
        for row in lost:
            send_event(conn, broker, row["event_id"], Route(row["actor_name"], row["queue_name"]))
            conn.execute(db.QUERIES["event_deliveries_count_redelivery"], row)
    if lost:
        log.warning("redelivered stale deliveries", count=len(lost), still_queued=len(queued))
    return len(lost)


# The ids of the given messages (ARGV) found in the given queues' message hashes (KEYS): the
# hash is keyed by a per-enqueue id (redis_message_id), so the message's own id is read from
# each held message's body, once per sweep, in Redis.
_HELD = """
local wanted, found = {}, {}
for _, id in ipairs(ARGV) do wanted[id] = true end
for _, key in ipairs(KEYS) do
  for _, body in ipairs(redis.call('HVALS', key)) do
    local id = string.match(body, '"message_id":%s*"([%w%-]+)"')
    if id and wanted[id] then found[#found + 1] = id; wanted[id] = nil end
  end
end
return found
"""


def still_queued(broker: dramatiq.Broker, deliveries: list[dict]) -> set[int]:
    """The indexes of ``deliveries`` whose message Dramatiq's Redis broker still holds: queued,
    delayed for a retry, or taken by a worker and not yet acknowledged (a message stays in its
    queue's ``.msgs`` hash until it is acked). None for a broker without Redis, or when Redis
    cannot answer (then sending fails as it would have)."""
    client, namespace = getattr(broker, "client", None), getattr(broker, "namespace", None)
    if client is None or namespace is None or not deliveries:
        return set()
    queues = sorted(
        {q for row in deliveries for q in (row["queue_name"], dq_name(row["queue_name"]))}
    )
    keys = [f"{namespace}:{queue}.msgs" for queue in queues]
    try:
        held = client.eval(_HELD, len(keys), *keys, *(str(r["message_id"]) for r in deliveries))
    except redis.RedisError:
        return set()
    found = {h.decode() if isinstance(h, bytes) else h for h in held}
    return {i for i, row in enumerate(deliveries) if str(row["message_id"]) in found}
