"""``stillontime route plan``: plan a schedule's route now (after a change of buffers, say)."""

from __future__ import annotations

import json
import uuid
from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True, help="Route plans.")


@app.command("plan")
def plan(schedule_id: Annotated[uuid.UUID, typer.Argument(help="The schedule's id.")]) -> None:
    """Compute the schedule's plan and write it if it changed (a new revision)."""
    from pipeline import db
    from pipeline.route.service import plan_route
    from pipeline.route.store import QUERIES

    with db.pool().connection() as conn:
        owner = conn.execute(
            QUERIES["schedule_data_get_owner"], {"schedule_id": schedule_id}
        ).fetchone()
    if owner is None:
        typer.echo(f"no schedule {schedule_id}", err=True)
        raise typer.Exit(1)
    outcome = plan_route(schedule_id, owner["user_id"], owner["version"], force=True)
    typer.echo(json.dumps({"action": outcome.action, "revision": outcome.revision,
                           "reason": outcome.reason}))  # fmt: skip
