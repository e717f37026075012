"""Typed errors for documents the extractor refuses to read."""

from __future__ import annotations

from pipeline.errors import PermanentError


class ExtractError(PermanentError):
    """The document cannot be read as a call sheet; retrying will not help."""

    #: Bad input stays bad: workers never retry it (PermanentError).
    retryable: bool = False


class EmptyFileError(ExtractError):
    """The file is empty (zero bytes)."""


class NotPdfError(ExtractError):
    """The file is not a PDF, whatever its name says."""


class EncryptedPdfError(ExtractError):
    """The PDF is password-protected; ask the sender for an unprotected copy."""


class CorruptPdfError(ExtractError):
    """The PDF is damaged or truncated and cannot be read."""


class TooManyPagesError(ExtractError):
    """The PDF has more pages than a call sheet or schedule should have."""


class FileTooLargeError(ExtractError):
    """The file is larger than the size cap for a call sheet."""


class ExtractTimeoutError(ExtractError):
    """Reading the PDF took longer than the time limit."""


class OcrUnavailableError(ExtractError):
    """The PDF is a scan and this machine has no OCR; skipping it would hide a call sheet."""


class DecompressionBombError(ExtractError):
    """A stream in the PDF inflates to far more than any call sheet holds: refused unread."""


class ReaderLimitError(ExtractError):
    """Reading the PDF broke its reader's memory cap, or the reader died: refused."""
