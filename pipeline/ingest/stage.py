"""The ingest stage's plug (see pipeline.runtime.stage): no actors; the poller and its CLI."""

from __future__ import annotations

from pipeline.runtime.stage import CliMount, Demo, Service, Stage, queries_beside

STAGE = Stage(
    name="ingest",
    cli=(CliMount("pipeline.ingest.cli:app"),),  # poller, ingest, users, auth, emails, filters
    services=(Service("poller", period_s="pipeline.ingest.settings:poller_period_s"),),
    status_queries=("status_counts",),
    failure_queries=("status_recent_failures",),
    failure_reason_queries=("metrics_failures",),
    problems="pipeline.ingest.status:ingest_problems",
    busy_queries=("demo_in_flight",),
    demo=Demo(
        rows={"emails": "demo_emails"},
        lines="pipeline.ingest.demo:lines",
        feed="pipeline.ingest.demo:feed",
    ),
    queries=queries_beside(__file__),
)
