"""What ``stillontime doctor`` reports, and how a stage declares its own checks.

A check yields findings: one line each, saying what is fine or what is wrong and the command
that fixes it. The core checks the database, Redis, the migrations, the Google grants and the
service processes; a stage adds its own (``Stage.checks``), named by ``"module:function"`` so
declaring them imports nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import psycopg

Status = Literal["ok", "warn", "fail", "skip"]


@dataclass(frozen=True)
class Finding:
    """One line of the report: ``fix`` is the command (or step) that mends a warn or fail."""

    check: str
    status: Status
    detail: str
    fix: str | None = None


@dataclass(frozen=True)
class CheckContext:
    """What a check may use: the database as its owner (None when it is not reachable), the
    data folder, and whether the person asked for test sends."""

    conn: psycopg.Connection | None
    home: Path
    send_test: bool = False


@dataclass(frozen=True)
class Check:
    """A stage's check: ``run`` is ``"module:function"``, ``(CheckContext) -> Iterable[Finding]``;
    one that ``needs_database`` is skipped, with the reason, when the database is not reachable."""

    name: str
    run: str
    needs_database: bool = True


CheckFunction = Callable[[CheckContext], Iterable[Finding]]
