"""Worker middleware that records how each event delivery ended: done, retrying or dead."""

from __future__ import annotations

from typing import Any

import dramatiq
import psycopg
import structlog
from dramatiq.common import q_name

from pipeline import db

log = structlog.get_logger("stillontime.deliveries")

# Message option carrying the outbox id; messages without it are not event deliveries.
EVENT_ID_OPTION = "event_id"
# Message option carrying the dispatcher's token for the event (db/0019 event_token): a worker
# logged in as stillontime_worker shows it to read the event and work for its user.
TOKEN_OPTION = "event_token"


def describe(exception: BaseException) -> str:
    """One line naming the error, for a person reading the dead letters."""
    text = str(exception).strip().splitlines()[0] if str(exception).strip() else ""
    return f"{type(exception).__name__}: {text}" if text else type(exception).__name__


class DeliveryTracking(dramatiq.Middleware):
    """Writes the end of every event delivery to ``event_deliveries``."""

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
        if exception is None:
            _finish(message, keys, "done")
        elif message.failed:
            _finish(message, keys, "dead", describe(exception))
            log.error("delivery dead", **keys, error=describe(exception))
        else:
            _finish(message, keys, "retrying", describe(exception))

    def after_skip_message(self, broker: dramatiq.Broker, message: dramatiq.Message) -> None:
        # An expired message (AgeLimit) is a delivery given up.
        event_id = message.options.get(EVENT_ID_OPTION)
        if event_id is None:
            return
        _finish(message, {"event_id": event_id, "actor_name": message.actor_name}, "skipped")


def _finish(
    message: dramatiq.Message, keys: dict[str, Any], outcome: str, error: str | None = None
) -> None:
    """Record the outcome through delivery_finished (db/0019): the worker's login may change a
    delivery only of an event whose token its message carries. It first waits until the
    dispatcher's delivery row is committed (the dispatcher commits after the enqueue)."""
    with db.transaction(actor="core.deliveries") as conn:
        conn.execute(
            db.QUERIES["event_deliveries_finished"],
            {**keys, "queue_name": q_name(message.queue_name), "message_id": message.message_id,
             "token": message.options.get(TOKEN_OPTION), "outcome": outcome, "error": error},
        )  # fmt: skip
