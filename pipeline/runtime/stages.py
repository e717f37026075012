"""The stage registry: one line per stage. The core builds routes, workers, jobs, the command
line and the status counts from these declarations and names no stage anywhere else."""

from __future__ import annotations

import importlib
from functools import cache

from pipeline.runtime.stage import Stage

# The one place that lists the stages: each module holds ``STAGE``, a ``Stage``.
STAGE_MODULES: tuple[str, ...] = (
    "pipeline.ingest.stage",
    "pipeline.extract.stage",
    "pipeline.route.stage",
    "pipeline.weather.stage",
    "pipeline.calendar.stage",
    "pipeline.notify.stage",
)


def load_stages(modules: tuple[str, ...] = STAGE_MODULES) -> tuple[Stage, ...]:
    """The ``STAGE`` of each module, in order; refuses a module without one or a name twice."""
    found: list[Stage] = []
    for name in modules:
        stage = getattr(importlib.import_module(name), "STAGE", None)
        if not isinstance(stage, Stage):
            raise TypeError(f"{name} declares no STAGE (a pipeline.runtime.stage.Stage)")
        if any(s.name == stage.name for s in found):
            raise ValueError(f"two stages are named {stage.name!r}")
        found.append(stage)
    return tuple(found)


@cache
def stages() -> tuple[Stage, ...]:
    """Every registered stage (loaded once per process)."""
    return load_stages()
