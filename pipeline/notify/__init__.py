"""The notify stage: the day's summary (text and HTML, English and Polish) and notifications."""

from __future__ import annotations

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
