"""A stage the core has never heard of, plugged in only through the registry (tests)."""

from __future__ import annotations

from pipeline import events
from pipeline.runtime.scheduler import PeriodicJob
from pipeline.runtime.stage import Stage

STAGE = Stage(
    name="toy",
    routes={events.ROUTE_PLANNED: ("toy.play",), events.NOTIFICATION_SENT: ("toy.cheer",)},
    jobs=lambda: [PeriodicJob("toy_tidy", 60.0, lambda: 0)],
)
