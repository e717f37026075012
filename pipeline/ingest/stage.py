"""The ingest stage's plug (see pipeline.runtime.stage): no actors; the poller and its CLI."""

from __future__ import annotations

from pipeline.runtime.stage import Stage

STAGE = Stage(name="ingest")
