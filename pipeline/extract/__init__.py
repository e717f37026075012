"""The extract stage: call-sheet PDFs to shooting days with honest confidence.

The reader's names are imported on first use, so the stage's plug (``stage.py``, which the
command line and every service import) does not load PDFium, pdfminer and the reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.extract.reader.api import extract_document
    from pipeline.extract.reader.errors import ExtractError
    from pipeline.extract.reader.model import DocumentResult, Limits

__all__ = ["DocumentResult", "ExtractError", "Limits", "extract_document"]


def __getattr__(name: str) -> Any:
    if name == "extract_document":
        from pipeline.extract.reader import api

        return api.extract_document
    if name == "ExtractError":
        from pipeline.extract.reader import errors

        return errors.ExtractError
    if name in ("DocumentResult", "Limits"):
        from pipeline.extract.reader import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
