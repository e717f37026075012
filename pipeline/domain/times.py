"""Wall-clock times of a shooting day as instants (pure: route and weather both need them)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo


def local_instant(day: date, at: time, tz: str) -> datetime:
    """``day`` at wall-clock ``at`` in ``tz``, as an aware UTC instant.

    A time the clocks skip (02:30 on the spring-forward night) or repeat (02:30 on the fall-back
    night) is taken at its earlier reading: a crew that is early is not late.
    """
    zone = ZoneInfo(tz)
    readings = [datetime.combine(day, at, tzinfo=zone).replace(fold=f) for f in (0, 1)]
    return min(r.astimezone(UTC) for r in readings)


def weekday_clock(moment: datetime, tz: str) -> str:
    """``moment`` as a person reads it on the set's clock: ``Tue 06:05``."""
    return moment.astimezone(ZoneInfo(tz)).strftime("%a %H:%M")
