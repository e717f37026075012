"""What ``stillontime status`` shows: counts per stage and status, outbox lag, dead letters.

The core counts its own rows; each registered stage counts its own with the queries its
``stage.py`` declares, and the snapshot combines them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import psycopg

from pipeline.db import QUERIES
from pipeline.runtime.stage import Stage, resolve
from pipeline.runtime.stages import stages
from pipeline.text import one_line


def record_counts(
    conn: psycopg.Connection, registered: Sequence[Stage] | None = None
) -> list[dict[str, Any]]:
    """Rows ``(stage, tbl, status, n)``: the core's and every stage's, by stage, table, status."""
    return _sorted_counts(_send_counts(conn, stages() if registered is None else registered))


def _send_counts(conn: psycopg.Connection, registered: Sequence[Stage]) -> list[psycopg.Cursor]:
    sent = [conn.execute(QUERIES["status_counts"])]
    for stage in registered:
        sent += [conn.execute(stage.query(name)) for name in stage.status_queries]
    return sent


def _sorted_counts(sent: Sequence[psycopg.Cursor]) -> list[dict[str, Any]]:
    rows = [row for cursor in sent for row in cursor.fetchall()]
    return sorted(rows, key=lambda r: (r["stage"], r["tbl"], str(r["status"])))


def recent_failures(
    conn: psycopg.Connection, limit: int, registered: Sequence[Stage] | None = None
) -> list[dict[str, Any]]:
    """The latest ``limit`` failures the stages recorded on their own rows, newest first."""
    registered = stages() if registered is None else registered
    return _newest_failures(_send_failures(conn, limit, registered), limit)


def _send_failures(
    conn: psycopg.Connection, limit: int, registered: Sequence[Stage]
) -> list[psycopg.Cursor]:
    return [
        conn.execute(stage.query(name), {"limit": limit})
        for stage in registered
        for name in stage.failure_queries
    ]


def _newest_failures(sent: Sequence[psycopg.Cursor], limit: int) -> list[dict[str, Any]]:
    rows = [row for cursor in sent for row in cursor.fetchall()]
    dated = sorted((r for r in rows if r["at"] is not None), key=lambda r: r["at"], reverse=True)
    return (dated + [r for r in rows if r["at"] is None])[:limit]


def gather_status(
    conn: psycopg.Connection, *, limit: int = 10, registered: Sequence[Stage] | None = None
) -> dict[str, Any]:
    """A JSON-ready snapshot of the pipeline (``registered``: default the registry's stages)."""
    registered = stages() if registered is None else registered
    # Every query is sent before any answer is read (pipeline mode): a round trip or two in
    # all rather than one per query (about twenty).
    with conn.pipeline():
        counts = _send_counts(conn, registered)
        outbox = conn.execute(QUERIES["events_oldest_undispatched"])
        dead = conn.execute(QUERIES["event_deliveries_list_dead"], {"limit": limit})
        failures = _send_failures(conn, limit, registered)
        services = conn.execute(QUERIES["status_services"], {"limit": 50})
        troubled = conn.execute(QUERIES["status_deliveries_troubled"])
        problems = {  # e.g. users whose mail is not being read
            f"{stage.name}_problems": resolve(stage.problems)(conn)
            for stage in registered
            if stage.problems
        }
    by_stage: dict[str, dict[str, int]] = {}
    for row in _sorted_counts(counts):
        by_stage.setdefault(row["stage"], {})[f"{row['tbl']}.{row['status']}"] = row["n"]
    lag = outbox.fetchone()
    return {
        "stages": by_stage,
        "outbox": {
            "undispatched": lag["undispatched"],
            "oldest_undispatched_age_s": lag["oldest_age_s"],
        },
        "dead_letters": [_jsonable(r) for r in dead.fetchall()],
        "recent_failures": [_jsonable(r) for r in _newest_failures(failures, limit)],
        # Processes seen in the last day (running, stopped, lost) and what they rode through
        "services": [_jsonable(r) for r in services.fetchall()],
        # Deliveries of the last hour that took more than one try
        "deliveries_retried": [_jsonable(r) for r in troubled.fetchall()],
        **problems,
    }


def problem_lines(snapshot: dict[str, Any]) -> list[str]:
    """The stages' problems in the snapshot, one line each, for a person."""
    from rich.markup import escape

    return [
        f"[red]{key.removesuffix('_problems')}:[/] {escape(one_line(problem['email']))}: "
        f"{escape(one_line(problem['message']))}"
        for key in snapshot
        if key.endswith("_problems")
        for problem in snapshot[key]
    ]


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, datetime):
            return value.isoformat()
        return value

    return {key: plain(value) for key, value in row.items()}
