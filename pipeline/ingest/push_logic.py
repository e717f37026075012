"""Pure Gmail push decisions: decoding a Pub/Sub notification, when to renew a watch."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

# Gmail's history ids are unsigned 64-bit numbers, sent as strings (or numbers in push data).
_MAX_HISTORY_DIGITS = 20
# Kept of a rejected notification's data, for diagnosis (the column's width).
EXCERPT_CHARS = 500
# Longest address the schema keeps (RFC 5321 path limit plus slack).
MAX_ADDRESS_CHARS = 320
# One @, no spaces or control characters (a NUL would be refused by PostgreSQL).
_ADDRESS = re.compile(r"[^\s@]+@[^\s@]+")


class MalformedNotification(ValueError):
    """A Pub/Sub message that is not a Gmail notification ({emailAddress, historyId})."""


@dataclass(frozen=True)
class Notification:
    """What Gmail says in a push: this mailbox changed, its history is now at ``history_id``."""

    email_address: str
    history_id: str


@dataclass(frozen=True)
class Received:
    """One pulled Pub/Sub message: the id to acknowledge it by, and what it carried."""

    ack_id: str
    message_id: str | None
    data: str | None  # base64, as the REST API sends bytes

    @classmethod
    def from_api(cls, item: dict[str, Any]) -> Received:
        """From one ``receivedMessages`` entry of a pull response."""
        message = item.get("message") or {}
        data = message.get("data")
        return cls(
            str(item.get("ackId", "")),
            _printable(message.get("messageId")),
            data if isinstance(data, str) else None,
        )

    @property
    def excerpt(self) -> str | None:
        """The start of the data, printable only (it is stored as text)."""
        if self.data is None:
            return None
        return "".join(c if c.isprintable() else "?" for c in self.data[:EXCERPT_CHARS])


def _printable(value: Any) -> str | None:
    if value is None:
        return None
    return "".join(c for c in str(value) if c.isprintable())


def decode_notification(data: str | None) -> Notification:
    """Decode a Gmail push: base64 (standard or URL-safe) JSON with emailAddress and historyId.

    Raises
    ------
    MalformedNotification
        No data, not base64, not a JSON object, or either field missing or not well formed.
    """
    if not data:
        raise MalformedNotification("no data")
    text = data.strip().replace("-", "+").replace("_", "/")
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        body = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError) as exc:  # UnicodeDecodeError and JSONDecodeError too
        raise MalformedNotification(f"not base64 JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise MalformedNotification("not a JSON object")
    address = body.get("emailAddress")
    if (
        not isinstance(address, str)
        or len(address) > MAX_ADDRESS_CHARS
        or not _ADDRESS.fullmatch(address)
        or not address.isprintable()
    ):
        raise MalformedNotification("no usable emailAddress")
    history = body.get("historyId")
    if isinstance(history, bool) or not isinstance(history, str | int):
        raise MalformedNotification("no usable historyId")
    history = str(history)
    if not history.isdigit() or not history.isascii() or len(history) > _MAX_HISTORY_DIGITS:
        raise MalformedNotification(f"historyId not a number: {history[:40]!r}")
    return Notification(address.strip().lower(), str(int(history)))


def group_by_address(
    decoded: Iterable[tuple[Received, Notification]],
) -> dict[str, tuple[list[str], str]]:
    """Per mailbox address: the ack ids of its notifications and the newest history id.

    Several notifications of one mailbox in one pull need one sync.
    """
    groups: dict[str, tuple[list[str], str]] = {}
    for received, note in decoded:
        ack_ids, newest = groups.get(note.email_address, ([], "0"))
        ack_ids.append(received.ack_id)
        groups[note.email_address] = (ack_ids, max(newest, note.history_id, key=int))
    return groups


def needs_sync(synced_history_id: str | None, notified_history_id: str) -> bool:
    """Whether a notification says more than the last committed sync already read.

    A redelivered (or late) notification whose history id the sync has reached needs nothing.
    """
    if not synced_history_id:
        return True
    return int(notified_history_id) > int(synced_history_id)


@dataclass(frozen=True)
class WatchState:
    """A user's watch as stored (all None: never watched)."""

    topic_name: str | None = None
    expires_at: datetime | None = None
    renewed_at: datetime | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any] | None) -> WatchState:
        if not row:
            return cls()
        return cls(row.get("topic_name"), row.get("expires_at"), row.get("renewed_at"))


@dataclass(frozen=True)
class WatchPlan:
    """Whether to call users.watch for a user now, and why."""

    action: Literal["watch", "keep"]
    reason: str


def plan_watch(
    state: WatchState,
    topic: str,
    *,
    now: datetime,
    renew_every: timedelta,
    renew_before: timedelta,
) -> WatchPlan:
    """Decide whether a user's watch must be made or renewed.

    Parameters
    ----------
    state:
        The stored watch.
    topic:
        The configured topic (a watch on another topic is remade).
    now:
        The current time (aware).
    renew_every:
        A watch renewed longer ago than this is renewed (Google: at least every 7 days).
    renew_before:
        A watch with less than this left is renewed.

    Returns
    -------
    WatchPlan
        ``watch`` (with the reason) or ``keep``.
    """
    if state.topic_name is None or state.expires_at is None or state.renewed_at is None:
        return WatchPlan("watch", "no watch")
    if state.topic_name != topic:
        return WatchPlan("watch", "topic changed")
    if state.expires_at <= now:
        return WatchPlan("watch", "watch lapsed")
    if state.expires_at - now < renew_before:
        return WatchPlan("watch", "watch expires soon")
    if now - state.renewed_at >= renew_every:
        return WatchPlan("watch", "renewal due")
    return WatchPlan("keep", "watch current")


def expiration_time(expiration_ms: str | int | None, *, now: datetime) -> datetime:
    """When Gmail stops notifying, from users.watch's ``expiration`` (epoch ms).

    A missing or unreadable value counts as the shortest documented life (one day from now),
    so the watch is renewed early rather than lapsing unnoticed.
    """
    try:
        return datetime.fromtimestamp(int(expiration_ms or "") / 1000, UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return now + timedelta(days=1)


def unique_ack_ids(ack_ids: Sequence[str]) -> list[str]:
    """The ack ids once each, in order, without empty ones."""
    return [a for a in dict.fromkeys(ack_ids) if a]
