"""Builds the Dramatiq Redis broker with the pipeline's retry policy and delivery tracking."""

from __future__ import annotations

import dramatiq
import psycopg
from dramatiq.middleware import CurrentMessage, Retries, TimeLimit, default_middleware

from pipeline.errors import IllegalTransition, PermanentError
from pipeline.runtime.deliveries import DeliveryTracking
from pipeline.runtime.doorbell import DoorbellRedisBroker
from pipeline.runtime.instances import InstanceTracking
from pipeline.settings import get_settings

# The retry policy of every actor. Errors listed here would fail again the same way: the
# delivery is dead at once. Everything else is retried with backoff up to max_retries, as a
# failure that may pass: TransientError, Dramatiq's Retry, psycopg.OperationalError (connection
# lost, server restarting, a query cancelled, and TransactionRollbackError: serialization
# failures, deadlocks, the schedules' optimistic lock), psycopg.InternalError (a read-only
# server during a failover), UniqueViolation and ExclusionViolation (a concurrent writer made
# the row first: the retry reads it and takes the update path).
NEVER_RETRIED: tuple[type[BaseException], ...] = (
    # Our own verdict that the input cannot be processed (IllegalTransition among them).
    PermanentError,
    # A value the database cannot take (an untranslatable character, a number out of range).
    psycopg.DataError,
    # Wrong SQL, a missing object, a privilege or row-level security refusal, a bare RAISE.
    psycopg.ProgrammingError,
    # A row that breaks a rule of the schema breaks it again when written again.
    psycopg.errors.CheckViolation,
    psycopg.errors.NotNullViolation,
    # A referenced row is missing: rows are committed before their events are, so it was
    # deleted, and will not come back.
    psycopg.errors.ForeignKeyViolation,
    psycopg.errors.RestrictViolation,
)

# How the state machines refuse a move (db/0002 enforce_state_transition): a check_violation
# whose constraint is named ck_<table>_<column>_transition.
_TRANSITION_SQLSTATE = psycopg.errors.CheckViolation.sqlstate
_TRANSITION_CONSTRAINT_SUFFIX = "_transition"


def illegal_transition(exception: BaseException) -> IllegalTransition | None:
    """The state machines' refusal in ``exception`` as an ``IllegalTransition``, else None.

    The refusal names the move and the allowed ones (the trigger's hint); the psycopg error is
    the new error's ``__cause__`` once raised with ``raise ... from``.
    """
    if not isinstance(exception, psycopg.Error) or exception.sqlstate != _TRANSITION_SQLSTATE:
        return None
    diag = exception.diag
    if not (diag.constraint_name or "").endswith(_TRANSITION_CONSTRAINT_SUFFIX):
        return None
    message = diag.message_primary or str(exception)
    return IllegalTransition(f"{message} ({diag.message_hint})" if diag.message_hint else message)


def retried(exception: BaseException) -> bool:
    """Whether a delivery that failed with ``exception`` is worth another attempt."""
    return not isinstance(exception, NEVER_RETRIED)


def build_broker(redis_url: str, *, namespace: str | None = None) -> DoorbellRedisBroker:
    """A Redis broker (with a doorbell for idle workers: pipeline/runtime/doorbell.py) with our
    retry policy, time limit and delivery tracking."""
    settings = get_settings()

    def retry_when(retries_so_far: int, exception: BaseException) -> bool:
        return retries_so_far < settings.max_retries and retried(exception)

    middleware: list[dramatiq.Middleware] = [
        m() for m in default_middleware if m not in (Retries, TimeLimit)
    ]
    instances = InstanceTracking()
    middleware += [
        # Before Retries in the list: Dramatiq runs "after" hooks in reverse, so this one sees
        # the message once Retries has decided whether it will be tried again. Each start names
        # this worker process, so the killer guard counts only starts of lost processes.
        DeliveryTracking(instance_id=instances.instance_id),
        instances,
        # The actor reads its message's event token (pipeline/runtime/actors.py).
        CurrentMessage(),
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
    return DoorbellRedisBroker(
        url=redis_url,
        namespace=namespace or settings.redis_namespace,
        middleware=middleware,
        heartbeat_timeout=settings.worker_heartbeat_timeout_ms,
    )
