"""Inserts the rows tests need, with every required column filled."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg


def add_user(conn: psycopg.Connection, email: str | None = None) -> uuid.UUID:
    email = email or f"crew-{uuid.uuid4().hex[:8]}@example.com"
    row = conn.execute("INSERT INTO users (email) VALUES (%s) RETURNING id", (email,)).fetchone()
    conn.execute(
        "INSERT INTO user_configs (user_id, home_address) VALUES (%s, 'ul. Prosta 1, Warszawa')",
        (row["id"],),
    )
    return row["id"]


FIXTURE_SENT = "2026-03-02T09:00:00+00:00"  # before every date in tests/fixtures/callsheets.py


def add_email(
    conn: psycopg.Connection, user_id: uuid.UUID, status: str = "pending", **extra: Any
) -> uuid.UUID:
    row = conn.execute(
        """INSERT INTO processed_emails (user_id, message_id, subject, sender, received_at,
                                         processing_status, error, skip_reason)
           VALUES (%s, %s, 'Call sheet day 3', 'ad@production.example',
                   coalesce(%s, now()), %s, %s, %s)
           RETURNING id""",
        (
            user_id,
            extra.get("message_id", uuid.uuid4().hex),
            extra.get("received_at"),
            status,
            "test error" if status in ("failed", "error") else None,
            "test reason" if status == "skipped" else None,
        ),
    ).fetchone()
    return row["id"]


def add_schedule(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    email_id: uuid.UUID,
    status: str = "extracted",
    production: str | None = None,
) -> uuid.UUID:
    row = conn.execute(
        """INSERT INTO schedule_data (user_id, email_id, production, shooting_date, call_time,
                                      location, status, confidence_score)
           VALUES (%s, %s, %s, '2026-12-03', '07:00', 'Plac Defilad 1, Warszawa', %s, 0.90)
           RETURNING id""",
        (user_id, email_id, production or f"Production {uuid.uuid4().hex[:6]}", status),
    ).fetchone()
    return row["id"]


def add_schedule_chain(conn: psycopg.Connection, status: str = "extracted") -> dict[str, Any]:
    """A user, an email and a schedule for it."""
    user_id = add_user(conn)
    email_id = add_email(conn, user_id)
    schedule_id = add_schedule(conn, user_id, email_id, status)
    return {"user_id": user_id, "email_id": email_id, "schedule_id": schedule_id}


def add_calendar_event(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    schedule_id: uuid.UUID,
    status: str = "active",
    sync_status: str = "pending",
) -> uuid.UUID:
    row = conn.execute(
        """INSERT INTO calendar_events (user_id, schedule_id, schedule_version, provider,
                                        calendar_event_id, title, start_time, end_time,
                                        status, sync_status)
           VALUES (%s, %s, 1, 'ics', %s, 'Shoot', '2026-12-03 05:30+01', '2026-12-03 17:00+01',
                   %s, %s)
           RETURNING id""",
        (user_id, schedule_id, f"sot{uuid.uuid4().hex}", status, sync_status),
    ).fetchone()
    return row["id"]


def add_notification(
    conn: psycopg.Connection, user_id: uuid.UUID, status: str = "pending"
) -> uuid.UUID:
    row = conn.execute(
        """INSERT INTO notifications (user_id, channel, template, idempotency_key, subject,
                                      message, status, sent_at)
           VALUES (%s, 'local', 'schedule_processed', %s, 'Day 3', 'Call 07:00', %s,
                   CASE WHEN %s IN ('sent', 'delivered') THEN now() END)
           RETURNING id""",
        (user_id, uuid.uuid4().hex, status, status),
    ).fetchone()
    return row["id"]


def add_email_with_pdf(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    pdf: bytes,
    filename: str = "callsheet.pdf",
    received_at: str = FIXTURE_SENT,
) -> uuid.UUID:
    """An email carrying one PDF, as ingest records it (the insert emits email_received).

    Sent just before the generated sheets' dates (March 2026), so the reader's check of the
    shooting date against the email's date does not depend on today's date.
    """
    import hashlib

    with conn.transaction():  # one commit, as ingest does: the event must find the PDF
        email_id = add_email(conn, user_id, received_at=received_at)
        conn.execute(
            """INSERT INTO documents (user_id, email_id, filename, content_type, size_bytes,
                                      sha256, content)
               VALUES (%s, %s, %s, 'application/pdf', %s, %s, %s)""",
            (user_id, email_id, filename, len(pdf), hashlib.sha256(pdf).hexdigest(), pdf),
        )
    return email_id


def add_shooting_day(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    *,
    shooting_date: Any,
    call_time: str = "07:00",
    location: str = "Plac Defilad 1, Warszawa",
    base_location: str | None = None,
    pickup: bool = False,
    scene_type: str | None = "EXT",
) -> uuid.UUID:
    """A schedule extracted, then confirmed (which emits schedule_confirmed)."""
    email_id = add_email(conn, user_id)
    row = conn.execute(
        """INSERT INTO schedule_data (user_id, email_id, production, shooting_date, call_time,
                                      location, base_location, needs_equipment_pickup,
                                      scene_type, status, confidence_score)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, 'extracted', 0.95)
           RETURNING id""",
        (user_id, email_id, f"Production {uuid.uuid4().hex[:6]}", shooting_date, call_time,
         location, base_location, pickup, scene_type),
    ).fetchone()  # fmt: skip
    conn.execute("UPDATE schedule_data SET status = 'confirmed' WHERE id = %s", (row["id"],))
    return row["id"]


def revise_call(conn: psycopg.Connection, schedule_id: uuid.UUID, call_time: str) -> int:
    """A revised sheet moves the call: the next version, modified (emits schedule_modified)."""
    row = conn.execute(
        """UPDATE schedule_data SET call_time = %s, version = version + 1, status = 'modified'
            WHERE id = %s RETURNING version""",
        (call_time, schedule_id),
    ).fetchone()
    return row["version"]


def add_schedule_in_review(conn: psycopg.Connection, production: str) -> uuid.UUID:
    """A schedule in review without its set's location (it cannot be confirmed as read)."""
    user_id = add_user(conn)
    email_id = add_email(conn, user_id)
    schedule_id = conn.execute(
        """INSERT INTO schedule_data (user_id, email_id, production, shooting_date, call_time,
                                      location, status, confidence_score)
           VALUES (%s, %s, %s, '2026-12-03', '07:00', '', 'reviewing', 0.40) RETURNING id""",
        (user_id, email_id, production),
    ).fetchone()["id"]
    conn.execute(
        """INSERT INTO review_tasks (user_id, schedule_id, schedule_version, doubtful_fields,
                                     reasons, draft)
           VALUES (%s, %s, 1, '{location}', '["no set location found"]', '{}')""",
        (user_id, schedule_id),
    )
    return schedule_id
