"""Applying a taken reply (extract.apply_reply's work) against the database: ok confirms,
cancel cancels, a correction is a new version, a second reply is stale; each is answered once
(review_answers, which emits reply_answered)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from pipeline.extract.replies import apply_reply
from tests.support import rows

TOKEN = "tok_0123456789abcdefABCD"


def reviewing_day(conn) -> dict:
    chain = rows.add_schedule_chain(conn, status="reviewing")
    conn.execute(
        "INSERT INTO review_tasks (user_id, schedule_id, schedule_version, doubtful_fields, draft)"
        " VALUES (%s, %s, 1, '{call_time}', '{}')",
        (chain["user_id"], chain["schedule_id"]),
    )
    thread = conn.execute(
        """INSERT INTO reply_threads (user_id, schedule_id, schedule_version, purpose, token,
                                      mailbox, gmail_thread_id, gmail_message_id, rfc_message_id)
           VALUES (%s, %s, 1, 'review', %s, 'crew@example.com', 't1', 'm1', '<m1@x>')
           RETURNING id""",
        (chain["user_id"], chain["schedule_id"], TOKEN),
    ).fetchone()
    return chain | {"thread_id": thread["id"]}


def take(conn, day: dict, body: str) -> uuid.UUID:
    return conn.execute(
        """INSERT INTO review_replies (user_id, message_id, thread_id, sender, body, status,
                                       reply_thread_id, schedule_id, schedule_version, received_at)
           VALUES (%s, %s, 't1', 'crew@example.com', %s, 'received', %s, %s, 1, %s)
           RETURNING id""",
        (day["user_id"], uuid.uuid4().hex, body, day["thread_id"], day["schedule_id"],
         datetime(2026, 12, 4, 19, 0, tzinfo=UTC)),
    ).fetchone()["id"]  # fmt: skip


def kinds(conn, subject_id) -> list[str]:
    found = conn.execute("SELECT kind FROM events WHERE subject_id = %s", (subject_id,))
    return [e["kind"] for e in found]


def schedule(conn, day: dict) -> dict:
    return conn.execute(
        "SELECT * FROM schedule_data WHERE id = %s", (day["schedule_id"],)
    ).fetchone()


@pytest.mark.parametrize(
    ("body", "outcome", "status", "version"),
    [("ok", "confirmed", "confirmed", 1), ("cancel", "cancelled", "cancelled", 1),
     ("call: 6:30", "applied", "confirmed", 2), ("call: early", "not_understood", "reviewing", 1)],
)  # fmt: skip
def test_a_reply_is_applied_once_and_answered(conn, body, outcome, status, version) -> None:
    day = reviewing_day(conn)
    reply_id = take(conn, day, body)
    assert kinds(conn, reply_id) == ["reply_received"]

    assert apply_reply(reply_id) == outcome
    assert apply_reply(reply_id) is None  # a repeated delivery does nothing

    row = schedule(conn, day)
    assert (row["status"], row["version"]) == (status, version)
    [answer] = conn.execute("SELECT * FROM review_answers").fetchall()
    assert (answer["outcome"], answer["schedule_version"]) == (outcome, version)
    assert kinds(conn, answer["id"]) == ["reply_answered"]
    if outcome == "applied":
        assert row["call_time"].strftime("%H:%M") == "06:30"
        task = conn.execute("SELECT * FROM review_tasks").fetchone()
        assert (task["status"], task["resolved_by"], task["corrected"]) == (
            "resolved", "reply", {"call_time": "06:30"},
        )  # fmt: skip
    if outcome == "not_understood":
        assert answer["not_understood"] == ['"call: early" (not a call we can read)']


def test_a_second_reply_after_the_first_was_applied_is_stale(conn) -> None:
    day = reviewing_day(conn)
    assert apply_reply(take(conn, day, "call: 6:30")) == "applied"
    assert apply_reply(take(conn, day, "call: 7:30")) == "stale"
    row = schedule(conn, day)
    assert (row["version"], row["call_time"].strftime("%H:%M")) == (2, "06:30")
