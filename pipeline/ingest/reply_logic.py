"""Recognising a reply to one of our review messages (pure): its headers, and whether it is
taken, refused (recorded, nothing changes), ours, or not a reply at all.

A reply is taken only when it is in the Gmail thread of one of our messages, its In-Reply-To
or References name that message's Message-ID, it carries the message's unguessable token
(in the Message-ID it answers, the subject or the quoted text), and it comes from the address
we sent the message from: the user's own.
"""

from __future__ import annotations

import email
import email.parser
import email.policy
import email.utils
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from typing import Any, Literal

from pipeline.ingest.mime import decoded

# Our messages carry this header (pipeline/replies.py OUR_HEADER; a string here, no import).
OUR_HEADER = "X-StillOnTime"
# The reply text kept: enough for any answer, bounded for the database.
MAX_BODY_CHARS = 20_000
_MESSAGE_IDS = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class ReplyHeaders:
    """What recognising a reply needs of a message."""

    sender: str
    subject: str
    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    ours: bool
    body: str

    @property
    def referenced(self) -> tuple[str, ...]:
        """Message-IDs this message answers (In-Reply-To first), once each."""
        return tuple(dict.fromkeys(self.in_reply_to + self.references))


def message_ids(value: str | None) -> tuple[str, ...]:
    """The ``<id@host>`` Message-IDs in a header value."""
    return tuple(_MESSAGE_IDS.findall(value or ""))


def read_headers(raw: bytes) -> ReplyHeaders:
    """The headers of a raw message, its body left unread (``with_body`` reads it).

    Only the header block is parsed: every message the poller fetches goes through here, and a
    hostile MIME tree is none of this function's business (mime.py guards the full parse).
    """
    # compat32: headers stay strings (the default policy parses every one into an object, a
    # cost every fetched message paid); the subject's encoded words are decoded here.
    return headers_of(email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw))


def headers_of(msg: Message) -> ReplyHeaders:
    """``read_headers`` of a message already parsed (with the compat32 policy: string headers),
    so the poller parses each message once."""
    return ReplyHeaders(
        sender=email.utils.parseaddr(_header(msg, "From"))[1].strip().lower(),
        subject=" ".join(decoded(_header(msg, "Subject")).split()),
        message_id=(message_ids(_header(msg, "Message-ID")) or (None,))[0],
        in_reply_to=message_ids(_header(msg, "In-Reply-To")),
        references=message_ids(_header(msg, "References")),
        ours=msg.get(OUR_HEADER) is not None,
        body="",
    )


def reply_marks(msg: Message) -> tuple[bool, tuple[str, ...]]:
    """``(ours, referenced)`` of ``headers_of(msg)`` alone: enough to tell, for most mail,
    that it can be no reply (``replies.Threads.may_hold_a_reply``) before the sender, subject
    and Message-ID are read."""
    in_reply_to = message_ids(_header(msg, "In-Reply-To"))
    references = message_ids(_header(msg, "References"))
    return msg.get(OUR_HEADER) is not None, tuple(dict.fromkeys(in_reply_to + references))


def _header(msg: Message, name: str) -> str:
    return " ".join(str(msg.get(name) or "").replace("\x00", " ").split())


def with_body(headers: ReplyHeaders, raw: bytes) -> ReplyHeaders:
    """``headers`` with the message's answer text (plain, else HTML made text).

    Raises whatever the standard parser raises on a hostile message (the caller decides).
    """
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    body = _text(msg)[:MAX_BODY_CHARS].replace("\x00", " ")
    return replace(headers, body=body)


def _text(msg: Any) -> str:
    if not isinstance(msg, EmailMessage):
        return ""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        return ""
    if part.get_content_type() == "text/html":
        return _strip_html(content)
    return str(content)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("br", "p", "div", "blockquote"):
            self.parts.append("\n")


def _strip_html(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts)


Action = Literal["ours", "not_reply", "take", "refuse"]


@dataclass(frozen=True)
class ReplyVerdict:
    """What to do with a message, and for a reply, which of our messages it answers."""

    action: Action
    answered: dict[str, Any] | None = None
    reason: str | None = None


def classify(
    headers: ReplyHeaders, thread_id: str | None, threads: Sequence[dict[str, Any]]
) -> ReplyVerdict:
    """Take, refuse or pass over a message.

    Parameters
    ----------
    headers:
        The message's headers and text.
    thread_id:
        Its Gmail thread.
    threads:
        Our messages (reply_threads rows) in that thread or named by its references, newest
        first.
    """
    mailbox = threads[0]["mailbox"] if threads else None
    if headers.ours and (mailbox is None or headers.sender == mailbox):
        return ReplyVerdict("ours")
    if not threads:
        return ReplyVerdict("not_reply")
    in_thread = [t for t in threads if t["gmail_thread_id"] == thread_id]
    answered = [t for t in in_thread if t["rfc_message_id"] in headers.referenced]
    if headers.sender != mailbox:
        return ReplyVerdict("refuse", reason=f"from {headers.sender or 'no address'}, "
                                             "not the user's own address")  # fmt: skip
    if not in_thread:
        return ReplyVerdict("refuse", reason="answers our message from outside its thread")
    if not answered:
        return ReplyVerdict("refuse", reason="in the thread, but answers none of our messages")
    target = answered[0]
    carried = " ".join([*headers.referenced, headers.subject, headers.body])
    if target["token"] not in carried:
        return ReplyVerdict("refuse", target, "does not carry the message's token")
    if target["schedule_id"] is None:
        return ReplyVerdict("refuse", target, "answers a message about no shooting day")
    return ReplyVerdict("take", target)
