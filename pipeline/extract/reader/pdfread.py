"""Open a PDF safely and turn every page into positioned words (text layer or OCR).

This is the I/O edge of the extractor. The time limit is enforced here by budget checks: the
wall clock is read between pages and before each OCR call, the text is capped at
``Limits.max_chars``, and each Tesseract call runs in a subprocess with a timeout. pdfminer,
which can loop for ever inside one call on a damaged file, only ever runs in a child process
that is killed when the time is up (``isolated``).
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import replace
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from pipeline.extract.reader import isolated, ocr, partial, pdfium_text, text_repair
from pipeline.extract.reader.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    ExtractError,
    ExtractTimeoutError,
    FileTooLargeError,
    NotPdfError,
    TooManyPagesError,
)
from pipeline.extract.reader.layout import group_lines
from pipeline.extract.reader.model import Limits, PageText
from pipeline.extract.reader.result import (
    MIN_TEXT_CHARS,
    ReadResult,
    check_clock,
    finished,
    named_errors,
)

if TYPE_CHECKING:
    from PIL import Image

# pdfminer logs every font quirk at WARNING; those are not our warnings.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def check_bytes(data: bytes, limits: Limits) -> None:
    """Refuse input that is plainly not a readable PDF before parsing it.

    Raises
    ------
    EmptyFileError, FileTooLargeError, NotPdfError, CorruptPdfError
    """
    if not data:
        raise EmptyFileError("The file is empty (0 bytes); nothing to read.")
    if len(data) > limits.max_bytes:
        raise FileTooLargeError(
            f"The file is {len(data) / 1e6:.1f} MB; the limit is {limits.max_bytes / 1e6:.0f} MB."
        )
    if b"%PDF-" not in data[:1024]:
        raise NotPdfError("The file is not a PDF (no PDF header), whatever its name says.")
    if b"%%EOF" not in data[-2048:]:
        raise CorruptPdfError("The PDF is truncated (no end-of-file marker); ask for a new copy.")


def read_pdf(data: bytes, limits: Limits) -> ReadResult:
    """Return the words of every page, running OCR on pages without a text layer.

    Raises
    ------
    ExtractError
        A subclass naming what is wrong with the file.
    """
    check_bytes(data, limits)
    started = time.monotonic()
    with named_errors():
        return _read(data, limits, started)


def _read(data: bytes, limits: Limits, started: float) -> ReadResult:
    if os.environ.get("STILLONTIME_PDF_ENGINE", "pdfium") == "pdfium":
        try:
            with pdfium_text.LOCK:
                doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise EncryptedPdfError() from exc
            doc = None  # pdfminer is more forgiving of some damage: let it try
        if doc is not None:
            return _read_pdfium(doc, data, limits, started)
    return isolated.read_with_pdfminer(data, limits, started)


def _read_pdfium(
    doc: pdfium.PdfDocument, data: bytes, limits: Limits, started: float
) -> ReadResult:
    """The text layer through PDFium, which also draws the pages that need OCR."""
    pages: list[PageText] = []
    warnings: list[str] = []
    unmapped: list[int] = []
    refused: ExtractError | None = None  # a cap that was hit: judged by the pages read
    chars = 0
    try:
        with pdfium_text.LOCK:
            count = len(doc)
        if count == 0:
            raise CorruptPdfError("The PDF has no pages.")
        numbers = range(count)
        if count > limits.max_pages:
            refused = TooManyPagesError(
                f"The PDF has {count} pages; the limit is {limits.max_pages}."
            )
            numbers = range(limits.preview_pages)
        for number in numbers:
            check_clock(started, limits)
            with pdfium_text.LOCK:
                page = doc[number]
            try:
                try:
                    with pdfium_text.LOCK:
                        size = (float(page.get_width()), float(page.get_height()))
                        found = pdfium_text.page_chars(page)
                except pdfium_text.UnmappedGlyphs:
                    unmapped.append(number)
                    pages.append(PageText((), *size))
                    continue
                chars += len(found)
                if chars > limits.max_chars:
                    refused = refused or ExtractTimeoutError(
                        f"The PDF holds more than {limits.max_chars} characters; refusing it."
                    )
                    break
                if refused is not None and pdfium_text.visible_count(found) < MIN_TEXT_CHARS:
                    pages.append(PageText((), *size))  # a preview does not pay for OCR
                    continue
                pages.append(_pdfium_page(page, number, found, size, limits, started, warnings))
            finally:
                with pdfium_text.LOCK:
                    page.close()
    finally:
        with pdfium_text.LOCK:
            doc.close()
    if unmapped:
        # Glyphs without Unicode: pdfminer names their codes, which the extractor can read.
        read = isolated.read_with_pdfminer(data, limits, started, unmapped)
        for number, page in zip(unmapped, read.pages, strict=True):
            pages[number] = page
        warnings.extend(read.warnings)
    _reread_broken(pages, data, limits, started, warnings)
    if refused is not None:
        return partial.judged_by_first_pages(pages, warnings, refused)
    return finished(pages, warnings)


def _pdfium_page(
    page: pdfium.PdfPage,
    number: int,
    found: list,
    size: tuple[float, float],
    limits: Limits,
    started: float,
    warnings: list[str],
) -> PageText:
    visible = pdfium_text.visible_count(found)
    if visible >= MIN_TEXT_CHARS:
        return _text_page(page, found, number, size)
    remaining = limits.max_seconds - (time.monotonic() - started)
    scale = limits.ocr_resolution / 72.0
    result = ocr.ocr_render(
        lambda: _render_like_pdfplumber(page, scale), limits.ocr_resolution, max(remaining, 1.0)
    )
    warnings.extend(result.warnings)
    if not result.words and visible:
        return PageText(group_lines(pdfium_text.words(found), number), *size)
    return PageText(group_lines(result.words, number), *size, ocr=True)


def _text_page(
    page: pdfium.PdfPage, found: list, number: int, size: tuple[float, float]
) -> PageText:
    """PDFium's words; when they look broken into letters, its glyphs joined by baseline and by
    gaps relative to the font size instead, if that reads better (``text_repair``)."""
    lines = group_lines(pdfium_text.words(found), number)
    if text_repair.looks_broken(lines):
        with pdfium_text.LOCK:
            found = pdfium_text.with_baselines(page, found)
        joined = text_repair.rejoin_known(group_lines(pdfium_text.joined_words(found), number))
        if text_repair.reads_better(joined, lines):
            return PageText(joined, *size)
    return PageText(lines, *size)


def _reread_broken(
    pages: list[PageText], data: bytes, limits: Limits, started: float, warnings: list[str]
) -> None:
    """Pages whose words still look broken are read by pdfminer too; the better reading stays.

    pdfminer runs in the isolated child as for damaged files; if it fails, PDFium's reading
    stays and a warning says the words may be broken."""
    broken = [i for i, p in enumerate(pages) if not p.ocr and text_repair.looks_broken(p.lines)]
    if not broken:
        return
    try:
        read = isolated.read_with_pdfminer(data, limits, started, broken, joined=True)
    except ExtractError:
        read = None
    for position, number in enumerate(broken):
        other = read.pages[position] if read else None
        if other is not None:
            other = replace(other, lines=text_repair.rejoin_known(other.lines))
        if other is not None and text_repair.reads_better(other.lines, pages[number].lines):
            pages[number] = other
        if text_repair.looks_broken(pages[number].lines):
            warnings.append(
                f"page {number + 1}: the text layer breaks words into letters; check every field"
            )


def _render_like_pdfplumber(page: pdfium.PdfPage, scale: float) -> Image.Image:
    """Draw ``page`` as pdfplumber's ``to_image`` does (no anti-aliasing): Tesseract reads these
    crisper edges better, and the OCR figures in BENCHMARKS.md were measured on them."""
    with pdfium_text.LOCK:
        return _render(page, scale)


def _render(page: pdfium.PdfPage, scale: float) -> Image.Image:
    return (
        page.render(
            scale=scale,
            no_smoothtext=True,
            no_smoothpath=True,
            no_smoothimage=True,
            prefer_bgrx=True,
        )
        .to_pil()
        .convert("RGB")
    )
