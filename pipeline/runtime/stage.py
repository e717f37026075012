"""What a stage declares about itself, in its own ``pipeline/<stage>/stage.py`` (``STAGE``).

The core collects these declarations (``pipeline.runtime.stages``) and knows no stage by name:
the dispatcher's routes, the worker's actor modules, the scheduler's jobs, the command line's
entries, the long-running services and their health checks, the status and metrics counts,
the demo's steps, and the secrets a key rotation re-encrypts.

A declaration never imports the stage's heavy modules: what the core runs is named by a
``"module:attribute"`` path (imported when used) or wrapped in a function that imports it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

    from pipeline.runtime.checks import Check
    from pipeline.runtime.scheduler import PeriodicJob


def resolve(path: str) -> Any:
    """The object a ``"package.module:attribute"`` path names (its module imported now)."""
    module, _, attribute = path.partition(":")
    if not module or not attribute:
        raise ValueError(f"{path!r} is not a 'module:attribute' path")
    return getattr(importlib.import_module(module), attribute)


def queries_beside(file: str) -> Callable[[], Mapping[str, str]]:
    """A loader of the ``queries.sql`` next to ``file`` (a stage's ``__file__``), read once."""

    @cache
    def load() -> Mapping[str, str]:
        from pipeline.db.sqlfile import load_queries

        return load_queries(Path(file).with_name("queries.sql"))

    return load


@dataclass(frozen=True)
class SecretRotation:
    """Re-encrypts a stage's stored secrets under the vault's first key; returns how many."""

    label: str  # what the count is of, as a person reads it ("channel URLs")
    rotate: Callable[[psycopg.Connection, Any], int]


@dataclass(frozen=True)
class CliCommand:
    """One entry of the ``stillontime`` command line, declared without importing it: its
    sub-app is imported only when the entry runs (or its own ``--help`` is asked).

    Parameters
    ----------
    name
        The entry as a person types it.
    app
        ``"module:attribute"`` of a ``typer.Typer``: the group ``name`` itself or, with
        ``pick``, an app that holds a command or group called ``name``; or of a plain
        ``click.Command`` (for a command that must start at once: typer costs it pydantic).
    help
        The line ``stillontime --help`` shows for it (a test checks it against the entry's own).
    pick
        Take ``name`` out of ``app`` rather than mount ``app`` whole.
    """

    name: str
    app: str
    help: str
    pick: bool = False


@dataclass(frozen=True)
class Service:
    """A long-running service of the stage, run as ``stillontime <name>`` by ``up`` and checked
    by ``stillontime health <name>``; ``period_s`` (``"module:function"``) gives the seconds
    between two of its passes (the health check allows three)."""

    name: str
    period_s: str


@dataclass(frozen=True)
class Demo:
    """The stage's part in ``stillontime demo``.

    Parameters
    ----------
    rows
        Key of the day plan -> a named query of the stage (parameter ``email``: the demo user's)
        whose rows the plan holds under that key.
    lines
        ``"module:function"``: the plan (every stage's rows) -> the stage's lines of the printout.
    feed
        ``"module:function"``: ``(user_id, path)`` puts the demo's call sheet in (one stage).
    """

    rows: Mapping[str, str] = field(default_factory=dict)
    lines: str | None = None
    feed: str | None = None


@dataclass(frozen=True)
class Action:
    """A button of ``stillontime dashboard`` on a panel's row, run by the same function as the
    stage's command that does it.

    Parameters
    ----------
    name
        Its part of the URL (``POST /act/<stage>/<name>/<id>``).
    label
        The button's text.
    run
        ``"module:function"``: ``(subject_id: str, fields: dict[str, str], by: str) -> str``,
        what happened as one line; raises ``pipeline.errors.Refused`` with what is wrong.
    fields
        The inputs sent with it (a blank one is not sent).
    """

    name: str
    label: str
    run: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Panel:
    """A table on the dashboard's page: the rows of a named query (parameter ``limit``); a row's
    ``id`` is a schedule's, linked to its day, and the subject of the panel's actions."""

    title: str
    query: str
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class Dashboard:
    """The stage's part in ``stillontime dashboard``: its panels, and what a schedule's day
    view shows of it (heading -> named query, parameter ``schedule_id``). The dashboard reads
    them as ``stillontime_reporting``."""

    panels: tuple[Panel, ...] = ()
    day: Mapping[str, str] = field(default_factory=dict)


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
    before_fork
        ``"module:function"`` paths the worker's parent calls, after importing the actor
        modules and before forking its worker processes: what each of them would otherwise
        start for itself, started once and shared (a helper process).
    jobs
        Builds the stage's periodic jobs, its own retention included (called by the scheduler).
    cli
        Its entries of the command line.
    services
        Its long-running services (``stillontime up`` runs them; ``health`` checks them).
    status_queries
        Named queries (in ``queries``) giving rows ``(stage, tbl, status, n)`` for
        ``stillontime status`` and the metrics.
    failure_queries
        Named queries (parameter ``limit``) giving rows ``(stage, subject_id, message, at)``:
        its latest failures, newest first.
    failure_reason_queries
        Named queries giving rows ``(stage, reason, n)``: its failures by reason (metrics),
        besides its dead deliveries, which the core counts.
    problems
        ``"module:function"``: ``(conn)`` -> what ``stillontime status`` shows as the stage's
        problems (``<stage>_problems``), each a dict with ``email`` (whose) and ``message``.
    busy_queries
        Named queries giving one row ``(busy)``: true while the stage has work in flight that
        no event or delivery shows (the demo waits until no stage is busy).
    demo
        Its part in ``stillontime demo``.
    queries
        The stage's named queries (its ``queries.sql``, see ``queries_beside``).
    secret_rotations
        What ``auth rotate-key`` re-encrypts besides the Google grants.
    dashboard
        Its panels and day view in ``stillontime dashboard``.
    checks
        What ``stillontime doctor`` checks for the stage (pipeline.runtime.checks).
    """

    name: str
    routes: Mapping[str, Sequence[str]] = field(default_factory=dict)
    actor_modules: tuple[str, ...] = ()
    before_fork: tuple[str, ...] = ()
    jobs: Callable[[], Sequence[PeriodicJob]] | None = None
    cli: tuple[CliCommand, ...] = ()
    services: tuple[Service, ...] = ()
    status_queries: tuple[str, ...] = ()
    failure_queries: tuple[str, ...] = ()
    failure_reason_queries: tuple[str, ...] = ()
    problems: str | None = None
    busy_queries: tuple[str, ...] = ()
    demo: Demo | None = None
    queries: Callable[[], Mapping[str, str]] | None = None
    secret_rotations: tuple[SecretRotation, ...] = ()
    dashboard: Dashboard | None = None
    checks: tuple[Check, ...] = ()

    def query(self, name: str) -> str:
        """One of the stage's named queries."""
        found = self.queries() if self.queries else {}
        if name not in found:
            raise KeyError(f"stage {self.name} declares no query {name!r}")
        return found[name]
