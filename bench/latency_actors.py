"""The actor the dispatch-latency benchmark routes to: it records when it started."""

from __future__ import annotations

import time

from pipeline import db
from pipeline.events import Event
from pipeline.runtime.actors import stage_actor


@stage_actor("bench.record_start")
def record_start(event: Event) -> None:
    """Note the wall-clock start of this actor for the event's subject."""
    started = time.time()
    with db.transaction(actor="bench") as conn:
        conn.execute(
            "INSERT INTO bench_starts (subject_id, started) VALUES (%s, %s)",
            (event.subject_id, started),
        )
