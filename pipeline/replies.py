"""Reply threads (core): the messages we sent from a user's own Gmail that a reply may answer.

Notify records each message it sends there; the ingest poller looks a new message up to know
whether it answers one of ours; the extract stage reads which schedule version it was about.
No stage imports another: they meet in this table (db/0023).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from pipeline.db.sqlfile import load_queries

QUERIES = load_queries(Path(__file__).with_name("replies.sql"))

# Bytes of randomness in a token (24 URL-safe characters, 144 bits): not guessable.
TOKEN_BYTES = 18
# Where our Message-IDs claim to come from; a reply's In-Reply-To names it.
MESSAGE_ID_DOMAIN = "stillontime.invalid"
# The header that marks a message as ours (the poller never takes our own mail for a reply).
OUR_HEADER = "X-StillOnTime"


def new_token() -> str:
    """An unguessable token for one message."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def message_id_for(token: str) -> str:
    """The Message-ID we give a message carrying ``token``."""
    return f"<sot.{token}@{MESSAGE_ID_DOMAIN}>"


@dataclass(frozen=True)
class SentMessage:
    """One message we sent from the user's mailbox, as Gmail recorded it."""

    user_id: uuid.UUID
    purpose: str  # review | answer | unreadable
    token: str
    mailbox: str
    gmail_thread_id: str
    gmail_message_id: str
    rfc_message_id: str
    schedule_id: uuid.UUID | None = None
    schedule_version: int | None = None
    notification_id: uuid.UUID | None = None


def remember(conn: psycopg.Connection, sent: SentMessage) -> None:
    """Record a message we sent (idempotent on its Gmail id)."""
    conn.execute(QUERIES["reply_threads_record"], sent.__dict__)


def find(
    conn: psycopg.Connection, user_id: uuid.UUID, thread_id: str | None, references: Sequence[str]
) -> list[dict[str, Any]]:
    """Our messages in ``thread_id`` or named in ``references``, newest first."""
    return conn.execute(
        QUERIES["reply_threads_find"],
        {"user_id": user_id, "thread_id": thread_id or "", "references": list(references)},
    ).fetchall()


@dataclass(frozen=True)
class Threads:
    """A user's threads and Message-IDs of ours, read once per sync pass."""

    thread_ids: frozenset[str]
    message_ids: frozenset[str]

    def may_hold_a_reply(self, thread_id: str | None, references: Sequence[str]) -> bool:
        """Whether a message in ``thread_id`` naming ``references`` may answer one of ours.

        A Message-ID of our form counts even when unknown here: the message that names it may
        have been sent after this pass read the table, and ``find`` then decides.
        """
        return (
            (thread_id is not None and thread_id in self.thread_ids)
            or any(r in self.message_ids for r in references)
            or any(r.endswith(f"@{MESSAGE_ID_DOMAIN}>") for r in references)
        )


def threads_of(conn: psycopg.Connection, user_id: uuid.UUID) -> Threads:
    """Every thread and Message-ID of ours for ``user_id``."""
    rows = conn.execute(QUERIES["reply_threads_keys"], {"user_id": user_id}).fetchall()
    return Threads(
        frozenset(r["gmail_thread_id"] for r in rows),
        frozenset(r["rfc_message_id"] for r in rows),
    )


def get(conn: psycopg.Connection, thread_row_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(QUERIES["reply_threads_get_by_id"], {"id": thread_row_id}).fetchone()


def for_notification(conn: psycopg.Connection, notification_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["reply_threads_for_notification"], {"notification_id": notification_id}
    ).fetchone()
