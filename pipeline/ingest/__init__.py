"""The ingest stage."""

from __future__ import annotations
