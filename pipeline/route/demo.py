"""The route stage's part in ``stillontime demo``: when to wake up, leave and arrive."""

from __future__ import annotations

from typing import Any

from pipeline.domain.times import weekday_clock


def lines(plan: dict[str, Any]) -> list[str]:
    """Each route plan: wake up, leave, arrive, time on the road, its warnings."""
    found = []
    for r in plan["routes"]:
        tz = r["timezone"]
        found += [
            f"\nroute ({r['provider']}, confidence {r['confidence_score']}):",
            f"  wake up    {weekday_clock(r['wake_up_time'], tz)}",
            f"  leave      {weekday_clock(r['departure_time'], tz)}",
            f"  arrive     {weekday_clock(r['arrival_time'], tz)}"
            f"   ({r['total_travel_minutes']} min on the road)",
            *(f"  ! {_text(w)}" for w in r["warnings"]),
        ]
    return found


def _text(warning: Any) -> str:
    """A warning as text (the plan writes ``{"code", "message"}`` objects)."""
    return warning.get("message", str(warning)) if isinstance(warning, dict) else str(warning)
