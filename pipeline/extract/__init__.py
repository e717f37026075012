"""The extract stage: call-sheet PDFs to shooting days with honest confidence."""

from __future__ import annotations

from pipeline.extract.reader.api import extract_document
from pipeline.extract.reader.errors import ExtractError
from pipeline.extract.reader.model import DocumentResult, Limits

__all__ = ["DocumentResult", "ExtractError", "Limits", "extract_document"]
