"""Which service processes run, which stopped, which were lost, and what troubled them.

Each long-running process (dispatcher, scheduler, poller, every Dramatiq worker process) keeps
one row in ``service_instances``: made when it starts, its ``last_seen_at`` moved every beat
by a daemon thread, ``stopped_at`` set when it stops cleanly. A row that stopped beating
without a stop is a process that died (SIGKILL, out of memory, its host gone): ``status``
shows it as lost. What the process rode through (its database gone, its LISTEN connection cut,
the broker refusing) is counted on the row, so a fault that healed still shows.

The thread has a connection of its own, not the pool's: a database restart breaks it, so even
a restart too quick for any other query to notice is counted. Recording never fails or blocks
the service: a beat that cannot be written is tried again at the next one.
"""

from __future__ import annotations

import os
import socket
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

import dramatiq
import psycopg
import structlog
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from pipeline import db
from pipeline.runtime.deliveries import describe

log = structlog.get_logger("stillontime.instances")

Kind = Literal["dispatcher", "worker", "scheduler", "poller"]
Trouble = Literal["database", "listen", "broker"]


class ServiceInstance:
    """The row of this process; ``start`` it, note ``trouble``, ``stop`` it on the way out."""

    def __init__(self, kind: Kind, *, url: str | None = None, beat_s: float | None = None):
        from pipeline.settings import get_settings

        self.kind = kind
        self.url = url
        self.beat_s = beat_s or get_settings().instance_beat_s
        self.id: object | None = None
        self._troubles: Counter[str] = Counter()
        self._last_error: str | None = None
        self._lock = threading.Lock()
        self._beating = threading.Lock()
        self._stop = threading.Event()
        self._conn: psycopg.Connection | None = None
        self._reachable = True  # count each loss of the database once, not each failed beat
        self._thread = threading.Thread(target=self._run, name=f"{kind}-instance", daemon=True)

    def start(self) -> ServiceInstance:
        self._beat()  # registered before the service does anything, when the database is up
        self._thread.start()
        return self

    def trouble(self, what: Trouble, error: BaseException | str) -> None:
        """Count one ``what`` this process rode through; written with the next beat."""
        with self._lock:
            self._troubles[what] += 1
            self._last_error = f"{what}: {error if isinstance(error, str) else describe(error)}"

    def stop(self) -> None:
        """Record a clean stop (best effort: a stop the database misses shows as lost)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=self.beat_s + 5)
        self._beat(stopping=True)
        if self._conn is not None:
            self._conn.close()

    def _run(self) -> None:
        while not self._stop.wait(self.beat_s):
            self._beat()

    def _beat(self, *, stopping: bool = False) -> None:
        with self._beating:  # the last beat of stop() may meet a late one of the thread
            self._beat_once(stopping)

    def _beat_once(self, stopping: bool) -> None:
        try:
            conn = self._connection()
            if self.id is None:
                self.id = conn.execute(
                    db.QUERIES["service_instances_register"],
                    {"kind": self.kind, "host": socket.gethostname(), "pid": os.getpid(),
                     "interval": self.beat_s},
                ).fetchone()["id"]  # fmt: skip
            with self._lock:
                troubles, last_error = dict(self._troubles), self._last_error
            conn.execute(
                db.QUERIES["service_instances_beat"],
                {"id": self.id, "troubles": Jsonb(troubles), "last_error": last_error,
                 "stopping": stopping},
            )  # fmt: skip
            self._reachable = True
        except psycopg.Error as exc:
            log.warning("cannot record this process's beat", kind=self.kind, error=describe(exc))
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            if self._reachable:
                self.trouble("database", exc)
            self._reachable = False

    def _connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed or self._conn.broken:
            # Bounded waits: a database that hangs must not hang the service's stop
            self._conn = psycopg.connect(self.url or db.database_url(), autocommit=True,
                                         row_factory=dict_row, connect_timeout=5)  # fmt: skip
            self._conn.execute("SET statement_timeout = '5s'")
        return self._conn


@contextmanager
def running(kind: Kind) -> Iterator[ServiceInstance]:
    """This process's row for as long as the block runs; a clean exit records the stop."""
    instance = ServiceInstance(kind).start()
    try:
        yield instance
    finally:
        instance.stop()


class InstanceTracking(dramatiq.Middleware):
    """Gives every Dramatiq worker process its row (hooks run only in workers)."""

    def __init__(self) -> None:
        self.instance: ServiceInstance | None = None

    def before_worker_boot(self, broker: dramatiq.Broker, worker: Any) -> None:
        # Before the consumers start: every start of a message names the row (db/0026).
        self.instance = ServiceInstance("worker").start()

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: Any) -> None:
        # After the worker threads have finished their messages, not before: until then the
        # process still runs them, and the killer guard must not take it for gone (db/0026).
        if self.instance is not None:
            self.instance.stop()

    def instance_id(self) -> object | None:
        """This worker process's row id; None before boot, or while the database is away (a
        row the boot could not make is made now)."""
        if self.instance is None:
            return None
        if self.instance.id is None:
            self.instance._beat()
        return self.instance.id
