"""What a stage declares about itself, in its own ``pipeline/<stage>/stage.py`` (``STAGE``).

The core collects these declarations (``pipeline.runtime.stages``) and knows no stage by name:
the dispatcher's routes, the worker's actor modules, the scheduler's jobs, the command line's
sub-apps, the status and metrics counts, and the secrets a key rotation re-encrypts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg
    import typer

    from pipeline.runtime.scheduler import PeriodicJob


@dataclass(frozen=True)
class SecretRotation:
    """Re-encrypts a stage's stored secrets under the vault's first key; returns how many."""

    label: str  # what the count is of, as a person reads it ("channel URLs")
    rotate: Callable[[psycopg.Connection, Any], int]


@dataclass(frozen=True)
class CliMount:
    """A stage's typer sub-app, mounted under ``name`` (None: its commands at the top level)."""

    app: Callable[[], typer.Typer]
    name: str | None = None


@dataclass(frozen=True)
class Stage:
    """One stage's plug: everything the core needs of it, and nothing more.

    Parameters
    ----------
    name
        The stage's name: its folder, its queue, the prefix of its actors.
    routes
        Event kind -> the names of this stage's actors that consume it.
    actor_modules
        Modules whose import declares the actors (a worker imports them all).
    jobs
        Builds the stage's periodic jobs, its own retention included (called by the scheduler).
    cli
        Its command-line sub-apps.
    status_queries
        Named queries (in ``queries``) giving rows ``(stage, tbl, status, n)`` for
        ``stillontime status`` and the metrics.
    failure_queries
        Named queries giving rows ``(stage, subject_id, message, at)``: its latest failures.
    queries
        The stage's named queries (its ``queries.sql``), loaded on first use.
    secret_rotations
        What ``auth rotate-key`` re-encrypts besides the Google grants.
    """

    name: str
    routes: Mapping[str, Sequence[str]] = field(default_factory=dict)
    actor_modules: tuple[str, ...] = ()
    jobs: Callable[[], Sequence[PeriodicJob]] | None = None
    cli: tuple[CliMount, ...] = ()
    status_queries: tuple[str, ...] = ()
    failure_queries: tuple[str, ...] = ()
    queries: Callable[[], Mapping[str, str]] | None = None
    secret_rotations: tuple[SecretRotation, ...] = ()
