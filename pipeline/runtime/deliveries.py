"""Worker middleware that records how each event delivery ended: done, retrying or dead."""

from __future__ import annotations

import threading
from typing import Any

import dramatiq
import psycopg
import structlog
from dramatiq.common import q_name
from dramatiq.middleware import SkipMessage

from pipeline import db

log = structlog.get_logger("stillontime.deliveries")

# Message option carrying the outbox id; messages without it are not event deliveries.
EVENT_ID_OPTION = "event_id"
# Starts of one delivery that never ended (its worker killed, or hung until the broker gave
# its message to another) after which the next start gives it up instead of running it.
MAX_UNFINISHED_STARTS = 2


def describe(exception: BaseException) -> str:
    """One line naming the error, for a person reading the dead letters."""
    text = str(exception).strip().splitlines()[0] if str(exception).strip() else ""
    return f"{type(exception).__name__}: {text}" if text else type(exception).__name__


# The dead letter's reason for a message that killed or hung its workers.
KILLED_WORKERS = (
    f"WorkerLost: {MAX_UNFINISHED_STARTS} workers died or hung on this message without "
    "finishing it (killed, out of memory, or stuck past the broker's heartbeat); not run again"
)


class DeliveryTracking(dramatiq.Middleware):
    """Writes the start and the end of every event delivery to ``event_deliveries``.

    A start is committed before the actor runs, so a worker that dies mid-message leaves it
    open; the start that finds ``MAX_UNFINISHED_STARTS`` open ones dead-letters the delivery
    with that reason rather than give the message a third worker to kill (db/0020).
    """

    def __init__(self) -> None:
        self._given_up = threading.local()  # this thread's message skipped as a worker killer

    def before_process_message(self, broker: dramatiq.Broker, message: dramatiq.Message) -> None:
        self._given_up.message_id = None
        event_id = message.options.get(EVENT_ID_OPTION)
        if event_id is None:
            return
        keys = {"event_id": event_id, "actor_name": message.actor_name}
        try:
            with db.transaction(actor="core.deliveries") as conn:
                _ensure_row(conn, keys, message)
                row = conn.execute(db.QUERIES["event_deliveries_record_start"], keys).fetchone()
                unfinished = row["unfinished"] if row else 0
                if unfinished >= MAX_UNFINISHED_STARTS:
                    reason = KILLED_WORKERS
                    dead = {**keys, "error": reason}
                    conn.execute(db.QUERIES["event_deliveries_record_dead"], dead)
        except psycopg.Error as exc:
            # Run it anyway: not counting one start is better than not delivering.
            log.error("could not record delivery start", **keys, error=describe(exc))
            return
        if unfinished >= MAX_UNFINISHED_STARTS:
            log.error("delivery dead", **keys, error=reason)
            self._given_up.message_id = message.message_id
            message.fail()  # Dramatiq's own dead-letter queue too, as AgeLimit does
            raise SkipMessage(reason)

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.Message,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        event_id = message.options.get(EVENT_ID_OPTION)
        if event_id is None:
            return
        keys = {"event_id": event_id, "actor_name": message.actor_name}
        try:
            self._record(keys, message, exception)
        except psycopg.Error as exc:
            # The delivery stays open; the redelivery sweep sends it again later.
            log.error("could not record delivery", **keys, error=describe(exc))

    def _record(
        self, keys: dict[str, Any], message: dramatiq.Message, exception: BaseException | None
    ) -> None:
        with db.transaction(actor="core.deliveries") as conn:
            _ensure_row(conn, keys, message)
            conn.execute(db.QUERIES["event_deliveries_record_end"], keys)
            if exception is None:
                conn.execute(db.QUERIES["event_deliveries_record_done"], keys)
            elif message.failed:
                conn.execute(db.QUERIES["event_deliveries_bump_attempts"], keys)
                conn.execute(
                    db.QUERIES["event_deliveries_record_dead"],
                    {**keys, "error": describe(exception)},
                )
                log.error("delivery dead", **keys, error=describe(exception))
            else:
                conn.execute(
                    db.QUERIES["event_deliveries_record_retrying"],
                    {**keys, "error": describe(exception)},
                )

    def after_skip_message(self, broker: dramatiq.Broker, message: dramatiq.Message) -> None:
        # An expired message (AgeLimit) is a delivery given up.
        event_id = message.options.get(EVENT_ID_OPTION)
        if event_id is None or getattr(self._given_up, "message_id", None) == message.message_id:
            return  # recorded dead with its reason by before_process_message
        keys = {"event_id": event_id, "actor_name": message.actor_name}
        with db.transaction(actor="core.deliveries") as conn:
            _ensure_row(conn, keys, message)
            conn.execute(db.QUERIES["event_deliveries_record_end"], keys)
            conn.execute(db.QUERIES["event_deliveries_record_dead"], {**keys, "error": "skipped"})


def _ensure_row(conn: psycopg.Connection, keys: dict[str, Any], message: dramatiq.Message) -> None:
    """Wait until the dispatcher's delivery row is committed (see event_deliveries_ensure)."""
    conn.execute(
        db.QUERIES["event_deliveries_ensure"],
        {**keys, "queue_name": q_name(message.queue_name), "message_id": message.message_id},
    )
