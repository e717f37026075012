"""Pure logic shared by several stages (shooting days, schedules)."""

from __future__ import annotations
