"""The calendar stage's part in ``stillontime demo``: the event written, and its file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.domain.times import weekday_clock


def lines(plan: dict[str, Any]) -> list[str]:
    """Each calendar event: provider, state, title, times (the set's clock), its .ics file."""
    found = []
    for c in plan["calendar"]:
        tz = c.get("timezone") or (plan.get("routes") or [{}])[0].get("timezone") or "UTC"
        found.append(f"\ncalendar ({c['provider']}, {c['sync_status']}): {c['title']}")
        found.append(f"  {weekday_clock(c['start_time'], tz)} - {weekday_clock(c['end_time'], tz)}")
        if c["provider"] == "ics":
            from pipeline.calendar.providers import ics_folder

            folder = ics_folder(Path(plan["home"]), c["user_id"])
            found.append(f"  {folder / (c['calendar_event_id'] + '.ics')}")
    return found
