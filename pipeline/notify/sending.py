"""Sending notifications: claim (once, across processes and restarts), send, record, retry.

A notification is claimed by moving it to ``processing`` in a committed transaction (pending and
due, or failed and due for a retry; ``FOR UPDATE SKIP LOCKED`` for batches), then handed to its
channel outside any transaction, then marked ``sent`` or ``failed`` with ``next_attempt_at``
(exponential backoff) until ``max_retries``. A send interrupted by a crash is found by the
periodic pass (``processing`` longer than ``stale_after_s``) and tried again: at least once.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import structlog
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline import db
from pipeline.errors import PipelineError
from pipeline.notify import channels, gmail, logic, store
from pipeline.settings import from_env

log = structlog.get_logger("stillontime.notify")


class NotifySettings(BaseSettings):
    """``STILLONTIME_NOTIFY_*``: retry backoff, the stale-send timeout, the periodic pass."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_NOTIFY_", extra="ignore")

    retry_base_s: float = Field(default=30.0, ge=0)
    retry_max_s: float = Field(default=3600.0, ge=0)
    # A notification 'processing' longer than this was interrupted (its worker died); a send
    # itself is bounded by the channel timeouts (apprise: a few seconds per service).
    stale_after_s: float = Field(default=60.0, gt=0)
    # Seconds between the scheduler's send_due_notifications passes.
    send_due_every_s: float = Field(default=15.0, gt=0)
    batch: int = Field(default=100, ge=1, le=10_000)


def _home() -> Path:
    from pipeline.settings import get_settings

    return Path(os.environ.get("STILLONTIME_HOME") or get_settings().home)


def deliver(row: dict[str, Any], home: Path) -> str:
    """Hand one claimed notification to its channel; returns the external id.

    Raises ChannelError (retried later) or ChannelInvalid / SecretError (not retried... but the
    status machine still records them as failed).
    """
    if row["channel_name"] == gmail.GMAIL:
        return gmail.deliver(row)
    message = channels.outgoing(row)
    if row["channel_name"] == logic.LOCAL.name and row["channel"] == "local":
        return channels.send_local(home, message, str(row["user_id"]))
    with db.transaction() as conn:
        channel = store.channel_row(conn, row["user_id"], row["channel_name"])
    if channel is None or not channel["enabled"]:
        raise channels.ChannelInvalid(f"channel {row['channel_name']} is gone or disabled")
    if channel["kind"] == "local":
        return channels.send_local(home, message, str(row["user_id"]))
    url = channels.decrypt_url(channel["url_encrypted"])
    return channels.send_apprise(url, message, channel["kind"])


def _finish(row: dict[str, Any], now: datetime, settings: NotifySettings, home: Path) -> str:
    bound = {"notification_id": str(row["id"]), "user_id": str(row["user_id"])}
    if row.get("schedule_id"):
        bound["schedule_id"] = str(row["schedule_id"])
    with structlog.contextvars.bound_contextvars(stage="notify", **bound):
        try:
            external_id = deliver(row, home)
        except PipelineError as exc:
            retryable = isinstance(exc, channels.ChannelError)
            tries_left = retryable and row["retry_count"] + 1 < row["max_retries"]
            delay = logic.retry_delay(
                row["retry_count"], base_s=settings.retry_base_s, max_s=settings.retry_max_s
            )
            next_at = now + delay if tries_left else None
            with db.transaction(actor="notify") as conn:
                store.mark_failed(conn, row["id"], f"{type(exc).__name__}: {exc}", next_at)
                if next_at is None and row["channel_name"] == gmail.GMAIL:
                    # The user's Gmail will not take it: their other channels still must.
                    other = store.channels(conn, row["user_id"])[0]
                    store.insert_notifications(conn, _owner(row), [gmail.fallback(row, other)])
            log.warning(
                "notification failed",
                template=row["template"],
                channel=row["channel_name"],
                error=str(exc),
                next_attempt_at=next_at.isoformat() if next_at else None,
            )
            return "failed"
        with db.transaction(actor="notify") as conn:
            store.mark_sent(conn, row["id"], external_id[:255], now)
        log.info("notification sent", template=row["template"], channel=row["channel_name"])
        return "sent"


def _owner(row: dict[str, Any]) -> dict[str, Any]:
    return {"user_id": row["user_id"], "id": row["schedule_id"], "version": row["schedule_version"]}


def send_notification(
    notification_id: uuid.UUID,
    *,
    now: datetime | None = None,
    settings: NotifySettings | None = None,
    home: Path | None = None,
) -> str:
    """Send one notification if it is due and nobody has it; returns sent, failed or skipped."""
    now = now or datetime.now(UTC)
    with db.transaction(actor="notify") as conn:
        row = store.claim_one(conn, notification_id, now)
    if row is None:
        return "skipped"
    return _finish(row, now, settings or from_env(NotifySettings), home or _home())


@dataclass(frozen=True)
class DueResult:
    """One pass of ``send_due_notifications``."""

    sent: int = 0
    failed: int = 0
    released: int = 0


def send_due_notifications(
    *,
    now: datetime | None = None,
    settings: NotifySettings | None = None,
    home: Path | None = None,
) -> DueResult:
    """Send every due notification (scheduled ones whose time came, and retries), in batches.

    Safe in several schedulers at once and across restarts: each row is claimed exactly once.
    """
    now = now or datetime.now(UTC)
    settings = settings or from_env(NotifySettings)
    home = home or _home()
    with db.transaction(actor="notify") as conn:
        released = store.release_stale(conn, now, timedelta(seconds=settings.stale_after_s))
    sent = failed = 0
    while True:
        with db.transaction(actor="notify") as conn:
            batch = store.claim_due(conn, now, settings.batch)
        for row in batch:
            if _finish(row, now, settings, home) == "sent":
                sent += 1
            else:
                failed += 1
        if len(batch) < settings.batch:
            break
    if sent or failed or released:
        log.info("due notifications", sent=sent, failed=failed, released=released)
    return DueResult(sent, failed, released)
