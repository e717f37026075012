"""The ingest stage's part of ``stillontime status``: users whose mail is not being read."""

from __future__ import annotations

from typing import Any

import psycopg

from pipeline.ingest import store


def ingest_problems(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """One entry per user with an unusable Google grant, a failing Gmail sync or push watch."""
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
    for row in store.watch_problems(conn):
        expiry = row["expires_at"].isoformat() if row["expires_at"] else "none"
        problems.append(
            {
                "email": row["email"],
                "grant_status": row["grant_status"],
                "message": f"Gmail push watch failing (current expires {expiry}): "
                f"{row['last_error']}",
                "since": row["last_error_at"].isoformat(),
            }
        )
    return problems
