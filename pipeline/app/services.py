"""The long-running services (dispatcher, worker, scheduler, all of them under ``up``), their
health checks, the metrics endpoint and the demo."""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Annotated

import typer

from pipeline.app import console as consoles
from pipeline.app.console import migrated_url as _migrated_url
from pipeline.app.console import service_urls as _urls
from pipeline.runtime.stage import resolve
from pipeline.runtime.stages import stages
from pipeline.service_imports import structlog_without_rich
from pipeline.text import printable

app = typer.Typer()
# The modules each service runs import structlog: here, without rich, which a service needs
# only to print to a person (the consoles above, made on first use).
structlog_without_rich()
# The dashboard's token from the environment (how `up --dashboard` hands it to its child).
DASHBOARD_TOKEN_ENV = "STILLONTIME_DASHBOARD_TOKEN"


@app.command()
def health(
    service: str = typer.Argument(..., help="dispatcher, scheduler or poller"),
    max_age: float = typer.Option(
        0.0, help="seconds a heartbeat may be old (default: three of the service's periods)"
    ),
) -> None:
    """Exit 0 if SERVICE on this host completed a pass recently (for health checks)."""
    from pipeline.runtime import health as liveness
    from pipeline.runtime.scheduler import LONGEST_SLEEP_S
    from pipeline.settings import get_settings

    settings = get_settings()
    periods = {"dispatcher": lambda: settings.sweep_interval, "scheduler": lambda: LONGEST_SLEEP_S}
    periods |= {s.name: resolve(s.period_s) for stage in stages() for s in stage.services}
    if service not in periods:
        consoles.err.print(f"[red]unknown service {service!r}; one of {', '.join(periods)}[/]")
        raise typer.Exit(2)
    allowed = max_age or max(30.0, 3 * periods[service]())
    age = liveness.age_s(settings.home, service)
    if age is None or age > allowed:
        seen = "never" if age is None else f"{age:.0f} s ago"
        consoles.err.print(
            f"[red]{service}: unhealthy, last pass {seen} (allowed {allowed:.0f} s)[/]"
        )
        raise typer.Exit(1)
    consoles.console.print(f"{service}: healthy, last pass {age:.0f} s ago")


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
    _log_in_as("dispatcher")
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
    # The stage workers log in as stillontime_worker, never as the owner (db/0019), whatever
    # login the environment names.
    from pipeline.db.connection import LOGIN_ENV

    os.environ[LOGIN_ENV] = "worker"
    # Dramatiq reads its idle poll ceiling from the environment at import time.
    os.environ.setdefault("dramatiq_worker_timeout", str(settings.worker_poll_ms))
    # The shared helpers first: the reader's forkserver, a fresh interpreter that imports and
    # warms the reader (about 0.6 s of CPU), then does so on the other core while this process
    # imports the actors, instead of after them, before the first sheet can be read.
    _start_shared_helpers(queues)
    _import_actors_before_fork()
    from dramatiq.cli import main as dramatiq_main
    from dramatiq.cli import make_argument_parser

    argv = ["pipeline.runtime.workers", *(module or [])]
    argv += ["--processes", str(processes or settings.worker_processes)]
    argv += ["--threads", str(threads or settings.worker_threads), "--skip-logging"]
    if queues:
        argv += ["--queues", *queues]
    sys.exit(dramatiq_main(make_argument_parser().parse_args(argv)))


def _import_actors_before_fork() -> None:
    """Import every stage's actor modules here, in Dramatiq's parent, before it forks its worker
    processes: each then starts with them imported (about a second of CPU each, and their
    pages shared) instead of importing them all again. Importing them starts no thread, opens
    no connection and configures no logging (each worker process does that itself when it
    imports pipeline.runtime.workers, which stays unimported here: it arms the kill-with-parent
    signal of the process that imports it)."""
    import gc
    import importlib

    from pipeline.service_imports import httpx_without_rich

    httpx_without_rich()  # route's and weather's web client imports it
    for stage in stages():
        for module in stage.actor_modules:
            importlib.import_module(module)
    # Objects made so far are never collected: a worker's collections then write none of the
    # pages it shares with its parent (Python's advice for a server that forks).
    gc.freeze()


def _start_shared_helpers(queues: list[str] | None = None) -> None:
    """What the stages start once for all the worker processes (``Stage.before_fork``: the
    extract stage's reader forkserver), here in Dramatiq's parent, before it forks them; only
    for the stages whose queue (named after the stage) these workers take."""
    for stage in stages():
        if queues and stage.name not in queues:
            continue
        for path in stage.before_fork:
            resolve(path)()


@app.command()
def scheduler() -> None:
    """Run the periodic scheduler (redelivery of lost messages; stage jobs)."""
    from pipeline.logs import configure_logging
    from pipeline.runtime.instances import running
    from pipeline.runtime.scheduler import Scheduler, default_jobs
    from pipeline.runtime.supervisor import install_stop_signals
    from pipeline.service_imports import httpx_without_rich

    httpx_without_rich()  # the weather's refresh job calls out through it, as the worker does
    configure_logging()
    _migrated_url()
    _log_in_as("scheduler")
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
    with_dashboard: Annotated[
        bool, typer.Option("--dashboard", help="Also serve the dashboard (stillontime dashboard).")
    ] = False,
    dashboard_host: Annotated[str, typer.Option(help="The dashboard's address.")] = "127.0.0.1",
    dashboard_port: Annotated[int, typer.Option(help="The dashboard's port.")] = 8765,
    token: Annotated[
        str | None,
        typer.Option(envvar=DASHBOARD_TOKEN_ENV, help="The dashboard's token (off loopback)."),
    ] = None,
) -> None:
    """Run dispatcher, workers and scheduler on this machine until SIGINT/SIGTERM."""
    from pipeline.logs import configure_logging
    from pipeline.runtime.supervisor import (
        Child,
        Supervisor,
        install_stop_signals,
        service_commands,
    )

    configure_logging()
    if with_dashboard:
        _check_dashboard_host(dashboard_host, token)
    _migrated_url()
    urls = _urls()
    stop = threading.Event()
    install_stop_signals(stop)
    if duration is not None:
        threading.Timer(duration, stop.set).start()
    worker_args = ["--processes", str(processes)] if processes else []
    children = service_commands(worker_args)
    if with_dashboard:
        if token:  # to the child through its environment, never its command line (ps shows it)
            os.environ[DASHBOARD_TOKEN_ENV] = token
        where = ["--host", dashboard_host, "--port", str(dashboard_port)]
        children.append(Child("dashboard", [sys.executable, "-m", "pipeline", "dashboard", *where]))
    Supervisor(children, urls).run(stop)
    if not keep_services:
        _stop_embedded(urls)


def _log_in_as(login: str) -> None:
    """From here on this service logs in as its own role (db/0027), not as the owner."""
    from pipeline.db.connection import use_login

    use_login(login)


def _stop_embedded(urls) -> None:
    from pipeline.db.embedded import stop_embedded
    from pipeline.settings import get_settings

    if urls.embedded_database or urls.embedded_redis:
        stopped = stop_embedded(get_settings().home)
        if stopped:
            consoles.err.print(f"stopped embedded {', '.join(stopped)}")


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


@app.command()
def dashboard(
    host: Annotated[str, typer.Option(help="Address to listen on (off loopback: --token).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    token: Annotated[
        str | None,
        typer.Option(
            envvar=DASHBOARD_TOKEN_ENV,
            help="Every request must carry it (Authorization: Bearer, or ?token= once);"
            " required on any address but loopback.",
        ),
    ] = None,
    refresh: Annotated[
        float, typer.Option(min=0.5, help="Seconds between the page's redraws.")
    ] = 3.0,
) -> None:
    """Serve a web page of the pipeline: counts, outbox, queues, dead letters, processes, days."""
    import uvicorn

    from pipeline import db
    from pipeline.app.dashboard.server import Config, build_app
    from pipeline.logs import configure_logging
    from pipeline.outbox.routing import ROUTES

    configure_logging()
    _check_dashboard_host(host, token)  # before the broker's import reaches (or starts) Redis
    _migrated_url()
    from pipeline.runtime.broker import broker

    queues = sorted({route.queue_name for routes in ROUTES.values() for route in routes})
    config = Config(
        connection=db.pool().connection, broker=broker, queues=queues, host=host, token=token,
        refresh_s=refresh,
    )  # fmt: skip
    print(f"dashboard on http://{_url_host(host)}:{port}/", flush=True)
    uvicorn.run(build_app(config), host=host, port=port, log_level="warning", access_log=False)


def _check_dashboard_host(host: str, token: str | None) -> None:
    from pipeline.app.dashboard.server import loopback

    if not loopback(host) and not token:
        consoles.err.print(
            f"[red]serving the dashboard on {host} needs --token[/] (loopback needs none)"
        )
        raise typer.Exit(2)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


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
        print(printable(line))
    _stop_embedded(_urls())
    print(f"\ndemo finished in {time.monotonic() - started:.1f}s")
    if not plan["schedules"]:
        raise typer.Exit(1)
