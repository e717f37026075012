"""The ingest stage's part of ``stillontime status``: users whose mail is not being read.

It reads the stage's queries through its plug, not through ``store``: ``status`` must start
at once, and the store imports the mail parser."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.ingest.stage import STAGE
from pipeline.outside.scopes import GMAIL_SEND_SCOPE

if TYPE_CHECKING:
    import psycopg


def ingest_problems(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """One entry per user with an unusable Google grant, a failing Gmail sync or push watch,
    a grant that cannot send review messages, or a reply of their own refused lately."""
    # Sent together, read after (in a pipeline, as ``status`` runs it: one round trip)
    syncs = conn.execute(STAGE.query("gmail_sync_state_list_problems"))
    watches = conn.execute(STAGE.query("gmail_watches_list_problems"))
    replies = conn.execute(
        STAGE.query("review_replies_list_problems"), {"send_scope": GMAIL_SEND_SCOPE}
    )
    problems = []
    for row in syncs.fetchall():
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
    for row in watches.fetchall():
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
    for row in replies.fetchall():
        if row["problem"] == "no gmail.send":
            message = (
                "review messages cannot be sent from this user's Gmail (the grant has no "
                "gmail.send): run `stillontime auth google` again to answer reviews by reply"
            )
        else:
            message = f"a reply of the user's own was refused: {row['detail']}"
        problems.append(
            {
                "email": row["email"],
                "grant_status": row["grant_status"],
                "message": message,
                "since": row["since"].isoformat() if row["since"] else None,
            }
        )
    return problems
