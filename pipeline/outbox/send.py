"""Sends one event to one actor through the broker, recording the delivery alongside."""

from __future__ import annotations

import uuid
from typing import Any

import dramatiq
import psycopg

from pipeline.db import QUERIES
from pipeline.outbox.routing import Route
from pipeline.runtime.deliveries import EVENT_ID_OPTION, TOKEN_OPTION


def send_event(
    conn: psycopg.Connection, broker: dramatiq.Broker, event_id: int, route: Route
) -> dramatiq.Message:
    """Record the delivery and enqueue the message; the caller commits.

    The enqueue happens before the commit: a crash between them re-sends the event later
    (at least once), never loses it.
    """
    message: dramatiq.Message[Any] = dramatiq.Message(
        queue_name=route.queue_name,
        actor_name=route.actor_name,
        args=(event_id,),
        kwargs={},
        options={EVENT_ID_OPTION: event_id},
        message_id=str(uuid.uuid4()),
    )
    row = conn.execute(
        QUERIES["event_deliveries_upsert"],
        {
            "event_id": event_id,
            "actor_name": route.actor_name,
            "queue_name": route.queue_name,
            "message_id": message.message_id,
        },
    ).fetchone()
    # The worker shows it to the database to work for the event's user (db/0019). Options,
    # unlike args, never appear in Dramatiq's log lines.
    message.options[TOKEN_OPTION] = row["token"] if isinstance(row, dict) else row[0]
    broker.enqueue(message)
    return message
