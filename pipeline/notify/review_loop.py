"""Notify's part of the review loop: the review message, the could-not-read message and the
answer to a reply, each queued once (keyed) on the user's own Gmail or their channels."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import structlog

from pipeline import db, replies
from pipeline.notify import logic, store
from pipeline.notify import review_notices as words
from pipeline.notify import templates as t
from pipeline.notify.gmail import GMAIL

log = structlog.get_logger("stillontime.notify")


def _planned(
    template: str,
    key_for: Callable[[logic.ChannelRef], str],
    notice: words.Notice,
    channels: list[logic.ChannelRef],
    data: dict[str, Any],
) -> list[logic.Planned]:
    return [
        logic.Planned(
            template=template,
            channel=channel,
            key=key_for(channel),
            subject=notice.subject,
            message=notice.text,
            data=dict(data) if channel.name == GMAIL else {},
        )
        for channel in channels
    ]


def queue_review(conn, schedule: dict[str, Any]) -> int:
    """``needs_review`` for a schedule version in review: each doubtful field, how to answer."""
    task = store.review_task(conn, schedule)
    doubtful = list(task["doubtful_fields"]) if task else []
    token = replies.new_token()
    channels = store.review_channels(conn, schedule["user_id"])
    by_reply = any(c.name == GMAIL for c in channels)
    notice = words.review_message(schedule, doubtful, token, by_reply=by_reply)
    planned = _planned(
        t.NEEDS_REVIEW,
        lambda c: logic.idempotency_key(
            schedule["id"], schedule["version"], t.NEEDS_REVIEW, c.name, "extract"
        ),
        notice,
        channels,
        {"reply_token": token, "purpose": "review"},
    )
    return store.insert_notifications(conn, schedule, planned)


def report_unreadable(unreadable_id: uuid.UUID) -> str:
    """``could_not_read`` for an email that ended without a day (once per email)."""
    with db.transaction(actor="notify") as conn:
        email = store.unreadable(conn, unreadable_id)
        if email is None:
            return "gone"
        token = replies.new_token()
        notice = words.could_not_read_message(email, token)
        owner = {"user_id": email["user_id"], "id": None, "version": None}
        planned = _planned(
            words.COULD_NOT_READ,
            lambda c: f"email:{email['email_id']}:{words.COULD_NOT_READ}:{c.name}",
            notice,
            store.review_channels(conn, email["user_id"]),
            {"reply_token": token, "purpose": "unreadable"},
        )
        queued = store.insert_notifications(conn, owner, planned)
    log.info("could-not-read queued", email_id=str(email["email_id"]), queued=queued)
    return f"{queued} queued"


def answer_reply(answer_id: uuid.UUID) -> str:
    """``reply_answer``: in the review's thread, what was applied, or understood and not."""
    with db.transaction(actor="notify") as conn:
        answer = store.answer(conn, answer_id)
        if answer is None:
            return "gone"
        token = replies.new_token()
        notice = words.answer_message(answer, answer["reply_subject"] or "", token)
        references = [r for r in (answer["our_rfc_id"], answer["reply_rfc_id"]) if r]
        data = {
            "reply_token": token,
            "purpose": "answer",
            "thread_id": answer["thread_id"],
            "in_reply_to": answer["reply_rfc_id"],
            "references": references,
        }
        owner = {
            "user_id": answer["user_id"],
            "id": answer["schedule_id"],
            "version": answer["schedule_version"],
        }
        planned = _planned(
            words.REPLY_ANSWER,
            lambda c: f"reply:{answer['reply_id']}:{words.REPLY_ANSWER}:{c.name}",
            notice,
            store.review_channels(conn, answer["user_id"]),
            data,
        )
        queued = store.insert_notifications(conn, owner, planned)
    log.info("reply answered", outcome=answer["outcome"], queued=queued)
    return f"{answer['outcome']}, {queued} queued"
