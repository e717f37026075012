"""StillOnTime: call-sheet emails to a planned shooting day."""

from __future__ import annotations

__version__ = "0.1.0"
