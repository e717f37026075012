"""All database calls of the notify stage."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pipeline.db.sqlfile import load_queries
from pipeline.notify.logic import ChannelRef, Planned
from pipeline.notify.summary import Summary

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


def lock_schedule(conn: psycopg.Connection, schedule_id: uuid.UUID) -> None:
    conn.execute(QUERIES["notify_lock_schedule"], {"schedule_id": schedule_id})


def load_inputs(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any]:
    """The schedule (with the user's settings), route plan, weather, calendar event, summary."""
    p = {"schedule_id": schedule_id}
    names = {"schedule": "notify_schedule_get", "route": "notify_route_plan_get",
             "weather": "notify_weather_get", "calendar": "notify_calendar_event_get",
             "summary": "summaries_get"}  # fmt: skip
    with conn.pipeline():  # five reads, one round trip
        cursors = {key: conn.execute(QUERIES[name], p) for key, name in names.items()}
    return {key: cursor.fetchone() for key, cursor in cursors.items()}


def save_summary(
    conn: psycopg.Connection,
    schedule: dict[str, Any],
    summary: Summary,
    timeline: dict[str, Any],
    route_revision: int,
    weather_revision: int | None,
    changes: list[dict[str, Any]],
    now: datetime,
) -> None:
    conn.execute(
        QUERIES["summaries_upsert"],
        {
            "user_id": schedule["user_id"],
            "schedule_id": schedule["id"],
            "schedule_version": schedule["version"],
            "language": summary.language,
            "content": summary.text,
            "html_content": summary.html,
            "timeline": Jsonb(timeline),
            "weather_summary": summary.weather_summary,
            "warnings": Jsonb(list(summary.warnings)),
            "route_revision": route_revision,
            "weather_revision": weather_revision,
            "changes": Jsonb(changes),
            "now": now,
        },
    )


def channels(conn: psycopg.Connection, user_id: uuid.UUID) -> list[ChannelRef]:
    """The user's enabled channels (none configured: the local outbox)."""
    from pipeline.notify.logic import LOCAL

    rows = conn.execute(QUERIES["notification_channels_list_enabled"], {"user_id": user_id})
    found = [ChannelRef(r["name"], r["kind"]) for r in rows]
    return found or [LOCAL]


def review_channels(conn: psycopg.Connection, user_id: uuid.UUID) -> list[ChannelRef]:
    """Where review-loop messages go: the user's own Gmail when their grant may send (so a
    reply reaches the poller), else their configured channels."""
    from pipeline.notify.logic import GMAIL, can_send_gmail
    from pipeline.outside.scopes import GMAIL_SEND_SCOPE

    grant = conn.execute(QUERIES["notify_google_grant"], {"user_id": user_id}).fetchone()
    return [GMAIL] if can_send_gmail(grant, GMAIL_SEND_SCOPE) else channels(conn, user_id)


def review_task(conn: psycopg.Connection, schedule: dict[str, Any]) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["notify_review_task_get"],
        {"schedule_id": schedule["id"], "version": schedule["version"]},
    ).fetchone()


def unreadable(conn: psycopg.Connection, unreadable_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(QUERIES["notify_unreadable_get"], {"id": unreadable_id}).fetchone()


def answer(conn: psycopg.Connection, answer_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(QUERIES["notify_answer_get"], {"id": answer_id}).fetchone()


def insert_notifications(
    conn: psycopg.Connection, schedule: dict[str, Any], planned: list[Planned]
) -> int:
    """Insert each planned notification once; returns how many rows were new or re-timed."""
    rows = [
        {
            "user_id": schedule["user_id"],
            "schedule_id": schedule["id"],
            "schedule_version": schedule["version"],
            "channel": item.channel.kind,
            "channel_name": item.channel.name,
            "template": item.template,
            "idempotency_key": item.key,
            "subject": item.subject,
            "message": item.message,
            "data": Jsonb(item.data) if item.data else None,
            "scheduled_for": item.scheduled_for,
        }
        for item in planned
    ]
    with conn.pipeline():  # every insert in one round trip
        cursors = [conn.execute(QUERIES["notifications_insert"], row) for row in rows]
    return sum(cursor.fetchone() is not None for cursor in cursors)


def cancel_stale(
    conn: psycopg.Connection,
    schedule_id: uuid.UUID,
    *,
    below_version: int | None,
    only_scheduled: bool,
) -> int:
    return conn.execute(
        QUERIES["notifications_cancel_stale"],
        {
            "schedule_id": schedule_id,
            "below_version": below_version,
            "only_scheduled": only_scheduled,
        },
    ).rowcount


def claim_one(conn: psycopg.Connection, notification_id: uuid.UUID, now: datetime):
    return conn.execute(
        QUERIES["notifications_claim_one"], {"id": notification_id, "now": now}
    ).fetchone()


def claim_due(conn: psycopg.Connection, now: datetime, limit: int) -> list[dict[str, Any]]:
    return conn.execute(QUERIES["notifications_claim_due"], {"now": now, "limit": limit}).fetchall()


def mark_sent(
    conn: psycopg.Connection, notification_id: uuid.UUID, external_id: str | None, now: datetime
) -> None:
    conn.execute(
        QUERIES["notifications_mark_sent"],
        {"id": notification_id, "external_id": external_id, "now": now},
    )


def mark_failed(
    conn: psycopg.Connection,
    notification_id: uuid.UUID,
    error: str,
    next_attempt_at: datetime | None,
) -> None:
    conn.execute(
        QUERIES["notifications_mark_failed"],
        {"id": notification_id, "error": error[:2000], "next_attempt_at": next_attempt_at},
    )


def release_stale(conn: psycopg.Connection, now: datetime, stale_after: timedelta) -> int:
    return len(
        conn.execute(
            QUERIES["notifications_release_stale"], {"now": now, "stale_after": stale_after}
        ).fetchall()
    )


def channel_row(conn: psycopg.Connection, user_id: uuid.UUID, name: str) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["notification_channels_get"], {"user_id": user_id, "name": name}
    ).fetchone()


def save_channel(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    name: str,
    kind: str,
    url_encrypted: bytes | None,
    key_id: str | None,
    url_hint: str | None,
) -> uuid.UUID:
    return conn.execute(
        QUERIES["notification_channels_upsert"],
        {
            "user_id": user_id,
            "name": name,
            "kind": kind,
            "url_encrypted": url_encrypted,
            "key_id": key_id,
            "url_hint": url_hint,
        },
    ).fetchone()["id"]


def delete_channel(conn: psycopg.Connection, user_id: uuid.UUID, name: str) -> int:
    return conn.execute(
        QUERIES["notification_channels_delete"], {"user_id": user_id, "name": name}
    ).rowcount


def list_channels(conn: psycopg.Connection, user_id: uuid.UUID) -> list[dict[str, Any]]:
    return conn.execute(QUERIES["notification_channels_list"], {"user_id": user_id}).fetchall()


def list_notifications(
    conn: psycopg.Connection, user_id: uuid.UUID | None, status: str | None, limit: int
) -> list[dict[str, Any]]:
    return conn.execute(
        QUERIES["notifications_list"], {"user_id": user_id, "status": status, "limit": limit}
    ).fetchall()


def schedules_with_errors(conn: psycopg.Connection, now: datetime, limit: int = 100):
    return conn.execute(
        QUERIES["notify_schedules_with_errors"], {"now": now, "limit": limit}
    ).fetchall()


def rotate_channel_urls(conn: psycopg.Connection, vault: Any) -> int:
    """Re-encrypt every channel URL under the vault's current key; returns how many changed."""
    changed = 0
    for row in conn.execute(QUERIES["notification_channels_list_for_rotation"]).fetchall():
        if row["key_id"] == vault.key_id:
            continue
        conn.execute(
            QUERIES["notification_channels_update_ciphertext"],
            {
                "id": row["id"],
                "url_encrypted": vault.rotate(row["url_encrypted"]),
                "key_id": vault.key_id,
            },
        )
        changed += 1
    return changed
