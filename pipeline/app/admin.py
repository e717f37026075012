"""Administration commands: the database schema and backups, the outbox and its dead letters,
the embedded servers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline.app.console import console, err
from pipeline.app.console import database_url as _database_url
from pipeline.app.console import migrated_url as _migrated_url
from pipeline.app.console import service_urls as _urls
from pipeline.text import shown

db_app = typer.Typer(no_args_is_help=True, help="The database schema.")
events_app = typer.Typer(no_args_is_help=True, help="The event outbox and dead letters.")
services_app = typer.Typer(no_args_is_help=True, help="The embedded PostgreSQL and Redis.")


@db_app.command("migrate")
def db_migrate() -> None:
    """Apply the migrations in db/ that are not applied yet (safe to run twice)."""
    from pipeline.db.migrate import migrate
    from pipeline.errors import MigrationError

    try:
        applied = migrate(_database_url())
    except MigrationError as exc:
        err.print(f"[red]migration refused:[/] {exc}")
        raise typer.Exit(1) from exc
    console.print(f"applied {len(applied)}: {', '.join(applied)}" if applied else "up to date")


@db_app.command("status")
def db_status() -> None:
    """List the applied migrations."""
    from pipeline.db.migrate import applied

    for row in applied(_database_url()):
        console.print(f"{row['version']}  {row['name']}  {row['applied_at']:%Y-%m-%d %H:%M}")


@db_app.command("backup")
def db_backup(
    file: Annotated[
        Path | None, typer.Argument(help="Where to write (default: the data folder).")
    ] = None,
) -> None:
    """Dump the database (pg_dump custom format)."""
    from datetime import datetime

    from pipeline.db.backup import BackupError, backup
    from pipeline.settings import get_settings

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = file or get_settings().home / "backups" / f"stillontime-{stamp}.dump"
    try:
        backup(_database_url(), target)
    except BackupError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from exc
    console.print(f"backup written: {target} ({target.stat().st_size} bytes)")


@db_app.command("restore")
def db_restore(
    file: Annotated[Path, typer.Argument(help="A file made by `stillontime db backup`.")],
) -> None:
    """Restore a backup into the database (stop the services first)."""
    from pipeline.db.backup import BackupError, restore

    try:
        restore(_database_url(), file)
    except BackupError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from exc
    console.print(f"restored {file}")


@events_app.command("list")
def events_list(
    dead: Annotated[bool, typer.Option(help="Only the dead letters.")] = False,
    limit: Annotated[int, typer.Option(help="How many.")] = 20,
) -> None:
    """The latest events, or the dead letters."""
    from pipeline import db

    _migrated_url()
    with db.connect() as conn:
        if dead:
            rows = conn.execute(db.QUERIES["event_deliveries_list_dead"], {"limit": limit})
            for r in rows:
                console.print(
                    shown(
                        f"{r['event_id']}  {r['kind']}  {r['actor_name']}"
                        f"  attempts={r['attempts']}  {r['last_error']}"
                    )
                )
            return
        for r in conn.execute(db.QUERIES["events_list_recent"], {"limit": limit}):
            sent = "dispatched" if r["dispatched_at"] else "waiting"
            console.print(f"{r['id']}  {r['kind']}  {r['subject_table']}:{r['subject_id']}  {sent}")


@events_app.command("show")
def events_show(event_id: int) -> None:
    """One event and its deliveries, as JSON."""
    from pipeline import db

    _migrated_url()
    with db.connect() as conn:
        row = conn.execute(db.QUERIES["events_get"], {"event_id": event_id}).fetchone()
    if row is None:
        err.print(f"no event {event_id}")
        raise typer.Exit(1)
    print(json.dumps(row, default=str, indent=2))


@events_app.command("replay")
def events_replay(
    event_id: int,
    include_done: Annotated[
        bool, typer.Option("--all", help="Also re-send deliveries that succeeded.")
    ] = False,
) -> None:
    """Send an event again to the actors whose delivery died (dead letters)."""
    from pipeline.outbox.redelivery import UnknownEvent, replay_event
    from pipeline.runtime.broker import broker

    _migrated_url()
    try:
        result = replay_event(broker, event_id, include_done=include_done)
    except UnknownEvent as exc:
        err.print(str(exc))
        raise typer.Exit(1) from exc
    if result.actors:
        console.print(f"event {event_id} sent again to {', '.join(result.actors)}")
    else:
        console.print(f"event {event_id} has no dead deliveries (use --all to re-send anyway)")


@services_app.command("start")
def services_start() -> None:
    """Start the embedded servers (if no DATABASE_URL / REDIS_URL) and print their URLs."""
    urls = _urls()
    console.print(f"DATABASE_URL={urls.database_url}\nREDIS_URL={urls.redis_url}")


@services_app.command("stop")
def services_stop() -> None:
    """Stop the embedded servers of STILLONTIME_HOME."""
    from pipeline.db.embedded import stop_embedded
    from pipeline.settings import get_settings

    stopped = stop_embedded(get_settings().home)
    console.print(f"stopped: {', '.join(stopped) or 'nothing was running'}")
