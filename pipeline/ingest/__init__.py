"""The ingest stage: Gmail and the local inbox to processed_emails and documents."""

from __future__ import annotations

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
