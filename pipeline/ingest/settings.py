"""The ingest stage's settings (``STILLONTIME_INGEST_*``, ``STILLONTIME_GMAIL_PUSH_*``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    """How far back the first sync looks, how often and how much the poller fetches, retries."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_INGEST_", extra="ignore")

    # The first (and any full) sync lists mail received in the last N days.
    lookback_days: int = Field(default=14, ge=1, le=3650)
    # Seconds between the poller's passes. 20 s keeps "within a minute of arriving" (issue 17)
    # with room for reading a scan: review_latency measured up to ~44 s from poll to message
    # under load. A pass is one history.list per user when nothing arrived (2 quota units).
    poll_interval_s: float = Field(default=20.0, gt=0)
    # Messages per messages.list / history.list page: Gmail's maximum, 500 (its default is
    # 100), so a first sync of 1,000 messages lists in 2 round trips, not 10.
    page_size: int = Field(default=500, ge=1, le=500)
    # Messages per batch request (Google advises at most 50 for Gmail).
    batch_size: int = Field(default=50, ge=1, le=100)
    # Attempts per Gmail call before the pass gives up (429, 5xx, timeouts), and the backoff.
    retry_attempts: int = Field(default=5, ge=1, le=20)
    retry_min_s: float = Field(default=1.0, ge=0)
    retry_max_s: float = Field(default=60.0, ge=0)


class PushSettings(BaseSettings):
    """Gmail push (``users.watch`` + a Pub/Sub pull subscription); off unless both are set."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_GMAIL_PUSH_", extra="ignore")

    # projects/P/topics/T: where Gmail publishes (gmail-api-push@system.gserviceaccount.com
    # must be a publisher on it).
    topic: str | None = Field(default=None, pattern=r"^projects/[^/]+/topics/[^/]+$")
    # projects/P/subscriptions/S: the pull subscription on that topic the poller reads.
    subscription: str | None = Field(default=None, pattern=r"^projects/[^/]+/subscriptions/[^/]+$")
    # A service-account (or authorized-user) JSON allowed to pull from the subscription;
    # unset: Application Default Credentials.
    credentials: Path | None = None
    # Root URL standing in for https://pubsub.googleapis.com/ (a fake server in tests).
    endpoint: str | None = None
    # OAuth token endpoint for those credentials (tests); unset: the one the file names.
    token_uri: str | None = None
    # With push on, the poller still polls every user this often, as a safety net.
    poll_interval_s: float = Field(default=900.0, gt=0)
    # Renew a user's watch when it is this old (Google: at least every 7 days; daily advised)
    # or when less than ``renew_before_s`` of it is left.
    renew_every_s: float = Field(default=86_400.0, gt=0, le=6 * 86_400)
    renew_before_s: float = Field(default=86_400.0, gt=0, le=6 * 86_400)
    # How often the poller looks for watches to create or renew.
    renew_check_s: float = Field(default=600.0, gt=0)
    # Messages per pull, and how long one pull may wait for messages (HTTP timeout).
    max_messages: int = Field(default=100, ge=1, le=1000)
    pull_wait_s: float = Field(default=10.0, gt=0, le=600)
    # Pause after an empty pull (the real service long-polls; this bounds a fast empty answer).
    idle_s: float = Field(default=1.0, ge=0)
    # The subscription's ack deadline (Pub/Sub's default is 10 s). While the mailboxes of a
    # pull are synced, their notifications' leases are extended by ``lease_s`` at a time,
    # first at half the deadline: another poller must not get them and sync the same mailbox.
    ack_deadline_s: float = Field(default=10.0, gt=0, le=600)
    lease_s: float = Field(default=60.0, ge=0.1, le=600)

    @property
    def enabled(self) -> bool:
        """Push is on only with both a topic and a subscription."""
        return bool(self.topic and self.subscription)


def poller_period_s() -> float:
    """Seconds between two passes of the poller (its health check allows three)."""
    return IngestSettings().poll_interval_s
