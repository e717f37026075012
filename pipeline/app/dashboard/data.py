"""What the dashboard shows, read as ``stillontime_reporting`` (every user's rows, no writes).

The figures are ``stillontime status``'s (``gather_status``) and the metrics' dispatch lag;
the stages' panels and day views are the named queries their ``stage.py`` declares; queue
depths come from the broker's Redis keys. Nothing here writes: replay and the stages' actions
go through the command line's own functions (``server.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg

from pipeline.app.status import gather_status
from pipeline.db import QUERIES
from pipeline.runtime.stage import Action, Stage
from pipeline.runtime.stages import stages

READER_ROLE = "stillontime_reporting"


@contextmanager
def reading(conn: psycopg.Connection) -> Iterator[psycopg.Connection]:
    """A read-only transaction on ``conn`` as the reporting role (db/0012): it reads every
    user's rows and can write none, whoever ``conn`` logged in as."""
    with conn.transaction():
        conn.execute(f"SET LOCAL ROLE {READER_ROLE}")
        conn.execute("SET LOCAL transaction_read_only = on")
        conn.execute("SET LOCAL TIME ZONE 'UTC'")  # the page says UTC, whatever the server's
        yield conn


@dataclass(frozen=True)
class PanelView:
    """A stage's panel as shown: its rows, and the actions each row offers."""

    stage: str
    title: str
    rows: list[dict[str, Any]]
    actions: tuple[Action, ...]


def snapshot(
    conn: psycopg.Connection,
    redis: Any,
    namespace: str,
    queues: Sequence[str],
    *,
    limit: int = 20,
    registered: Sequence[Stage] | None = None,
) -> dict[str, Any]:
    """Everything the page shows: ``gather_status``'s snapshot, the dispatch lag, the queue
    depths and the stages' panels."""
    registered = stages() if registered is None else registered
    with reading(conn):
        found = gather_status(conn, limit=limit, registered=registered)
        found["dispatch_lag"] = dict(conn.execute(QUERIES["metrics_dispatch_lag"]).fetchone())
        found["panels"] = [
            PanelView(
                stage.name, panel.title, _rows(conn, stage, panel.query, limit), panel.actions
            )
            for stage in registered
            if stage.dashboard
            for panel in stage.dashboard.panels
        ]
    found["queues"] = queue_depths(redis, namespace, queues)
    return found


def day(
    conn: psycopg.Connection, schedule_id: uuid.UUID, registered: Sequence[Stage] | None = None
) -> list[tuple[str, list[dict[str, Any]]]]:
    """A schedule's day: each stage's headings (its ``dashboard.day``) with their rows, in the
    registry's order."""
    registered = stages() if registered is None else registered
    parts = []
    with reading(conn):
        for stage in registered:
            for heading, name in (stage.dashboard.day if stage.dashboard else {}).items():
                rows = conn.execute(stage.query(name), {"schedule_id": schedule_id}).fetchall()
                parts.append((heading, rows))
    return parts


def queue_depths(redis: Any, namespace: str, queues: Sequence[str]) -> list[dict[str, Any]]:
    """Per queue: messages waiting in Redis, taken by a worker and not yet acknowledged (running
    or prefetched), waiting out a retry's backoff (Dramatiq's delay queue), and in Dramatiq's
    own dead-letter queue. The keys are Dramatiq's Redis broker's (brokers/redis/dispatch.lua)."""
    depths = []
    for queue in queues:
        base = f"{namespace}:{queue}"
        with redis.pipeline(transaction=False) as pipe:
            pipe.llen(base)
            pipe.hlen(f"{base}.msgs")
            pipe.hlen(f"{base}.DQ.msgs")
            pipe.hlen(f"{base}.XQ.msgs")
            waiting, unacked, delayed, dead = pipe.execute()
        taken = max(0, unacked - waiting)
        depths.append(
            {"queue": queue, "waiting": waiting, "taken": taken, "delayed": delayed, "dead": dead}
        )
    return depths


def _rows(conn: psycopg.Connection, stage: Stage, query: str, limit: int) -> list[dict[str, Any]]:
    return conn.execute(stage.query(query), {"limit": limit}).fetchall()
