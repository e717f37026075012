"""The notify stage: the day's summary (text and HTML, English and Polish) and notifications.

Its names are imported on first use, so the stage's plug (``stage.py``, which the command line
and every service import) loads none of its modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.notify.logic import idempotency_key, plan_notifications, readiness
    from pipeline.notify.summary import build_summary
    from pipeline.notify.templates import TEMPLATES, changes_between, describe_changes

__all__ = [
    "TEMPLATES",
    "build_summary",
    "changes_between",
    "describe_changes",
    "idempotency_key",
    "plan_notifications",
    "readiness",
]

_MODULE_OF = {
    "idempotency_key": "logic",
    "plan_notifications": "logic",
    "readiness": "logic",
    "build_summary": "summary",
    "TEMPLATES": "templates",
    "changes_between": "templates",
    "describe_changes": "templates",
}


def __getattr__(name: str) -> Any:
    if name in _MODULE_OF:
        return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
