"""The route stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from pipeline import events
from pipeline.runtime.stage import CliCommand, Dashboard, Demo, Stage, queries_beside

STAGE = Stage(
    name="route",
    routes={
        # the plan needs the day's weather (rain, snow and fog move its buffers)
        events.WEATHER_ASSESSED: ("route.plan_route",),
    },
    actor_modules=("pipeline.route.actors",),
    cli=(CliCommand("route", "pipeline.route.cli:app", "Route plans."),),
    status_queries=("status_counts",),
    failure_queries=("status_recent_failures",),
    demo=Demo(rows={"routes": "demo_route_plans"}, lines="pipeline.route.demo:lines"),
    queries=queries_beside(__file__),
    dashboard=Dashboard(day={"Route": "dashboard_day"}),
)
