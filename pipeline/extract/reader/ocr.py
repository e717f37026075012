"""Run Tesseract on a rendered page and return words with positions and confidences."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image as PILImage

from pipeline.extract.reader.model import Word

if TYPE_CHECKING:
    import pdfplumber.page
    from PIL import Image

LANGS = "eng+pol"  # Debian packages tesseract-ocr-eng and tesseract-ocr-pol
PSM = "11"  # sparse text: call sheets are grids of cells, not paragraphs
MIN_CONF = 30.0  # Tesseract word confidence (0-100) below which a word is dropped as noise


@dataclass(frozen=True)
class OcrResult:
    words: tuple[Word, ...]
    warnings: tuple[str, ...]


UNAVAILABLE = "page has no text layer and Tesseract is not installed"


def ocr_page(page: pdfplumber.page.Page, resolution: int, timeout: float) -> OcrResult:
    """Render a pdfplumber ``page`` and OCR it (see ``ocr_render``)."""
    from pipeline.extract.reader.pdfium_text import LOCK  # pdfplumber draws pages with PDFium

    def render() -> Image.Image:
        with LOCK:
            return page.to_image(resolution=resolution).original

    return ocr_render(render, resolution, timeout)


def ocr_render(render: Callable[[], Image.Image], resolution: int, timeout: float) -> OcrResult:
    """OCR the page image ``render()`` draws; never raises for a missing or failing Tesseract.

    Parameters
    ----------
    render:
        Draws the page (with no usable text layer) at ``resolution``; called only if OCR can run.
    resolution:
        Rendering resolution in dpi.
    timeout:
        Seconds Tesseract may run before it is killed.
    """
    binary = shutil.which("tesseract")
    if binary is None:
        return OcrResult((), (UNAVAILABLE,))
    scale = 72.0 / resolution
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "page.png"
        # As pdfplumber's PageImage.save: a 256-colour palette and the dpi recorded, which
        # Tesseract uses to size its text (without it, it assumes 70 dpi).
        picture = render().quantize(256, method=PILImage.FASTOCTREE).convert("P")
        picture.save(image, format="PNG", bits=8, dpi=(resolution, resolution))
        try:
            proc = subprocess.run(
                [binary, str(image), "stdout", "-l", _langs(), "--psm", PSM, "tsv"],
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return OcrResult((), (f"OCR timed out after {timeout:.0f} s",))
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        return OcrResult((), (f"OCR failed: {' '.join(err)}",))
    words = parse_tsv(proc.stdout.decode("utf-8", "replace"), scale)
    return OcrResult(words, ("page read by OCR",))


def _langs() -> str:
    try:
        out = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, timeout=10, check=False
        ).stdout.decode()
    except (OSError, subprocess.TimeoutExpired):
        return "eng"
    have = set(out.split())
    wanted = [lang for lang in LANGS.split("+") if lang in have]
    return "+".join(wanted) or "eng"


def parse_tsv(tsv: str, scale: float) -> tuple[Word, ...]:
    """Turn Tesseract TSV output into words in PDF points, confidence scaled to 0-1."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
            left, top = float(row["left"]), float(row["top"])
            width, height = float(row["width"]), float(row["height"])
        except (KeyError, ValueError):
            continue
        if not text or conf < MIN_CONF:
            continue
        words.append(
            Word(
                text,
                left * scale,
                (left + width) * scale,
                top * scale,
                (top + height) * scale,
                height * scale,
                conf / 100.0,
            )
        )
    return tuple(words)
