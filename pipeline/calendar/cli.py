"""Commands of the calendar stage: print a day's .ics file, sync a day again."""

from __future__ import annotations

import uuid
from typing import Annotated

import typer

from pipeline.text import printable

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Calendar events.")


def _ready() -> None:
    from pipeline import db
    from pipeline.db.migrate import migrate
    from pipeline.logs import configure_logging

    configure_logging()  # logs go to stderr; stdout stays the command's output
    migrate(db.owner_url())  # the owner migrates; the command then logs in as its own


def _schedule_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as exc:
        typer.echo(f"not a schedule id: {text}", err=True)
        raise typer.Exit(2) from exc


@app.command("ics")
def ics(schedule_id: Annotated[str, typer.Argument(help="The schedule's id.")]) -> None:
    """Print the .ics file of a schedule's calendar event (offline calendar)."""
    from pipeline.calendar.service import ics_path

    _ready()
    path = ics_path(_schedule_id(schedule_id))
    if path is None or not path.exists():
        typer.echo(f"no .ics file for schedule {schedule_id}", err=True)
        raise typer.Exit(1)
    typer.echo(printable(path.read_text(encoding="utf-8")), nl=False)


@app.command("path")
def ics_file_path(schedule_id: Annotated[str, typer.Argument(help="The schedule's id.")]) -> None:
    """Print where the schedule's .ics file is."""
    from pipeline.calendar.service import ics_path

    _ready()
    path = ics_path(_schedule_id(schedule_id))
    if path is None:
        raise typer.Exit(1)
    typer.echo(str(path))


@app.command("sync")
def sync(
    schedule_id: Annotated[str, typer.Argument(help="The schedule's id.")],
    force: Annotated[
        bool, typer.Option(help="Write over a conflict (an overlap or a hand edit).")
    ] = False,
) -> None:
    """Write the schedule's calendar event now (after a conflict was looked at, with --force)."""
    from pipeline.calendar.service import sync_schedule

    _ready()
    typer.echo(printable(sync_schedule(_schedule_id(schedule_id), force=force)))
