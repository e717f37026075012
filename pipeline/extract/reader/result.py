"""What a PDF read returns, and the checks both readers share (in-process and in the child).

PDFium (``pdfread``) and pdfminer (``pdfminer_text``, run by ``isolated`` in a child process)
both return a ``ReadResult`` and both stop on the same clock, so these live below the two.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pipeline.extract.reader import ocr
from pipeline.extract.reader.errors import (
    CorruptPdfError,
    EncryptedPdfError,
    ExtractError,
    ExtractTimeoutError,
    OcrUnavailableError,
)
from pipeline.extract.reader.model import Limits, PageText

MIN_TEXT_CHARS = 25  # fewer visible characters than this on a page means it is a scan


@dataclass(frozen=True)
class ReadResult:
    """Pages as lines of words, and warnings about how they were obtained."""

    pages: tuple[PageText, ...]
    warnings: tuple[str, ...]
    made: dt.date | None = None  # the file's own date: the later of its creation and last change


@contextmanager
def named_errors() -> Iterator[None]:
    """Turn what a PDF library raises on a bad file into the ExtractError that names it."""
    try:
        yield
    except ExtractError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        if _is_password_error(exc):
            raise EncryptedPdfError() from exc
        kind = type(exc).__name__
        raise CorruptPdfError(f"The PDF is damaged and cannot be read ({kind}).") from exc


def _is_password_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's password errors in PdfminerException; look inside."""
    # pdfminer's own errors: only a read that loaded pdfminer can have raised one, and a text
    # sheet read by PDFium alone need not import it (about a tenth of `extract`'s start)
    pdfdocument = sys.modules.get("pdfminer.pdfdocument")
    if pdfdocument is None:
        return False
    password = (pdfdocument.PDFPasswordIncorrect, pdfdocument.PDFEncryptionError)
    seen: BaseException | None = exc
    while seen is not None:
        inner = [a for a in seen.args if isinstance(a, BaseException)]
        if isinstance(seen, password) or any(isinstance(a, password) for a in inner):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def finished(pages: list[PageText], warnings: list[str]) -> ReadResult:
    if not any(p.lines for p in pages) and ocr.UNAVAILABLE in warnings:
        raise OcrUnavailableError(
            "The PDF is a scan and Tesseract OCR is not installed here; install tesseract-ocr "
            "(./dev does) and reprocess the email."
        )
    return ReadResult(tuple(pages), tuple(dict.fromkeys(warnings)))


def check_clock(started: float, limits: Limits) -> None:
    if time.monotonic() - started > limits.max_seconds:
        raise timed_out(limits)


def timed_out(limits: Limits) -> ExtractTimeoutError:
    """The error for a read that used up ``limits.max_seconds`` (both readers stop on it)."""
    return ExtractTimeoutError(
        f"Reading the PDF took longer than {limits.max_seconds:.0f} s; gave up."
    )
