"""The route stage: when to wake, when to leave, how long the road takes (route_plans).

Its names are imported on first use, so the stage's plug (``stage.py``, which the command line
and every service import) loads none of its modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.route.logic import Buffers, Leg, Plan, Stop, compute_plan, local_instant
    from pipeline.route.service import RouteOutcome, plan_route

__all__ = [
    "Buffers",
    "Leg",
    "Plan",
    "RouteOutcome",
    "Stop",
    "compute_plan",
    "local_instant",
    "plan_route",
]

_MODULE_OF = {
    "Buffers": "logic",
    "Leg": "logic",
    "Plan": "logic",
    "Stop": "logic",
    "compute_plan": "logic",
    "local_instant": "logic",
    "RouteOutcome": "service",
    "plan_route": "service",
}


def __getattr__(name: str) -> Any:
    if name in _MODULE_OF:
        return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
