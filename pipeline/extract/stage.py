"""The extract stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from pipeline import events
from pipeline.runtime.stage import Stage

STAGE = Stage(
    name="extract",
    routes={events.EMAIL_RECEIVED: ("extract.extract_email",)},
    actor_modules=("pipeline.extract.actors",),
)
