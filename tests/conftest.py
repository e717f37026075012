"""Shared fixtures: real PostgreSQL and Redis (DATABASE_URL/REDIS_URL, else the embedded ones).

Each test that touches the database gets a fresh database cloned from a template migrated once
per session; each gets its own Redis namespace, so tests never see each other's messages.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
import redis
from psycopg.conninfo import conninfo_to_dict, make_conninfo

# Set before anything of the pipeline is imported. A test run never touches an install's data
# folder; and whatever starts the embedded servers on import (pipeline.runtime.broker resolves its
# URL then) starts them in this folder, which the session stops and removes. (They were started in
# ~/.stillontime and left running after every embedded run.) Short path: sockets live in it.
HOME = Path(tempfile.mkdtemp(prefix="sot-", dir="/tmp"))
os.environ["STILLONTIME_HOME"] = str(HOME)

from pipeline import db  # noqa: E402
from pipeline.db.embedded import (  # noqa: E402
    ServiceUrls,
    start_embedded_postgres,
    start_embedded_redis,
    stop_embedded,
)
from pipeline.db.migrate import migrate  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def with_dbname(url: str, name: str) -> str:
    """The same server, another database."""
    params = conninfo_to_dict(url)
    params["dbname"] = name
    return make_conninfo(**params)


@pytest.fixture(scope="session")
def server_urls() -> Iterator[ServiceUrls]:
    """The servers under test: the configured ones, or embedded ones started for this run."""
    database_url = os.environ.get("DATABASE_URL")
    redis_url = os.environ.get("REDIS_URL")
    embedded = not database_url or not redis_url
    if embedded:
        database_url = database_url or start_embedded_postgres(HOME)
        redis_url = redis_url or start_embedded_redis(HOME)
    urls = ServiceUrls(database_url, redis_url, embedded, embedded)
    check_database_clock(database_url)
    # Anything that resolves URLs on its own (a CLI subprocess) must land on these servers.
    os.environ["DATABASE_URL"] = database_url
    os.environ["REDIS_URL"] = redis_url
    yield urls


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep ``--dist loadgroup`` grouping under pytest 9.2: pytest-xdist 3.8 marks a grouped
    test by appending ``@group`` to ``item._nodeid``, which pytest 9.2 no longer reads (its node
    ids are structured), so every ``xdist_group`` was silently ignored and its tests spread over
    the workers (pytest-dev/pytest-xdist#1386, fix pending in #1388). On a worker of a loadgroup
    run, the suffix is put on the id pytest reads; where xdist's own already took, nothing."""
    if not getattr(config.option, "loadgroup", False):
        return
    try:
        from _pytest.nodeid import coerce_node_id
    except ImportError:  # a pytest before structured node ids: xdist's own suffix is read
        return

    for item in items:
        names = {
            str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
            for mark in item.iter_markers("xdist_group")
        }
        suffix = "@" + "_".join(sorted(names))
        if names and not item.nodeid.endswith(suffix):
            item._id = coerce_node_id(item.nodeid + suffix)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Stop the embedded servers of this run, the fixture's and any an import started."""
    stop_embedded(HOME)
    shutil.rmtree(HOME, ignore_errors=True)


def check_database_clock(url: str) -> None:
    """Tests date their rows from this process's clock and the database stamps its own with
    now(): the two must agree (under ./dev test-clock, both are moved, or neither)."""
    with psycopg.connect(url, autocommit=True) as conn:
        database_now = conn.execute("SELECT now()").fetchone()[0]
    skew = abs(database_now - datetime.now(UTC))
    if skew > timedelta(minutes=5):
        pytest.exit(f"the database's clock is {skew} away from the tests' clock", returncode=3)
    if os.environ.get("STILLONTIME_TEST_CLOCK"):
        # ./dev test-clock: a process started without libfaketime tells the real time.
        real = subprocess.run(
            ["date", "+%s"], env={k: v for k, v in os.environ.items() if k != "LD_PRELOAD"},
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        moved = database_now - datetime.fromtimestamp(int(real.stdout), UTC)
        if abs(moved) < timedelta(minutes=1):
            pytest.exit("./dev test-clock: the clock did not move (libfaketime not loaded?)", 3)


@pytest.fixture(scope="session")
def template_database(server_urls: ServiceUrls) -> Iterator[str]:
    """A database migrated once; every test database is a copy of it."""
    name = f"sot_tpl_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_urls.database_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    # Under pytest-xdist every worker migrates its own template. The migrator's advisory lock is
    # per database, and the first migration creates the cluster-wide roles: on a server that
    # has never seen them, two workers would race on CREATE ROLE. One at a time per machine.
    with open(Path(tempfile.gettempdir()) / "stillontime-test-migrate.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        migrate(with_dbname(server_urls.database_url, name))
    yield name
    with psycopg.connect(server_urls.database_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def create_database(server_urls: ServiceUrls, template: str | None) -> str:
    name = f"sot_t_{uuid.uuid4().hex[:12]}"
    clause = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(server_urls.database_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{clause}')
    return name


def drop_database(server_urls: ServiceUrls, name: str) -> None:
    with psycopg.connect(server_urls.database_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def database(server_urls: ServiceUrls, template_database: str) -> Iterator[str]:
    """The URL of a fresh, migrated database that the pipeline's pool points at."""
    name = create_database(server_urls, template_database)
    url = with_dbname(server_urls.database_url, name)
    db.use_urls(ServiceUrls(url, server_urls.redis_url, False, False))
    yield url
    db.use_urls(None)
    drop_database(server_urls, name)


@pytest.fixture
def empty_database(server_urls: ServiceUrls) -> Iterator[str]:
    """The URL of a fresh database with nothing in it."""
    name = create_database(server_urls, None)
    yield with_dbname(server_urls.database_url, name)
    drop_database(server_urls, name)


@pytest.fixture
def conn(database: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection to the test database (triggers' effects are committed)."""
    with db.connect(url=database, autocommit=True) as connection:
        yield connection


@pytest.fixture
def redis_namespace(server_urls: ServiceUrls) -> Iterator[str]:
    """A Redis key prefix of this test's own; its keys are removed afterwards."""
    namespace = f"sot-test-{uuid.uuid4().hex[:10]}"
    yield namespace
    client = redis.Redis.from_url(server_urls.redis_url)
    keys = list(client.scan_iter(match=f"{namespace}*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture
def broker(server_urls: ServiceUrls, redis_namespace: str):
    """A real Redis broker in the test's namespace."""
    from pipeline.runtime.messaging import build_broker

    built = build_broker(server_urls.redis_url, namespace=redis_namespace)
    yield built
    built.close()


@pytest.fixture
def service_env(database: str, server_urls: ServiceUrls, redis_namespace: str) -> dict[str, str]:
    """The environment of a pipeline subprocess bound to this test's database and namespace."""
    return {
        **os.environ,
        "DATABASE_URL": database,
        "REDIS_URL": server_urls.redis_url,
        "STILLONTIME_REDIS_NAMESPACE": redis_namespace,
        "STILLONTIME_LOG_FORMAT": "json",
        "STILLONTIME_WORKER_POLL_MS": "10",
        "STILLONTIME_MIN_BACKOFF_MS": "20",
        "STILLONTIME_MAX_BACKOFF_MS": "200",
        "STILLONTIME_MAX_RETRIES": "3",
        # No test reaches the internet: the route and weather stages use their offline
        # providers unless a test points them at a fake server (tests/support/fake_outside.py).
        "STILLONTIME_ROUTE_PROVIDER": "offline",
        "STILLONTIME_GEOCODE_PROVIDER": "offline",
        "STILLONTIME_WEATHER_PROVIDER": "offline",
        "PYTHONPATH": str(REPO),
    }


@pytest.fixture
def start_service(
    service_env: dict[str, str], tmp_path: Path
) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start ``python -m pipeline ARGS`` as a real process; all are stopped at teardown."""
    started: list[subprocess.Popen[bytes]] = []

    def start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        log = open(tmp_path / f"{args[0]}-{len(started)}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", *args],
            env={**service_env, **(env or {})},
            cwd=REPO,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.terminate()
    for process in started:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def run_in_thread() -> Iterator[Callable[[Callable[[threading.Event], None]], threading.Event]]:
    """Run ``loop(stop)`` in a thread; the stop event is set and the thread joined at teardown."""
    running: list[tuple[threading.Thread, threading.Event]] = []

    def run(loop: Callable[[threading.Event], None]) -> threading.Event:
        stop = threading.Event()
        thread = threading.Thread(target=loop, args=(stop,), daemon=True)
        thread.start()
        running.append((thread, stop))
        return stop

    yield run
    for thread, stop in running:
        stop.set()
        thread.join(timeout=30)
