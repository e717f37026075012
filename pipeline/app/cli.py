"""The ``stillontime`` command line: it mounts the app's commands and each stage's."""

from __future__ import annotations

from collections.abc import Sequence

import typer

from pipeline.app import admin, services, status_view
from pipeline.runtime.stage import Stage, resolve
from pipeline.runtime.stages import stages

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="StillOnTime: call-sheet emails to a planned shooting day. The services and their tools.",
)
app.add_typer(services.app)  # health, dispatcher, worker, scheduler, up, metrics, demo
app.add_typer(status_view.app)  # status
app.add_typer(admin.db_app, name="db")
app.add_typer(admin.events_app, name="events")
app.add_typer(admin.services_app, name="services")


def mount_stages(root: typer.Typer, registered: Sequence[Stage]) -> None:
    """Mount each stage's sub-apps as its stage.py declares them (each imported here)."""
    for stage in registered:
        for mount in stage.cli:
            root.add_typer(resolve(mount.app), name=mount.name)


mount_stages(app, stages())


def main() -> None:
    """Entry point of the ``stillontime`` console script."""
    app()
