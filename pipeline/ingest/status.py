"""The ingest stage's part of ``stillontime status``: users whose mail is not being read."""

from __future__ import annotations

from typing import Any

import psycopg

from pipeline.ingest import store


def ingest_problems(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """One entry per user with an unusable Google grant or a failing Gmail sync."""
    problems = []
    for row in store.sync_problems(conn):
        if row["grant_status"] != "active":
            message = f"Google grant {row['grant_status']}: {row['grant_error']}"
            message += " (run `stillontime auth google` or `auth import` again)"
        else:
            message = (
                f"Gmail sync failing ({row['consecutive_failures']} passes): {row['sync_error']}"
            )
        problems.append(
            {
                "email": row["email"],
                "grant_status": row["grant_status"],
                "message": message,
                "since": row["last_error_at"].isoformat() if row["last_error_at"] else None,
            }
        )
    return problems
