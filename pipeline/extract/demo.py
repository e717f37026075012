"""The extract stage's part in ``stillontime demo``: the schedules read from the sheet."""

from __future__ import annotations

from datetime import time
from typing import Any


def lines(plan: dict[str, Any]) -> list[str]:
    """Each schedule: production, day, call, set, base, hospital, scenes, its last error."""
    found: list[str] = []
    for s in plan["schedules"]:
        found += [
            "",
            f"{s['production']} - day {s['shooting_day']} - {s['shooting_date']:%A %d %B %Y}",
            f"  crew call  {_call(s['call_time'])}   ({s['status']}, version {s['version']}, "
            f"confidence {s['confidence_score']})",
            f"  set        {s['location']}",
            f"  unit base  {s['base_location'] or '-'}",
            f"  hospital   {_hospital(s['hospital'])}",
            f"  scenes     {', '.join(_scene(x) for x in s['scenes']) or '-'}",
        ]
        if s["last_error"]:
            found.append(f"  ! {s['last_error_stage']} failed: {s['last_error']}")
    return found


def _call(call: time | None) -> str:
    return call.strftime("%H:%M") if call else "not found"


def _hospital(hospital: dict[str, Any] | None) -> str:
    if not hospital:
        return "-"
    return ", ".join(v for v in (hospital.get("name"), hospital.get("address")) if v)


def _scene(scene: dict[str, Any]) -> str:
    return " ".join(v for v in (scene.get("number"), scene.get("int_ext")) if v)
