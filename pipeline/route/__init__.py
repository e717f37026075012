"""The route stage: when to wake, when to leave, how long the road takes (route_plans).

The service's names are imported on first use, so the stage's plug (``stage.py``) does not
load its store and providers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.route.logic import Buffers, Leg, Plan, Stop, compute_plan, local_instant

if TYPE_CHECKING:
    from pipeline.route.service import RouteOutcome, plan_route

__all__ = ["Buffers", "Leg", "Plan", "RouteOutcome", "Stop", "compute_plan", "local_instant",
           "plan_route"]  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in ("RouteOutcome", "plan_route"):
        from pipeline.route import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
