"""The notify stage's part in ``stillontime demo``: the summary and the messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.domain.times import weekday_clock


def lines(plan: dict[str, Any]) -> list[str]:
    """The summaries, then each notification: template, channel, state, when, its file."""
    found: list[str] = []
    for m in plan["summaries"]:
        found += ["", "summary:", *("  " + x for x in m["content"].splitlines())]
    for n in plan["notifications"]:
        tz = (plan.get("routes") or [{}])[0].get("timezone") or "UTC"
        when = n["scheduled_for"] and f" for {weekday_clock(n['scheduled_for'], tz)}"
        line = f"notification {n['template']} via {n['channel']}: {n['status']}{when or ''}"
        outbox = Path(plan["home"]) / "outbox" / f"{n['id']}.txt"
        if n["status"] == "sent" and outbox.exists():
            line += f" -> {outbox}"
        found.append(line)
    return found
