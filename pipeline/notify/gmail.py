"""The ``gmail`` channel: a message sent from the user's own Gmail to themselves
(``users.messages.send``), so a reply lands in the mailbox the poller reads.

Each message carries an unguessable token (``notifications.data.reply_token``) in its
Message-ID, subject and text; after the send, the Message-ID Gmail recorded (it may replace
ours) and the thread are kept in the core's reply threads (pipeline/replies.py), where the
poller recognises a reply.
"""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

from googleapiclient.errors import HttpError

from pipeline import db, replies
from pipeline.notify import logic
from pipeline.notify.channels import ChannelError, ChannelInvalid
from pipeline.outside.google import (
    GoogleUnavailable,
    GrantUnusable,
    build_google_service,
    load_credentials,
    retryable,
)

# The channel name of notifications sent this way (kind: email).
GMAIL = logic.GMAIL.name


def compose(
    address: str, subject: str, text: str, token: str, template: str, data: dict[str, Any]
) -> EmailMessage:
    """The MIME message: from and to the user's own address, marked as ours."""
    message = EmailMessage()
    message["From"] = address
    message["To"] = address
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = replies.message_id_for(token)
    message[replies.OUR_HEADER] = template
    if data.get("in_reply_to"):
        message["In-Reply-To"] = data["in_reply_to"]
        message["References"] = " ".join(data.get("references") or [data["in_reply_to"]])
    message.set_content(text)
    return message


def fallback(row: dict[str, Any], channel: logic.ChannelRef) -> logic.Planned:
    """The same message on another channel of the user's, for a gmail notification Gmail
    will not take."""
    return logic.Planned(
        template=row["template"],
        channel=channel,
        key=f"{row['idempotency_key']}:fallback:{channel.name}"[:255],
        subject=row["subject"],
        message=row["message"],
    )


def deliver(row: dict[str, Any]) -> str:
    """Send a claimed notification from the user's Gmail; returns Gmail's message id.

    Raises ChannelError (rate limit, server error: tried again later) or ChannelInvalid (no
    usable grant, or a refusal).
    """
    data = row.get("data") or {}
    token = data.get("reply_token")
    if not token:
        raise ChannelInvalid("a gmail notification without its reply token")
    try:
        with db.transaction(actor="notify") as conn:
            credentials = load_credentials(conn, row["user_id"])
        service = build_google_service("gmail", "v1", credentials)
        users = service.users()
        address = users.getProfile(userId="me").execute()["emailAddress"]
        message = compose(address, row["subject"], row["message"], token, row["template"], data)
        raw = base64.urlsafe_b64encode(message.as_bytes()).decode().rstrip("=")
        body = {"raw": raw} | ({"threadId": data["thread_id"]} if data.get("thread_id") else {})
        sent = users.messages().send(userId="me", body=body).execute()
        got = (
            users.messages()
            .get(userId="me", id=sent["id"], format="metadata", metadataHeaders=["Message-ID"])
            .execute()
        )
    except GrantUnusable as exc:
        raise ChannelInvalid(f"gmail: {exc}") from exc
    except GoogleUnavailable as exc:
        raise ChannelError(f"gmail: {exc}") from exc
    except HttpError as exc:
        if retryable(exc):
            raise ChannelError(f"gmail refused for now: {exc.status_code}") from exc
        raise ChannelInvalid(f"gmail refused: {exc.status_code}") from exc
    except OSError as exc:
        raise ChannelError(f"gmail unreachable: {exc}") from exc
    headers = {h["name"].lower(): h["value"] for h in got.get("payload", {}).get("headers", [])}
    with db.transaction(actor="notify") as conn:
        replies.remember(
            conn,
            replies.SentMessage(
                user_id=row["user_id"],
                purpose=data.get("purpose", "review"),
                token=token,
                mailbox=address.lower(),
                gmail_thread_id=sent["threadId"],
                gmail_message_id=sent["id"],
                rfc_message_id=headers.get("message-id") or replies.message_id_for(token),
                schedule_id=row.get("schedule_id"),
                schedule_version=row.get("schedule_version"),
                notification_id=row["id"],
            ),
        )
    return sent["id"]
