"""The ingest stage's settings (``STILLONTIME_INGEST_*``)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    """How far back the first sync looks, how often and how much the poller fetches, retries."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_INGEST_", extra="ignore")

    # The first (and any full) sync lists mail received in the last N days.
    lookback_days: int = Field(default=14, ge=1, le=3650)
    # Seconds between the poller's passes.
    poll_interval_s: float = Field(default=60.0, gt=0)
    # Messages per messages.list / history.list page (Gmail allows up to 500).
    page_size: int = Field(default=100, ge=1, le=500)
    # Messages per batch request (Google advises at most 50 for Gmail).
    batch_size: int = Field(default=50, ge=1, le=100)
    # Attempts per Gmail call before the pass gives up (429, 5xx, timeouts), and the backoff.
    retry_attempts: int = Field(default=5, ge=1, le=20)
    retry_min_s: float = Field(default=1.0, ge=0)
    retry_max_s: float = Field(default=60.0, ge=0)
