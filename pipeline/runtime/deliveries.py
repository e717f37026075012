"""Worker middleware that records how each event delivery ended: done, retrying or dead."""

from __future__ import annotations

import threading
from collections.abc import Callable
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
# Who the delivery records' changes are audited as (a dead letter marks the schedule).
RECORDS_ACTOR = "core.deliveries"
# Message option carrying the dispatcher's token for the event (db/0019 event_token): a worker
# logged in as stillontime_worker shows it to read the event and work for its user.
TOKEN_OPTION = "event_token"


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

    A start is committed before the actor runs, with the worker process that made it
    (``instance_id``: its ``service_instances`` row), so a worker that dies mid-message leaves
    it open; the start that finds ``MAX_UNFINISHED_STARTS`` open ones whose worker process is
    lost dead-letters the delivery with that reason rather than give the message a third worker
    to kill (db/0020, db/0026). Open starts of live workers (a copy the sweep sent while
    another still runs) do not count.
    """

    def __init__(self, instance_id: Callable[[], object | None] = lambda: None) -> None:
        self._given_up = threading.local()  # this thread's message skipped as a worker killer
        self._instance_id = instance_id

    def before_process_message(self, broker: dramatiq.Broker, message: dramatiq.Message) -> None:
        self._given_up.message_id = None
        _prefetched.key = None
        _prefetched.server_started = None
        event_id = message.options.get(EVENT_ID_OPTION)
        if event_id is None:
            return
        keys = {"event_id": event_id, "actor_name": message.actor_name}
        params = _message_keys(message, keys)
        try:
            # The start and the actor's read of its event, on the way to every actor: one
            # statement that is its own transaction (db/0031), one round trip, and no wait for
            # the disk. A start lost with a crash of the database server costs the count one
            # start (one more try of a message that kills workers), never a delivery.
            with db.autocommitted() as conn:
                row = conn.execute(
                    db.QUERIES["event_deliveries_begin"],
                    {
                        **params,
                        "limit": MAX_UNFINISHED_STARTS,
                        "reason": KILLED_WORKERS,
                        "instance": self._instance_id(),
                        "audit_actor": RECORDS_ACTOR,
                    },
                ).fetchone()
            unfinished = row.pop("unfinished")
            _prefetched.server_started = row.pop("server_started")
            _prefetched.row = row if row["id"] is not None else None  # retention dropped it
            _prefetched.key = (event_id, params["token"])
            reason = KILLED_WORKERS
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
        _prefetched.key = None
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
        if exception is None:
            _finish_done(message, keys)
        elif message.failed:
            _finish(message, keys, "dead", describe(exception))
            log.error("delivery dead", **keys, error=describe(exception))
        else:
            _finish(message, keys, "retrying", describe(exception))

    def after_skip_message(self, broker: dramatiq.Broker, message: dramatiq.Message) -> None:
        # An expired message (AgeLimit) is a delivery given up.
        _prefetched.key = None
        event_id = message.options.get(EVENT_ID_OPTION)
        if event_id is None or getattr(self._given_up, "message_id", None) == message.message_id:
            return  # recorded dead with its reason by before_process_message
        _finish(message, {"event_id": event_id, "actor_name": message.actor_name}, "skipped")


# The event row read with this thread's delivery start, for the actor (runtime/actors.py).
_prefetched = threading.local()


def prefetched_event(event_id: int, token: str | None) -> tuple[bool, dict[str, Any] | None]:
    """``(True, row)`` if this thread's delivery start read event ``event_id`` with ``token``
    (``row`` None: retention dropped it), else ``(False, None)``: the actor reads it itself."""
    if getattr(_prefetched, "key", None) != (event_id, token):
        return False, None
    return True, _prefetched.row


def _message_keys(message: dramatiq.Message, keys: dict[str, Any]) -> dict[str, Any]:
    return {**keys, "queue_name": q_name(message.queue_name), "message_id": message.message_id,
            "token": message.options.get(TOKEN_OPTION)}  # fmt: skip


def _finish(
    message: dramatiq.Message, keys: dict[str, Any], outcome: str, error: str | None = None
) -> None:
    """Record the outcome through delivery_finished (db/0019, db/0021): the worker's login may
    change a delivery only of an event whose token its message carries. It first waits until
    the dispatcher's delivery row is committed (the dispatcher commits after the enqueue), and
    closes the delivery's open starts. One statement that is its own transaction (db/0034), its
    changes audited as the core's (a dead letter marks the schedule)."""
    with db.autocommitted() as conn:
        conn.execute(
            db.QUERIES["event_deliveries_end"],
            {**_message_keys(message, keys), "outcome": outcome, "error": error,
             "audit_actor": RECORDS_ACTOR},
        )  # fmt: skip


def _finish_done(message: dramatiq.Message, keys: dict[str, Any]) -> None:
    """Record the delivery done, only on the database server that recorded its start: the
    actor's commits did not wait for the disk, and a server that crashed since may have lost
    them (event_deliveries_end_same_server). Left open then, for the stale-delivery sweep."""
    started = getattr(_prefetched, "server_started", None)
    if started is None:  # its start was not recorded: nothing was deferred past it
        _finish(message, keys, "done")
        return
    with db.autocommitted() as conn:
        ended = conn.execute(
            db.QUERIES["event_deliveries_end_same_server"],
            {**_message_keys(message, keys), "outcome": "done", "error": None,
             "audit_actor": RECORDS_ACTOR, "server_started": started},
        ).fetchone()  # fmt: skip
    if ended is None:
        log.warning("database restarted during the delivery: left open to be sent again", **keys)
