"""The weather refresh: a scheduler job that fetches forecasts again as the day approaches."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

import structlog

from pipeline import db
from pipeline.domain.times import local_instant
from pipeline.weather import logic, store
from pipeline.weather.service import assess_weather

log = structlog.get_logger("stillontime.weather")

# Records looked at per pass: refreshing is slow (an outside call each), passes are frequent.
REFRESH_BATCH = 50
# Seconds a pass may spend: it runs inside the scheduler's loop, beside the other jobs; what is
# left over is due again at the next pass.
REFRESH_BUDGET_S = 120.0


@dataclass
class RefreshResult:
    """One pass: how many records were due, and which got a new revision (the user is told)."""

    due: int = 0
    revised: list[str] = field(default_factory=list)
    failed: int = 0
    deferred: int = 0


def refresh_forecasts(
    now: datetime | None = None,
    limit: int = REFRESH_BATCH,
    budget_s: float = REFRESH_BUDGET_S,
) -> RefreshResult:
    """Fetch again every record that is due (``logic.refresh_due``); one failure never stops
    the pass. A change that matters bumps the record's revision: weather_assessed again."""
    now = now or datetime.now(UTC)
    with db.pool().connection() as conn:
        rows = store.due_for_refresh(conn, limit)
    result = RefreshResult()
    deadline = time.monotonic() + budget_s
    for row in rows:
        call = local_instant(row["shooting_date"], row["call_time"], row["timezone"])
        if not logic.refresh_due(status=row["status"], fetched_at=row["fetched_at"], call=call,
                                 now=now):  # fmt: skip
            continue
        result.due += 1
        if time.monotonic() > deadline:
            result.deferred += 1
            continue
        ids = {"schedule_id": str(row["schedule_id"]), "user_id": str(row["user_id"]),
               "stage": "weather"}  # fmt: skip
        with structlog.contextvars.bound_contextvars(**ids):
            outcome = assess_weather(row["schedule_id"], row["user_id"], refresh=True, now=now)
        if outcome.action in ("insert", "update"):
            result.revised.append(str(row["schedule_id"]))
        if outcome.status == "failed":
            result.failed += 1
    return result
