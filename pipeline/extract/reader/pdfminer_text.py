"""pdfminer (through pdfplumber): every page as positioned words, text layer or OCR.

Only ever runs in ``isolated``'s child process, where a parse that never ends can be killed.
"""

from __future__ import annotations

import io
import logging
import time

import pdfplumber

from pipeline.extract.reader import ocr, text_repair
from pipeline.extract.reader.errors import (
    CorruptPdfError,
    ExtractError,
    ExtractTimeoutError,
    TooManyPagesError,
)
from pipeline.extract.reader.layout import group_lines
from pipeline.extract.reader.model import Limits, PageText, Word
from pipeline.extract.reader.result import MIN_TEXT_CHARS, ReadResult, check_clock, finished

# pdfminer logs every font quirk at WARNING; those are not our warnings.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def read_pdfminer(
    data: bytes,
    limits: Limits,
    started: float,
    numbers: list[int] | None = None,
    *,
    joined: bool = False,
) -> ReadResult:
    """Read pages ``numbers`` (all when None) with pdfplumber; only ever in ``isolated``'s
    child, where a parse that never ends can be killed. ``joined`` reads the text layer of
    pages whose glyphs were placed one by one (``text_repair``)."""
    pages: list[PageText] = []
    warnings: list[str] = []
    chars = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if numbers is not None:
            for number in numbers:
                check_clock(started, limits)
                page = pdf.pages[number]
                if joined:
                    pages.append(_joined_text_layer(page, number))
                else:
                    pages.append(_page_words(page, number, limits, started, warnings))
            return ReadResult(tuple(pages), tuple(warnings))
        # Files encrypted with an empty user password open fine and are read; only a real
        # password (PDFPasswordIncorrect) is refused.
        if not pdf.pages:
            raise CorruptPdfError("The PDF has no pages.")
        refused: ExtractError | None = None  # a cap that was hit: judged by the pages read
        chosen = pdf.pages
        if len(pdf.pages) > limits.max_pages:
            refused = TooManyPagesError(
                f"The PDF has {len(pdf.pages)} pages; the limit is {limits.max_pages}."
            )
            chosen = pdf.pages[: limits.preview_pages]
        for number, page in enumerate(chosen):
            check_clock(started, limits)
            chars += len(page.chars)
            if chars > limits.max_chars:
                refused = refused or ExtractTimeoutError(
                    f"The PDF holds more than {limits.max_chars} characters; refusing to parse it."
                )
                break
            if refused is not None:
                pages.append(_text_layer(page, number))  # a preview does not pay for OCR
                continue
            pages.append(_page_words(page, number, limits, started, warnings))
    if refused is not None:
        # Imported here: the classifier's imports would slow every child's start.
        from pipeline.extract.reader import partial

        return partial.judged_by_first_pages(pages, warnings, refused)
    return finished(pages, warnings)


def _text_layer(page: pdfplumber.page.Page, number: int) -> PageText:
    raw = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"])
    words = [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], float(w["size"])) for w in raw
    ]
    return PageText(group_lines(words, number), float(page.width), float(page.height))


def _joined_text_layer(page: pdfplumber.page.Page, number: int) -> PageText:
    """Words split at the file's spaces and at gaps relative to the font size."""
    ratio = text_repair.gap_ratio(any(c.get("text") == " " for c in page.chars))
    raw = page.extract_words(x_tolerance_ratio=ratio, y_tolerance=2, extra_attrs=["size"])
    words = [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], float(w["size"])) for w in raw
    ]
    return PageText(group_lines(words, number), float(page.width), float(page.height))


def _page_words(
    page: pdfplumber.page.Page, number: int, limits: Limits, started: float, warnings: list[str]
) -> PageText:
    visible = sum(1 for c in page.chars if not c.get("text", " ").isspace())
    if visible >= MIN_TEXT_CHARS:
        return _text_layer(page, number)
    remaining = limits.max_seconds - (time.monotonic() - started)
    result = ocr.ocr_page(page, limits.ocr_resolution, max(remaining, 1.0))
    warnings.extend(result.warnings)
    if not result.words and visible:
        # OCR found nothing (or cannot run): a sparse text layer is still better than nothing.
        return _text_layer(page, number)
    lines = group_lines(result.words, number)
    return PageText(lines, float(page.width), float(page.height), ocr=True)
