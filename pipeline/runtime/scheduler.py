"""The periodic scheduler: runs the core's housekeeping jobs and those the stages declare."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import psycopg
import structlog

from pipeline.runtime import health

if TYPE_CHECKING:
    from pipeline.runtime.stage import Stage

log = structlog.get_logger("stillontime.scheduler")

# The longest the scheduler sleeps between passes (until the earliest job is due, at most this):
# each pass beats its health file (`stillontime health scheduler`).
LONGEST_SLEEP_S = 10.0


@dataclass(frozen=True)
class PeriodicJob:
    """A job run every ``every_s`` seconds. Jobs must be safe to run in two schedulers at once."""

    name: str
    every_s: float
    run: Callable[[], object]

    def __post_init__(self) -> None:
        if self.every_s <= 0:
            raise ValueError(f"job {self.name}: every_s must be > 0")


@dataclass
class Scheduler:
    """Runs each job when due; ``run_once`` is one pass, ``run_forever`` the loop, which sleeps
    until the earliest job is due (at most ``tick_s``)."""

    jobs: Sequence[PeriodicJob]
    tick_s: float = LONGEST_SLEEP_S
    _next_run: dict[str, float] = field(default_factory=dict)

    def run_once(self, now: float) -> list[str]:
        """Run the jobs due at ``now`` (a monotonic time); return their names."""
        ran = []
        for job in self.jobs:
            if now < self._next_run.get(job.name, 0.0):
                continue
            self._next_run[job.name] = now + job.every_s
            try:
                result = job.run()
            except psycopg.OperationalError as exc:
                log.warning("job could not reach the database", job=job.name, error=str(exc))
                continue
            except Exception:
                # One failing job must not stop the others (or the loop); it runs again later.
                log.exception("job failed", job=job.name)
                continue
            log.debug("job ran", job=job.name, result=result)
            ran.append(job.name)
        return ran

    def sleep_s(self, now: float) -> float:
        """How long the loop sleeps after a pass at ``now``: until the earliest job is due, at
        most ``tick_s`` (never less than a millisecond, so a failing job cannot spin it)."""
        due = min((self._next_run.get(j.name, 0.0) for j in self.jobs), default=now + self.tick_s)
        return min(self.tick_s, max(0.001, due - now))

    def run_forever(self, stop: threading.Event) -> None:
        log.info("scheduler started", jobs=[j.name for j in self.jobs])
        while not stop.is_set():
            self.run_once(time.monotonic())
            health.beat("scheduler")
            stop.wait(self.sleep_s(time.monotonic()))
        log.info("scheduler stopped")


def default_jobs(registered: Sequence[Stage] | None = None) -> list[PeriodicJob]:
    """The jobs of a running pipeline: the core's, then each stage's (its stage.py) of
    ``registered`` (default: the registry's)."""
    from pipeline.db.statistics import analyze_grown_tables
    from pipeline.outbox.redelivery import redeliver_stale
    from pipeline.outbox.retention import prune_events, prune_instances
    from pipeline.runtime.broker import broker
    from pipeline.runtime.stages import stages
    from pipeline.settings import get_settings

    settings = get_settings()
    core = [
        PeriodicJob(
            "redeliver_stale",
            min(60.0, settings.redeliver_after_s / 2),
            lambda: redeliver_stale(broker, older_than_s=settings.redeliver_after_s),
        ),
        PeriodicJob(
            "prune_events",
            3600.0,
            lambda: prune_events(older_than_days=settings.event_retention_days),
        ),
        PeriodicJob(
            "prune_instances",
            3600.0,
            lambda: prune_instances(older_than_days=settings.instance_retention_days),
        ),
        # What autovacuum would analyze, when it is off (db/0041; autovacuum_naptime's 60 s).
        PeriodicJob("analyze_grown_tables", 60.0, analyze_grown_tables),
    ]
    found = core + [j for s in registered or stages() if s.jobs for j in s.jobs()]
    names = [j.name for j in found]
    if len(set(names)) != len(names):
        raise ValueError(f"two periodic jobs share a name: {sorted(names)}")
    return found
