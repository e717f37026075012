"""The extract stage's plug (see pipeline.runtime.stage)."""

from __future__ import annotations

from pipeline import events
from pipeline.runtime.stage import CliMount, Demo, Stage, queries_beside

STAGE = Stage(
    name="extract",
    routes={
        events.EMAIL_RECEIVED: ("extract.extract_email",),
        # a reply to a review message, taken by the poller (issue 17)
        events.REPLY_RECEIVED: ("extract.apply_reply",),
    },
    actor_modules=("pipeline.extract.actors",),
    cli=(
        CliMount("pipeline.extract.commands:read_app"),  # extract FILE.pdf
        CliMount("pipeline.extract.commands:schedules_app", "schedules"),
        CliMount("pipeline.extract.commands:contacts_app", "contacts"),
        CliMount("pipeline.extract.layout_commands:layouts_app", "layouts"),
    ),
    status_queries=("status_counts",),
    failure_queries=("status_recent_failures",),
    demo=Demo(rows={"schedules": "demo_schedules"}, lines="pipeline.extract.demo:lines"),
    queries=queries_beside(__file__),
)
