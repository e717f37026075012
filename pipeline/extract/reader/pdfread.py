"""Open a PDF safely and turn every page into positioned words (text layer or OCR).

This is the I/O edge of the extractor. The time limit is enforced here by budget checks: the
wall clock is read between pages, the text is capped at ``Limits.max_chars``, and the pages
that need OCR are read after the text layer, by Tesseract processes in parallel (``ocr``) that
are killed when the time is up. pdfminer, which can loop for ever inside one call on a damaged
file, only ever runs in a child process that is killed when the time is up (``isolated``).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from pipeline.extract.reader import isolated, ocr, partial, pdfium_text, streams, text_repair
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
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Limits, PageText
from pipeline.extract.reader.result import (
    MIN_TEXT_CHARS,
    ReadResult,
    check_clock,
    finished,
    named_errors,
    timed_out,
)
from pipeline.extract.reader.under_captions import without_captions

if TYPE_CHECKING:
    from PIL import Image

# pdfminer logs every font quirk at WARNING; those are not our warnings.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def check_bytes(data: bytes, limits: Limits) -> None:
    """Refuse input that is plainly not a readable PDF before parsing it.

    Raises
    ------
    EmptyFileError, FileTooLargeError, NotPdfError, CorruptPdfError, DecompressionBombError
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
    streams.check_streams(data)


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
    made = _made(doc)
    scans: list[_Scan] = []
    rejoined: set[int] = set()  # pages read by their glyphs' gaps (``text_repair``)
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
                        found = pdfium_text.unstruck(found, pdfium_text.strokes(page))
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
                text = _pdfium_page(page, number, found, size, rejoined)
                if text is None:
                    scans.append(_Scan(number, size, found))
                    text = PageText((), *size, ocr=True)
                pages.append(text)
            finally:
                with pdfium_text.LOCK:
                    page.close()
        if scans and refused is None:
            _ocr_scans(doc, scans, pages, limits, started, warnings)
    finally:
        with pdfium_text.LOCK:
            doc.close()
    if unmapped:
        # Glyphs without Unicode: pdfminer names their codes, which the extractor can read.
        read = isolated.read_with_pdfminer(data, limits, started, unmapped)
        for number, page in zip(unmapped, read.pages, strict=True):
            pages[number] = page
        warnings.extend(read.warnings)
    _reread_broken(pages, data, limits, started, warnings, rejoined)
    if refused is not None:
        return replace(partial.judged_by_first_pages(pages, warnings, refused), made=made)
    return replace(finished(pages, warnings), made=made)


# PDF date strings (ISO 32000-1, 7.9.4): "D:YYYYMMDDHHmmSS" and an offset, all after the year
# optional
_PDF_DATE = lazy(r"^(?:D:)?((?:19|20)\d\d)(\d\d)?(\d\d)?")


def _made(doc: pdfium.PdfDocument) -> dt.date | None:
    """The later of the file's creation and modification dates from its information
    dictionary; None when neither is given or readable."""
    try:
        with pdfium_text.LOCK:
            info = doc.get_metadata_dict(skip_empty=True)
    except (pdfium.PdfiumError, ValueError, UnicodeError):
        return None
    dates = []
    for key in ("CreationDate", "ModDate"):
        m = _PDF_DATE.match(str(info.get(key, "")).strip())
        if m is None:
            continue
        try:
            dates.append(dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1)))
        except ValueError:
            continue
    return max(dates, default=None)


def _pdfium_page(
    page: pdfium.PdfPage,
    number: int,
    found: list,
    size: tuple[float, float],
    rejoined: set[int],
) -> PageText | None:
    """The page's text layer, or None when it has too little text: a scan, to OCR."""
    if pdfium_text.visible_count(found) >= MIN_TEXT_CHARS:
        return _text_page(page, found, number, size, rejoined)
    return None


def _text_page(
    page: pdfium.PdfPage,
    found: list,
    number: int,
    size: tuple[float, float],
    rejoined: set[int],
) -> PageText:
    """PDFium's words; when they look broken into letters, its glyphs joined by baseline and by
    gaps relative to the font size instead, if that reads better (``text_repair``); such a
    page's number goes into ``rejoined``."""
    lines = text_repair.split_glued_labels(group_lines(pdfium_text.words(found), number))
    if text_repair.looks_broken(lines):
        with pdfium_text.LOCK:
            found = pdfium_text.with_baselines(page, found)
        joined = text_repair.rejoin_known(group_lines(pdfium_text.joined_words(found), number))
        if text_repair.reads_better(joined, lines):
            # glyphs joined by their gaps: a file with no spaces glues its labels' words too
            rejoined.add(number)
            return PageText(without_captions(text_repair.split_glued_labels(joined)), *size)
    elif text_repair.some_fragments(lines):
        # a few labels set glyph by glyph ("C REW CALL", "H OSPITAL") on a page of sound
        # words: only the pieces that spell a known word are joined
        lines = text_repair.rejoin_known(lines)
    return PageText(without_captions(lines), *size)


def _reread_broken(
    pages: list[PageText],
    data: bytes,
    limits: Limits,
    started: float,
    warnings: list[str],
    rejoined: set[int],
) -> None:
    """Pages whose words still look broken are read by pdfminer too; the better reading stays.
    So are pages rejoined by their glyphs' gaps that glued words together: PDFium reports none
    of the spaces a spreadsheet wrote glyph by glyph, pdfminer keeps them.

    pdfminer runs in the isolated child as for damaged files; if it fails, PDFium's reading
    stays and a warning says the words may be broken."""
    broken = [
        i
        for i, p in enumerate(pages)
        if not p.ocr
        and (
            text_repair.looks_broken(p.lines)
            or (i in rejoined and text_repair.glued_count(p.lines) >= text_repair.GLUED_WORDS)
        )
    ]
    if not broken:
        return
    try:
        read = isolated.read_with_pdfminer(data, limits, started, broken, joined=True)
    except ExtractError:
        read = None
    for position, number in enumerate(broken):
        other = read.pages[position] if read else None
        if other is not None:
            other = replace(
                other, lines=text_repair.split_glued_labels(text_repair.rejoin_known(other.lines))
            )
        if other is not None and (
            text_repair.reads_better(other.lines, pages[number].lines)
            or text_repair.reads_sounder(other.lines, pages[number].lines)
        ):
            pages[number] = other
        if text_repair.looks_broken(pages[number].lines):
            warnings.append(
                f"page {number + 1}: the text layer breaks words into letters; check every field"
            )


# --- Scans: pages without a text layer, OCRed in parallel (see ``ocr``) ---------------------

# Time kept back from OCR for reading the fields out of its words.
INTERPRET_RESERVE_S = 3.0


@dataclass(frozen=True)
class _Scan:
    number: int
    size: tuple[float, float]
    found: list  # the page's few text-layer characters, kept if OCR finds nothing


def _ocr_scans(
    doc: pdfium.PdfDocument,
    scans: list[_Scan],
    pages: list[PageText],
    limits: Limits,
    started: float,
    warnings: list[str],
) -> None:
    """OCR the ``scans`` of ``doc`` in parallel, in page order, and put them in ``pages``.

    Raises
    ------
    ExtractTimeoutError
        The time ran out before the document's first page was read; later pages that the time
        did not reach are left empty with a warning.
    """
    reserve = min(INTERPRET_RESERVE_S, limits.max_seconds / 10)
    deadline = started + limits.max_seconds - reserve
    dpi = limits.ocr_resolution
    # Page order: page 1 carries the day's facts; cast lists and maps follow.
    jobs = [
        ocr.PageJob(scan.number, functools.partial(_render_scan, doc, scan.number, dpi), dpi)
        for scan in scans
    ]
    results = ocr.ocr_pages(jobs, deadline)
    if 0 in results and not results[0].finished:
        raise timed_out(limits)
    for scan in scans:
        result = results[scan.number]
        warnings.extend(result.warnings)
        if not result.words and pdfium_text.visible_count(scan.found):
            # OCR found nothing (or cannot run): a sparse text layer is still better than nothing.
            words = pdfium_text.words(scan.found)
            pages[scan.number] = PageText(group_lines(words, scan.number), *scan.size)
        else:
            lines = group_lines(result.words, scan.number)
            pages[scan.number] = PageText(lines, *scan.size, ocr=True)


def _render_scan(doc: pdfium.PdfDocument, number: int, dpi: int) -> Image.Image:
    """Draw page ``number`` in grey at ``dpi`` for Tesseract.

    Text and paths without anti-aliasing (as pdfplumber's ``to_image``): Tesseract reads these
    crisper edges better. ``dpi`` is 300 even for a scan of lower resolution: drawn at its own
    200 dpi, a scan lost fields that 300 dpi read (bench/scan.py; BENCHMARKS.md)."""
    with pdfium_text.LOCK:
        page = doc[number]
        try:
            return page.render(
                scale=dpi / 72.0,
                grayscale=True,
                no_smoothtext=True,
                no_smoothpath=True,
                no_smoothimage=not _smooth_images(_native_dpi(page), dpi),
            ).to_pil()
        finally:
            page.close()


def _smooth_images(native: float | None, dpi: int) -> bool:
    """Whether to smooth a scan of ``native`` dpi drawn at ``dpi``: only when reducing it.

    Enlarged with nearest neighbour, 150 and 200 dpi scans read as many fields as smoothed
    or more (with Sauvola's threshold: a real one-liner's small print at 150 dpi, 908 words of
    1333 against 868; the corpus scans 31 fields against 30); a 384 dpi real scan reduced to
    300 read 2 fields of 7 smoothed, 1 not (Otsu's threshold; bench/scan.py)."""
    return native is not None and dpi / native < 0.99  # 0.99: a 300 dpi scan is not reduced


def _native_dpi(page: pdfium.PdfPage) -> float | None:
    """The resolution of the image covering most of ``page`` (a scan's own), or None."""
    area = page.get_width() * page.get_height()
    best: tuple[float, float] | None = None  # (area covered, dpi)
    for obj in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        covered = (right - left) * (top - bottom)
        width_px, height_px = obj.get_px_size()
        if covered < area / 4 or width_px * height_px == 0:
            continue
        dpi = 72.0 * ((width_px * height_px) / covered) ** 0.5  # rotation does not change it
        if best is None or covered > best[0]:
            best = (covered, dpi)
    return None if best is None else best[1]
