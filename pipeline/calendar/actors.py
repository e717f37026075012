"""The calendar stage's actors."""

from __future__ import annotations

from pipeline.calendar.service import sync_schedule
from pipeline.events import Event
from pipeline.runtime.actors import stage_actor


@stage_actor("calendar.sync_event")
def sync_event(event: Event) -> None:
    """On route_planned (a plan or its weather changed) and schedule_cancelled: write, patch or
    cancel the schedule's event (idempotent: an unchanged event is not written again)."""
    if event.schedule_id is not None:
        sync_schedule(event.schedule_id)
