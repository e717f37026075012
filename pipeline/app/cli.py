"""The ``stillontime`` command line."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.runtime.stage import Stage, resolve
from pipeline.runtime.stages import stages

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
db_app = typer.Typer(no_args_is_help=True, help="The database schema.")
events_app = typer.Typer(no_args_is_help=True, help="The event outbox and dead letters.")
services_app = typer.Typer(no_args_is_help=True, help="The embedded PostgreSQL and Redis.")
app.add_typer(db_app, name="db")
app.add_typer(events_app, name="events")
app.add_typer(services_app, name="services")


def mount_stages(root: typer.Typer, registered: Sequence[Stage]) -> None:
    """Mount each stage's sub-apps as its stage.py declares them (each imported here)."""
    for stage in registered:
        for mount in stage.cli:
            root.add_typer(resolve(mount.app), name=mount.name)


mount_stages(app, stages())

# Piped output keeps whole table rows rather than wrapping at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True)


def _urls():
    from pipeline import db

    return db.service_urls()


def _migrated_url() -> str:
    from pipeline.db.migrate import migrate

    url = _urls().database_url
    migrate(url)
    return url


@db_app.command("migrate")
def db_migrate() -> None:
    """Apply the migrations in db/ that are not applied yet (safe to run twice)."""
    from pipeline.db.migrate import migrate
    from pipeline.errors import MigrationError

    try:
        applied = migrate(_urls().database_url)
    except MigrationError as exc:
        err.print(f"[red]migration refused:[/] {exc}")
        raise typer.Exit(1) from exc
    console.print(f"applied {len(applied)}: {', '.join(applied)}" if applied else "up to date")


@db_app.command("status")
def db_status() -> None:
    """List the applied migrations."""
    from pipeline.db.migrate import applied

    for row in applied(_urls().database_url):
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
        backup(_urls().database_url, target)
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
        restore(_urls().database_url, file)
    except BackupError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from exc
    console.print(f"restored {file}")


@app.command()
def health(
    service: str = typer.Argument(..., help="dispatcher, scheduler or poller"),
    max_age: float = typer.Option(
        0.0, help="seconds a heartbeat may be old (default: three of the service's periods)"
    ),
) -> None:
    """Exit 0 if SERVICE on this host completed a pass recently (for health checks)."""
    from pipeline.runtime import health as liveness
    from pipeline.settings import get_settings

    settings = get_settings()
    periods = {"dispatcher": lambda: settings.sweep_interval, "scheduler": lambda: 1.0}
    periods |= {s.name: resolve(s.period_s) for stage in stages() for s in stage.services}
    if service not in periods:
        err.print(f"[red]unknown service {service!r}; one of {', '.join(periods)}[/]")
        raise typer.Exit(2)
    allowed = max_age or max(30.0, 3 * periods[service]())
    age = liveness.age_s(settings.home, service)
    if age is None or age > allowed:
        seen = "never" if age is None else f"{age:.0f} s ago"
        err.print(f"[red]{service}: unhealthy, last pass {seen} (allowed {allowed:.0f} s)[/]")
        raise typer.Exit(1)
    console.print(f"{service}: healthy, last pass {age:.0f} s ago")


@app.command()
def dispatcher() -> None:
    """Run the dispatcher: outbox events to Dramatiq actors."""
    from pipeline.logs import configure_logging
    from pipeline.outbox.dispatcher import Dispatcher
    from pipeline.runtime.broker import broker
    from pipeline.runtime.instances import running
    from pipeline.runtime.supervisor import install_stop_signals

    configure_logging()
    _migrated_url()
    stop = threading.Event()
    install_stop_signals(stop)
    with running("dispatcher") as instance:
        Dispatcher(broker, instance=instance).run_forever(stop)


@app.command()
def worker(
    processes: Annotated[int | None, typer.Option(help="Worker processes.")] = None,
    threads: Annotated[int | None, typer.Option(help="Threads per process.")] = None,
    queues: Annotated[list[str] | None, typer.Option("--queue", help="Only these queues.")] = None,
    module: Annotated[list[str] | None, typer.Option(help="Extra actor modules.")] = None,
) -> None:
    """Run Dramatiq workers for every stage's actors."""
    from pipeline.settings import get_settings

    settings = get_settings()
    urls = _urls()
    # Children must reach the same servers without starting embedded ones of their own.
    os.environ["DATABASE_URL"] = urls.database_url
    os.environ["REDIS_URL"] = urls.redis_url
    # Dramatiq reads its idle poll ceiling from the environment at import time.
    os.environ.setdefault("dramatiq_worker_timeout", str(settings.worker_poll_ms))
    from dramatiq.cli import main as dramatiq_main
    from dramatiq.cli import make_argument_parser

    argv = ["pipeline.runtime.workers", *(module or [])]
    argv += ["--processes", str(processes or settings.worker_processes)]
    argv += ["--threads", str(threads or settings.worker_threads), "--skip-logging"]
    if queues:
        argv += ["--queues", *queues]
    sys.exit(dramatiq_main(make_argument_parser().parse_args(argv)))


@app.command()
def scheduler() -> None:
    """Run the periodic scheduler (redelivery of lost messages; stage jobs)."""
    from pipeline.logs import configure_logging
    from pipeline.runtime.instances import running
    from pipeline.runtime.scheduler import Scheduler, default_jobs
    from pipeline.runtime.supervisor import install_stop_signals

    configure_logging()
    _migrated_url()
    stop = threading.Event()
    install_stop_signals(stop)
    with running("scheduler"):
        Scheduler(default_jobs()).run_forever(stop)


@app.command()
def up(
    processes: Annotated[int | None, typer.Option(help="Worker processes.")] = None,
    duration: Annotated[float | None, typer.Option(help="Stop after this many seconds.")] = None,
    keep_services: Annotated[
        bool, typer.Option(help="Leave the embedded PostgreSQL and Redis running on exit.")
    ] = False,
) -> None:
    """Run dispatcher, workers and scheduler on this machine until SIGINT/SIGTERM."""
    from pipeline.logs import configure_logging
    from pipeline.runtime.supervisor import Supervisor, install_stop_signals, service_commands

    configure_logging()
    _migrated_url()
    urls = _urls()
    stop = threading.Event()
    install_stop_signals(stop)
    if duration is not None:
        threading.Timer(duration, stop.set).start()
    worker_args = ["--processes", str(processes)] if processes else []
    Supervisor(service_commands(worker_args), urls).run(stop)
    if not keep_services:
        _stop_embedded(urls)


def _stop_embedded(urls) -> None:
    from pipeline.db.embedded import stop_embedded
    from pipeline.settings import get_settings

    if urls.embedded_database or urls.embedded_redis:
        stopped = stop_embedded(get_settings().home)
        if stopped:
            err.print(f"stopped embedded {', '.join(stopped)}")


@app.command()
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    watch: Annotated[bool, typer.Option("--watch", help="Redraw until Ctrl-C.")] = False,
    interval: Annotated[float, typer.Option(help="Seconds between redraws with --watch.")] = 2.0,
    count: Annotated[int, typer.Option(help="Stop --watch after N redraws.")] = 0,
) -> None:
    """Counts per stage and status, the oldest undispatched event, dead letters, failures."""
    from pipeline import db
    from pipeline.app.status import gather_status

    _migrated_url()
    if watch:
        _watch_status(interval, count)
        return
    with db.connect() as conn:
        snapshot = gather_status(conn)
    if as_json:
        print(json.dumps(snapshot, default=str, indent=2))
        return
    console.print(_status_view(snapshot))


def _watch_status(interval: float, count: int) -> None:
    from datetime import datetime

    from rich.live import Live

    from pipeline import db
    from pipeline.app.status import gather_status

    drawn = 0
    with db.connect(autocommit=True) as conn, Live(console=console, auto_refresh=False) as live:
        try:
            while True:
                snapshot = gather_status(conn)
                stamp = f"stillontime status at {datetime.now():%H:%M:%S} (Ctrl-C to stop)"
                live.update(_status_view(snapshot, title=stamp), refresh=True)
                drawn += 1
                if count and drawn >= count:
                    return
                time.sleep(interval)
        except KeyboardInterrupt:
            return


def _status_view(snapshot: dict, title: str = "Records by stage and status"):
    from rich.console import Group

    from pipeline.app.status import problem_lines

    table = Table(title=title)
    for col in ("stage", "status", "count"):
        table.add_column(col)
    for stage, counts in sorted(snapshot["stages"].items()):
        for key, n in sorted(counts.items()):
            table.add_row(stage, key, str(n))
    lines: list = [table]
    outbox = snapshot["outbox"]
    age = outbox["oldest_undispatched_age_s"]
    lines.append(
        f"outbox: {outbox['undispatched']} undispatched"
        + (f", oldest {age:.1f}s old" if age is not None else "")
    )
    lines.append(f"dead letters: {len(snapshot['dead_letters'])}")
    for dead in snapshot["dead_letters"]:
        lines.append(
            Text(
                f"  event {dead['event_id']} {dead['kind']} -> {dead['actor_name']}"
                f" after {dead['attempts']} attempts: {dead['last_error']}"
            )
        )
    lines += problem_lines(snapshot)
    if snapshot["recent_failures"]:
        lines.append("recent failures:")
        for failure in snapshot["recent_failures"]:
            # Text, not markup: "[ingest]" is no style, and messages quote call sheets.
            line = f"  [{failure['stage']}] {failure['subject_id']}: {failure['message']}"
            lines.append(Text(line))
    if snapshot["services"]:
        lines.append(_services_view(snapshot["services"]))
    for row in snapshot["deliveries_retried"]:
        lines.append(
            f"{row['actor_name']}: {row['retried']} retried, {row['redelivered']} sent again"
            f" in the last hour ({row['still_open']} still open)"
        )
    return Group(*lines)


def _services_view(services: list[dict]) -> Table:
    colour = {"running": "green", "stopped": "dim", "lost": "red"}
    table = Table(title="Service processes (last 24 h)")
    for col in ("service", "host", "pid", "state", "last seen", "rode through"):
        table.add_column(col)
    for row in services:
        troubles = ", ".join(f"{what} {n}" for what, n in sorted(row["troubles"].items()))
        table.add_row(
            row["kind"], row["host"], str(row["pid"]),
            f"[{colour[row['state']]}]{row['state']}[/]", row["last_seen_at"][11:19],
            Text(troubles + (f" ({row['last_error']})" if row["last_error"] else "")),
        )  # fmt: skip
    return table


@app.command()
def metrics(
    port: Annotated[int | None, typer.Option(help="Port (STILLONTIME_METRICS_PORT).")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "0.0.0.0",
) -> None:
    """Serve the pipeline's Prometheus metrics (read from the database at each scrape)."""
    from pipeline.app.metrics import serve
    from pipeline.logs import get_logger
    from pipeline.runtime.supervisor import install_stop_signals
    from pipeline.settings import get_settings

    _migrated_url()
    port = port or get_settings().metrics_port
    stop = threading.Event()
    install_stop_signals(stop)
    server = serve(port, host)
    get_logger(service="metrics").info("metrics endpoint listening", host=host, port=port)
    print(f"metrics on http://{host}:{port}/metrics", flush=True)
    stop.wait()
    server.shutdown()


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
                    f"{r['event_id']}  {r['kind']}  {r['actor_name']}  attempts={r['attempts']}"
                    f"  {r['last_error']}"
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


@app.command()
def demo(
    timeout: Annotated[float, typer.Option(help="Give up waiting after this many seconds.")] = 180,
) -> None:
    """Run one call sheet through the whole pipeline on the embedded default and print the day."""
    from pipeline.app import demo as demo_run
    from pipeline.logs import configure_logging
    from pipeline.runtime.supervisor import install_stop_signals
    from pipeline.settings import get_settings

    # The day plan is the output: services log warnings and errors only, unless asked otherwise.
    os.environ.setdefault("STILLONTIME_LOG_LEVEL", "WARNING")
    get_settings.cache_clear()
    configure_logging(force=True)
    started = time.monotonic()
    stop = threading.Event()
    install_stop_signals(stop)
    plan = demo_run.run(timeout, stop)
    for line in demo_run.render(plan):
        print(line)
    _stop_embedded(_urls())
    print(f"\ndemo finished in {time.monotonic() - started:.1f}s")
    if not plan["schedules"]:
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the ``stillontime`` console script."""
    app()
