"""The ingest stage's plug (see pipeline.runtime.stage): no actors; the poller and its CLI."""

from __future__ import annotations

from pipeline.runtime.stage import CliCommand, Demo, Service, Stage, queries_beside

STAGE = Stage(
    name="ingest",
    cli=(
        CliCommand(
            "poller",
            "pipeline.ingest.cli:app",
            "Run the Gmail poller: sync every user with a Google grant, every poll interval.",
            pick=True,
        ),
        CliCommand(
            "ingest",
            "pipeline.ingest.cli:app",
            "Record local files as emails of a user (same filters, dedupe and records as Gmail).",
            pick=True,
        ),
        CliCommand("users", "pipeline.ingest.cli:users_app", "Users and their configuration."),
        CliCommand("auth", "pipeline.ingest.cli:auth_app", "Google authorisation of a user."),
        CliCommand("emails", "pipeline.ingest.cli:emails_app", "Recorded emails."),
        CliCommand("filters", "pipeline.ingest.cli:filters_app", "A user's mail filters."),
    ),
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
