"""What ``stillontime status`` shows: counts per stage and status, outbox lag, dead letters."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import psycopg

from pipeline.db import QUERIES
from pipeline.ingest.status import ingest_problems


def gather_status(conn: psycopg.Connection, *, limit: int = 10) -> dict[str, Any]:
    """A JSON-ready snapshot of the pipeline."""
    counts: dict[str, dict[str, int]] = {}
    for row in conn.execute(QUERIES["status_counts"]):
        counts.setdefault(row["stage"], {})[f"{row['tbl']}.{row['status']}"] = row["n"]
    outbox = conn.execute(QUERIES["events_oldest_undispatched"]).fetchone()
    dead = conn.execute(QUERIES["event_deliveries_list_dead"], {"limit": limit}).fetchall()
    failures = conn.execute(QUERIES["status_recent_failures"], {"limit": limit}).fetchall()
    services = conn.execute(QUERIES["status_services"], {"limit": 50}).fetchall()
    troubled = conn.execute(QUERIES["status_deliveries_troubled"]).fetchall()
    return {
        "stages": counts,
        "outbox": {
            "undispatched": outbox["undispatched"],
            "oldest_undispatched_age_s": outbox["oldest_age_s"],
        },
        "dead_letters": [_jsonable(r) for r in dead],
        "recent_failures": [_jsonable(r) for r in failures],
        # Processes seen in the last day (running, stopped, lost) and what they rode through
        "services": [_jsonable(r) for r in services],
        # Deliveries of the last hour that took more than one try
        "deliveries_retried": [_jsonable(r) for r in troubled],
        "ingest_problems": ingest_problems(conn),
    }


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, datetime):
            return value.isoformat()
        return value

    return {key: plain(value) for key, value in row.items()}
