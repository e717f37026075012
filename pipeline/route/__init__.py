"""The route stage: when to wake, when to leave, how long the road takes (route_plans)."""

from __future__ import annotations

from pipeline.route.logic import Buffers, Leg, Plan, Stop, compute_plan, local_instant
from pipeline.route.service import RouteOutcome, plan_route

__all__ = ["Buffers", "Leg", "Plan", "RouteOutcome", "Stop", "compute_plan", "local_instant",
           "plan_route"]  # fmt: skip
