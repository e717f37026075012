"""The calendar stage: the shooting day as a Google Calendar event or an .ics file.

Its names are imported on first use, so the stage's plug (``stage.py``, which the command line
and every service import) loads none of its modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.calendar.logic import EventContent, content_for, decide, event_id_for

__all__ = ["EventContent", "content_for", "decide", "event_id_for"]

_MODULE_OF = {
    "EventContent": "logic",
    "content_for": "logic",
    "decide": "logic",
    "event_id_for": "logic",
}


def __getattr__(name: str) -> Any:
    if name in _MODULE_OF:
        return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
