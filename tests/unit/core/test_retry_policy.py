"""The workers' retry policy: which failures are tried again, and the state machines' refusal."""

from __future__ import annotations

import dramatiq
import psycopg
import psycopg_pool
import pytest
from dramatiq.middleware import Retries
from dramatiq.middleware.time_limit import TimeLimitExceeded

from pipeline.errors import IllegalTransition, PermanentError, TransientError
from pipeline.outside.webclient import (
    ProviderError,
    ProviderNonsense,
    ProviderRejected,
    ProviderUnavailable,
)
from pipeline.runtime.messaging import build_broker, illegal_transition, retried
from pipeline.settings import get_settings

E = psycopg.errors

# Failures that may pass: a later attempt can succeed.
PASSING = [
    TransientError("rate limited"),
    dramatiq.Retry("later"),
    TimeLimitExceeded(),
    E.SerializationFailure("could not serialize access"),
    E.DeadlockDetected("deadlock detected"),
    E.QueryCanceled("canceling statement due to statement timeout"),
    E.AdminShutdown("terminating connection due to administrator command"),
    psycopg.OperationalError("connection lost"),
    psycopg.InterfaceError("the connection is closed"),
    psycopg_pool.PoolTimeout("couldn't get a connection after 30 s"),
    E.ReadOnlySqlTransaction("cannot execute UPDATE in a read-only transaction"),
    E.UniqueViolation("duplicate key value violates unique constraint"),
    E.ExclusionViolation("conflicting key value violates exclusion constraint"),
    ProviderUnavailable("open-meteo unavailable after 3 attempts: HTTP 503"),
]

# Failures that would fail again the same way: the delivery is dead at once.
LASTING = [
    PermanentError("unreadable"),
    IllegalTransition("illegal transition of schedule_data.status from extracted to modified"),
    E.UntranslatableCharacter("character has no equivalent in encoding"),
    E.NumericValueOutOfRange("value out of range"),
    E.UndefinedTable('relation "nowhere" does not exist'),
    E.InsufficientPrivilege("new row violates row-level security policy"),
    E.RaiseException("a bare RAISE EXCEPTION"),
    E.CheckViolation("new row violates check constraint"),
    E.NotNullViolation("null value in column violates not-null constraint"),
    E.ForeignKeyViolation("insert violates foreign key constraint"),
    E.RestrictViolation("update violates restrict constraint"),
    ProviderRejected("osrm refused: InvalidQuery"),
    ProviderNonsense("open-meteo answered without hourly times"),
]


@pytest.mark.parametrize("error", PASSING, ids=lambda e: type(e).__name__)
def test_a_failure_that_may_pass_is_retried(error: BaseException) -> None:
    assert retried(error)


@pytest.mark.parametrize("error", LASTING, ids=lambda e: type(e).__name__)
def test_a_failure_that_would_repeat_is_not_retried(error: BaseException) -> None:
    assert not retried(error)


def test_the_broker_retries_by_the_policy_and_within_max_retries() -> None:
    # Building a Redis broker does not connect: nothing is sent here.
    broker = build_broker("redis://127.0.0.1:9/0", namespace="sot-unit")
    (policy,) = [m for m in broker.middleware if isinstance(m, Retries)]
    assert policy.retry_when(0, TransientError())
    assert not policy.retry_when(0, IllegalTransition())
    assert not policy.retry_when(0, E.CheckViolation())
    assert policy.retry_when(0, E.SerializationFailure())
    limit = get_settings().max_retries
    assert policy.retry_when(limit - 1, TransientError())
    assert not policy.retry_when(limit, TransientError())


def test_only_a_state_machine_refusal_is_an_illegal_transition() -> None:
    # Without the trigger's constraint name (ck_<table>_<column>_transition) nothing maps;
    # the db tests map the database's own refusals (tests/db/test_state_machines.py).
    assert illegal_transition(E.CheckViolation("new row violates check constraint")) is None
    assert illegal_transition(E.UniqueViolation("duplicate key")) is None
    assert illegal_transition(ValueError("illegal transition of x.y from a to b")) is None


def test_every_provider_error_is_either_permanent_or_transient() -> None:
    for cls in (ProviderUnavailable, ProviderRejected, ProviderNonsense):
        assert issubclass(cls, ProviderError)
        assert issubclass(cls, PermanentError) != issubclass(cls, TransientError), cls
    assert issubclass(ProviderUnavailable, TransientError)
    assert issubclass(ProviderRejected, PermanentError)
    assert issubclass(ProviderNonsense, PermanentError)
