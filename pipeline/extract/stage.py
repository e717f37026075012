"""The extract stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from pipeline import events
from pipeline.runtime.checks import Check
from pipeline.runtime.stage import (
    Action,
    CliCommand,
    Dashboard,
    Demo,
    Panel,
    Stage,
    queries_beside,
)

STAGE = Stage(
    name="extract",
    routes={
        events.EMAIL_RECEIVED: ("extract.extract_email",),
        # a reply to a review message, taken by the poller (issue 17)
        events.REPLY_RECEIVED: ("extract.apply_reply",),
    },
    actor_modules=("pipeline.extract.actors",),
    # one reader forkserver for all the worker processes, not one each (reader/sandbox.py); the
    # sanity check's city pattern built once, in the parent
    before_fork=(
        "pipeline.extract.reader.sandbox:share_forkserver",
        "pipeline.extract.reader.sun:preload",
    ),
    cli=(
        CliCommand(
            "extract",
            "pipeline.extract.cli:extract",
            "Read PDFs (files or folders) and print each one's schedule (no database needed).",
        ),
        CliCommand(
            "schedules",
            "pipeline.extract.commands:schedules_app",
            "Review, correct, confirm or cancel schedules.",
        ),
        CliCommand(
            "contacts", "pipeline.extract.commands:contacts_app", "Contacts read from call sheets."
        ),
        CliCommand(
            "layouts",
            "pipeline.extract.layout_commands:layouts_app",
            "Sheet layouts learnt from corrections (per user, sender and production).",
        ),
    ),
    checks=(Check("tesseract", "pipeline.extract.checks:tesseract", needs_database=False),),
    status_queries=("status_counts",),
    failure_queries=("status_recent_failures",),
    demo=Demo(rows={"schedules": "demo_schedules"}, lines="pipeline.extract.demo:lines"),
    queries=queries_beside(__file__),
    # the same functions as `stillontime schedules confirm` and `schedules edit ... --confirm`
    dashboard=Dashboard(
        panels=(
            Panel("Latest schedules", "dashboard_latest"),
            Panel(
                "Schedules in review",
                "dashboard_review",
                actions=(
                    Action(
                        "fix",
                        "Save and confirm",
                        "pipeline.extract.corrections:fix_by_id",
                        fields=("call_time", "location", "shooting_date", "production"),
                    ),
                    Action(
                        "confirm", "Confirm as read", "pipeline.extract.corrections:confirm_by_id"
                    ),
                ),
            ),
        ),
        day={"Schedule": "dashboard_day"},
    ),
)
