"""The closed set of event kinds; each is also its pg_notify channel (see db/0002)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

EMAIL_RECEIVED = "email_received"
EMAIL_CLAIMED = "email_claimed"
EMAIL_COMPLETED = "email_completed"
EMAIL_FAILED = "email_failed"
EMAIL_ERRORED = "email_errored"
EMAIL_SKIPPED = "email_skipped"
SCHEDULE_EXTRACTED = "schedule_extracted"
SCHEDULE_REVIEW_REQUESTED = "schedule_review_requested"
SCHEDULE_CONFIRMED = "schedule_confirmed"
SCHEDULE_MODIFIED = "schedule_modified"
SCHEDULE_CANCELLED = "schedule_cancelled"
ROUTE_PLANNED = "route_planned"
WEATHER_ASSESSED = "weather_assessed"
CALENDAR_CREATED = "calendar_created"
CALENDAR_CANCELLED = "calendar_cancelled"
CALENDAR_COMPLETED = "calendar_completed"
CALENDAR_REACTIVATED = "calendar_reactivated"
CALENDAR_SYNCED = "calendar_synced"
CALENDAR_SYNC_REQUESTED = "calendar_sync_requested"
CALENDAR_SYNC_FAILED = "calendar_sync_failed"
CALENDAR_CONFLICTED = "calendar_conflicted"
NOTIFICATION_QUEUED = "notification_queued"
# A notification queued for later (db/0032): no stage consumes it, the scheduler sends it when due.
NOTIFICATION_SCHEDULED = "notification_scheduled"
NOTIFICATION_CLAIMED = "notification_claimed"
NOTIFICATION_SENT = "notification_sent"
NOTIFICATION_DELIVERED = "notification_delivered"
NOTIFICATION_FAILED = "notification_failed"
NOTIFICATION_CANCELLED = "notification_cancelled"
# Issue 17: an email ended without a day; a reply to a review message was taken, then answered.
READING_FAILED = "reading_failed"
REPLY_RECEIVED = "reply_received"
REPLY_ANSWERED = "reply_answered"

# Every kind; a test checks this against the event_kinds table.
EVENT_KINDS: frozenset[str] = frozenset(
    value for name, value in dict(globals()).items() if name.isupper() and isinstance(value, str)
)

# PostgreSQL identifiers, and so channel names, are cut at 63 bytes.
MAX_CHANNEL_BYTES = 63
assert all(len(kind.encode()) <= MAX_CHANNEL_BYTES for kind in EVENT_KINDS)


@dataclass(frozen=True)
class Event:
    """One outbox row."""

    id: int
    kind: str
    subject_table: str
    subject_id: uuid.UUID
    user_id: uuid.UUID | None
    schedule_id: uuid.UUID | None
    schedule_version: int | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        return cls(
            id=row["id"],
            kind=row["kind"],
            subject_table=row["subject_table"],
            subject_id=row["subject_id"],
            user_id=row["user_id"],
            schedule_id=row["schedule_id"],
            schedule_version=row["schedule_version"],
        )

    def log_ids(self) -> dict[str, str]:
        """The ids every log line about this event carries."""
        ids = {"event_id": str(self.id), "event_kind": self.kind}
        if self.user_id:
            ids["user_id"] = str(self.user_id)
        if self.schedule_id:
            ids["schedule_id"] = str(self.schedule_id)
        return ids
