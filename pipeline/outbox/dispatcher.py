"""The dispatcher: LISTENs for events, claims them from the outbox and sends them to actors.

NOTIFY is only a wake-up hint; the sweep of the outbox (on start and every few seconds) is the
guarantee, so a lost notification costs latency, never an event. Rows are claimed with
``FOR UPDATE SKIP LOCKED`` and marked dispatched in the same transaction, so two dispatchers
never send the same row.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import dramatiq
import psycopg
import redis
import structlog
from psycopg import sql
from tenacity import (
    RetryError,
    Retrying,
    retry_if_exception_type,
    wait_exponential,
    wait_random,
)

try:
    from dramatiq.errors import BrokerConnectionError
except ImportError:  # dramatiq before the rename
    from dramatiq.errors import ConnectionError as BrokerConnectionError

from pipeline import db
from pipeline.events import EVENT_KINDS
from pipeline.outbox.routing import ROUTES, Route
from pipeline.runtime import health
from pipeline.runtime.deliveries import EVENT_ID_OPTION, TOKEN_OPTION
from pipeline.runtime.instances import ServiceInstance, Trouble
from pipeline.settings import get_settings

log = structlog.get_logger("stillontime.dispatcher")

# The LISTEN session's name in pg_stat_activity (its last query is often a keep-alive SELECT 1).
LISTEN_APPLICATION = "stillontime dispatcher listen"
# Seconds between two touches of the heartbeat file (health checks allow at least 30).
BEAT_EVERY_S = 1.0


@dataclass(frozen=True)
class DispatchResult:
    """What one pass did."""

    events: int = 0
    messages: int = 0

    def __add__(self, other: DispatchResult) -> DispatchResult:
        return DispatchResult(self.events + other.events, self.messages + other.messages)


class Dispatcher:
    """Fans outbox events out to the actors routed for their kind.

    Parameters
    ----------
    broker:
        Where messages go.
    url:
        The database; the pipeline's own by default.
    routes:
        Kind to actors; ``pipeline.outbox.routing.ROUTES`` by default.
    batch_size, sweep_interval:
        Rows claimed per transaction, and seconds between sweeps.
    instance:
        This process's row, on which the troubles it rides through are counted.
    """

    def __init__(
        self,
        broker: dramatiq.Broker,
        *,
        url: str | None = None,
        routes: Mapping[str, tuple[Route, ...]] | None = None,
        batch_size: int | None = None,
        sweep_interval: float | None = None,
        instance: ServiceInstance | None = None,
    ) -> None:
        settings = get_settings()
        self.broker = broker
        self.url = url or db.database_url()
        self.routes = routes
        self.batch_size = batch_size or settings.dispatch_batch
        self.sweep_interval = sweep_interval or settings.sweep_interval
        if self.batch_size < 1 or self.sweep_interval <= 0:
            raise ValueError("batch_size must be >= 1 and sweep_interval > 0")
        self._work: psycopg.Connection | None = None
        self._beaten = float("-inf")  # when this dispatcher last touched its heartbeat
        self._listen: psycopg.Connection | None = None
        self.instance = instance
        self._routes_cache: tuple[list[str], list[str], list[str]] | None = None
        # Whether the database has been told which kinds this dispatcher routes (db/0035).
        self._kinds_marked = False
        # Told at once (an event written before the first pass must find its kind marked);
        # if the database is unreachable now, at the first connection of a pass.
        with contextlib.suppress(psycopg.Error), db.connect(url=self.url, autocommit=True) as c:
            self._mark_routed_kinds(c)

    # -- one pass ---------------------------------------------------------------------------

    def run_once(self) -> DispatchResult:
        """Dispatch every undispatched event, batch by batch, until a short batch."""
        total = DispatchResult()
        while True:
            result = self._dispatch_batch()
            total += result
            if result.events < self.batch_size:
                return total

    def _dispatch_batch(self) -> DispatchResult:
        conn = self._work_connection()
        kinds, actors, queues = self._route_arrays()
        params = {"limit": self.batch_size, "kinds": kinds, "actors": actors, "queues": queues}
        # BEGIN and the pass's one statement (claim, mark, deliveries: db/0029) in one round
        # trip; the messages go to Redis in one more, before the commit (at least once: a
        # crash before the commit leaves the events undispatched for the next pass).
        claim = db.QUERIES["events_dispatch_batch"]
        with db.begun(conn, lambda c: c.execute(claim, params)) as cur:
            rows = cur.fetchall()
            messages = [_message(row) for row in rows if row["actor_name"] is not None]
            _enqueue(self.broker, messages)
        events = len({row["event_id"] for row in rows})
        if rows:
            last = rows[-1]["event_id"]
            log.debug("dispatched", events=events, messages=len(messages), last_event_id=last)
        return DispatchResult(events, len(messages))

    def _route_arrays(self) -> tuple[list[str], list[str], list[str]]:
        """The routes as the database takes them: kinds, actors and queues, side by side."""
        if self._routes_cache is None:
            table = ROUTES if self.routes is None else self.routes
            flat = [(kind, r.actor_name, r.queue_name) for kind, rs in table.items() for r in rs]
            self._routes_cache = (
                [k for k, _, _ in flat],
                [a for _, a, _ in flat],
                [q for _, _, q in flat],
            )
        return self._routes_cache

    def _work_connection(self) -> psycopg.Connection:
        if self._work is None or self._work.closed or self._work.broken:
            self._work = db.connect(url=self.url)
            # A pass commits without waiting for the disk: the workers wait for its delivery
            # rows (pipeline/runtime/deliveries.py). Lost in a crash of the database server,
            # the pass's events are undispatched again and sent a second time (at least once,
            # as after a dispatcher killed before its commit), never lost.
            self._work.execute("SET synchronous_commit = off")
            self._work.commit()
            if not self._kinds_marked:
                self._mark_routed_kinds(self._work)
                self._work.commit()
        return self._work

    def _mark_routed_kinds(self, conn: psycopg.Connection) -> None:
        """Tell the database every kind this dispatcher routes (events_route_kinds, db/0035):
        an event of a kind marked unrouted is written already dispatched and announced to no
        one, so a kind a stage consumes must never stay marked so, even if the migration that
        should have marked it was forgotten. Marks only that way, never back."""
        kinds = sorted(set(self._route_arrays()[0]))
        marked = conn.execute(db.QUERIES["event_kinds_route"], {"kinds": kinds})
        changed = [r["kind"] for r in marked]
        if changed:
            log.warning("event kinds marked routed", kinds=changed)
        self._kinds_marked = True

    # -- the loop ---------------------------------------------------------------------------

    def run_forever(self, stop: threading.Event) -> None:
        """Sweep, then wait for notifications (or the sweep interval) and sweep again.

        Idle, the loop sleeps on its LISTEN socket until a notification, the next sweep or a
        stop request, whichever comes first (psycopg's own ``notifies(timeout=...)`` wakes
        every 100 ms and spins near its deadline): an idle dispatcher wakes once a sweep.
        """
        log.info("dispatcher started", sweep_interval=self.sweep_interval)
        woken_by_stop = _stop_socket(stop)
        try:
            self._safe_run_once()
            next_sweep = time.monotonic() + self.sweep_interval
            while not stop.is_set():
                listener = self._listen_connection(stop)
                if listener is None:
                    break
                wait = max(0.0, next_sweep - time.monotonic())
                try:
                    woken = _wait_for_notify(listener, wait, woken_by_stop)
                    if stop.is_set():
                        break
                    if not woken and time.monotonic() >= next_sweep:
                        # A quiet interval: prove the LISTEN connection is still alive.
                        listener.execute("SELECT 1")
                except psycopg.OperationalError as exc:
                    log.warning("listen connection lost; reconnecting", error=str(exc))
                    self._trouble("listen", exc)
                    self._close_listener()
                    continue  # reconnecting sweeps
                if woken or time.monotonic() >= next_sweep:
                    self._safe_run_once()
                    next_sweep = time.monotonic() + self.sweep_interval
        finally:
            woken_by_stop.close()
        self.close()
        log.info("dispatcher stopped")

    def _safe_run_once(self) -> None:
        try:
            self.run_once()
            # The heartbeat (a file touched, 4 system calls) once a second at most: under load
            # a pass runs every few milliseconds, and a health check allows 30 s or more.
            if time.monotonic() - self._beaten >= BEAT_EVERY_S:
                health.beat("dispatcher")
                self._beaten = time.monotonic()
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            log.warning("database unavailable; will sweep again", error=str(exc))
            self._trouble("database", exc)
            if self._work is not None:
                self._work.close()
            self._work = None
        except (BrokerConnectionError, redis.RedisError) as exc:
            # (The Redis broker lets redis-py's own errors through.) The pass rolled back: its
            # events stay undispatched for the next sweep, and the dispatcher stays up.
            log.warning("broker unavailable; will sweep again", error=str(exc))
            self._trouble("broker", exc)

    def _trouble(self, what: Trouble, exc: BaseException) -> None:
        if self.instance is not None:
            self.instance.trouble(what, exc)

    def _listen_connection(self, stop: threading.Event) -> psycopg.Connection | None:
        if self._listen is not None and not self._listen.closed and not self._listen.broken:
            return self._listen
        self._close_listener()
        retrying = Retrying(
            retry=retry_if_exception_type(psycopg.OperationalError),
            wait=wait_exponential(multiplier=0.1, max=10) + wait_random(0, 0.2),
            stop=lambda _state: stop.is_set(),
            before_sleep=lambda s: log.warning(
                "cannot LISTEN yet", attempt=s.attempt_number, error=str(s.outcome.exception())
            ),
        )
        try:
            for attempt in retrying:
                with attempt:
                    self._listen = self._open_listener()
        except RetryError:
            return None  # asked to stop while the database was away
        # Whatever was committed while we were not listening.
        self._safe_run_once()
        return self._listen

    def _open_listener(self) -> psycopg.Connection:
        # LISTEN needs autocommit and a session of its own (not a pooled, transaction-mode one).
        conn = db.connect(url=self.url, autocommit=True, application_name=LISTEN_APPLICATION)
        try:
            for kind in sorted(EVENT_KINDS):
                conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(kind)))
        except BaseException:
            conn.close()  # else each failed attempt of the retry loop leaves a session open
            raise
        log.info("listening", channels=len(EVENT_KINDS), backend_pid=conn.info.backend_pid)
        return conn

    def _close_listener(self) -> None:
        if self._listen is not None:
            self._listen.close()
        self._listen = None

    def close(self) -> None:
        """Close both connections."""
        self._close_listener()
        if self._work is not None:
            self._work.close()
            self._work = None

    @property
    def listen_backend_pid(self) -> int | None:
        """The server pid of the LISTEN connection (tests terminate it)."""
        return self._listen.info.backend_pid if self._listen and not self._listen.closed else None


def _stop_socket(stop: threading.Event) -> socket.socket:
    """A socket that becomes readable when ``stop`` is set (by a thread that blocks on it, so
    the loop can sleep on its sockets alone, and still stop at once)."""
    ours, theirs = socket.socketpair()

    def ring() -> None:
        stop.wait()
        with contextlib.suppress(OSError):  # the loop may have gone first
            theirs.send(b"s")
        theirs.close()

    threading.Thread(target=ring, name="dispatcher-stop", daemon=True).start()
    return ours


def _wait_for_notify(
    listener: psycopg.Connection, timeout: float, stop_socket: socket.socket
) -> bool:
    """Whether a notification came within ``timeout`` seconds (False also when stopped)."""
    # One received with an earlier statement waits in psycopg's backlog, not on the socket.
    if any(True for _ in listener.notifies(timeout=0, stop_after=1)):
        return True
    ready, _, _ = select.select([listener.fileno(), stop_socket], [], [], timeout)
    if listener.fileno() not in ready:
        return False
    return any(True for _ in listener.notifies(timeout=0, stop_after=1))


def _message(row: Mapping[str, Any]) -> dramatiq.Message[Any]:
    """The message of one delivery row: the event id, and the token the worker shows to work
    for the event's user (db/0019; options, unlike args, never appear in Dramatiq's logs)."""
    return dramatiq.Message(
        queue_name=row["queue_name"],
        actor_name=row["actor_name"],
        args=(row["event_id"],),
        kwargs={},
        options={EVENT_ID_OPTION: row["event_id"], TOKEN_OPTION: row["token"]},
        message_id=str(row["message_id"]),
    )


def _enqueue(broker: dramatiq.Broker, messages: Sequence[dramatiq.Message[Any]]) -> None:
    """All of a pass's messages, in one round trip if the broker can (the doorbell's can)."""
    many = getattr(broker, "enqueue_many", None)
    if many is not None:
        many(list(messages))
        return
    for message in messages:
        broker.enqueue(message)
