"""The actor the dispatch-latency benchmark routes to: it records when it started."""

from __future__ import annotations

import time

from dramatiq.middleware import CurrentMessage

from pipeline import db
from pipeline.events import Event
from pipeline.runtime.actors import stage_actor


@stage_actor("bench.record_start")
def record_start(event: Event) -> None:
    """Note the wall-clock start of this actor for the event's subject, and when the
    dispatcher made its message (the split between the dispatcher and the broker hop)."""
    started = time.time()
    sent = CurrentMessage.get_current_message().message_timestamp / 1000
    with db.transaction(actor="bench") as conn:
        conn.execute(
            "INSERT INTO bench_starts (subject_id, started, sent) VALUES (%s, %s, %s)",
            (event.subject_id, started, sent),
        )
