"""The weather stage's part in ``stillontime demo``: the forecast, or why there is none."""

from __future__ import annotations

from typing import Any


def lines(plan: dict[str, Any]) -> list[str]:
    """Each weather record: what it says (or its status), its warnings, its error."""
    found = []
    for w in plan["weather"]:
        said = w["description"] or ""
        found.append(f"\nweather ({w['provider']}): {said or w['status']}")
        found += [f"  ! {_text(x)}" for x in w["warnings"]]
        if w["error"]:
            found.append(f"  {w['error']}")
    return found


def _text(warning: Any) -> str:
    """A warning as text (the record writes ``{"code", "message"}`` objects)."""
    return warning.get("message", str(warning)) if isinstance(warning, dict) else str(warning)
