"""The stage actor decorator: thin Dramatiq actors that receive an outbox event id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import dramatiq
import psycopg
import structlog
from dramatiq.middleware import CurrentMessage

from pipeline import db
from pipeline.events import Event
from pipeline.runtime.broker import broker
from pipeline.runtime.deliveries import TOKEN_OPTION, prefetched_event
from pipeline.runtime.messaging import NEVER_RETRIED, illegal_transition

log = structlog.get_logger("stillontime.actors")


def load_event(event_id: int, token: str | None = None) -> Event | None:
    """The outbox row of ``event_id``, or None if retention has dropped it.

    A worker's login sees it only with the dispatcher's ``token`` for the event (db/0019).
    The delivery's start has usually read it already, in its own transaction.
    """
    found, row = prefetched_event(event_id, token)
    if found:
        return Event.from_row(row) if row else None
    with db.pool().connection() as conn:
        row = conn.execute(
            db.QUERIES["events_get_one"], {"event_id": event_id, "token": token}
        ).fetchone()
    return Event.from_row(row) if row else None


def current_token() -> str | None:
    """The event token of the message being processed (None outside a worker)."""
    message = CurrentMessage.get_current_message()
    return message.options.get(TOKEN_OPTION) if message is not None else None


def stage_actor(
    actor_name: str, **options: Any
) -> Callable[[Callable[[Event], None]], dramatiq.Actor]:
    """Declare ``fn(event)`` as the actor ``<stage>.<verb>_<noun>`` on the queue ``<stage>``.

    The actor loads the event, binds its ids to every log line and calls ``fn`` working for the
    event's user: its ``db.transaction()``s run as stillontime_app under row-level security, so
    a stage cannot read or write another user's rows. ``fn`` must be idempotent: delivery is at
    least once.
    """
    stage = actor_name.split(".", 1)[0]

    def decorate(fn: Callable[[Event], None]) -> dramatiq.Actor:
        def run(event_id: int) -> None:
            token = current_token()
            event = load_event(event_id, token)
            if event is None:
                log.warning("event gone", event_id=event_id, stage=stage)
                return
            with (
                structlog.contextvars.bound_contextvars(stage=stage, **event.log_ids()),
                db.working_for_user(event.user_id, event_id=event.id, token=token),
            ):
                try:
                    fn(event)
                except psycopg.errors.CheckViolation as exc:
                    # A move the state machine refuses is refused again: never retried.
                    refusal = illegal_transition(exc)
                    if refusal is None:
                        raise
                    raise refusal from exc

        run.__name__ = fn.__name__
        run.__doc__ = fn.__doc__
        options.setdefault("throws", NEVER_RETRIED)
        return dramatiq.actor(
            run, actor_name=actor_name, queue_name=stage, broker=broker, **options
        )

    return decorate
