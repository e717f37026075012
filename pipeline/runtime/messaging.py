"""Builds the Dramatiq Redis broker with the pipeline's retry policy and delivery tracking."""

from __future__ import annotations

import dramatiq
import psycopg
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import Retries, TimeLimit, default_middleware

from pipeline.errors import PermanentError
from pipeline.runtime.deliveries import DeliveryTracking
from pipeline.runtime.instances import InstanceTracking
from pipeline.settings import get_settings

# Errors that would fail again the same way: never retried.
NEVER_RETRIED: tuple[type[BaseException], ...] = (
    PermanentError,
    psycopg.DataError,
    psycopg.ProgrammingError,
)


def build_broker(redis_url: str, *, namespace: str | None = None) -> RedisBroker:
    """A Redis broker with our retry policy, time limit and delivery tracking."""
    settings = get_settings()

    def retry_when(retries_so_far: int, exception: BaseException) -> bool:
        return retries_so_far < settings.max_retries and not isinstance(exception, NEVER_RETRIED)

    middleware: list[dramatiq.Middleware] = [
        m() for m in default_middleware if m not in (Retries, TimeLimit)
    ]
    middleware += [
        # Before Retries in the list: Dramatiq runs "after" hooks in reverse, so this one sees
        # the message once Retries has decided whether it will be tried again.
        DeliveryTracking(),
        InstanceTracking(),
        TimeLimit(time_limit=settings.time_limit_ms),
        Retries(
            min_backoff=settings.min_backoff_ms,
            max_backoff=settings.max_backoff_ms,
            retry_when=retry_when,
        ),
    ]
    if settings.worker_metrics:
        from dramatiq.middleware.prometheus import Prometheus

        middleware.append(Prometheus())
    return RedisBroker(
        url=redis_url,
        namespace=namespace or settings.redis_namespace,
        middleware=middleware,
        heartbeat_timeout=settings.worker_heartbeat_timeout_ms,
    )
