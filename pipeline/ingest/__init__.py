"""The ingest stage: Gmail and the local inbox to processed_emails and documents.

Its names are imported on first use, so the stage's plug (``stage.py``, which the command line
and every service import) loads none of its modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.ingest.logic import Decision, Filters, decide
    from pipeline.ingest.mime import ParsedEmail, parse_message
    from pipeline.ingest.settings import IngestSettings, PushSettings

__all__ = [
    "Decision",
    "Filters",
    "IngestSettings",
    "ParsedEmail",
    "PushSettings",
    "decide",
    "parse_message",
]

_MODULE_OF = {
    "Decision": "logic",
    "Filters": "logic",
    "decide": "logic",
    "ParsedEmail": "mime",
    "parse_message": "mime",
    "IngestSettings": "settings",
    "PushSettings": "settings",
}


def __getattr__(name: str) -> Any:
    if name in _MODULE_OF:
        return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
