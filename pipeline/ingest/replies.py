"""The poller's part of the review loop: a fetched message that answers one of our messages
is recorded as a reply (taken or refused) instead of going through the call-sheet filters.

Our messages are found in the core's reply threads (pipeline/replies.py); a taken reply
emits reply_received, which the extract stage applies. Nothing here imports another stage.
"""

from __future__ import annotations

import uuid

import structlog

from pipeline import db, replies
from pipeline.ingest import mime
from pipeline.ingest.reply_logic import ReplyHeaders, classify, read_headers, with_body
from pipeline.ingest.store import ACTOR, QUERIES, Envelope

log = structlog.get_logger("stillontime.ingest")


def take(envelope: Envelope, raw: str | None, ours: replies.Threads | None = None) -> str | None:
    """Record ``raw`` if it answers one of our messages; returns 'reply', 'refused' or 'ours'
    (our own message, left alone), or None when it is no reply (the call-sheet path goes on).

    With ``ours`` (read once per pass), a message that can be no reply costs no query.
    """
    try:
        data = mime.decode_gmail_raw(raw)
        headers = read_headers(data)
    except Exception:
        return None
    return take_read(envelope, data, headers, ours)


def take_read(
    envelope: Envelope, data: bytes, headers: ReplyHeaders, ours: replies.Threads | None = None
) -> str | None:
    """``take`` of a message already decoded (``data``) whose headers are read."""
    if (
        ours is not None
        and not headers.ours
        and not ours.may_hold_a_reply(envelope.thread_id, headers.referenced)
    ):
        return None
    with db.transaction(actor=ACTOR) as conn:
        threads = replies.find(conn, envelope.user_id, envelope.thread_id, headers.referenced)
        if threads and not headers.ours:
            headers = _with_body(headers, data, envelope)
        verdict = classify(headers, envelope.thread_id, threads)
        if verdict.action == "ours":
            return "ours"
        if verdict.action == "not_reply":
            return None
        answered = verdict.answered or {}
        taken = verdict.action == "take"
        conn.execute(
            QUERIES["review_replies_insert"],
            {
                "user_id": envelope.user_id,
                "message_id": envelope.message_id,
                "thread_id": envelope.thread_id,
                "rfc_message_id": headers.message_id,
                "sender": headers.sender[:255] or "(unknown)",
                "subject": headers.subject[:2000],
                "in_reply_to": " ".join(headers.in_reply_to) or None,
                # A refused message may be a stranger's: its text is not kept.
                "body": headers.body if taken else "",
                "status": "received" if taken else "refused",
                "refusal": None if taken else verdict.reason,
                "reply_thread_id": answered.get("id"),
                "schedule_id": answered.get("schedule_id"),
                "schedule_version": answered.get("schedule_version"),
                "received_at": envelope.received_at,
            },
        )
    log.info("reply recorded", message_id=envelope.message_id, taken=taken, reason=verdict.reason)
    return "reply" if taken else "refused"


def threads_of_user(user_id: uuid.UUID) -> replies.Threads:
    """The user's threads of ours, read once per sync pass."""
    with db.pool().connection() as conn:
        return replies.threads_of(conn, user_id)


def _with_body(headers: ReplyHeaders, data: bytes, envelope: Envelope) -> ReplyHeaders:
    """The reply's text; a message the parser cannot read has none (and is answered as such:
    never a crashed poller, whose every pass would then fail)."""
    try:
        return with_body(headers, data)
    except Exception:
        log.warning("reply text unreadable", message_id=envelope.message_id, exc_info=True)
        return headers
