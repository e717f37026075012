"""Dates relative to the real today, so that no test depends on the day it runs.

The database stamps rows with its own ``now()`` and the stages compare what they plan with the
clock: a pinned date turns into the past one day and the test starts failing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta


def today() -> date:
    """Today in UTC, the time zone the database and the stages compare in."""
    return datetime.now(UTC).date()


def days_ahead(days: int) -> date:
    """A date ``days`` after today (a future shooting day)."""
    return today() + timedelta(days=days)
