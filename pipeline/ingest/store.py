"""The ingest stage's database calls: records with their documents, filters, sync state."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg.errors import CheckViolation

from pipeline import db
from pipeline.db.sqlfile import load_queries
from pipeline.errors import PermanentError
from pipeline.ingest import logic, mime

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))
# Audit-log actor of this stage's writes.
ACTOR = "ingest"
# The PDFs of a Gmail batch (50 messages, a PDF of up to tens of MB each) go in array parameters,
# which PostgreSQL caps at 1 GB each: past this many bytes, the rest go in another statement.
DOCUMENTS_PER_STATEMENT = 64 * 1024 * 1024


class ReprocessRefused(PermanentError):
    """This email cannot be put back to pending."""


@dataclass(frozen=True)
class Envelope:
    """Where a message came from, beside what it says."""

    user_id: uuid.UUID
    message_id: str
    source: str  # 'gmail' or 'local'
    received_at: datetime
    thread_id: str | None = None


@dataclass(frozen=True)
class Recorded:
    """The outcome of recording one message: the row's status, or 'known' if it existed."""

    status: str
    email_id: uuid.UUID | None
    documents: int = 0


def record(envelope: Envelope, parsed: mime.ParsedEmail, filters: logic.Filters) -> Recorded:
    """Record a parsed message and its PDFs in one transaction (deduplicated per user).

    An ignored message (not a call sheet) writes nothing and returns status 'ignored'.
    """
    return record_many(envelope.user_id, [(envelope, parsed)], filters)[0]


def record_many(
    user_id: uuid.UUID,
    messages: Sequence[tuple[Envelope, mime.ParsedEmail]],
    filters: logic.Filters,
    *,
    deferrable: bool = False,
) -> list[Recorded]:
    """Record one user's parsed messages and their PDFs in one transaction, in order.

    A batch from Gmail costs one transaction instead of one per message: the same outcome as
    recording them one by one (a PDF twice in the batch is a duplicate the second time), and
    all or nothing, so a poller killed midway lists them again. The caller records them one by
    one if the database refuses one of them. ``deferrable``: the commit need not reach the
    disk (see below); only for a caller that reads the messages again after a crash.
    """
    decisions = [logic.decide(parsed, filters) for _, parsed in messages]
    outcomes: list[Recorded] = [Recorded("ignored", None)] * len(messages)
    wanted = [i for i, d in enumerate(decisions) if d.action != "ignore"]
    if not wanted:
        return outcomes
    # Not flushed to disk at commit (synchronous_commit off), so a pass does not wait for the
    # disk once per batch. Safe because the Gmail poller saves its resume point (the history id)
    # only after every batch of the pass, in a transaction that is flushed: WAL is written in
    # order, so that flush makes these commits durable too, and a server crash before it loses
    # at most batches whose messages the next pass reads again from the old history id. Other
    # callers (a local file, one message) flush, as they have nothing to read again.
    message_ids = [messages[i][0].message_id for i in wanted]
    hashes = [doc.sha256 for i in wanted for doc in decisions[i].documents]

    def read(conn: psycopg.Connection) -> tuple[psycopg.Cursor, psycopg.Cursor]:
        # The user's lock, then what of the batch this user has (run in order: the reads see
        # what another poller committed before it let go of the lock).
        conn.execute(QUERIES["processed_emails_lock_user"], {"user_id": user_id})
        known = conn.execute(
            QUERIES["processed_emails_list_known_ids"],
            {"user_id": user_id, "message_ids": message_ids},
        )
        seen = conn.execute(
            QUERIES["documents_find_by_sha256"], {"user_id": user_id, "hashes": hashes}
        )
        return known, seen

    # Two round trips: BEGIN, the set-up, the lock and the reads; then the inserts and COMMIT.
    # An insert the database refuses raises at the exit, the whole batch rolled back.
    with db.read_then_write(read, actor=ACTOR, flush=not deferrable) as (
        conn,
        (known_rows, seen_rows),
    ):
        known = {r["message_id"]: r["id"] for r in known_rows}
        seen = {r["sha256"]: str(r["email_id"]) for r in seen_rows}
        # Decided in order (a PDF twice in the batch is a duplicate the second time), then
        # inserted in two statements of arrays, emails then PDFs: ids are ours, nothing is read
        # back. Under the user's lock and after the known-id check no email row conflicts; if
        # one ever did, the documents' foreign key refuses the batch and it is recorded one by
        # one.
        emails: list[tuple[uuid.UUID, Envelope, mime.ParsedEmail, str, logic.Decision]] = []
        documents: list[tuple[uuid.UUID, mime.Attachment]] = []
        for i in wanted:
            envelope, parsed = messages[i]
            if envelope.message_id in known:
                outcomes[i] = Recorded("known", known[envelope.message_id])
                continue
            decision = logic.resolve_duplicates(decisions[i], seen)
            status = "pending" if decision.action == "record" else "skipped"
            email_id = uuid.uuid4()
            emails.append((email_id, envelope, parsed, status, decision))
            for doc in decision.documents:
                documents.append((email_id, doc))
                seen.setdefault(doc.sha256, str(email_id))
            outcomes[i] = Recorded(status, email_id, len(decision.documents))
            known[envelope.message_id] = email_id
        if emails:
            _insert_emails(conn, user_id, emails)
            if documents:
                _insert_documents(conn, user_id, documents)
    return outcomes


def _insert_emails(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    emails: Sequence[tuple[uuid.UUID, Envelope, mime.ParsedEmail, str, logic.Decision]],
) -> None:
    """Insert the email rows of a batch in one statement."""
    conn.execute(
        QUERIES["processed_emails_insert_many"],
        {
            "user_id": user_id,
            "ids": [e[0] for e in emails],
            "message_ids": [e[1].message_id for e in emails],
            "thread_ids": [e[1].thread_id for e in emails],
            "sources": [e[1].source for e in emails],
            "subjects": [e[2].subject or "(no subject)" for e in emails],
            "senders": [e[2].sender or "(unknown)" for e in emails],
            "received_ats": [e[2].received_at or e[1].received_at for e in emails],
            "statuses": [e[3] for e in emails],
            "pdf_hashes": [e[4].documents[0].sha256 if e[4].documents else None for e in emails],
            "skip_reasons": [e[4].reason if e[3] == "skipped" else None for e in emails],
            "attachment_notes": ["; ".join(e[4].notes) if e[4].notes else None for e in emails],
        },
    )


def _insert_documents(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    documents: Sequence[tuple[uuid.UUID, mime.Attachment]],
) -> None:
    """Insert the PDFs of a batch in as few statements as their size allows (one, as a rule)."""
    for part in logic.by_total_size([d[1].size for d in documents], DOCUMENTS_PER_STATEMENT):
        chunk = documents[part.start : part.stop]
        conn.execute(
            QUERIES["documents_insert_many"],
            {
                "user_id": user_id,
                "email_ids": [d[0] for d in chunk],
                "filenames": [d[1].filename for d in chunk],
                "content_types": [d[1].content_type for d in chunk],
                "sizes": [d[1].size for d in chunk],
                "hashes": [d[1].sha256 for d in chunk],
                "contents": [d[1].data for d in chunk],
            },
        )


def record_malformed(envelope: Envelope, error: str) -> Recorded:
    """Record a message that cannot be read as 'error', so it is seen and never refetched."""
    parsed = mime.ParsedEmail("(unreadable message)", "(unknown)", None, (), ())
    # Its thread is left out: a thread id the database refuses must not refuse this row too.
    envelope = replace(envelope, thread_id=None)
    with db.transaction(actor=ACTOR) as conn:
        email_id = _insert_email(conn, envelope, parsed, "error", None, error=error)
    return Recorded("error" if email_id else "known", email_id)


def _insert_email(
    conn: psycopg.Connection,
    envelope: Envelope,
    parsed: mime.ParsedEmail,
    status: str,
    decision: logic.Decision | None,
    *,
    error: str | None = None,
    email_id: uuid.UUID | None = None,
) -> uuid.UUID | None:
    """Insert the email row; its id, or None if the message was known. Given ``email_id``,
    the row takes it and nothing is read back (pipeline mode)."""
    docs = decision.documents if decision else ()
    cursor = conn.execute(
        QUERIES["processed_emails_insert"],
        {
            "id": email_id,
            "user_id": envelope.user_id,
            "message_id": envelope.message_id,
            "thread_id": envelope.thread_id,
            "source": envelope.source,
            "subject": parsed.subject or "(no subject)",
            "sender": parsed.sender or "(unknown)",
            "received_at": parsed.received_at or envelope.received_at,
            "status": status,
            "pdf_hash": docs[0].sha256 if docs else None,
            "skip_reason": decision.reason if status == "skipped" and decision else None,
            "error": error,
            "attachment_notes": "; ".join(decision.notes) if decision and decision.notes else None,
        },
    )
    if email_id is not None:
        return email_id
    row = cursor.fetchone()
    return row["id"] if row else None


def known_message_ids(user_id: uuid.UUID, message_ids: Sequence[str]) -> set[str]:
    """The ids among ``message_ids`` this user already has a record of."""
    with db.pool().connection() as conn:
        rows = conn.execute(
            QUERIES["processed_emails_list_known"],
            {"user_id": user_id, "message_ids": list(message_ids)},
        )
        return {r["message_id"] for r in rows}


def get_filters(conn: psycopg.Connection, user_id: uuid.UUID) -> logic.Filters:
    """A user's filters, or the defaults."""
    row = conn.execute(QUERIES["ingest_filters_get"], {"user_id": user_id}).fetchone()
    return logic.Filters.from_row(row)


def set_filters(conn: psycopg.Connection, user_id: uuid.UUID, filters: logic.Filters) -> None:
    """Store a user's filters."""
    conn.execute(
        QUERIES["ingest_filters_upsert"],
        {
            "user_id": user_id,
            "subject_keywords": list(filters.subject_keywords),
            "sender_allow": list(filters.sender_allow),
            "sender_deny": list(filters.sender_deny),
            "max_attachment_bytes": filters.max_attachment_bytes,
        },
    )


def list_emails(
    conn: psycopg.Connection, *, user_email: str | None, status: str | None, limit: int
) -> list[dict[str, Any]]:
    """The latest emails."""
    return conn.execute(
        QUERIES["processed_emails_list"],
        {"user_email": user_email, "status": status, "limit": limit},
    ).fetchall()


def reprocess(email_id: uuid.UUID) -> None:
    """Put an email back to pending; the state machine emits email_received.

    Raises
    ------
    ReprocessRefused
        Unknown email, or one still pending or processing.
    """
    with db.transaction(actor=ACTOR) as conn:
        row = conn.execute(QUERIES["processed_emails_get"], {"email_id": email_id}).fetchone()
        if row is None:
            raise ReprocessRefused(f"no email {email_id}")
        if row["processing_status"] in ("pending", "processing"):
            raise ReprocessRefused(f"email {email_id} is {row['processing_status']} already")
        try:
            conn.execute(QUERIES["processed_emails_reprocess"], {"email_id": email_id})
        except CheckViolation as exc:
            raise ReprocessRefused(f"refused by the state machine: {exc}") from exc


def users_to_sync() -> list[dict[str, Any]]:
    """Users with a Google grant, and their sync state."""
    with db.pool().connection() as conn:
        return conn.execute(QUERIES["gmail_sync_state_list_users"]).fetchall()


def sync_state(user_id: uuid.UUID) -> logic.SyncState:
    """One user's sync state (never synced: the empty state)."""
    with db.pool().connection() as conn:
        row = conn.execute(QUERIES["gmail_sync_state_get"], {"user_id": user_id}).fetchone()
    return logic.SyncState.from_row(row)


def record_sync_success(
    user_id: uuid.UUID, history_id: str | None, *, full: bool, recorded: int
) -> None:
    """Store where the next pass resumes."""
    with db.transaction(actor=ACTOR) as conn:
        conn.execute(
            QUERIES["gmail_sync_state_record_success"],
            {"user_id": user_id, "history_id": history_id, "full": full, "recorded": recorded},
        )


def record_sync_failure(user_id: uuid.UUID, error: str, *, recorded: int) -> None:
    """Say why a pass failed; the resume point is kept."""
    with db.transaction(actor=ACTOR) as conn:
        conn.execute(
            QUERIES["gmail_sync_state_record_failure"],
            {"user_id": user_id, "error": error[:2000], "recorded": recorded},
        )


def require_full_sync(user_id: uuid.UUID) -> None:
    """Make the next pass a full sync (Google forgot our history id)."""
    with db.transaction(actor=ACTOR) as conn:
        conn.execute(QUERIES["gmail_sync_state_require_full"], {"user_id": user_id})


def watch_candidates() -> list[dict[str, Any]]:
    """Users with an active Google grant and their stored watch (None columns: no watch)."""
    with db.pool().connection() as conn:
        return conn.execute(QUERIES["gmail_watches_list_users"]).fetchall()


def record_watch(
    user_id: uuid.UUID,
    *,
    email_address: str,
    topic_name: str,
    history_id: str | None,
    expires_at: datetime,
) -> None:
    """Store a watch Gmail accepted (made or renewed)."""
    with db.transaction(actor=ACTOR) as conn:
        conn.execute(
            QUERIES["gmail_watches_record"],
            {
                "user_id": user_id,
                "email_address": email_address,
                "topic_name": topic_name,
                "history_id": history_id,
                "expires_at": expires_at,
            },
        )


def record_watch_failure(user_id: uuid.UUID, error: str) -> None:
    """Say why a watch could not be made or renewed; the current one is kept."""
    with db.transaction(actor=ACTOR) as conn:
        conn.execute(
            QUERIES["gmail_watches_record_failure"], {"user_id": user_id, "error": error[:2000]}
        )


def users_for_address(address: str) -> list[dict[str, Any]]:
    """The users a notification's mailbox belongs to: user_id, grant_status, history_id."""
    with db.pool().connection() as conn:
        return conn.execute(QUERIES["gmail_watches_find_users"], {"address": address}).fetchall()


def note_notifications(user_id: uuid.UUID, count: int) -> None:
    """Count notifications handled for a user."""
    with db.transaction(actor=ACTOR) as conn:
        conn.execute(
            QUERIES["gmail_watches_note_notification"], {"user_id": user_id, "count": count}
        )


def active_watches() -> list[uuid.UUID]:
    """Users whose watch Gmail may still honour."""
    with db.pool().connection() as conn:
        return [r["user_id"] for r in conn.execute(QUERIES["gmail_watches_list_active"])]


def clear_watch(user_id: uuid.UUID) -> None:
    """Forget a stopped watch."""
    with db.transaction(actor=ACTOR) as conn:
        conn.execute(QUERIES["gmail_watches_clear"], {"user_id": user_id})


def record_push_reject(
    *, message_id: str | None, email_address: str | None, reason: str, excerpt: str | None
) -> None:
    """Record a notification acknowledged without a sync."""
    with db.transaction(actor=ACTOR) as conn:
        conn.execute(
            QUERIES["gmail_push_rejects_insert"],
            {
                "pubsub_message_id": (message_id or "")[:200] or None,
                "email_address": (email_address or "")[:320] or None,
                "reason": reason[:2000],
                "data_excerpt": excerpt,
            },
        )


def prune_push_rejects(older_than_days: int) -> int:
    """Drop old rejected notifications; returns how many."""
    with db.transaction(actor=ACTOR) as conn:
        return conn.execute(QUERIES["gmail_push_rejects_prune"], {"days": older_than_days}).rowcount
