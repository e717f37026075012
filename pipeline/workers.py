"""Imports every stage's actors, so a worker process declares all of them."""

from __future__ import annotations

import importlib

from pipeline.broker import broker
from pipeline.logs import configure_logging

# Stage actor modules; each stage issue adds its own as it lands.
ACTOR_MODULES: tuple[str, ...] = (
    "pipeline.extract.actors",
    "pipeline.route.actors",
    "pipeline.weather.actors",
    "pipeline.calendar.actors",
    "pipeline.notify.actors",
)

configure_logging()
for _module in ACTOR_MODULES:
    importlib.import_module(_module)

__all__ = ["broker"]
