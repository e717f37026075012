"""Reads what a Dramatiq Redis broker holds, to see exactly which messages were sent."""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.redis import RedisBroker


def queued_messages(broker: RedisBroker, queue_name: str) -> list[dramatiq.Message]:
    """Every message waiting in ``queue_name`` (not yet taken by a worker)."""
    client = broker.client
    key = f"{broker.namespace}:{queue_name}.msgs"
    return [dramatiq.Message.decode(raw) for raw in client.hvals(key)]


def queued_event_ids(broker: RedisBroker, queue_name: str) -> list[int]:
    return [m.args[0] for m in queued_messages(broker, queue_name)]
