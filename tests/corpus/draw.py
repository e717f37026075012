"""A thin fpdf2 canvas: text at absolute positions (points, top-left origin), rules, letters."""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path
from typing import Any

from fpdf import FPDF

EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)  # fixed metadata date: same bytes every run
FONTS = Path("/usr/share/fonts/truetype/dejavu")  # Debian fonts-dejavu-core
# family name -> (regular file, bold file); core PDF fonts need no file but only know Latin-1
_TTF = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
_CORE = {"helvetica": "Helvetica", "times": "Times", "courier": "Courier"}


class Canvas:
    """One document; `text` places a string with its left edge at x and its baseline at y."""

    def __init__(
        self, page: str = "letter", family: str = "helvetica", orientation: str = "P"
    ) -> None:
        self.pdf = FPDF(unit="pt", format=page, orientation=orientation)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(EPOCH)
        for name, (regular, bold) in _TTF.items():
            self.pdf.add_font(name, "", str(FONTS / regular))
            self.pdf.add_font(name, "B", str(FONTS / bold))
        self.family = family
        self.pdf.add_page()

    @property
    def width(self) -> float:
        return float(self.pdf.w)

    def new_page(self) -> None:
        self.pdf.add_page()

    def _font(self, text: str, size: float, bold: bool, family: str | None) -> None:
        fam = family or self.family
        if fam in _CORE:
            try:
                text.encode("latin-1")
                self.pdf.set_font(_CORE[fam], "B" if bold else "", size)
                return
            except UnicodeEncodeError:
                fam = "sans"  # a core font cannot draw Polish letters or dashes
        self.pdf.set_font(fam, "B" if bold else "", size)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        family: str | None = None,
    ) -> float:
        """Draw text; return its width so callers can right-align or continue a line."""
        self._font(text, size, bold, family)
        self.pdf.text(x, y, text)
        return float(self.pdf.get_string_width(text))

    def right(self, x1: float, y: float, text: str, size: float = 9, **kw: object) -> None:
        self._font(text, size, bool(kw.get("bold")), kw.get("family"))  # type: ignore[arg-type]
        self.text(x1 - self.pdf.get_string_width(text), y, text, size, **kw)  # type: ignore[arg-type]

    def letters(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        rng: random.Random,
        *,
        split: float = 0.3,
        family: str | None = None,
    ) -> None:
        """Draw each glyph on its own, as some spreadsheet exports do, with uneven gaps.

        With probability `split` a gap inside a word is wide (0.16-0.3 em), wide enough for a
        text-layer reader to see a word break ("C REW C ALL"); the others are hairlines.
        """
        self._font(text, size, False, family)
        for ch in text:
            self.pdf.text(x, y, ch)
            x += self.pdf.get_string_width(ch)
            if ch != " ":
                wide = rng.random() < split
                x += size * (rng.uniform(0.16, 0.3) if wide else rng.uniform(0.0, 0.03))

    def hline(self, x0: float, x1: float, y: float, width: float = 0.5) -> None:
        self.pdf.set_line_width(width)
        self.pdf.line(x0, y, x1, y)

    def vline(self, x: float, y0: float, y1: float, width: float = 0.5) -> None:
        self.pdf.set_line_width(width)
        self.pdf.line(x, y0, x, y1)

    def box(self, x: float, y: float, w: float, h: float, width: float = 0.5) -> None:
        self.pdf.set_line_width(width)
        self.pdf.rect(x, y, w, h)

    def grid(self, x: float, y: float, widths: list[float], heights: list[float]) -> None:
        """Rule a table: columns of `widths`, rows of `heights`, from (x, y)."""
        total_w, total_h = sum(widths), sum(heights)
        yy = y
        for h in [0.0, *heights]:
            yy += h
            self.hline(x, x + total_w, yy)
        xx = x
        for w in [0.0, *widths]:
            xx += w
            self.vline(xx, y, y + total_h)

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def measure(c: Canvas, text: str, size: float, *, bold: bool = False) -> float:
    """The width of `text` in the canvas's family."""
    c._font(text, size, bold, None)
    return float(c.pdf.get_string_width(text))


def centre(c: Canvas, y: float, text: str, size: float, *, bold: bool = True) -> None:
    """Draw `text` centred across the page at baseline y."""
    c.text((c.width - measure(c, text, size, bold=bold)) / 2, y, text, size, bold=bold)


def grey(c: Canvas, level: int = 110) -> None:
    c.pdf.set_text_color(level, level, level)


def black(c: Canvas) -> None:
    c.pdf.set_text_color(0, 0, 0)


def struck(c: Canvas, x: float, y: float, text: str, size: float, **kw: Any) -> float:
    """Draw `text` with a rule through it (a superseded value); return its width."""
    w = c.text(x, y, text, size, **kw)
    c.hline(x - 1, x + w + 1, y - size * 0.32, 0.9)
    return w


def scan(pdf_bytes: bytes, dpi: int) -> bytes:
    """Render every page to a grey image at `dpi` and wrap them in a PDF with no text layer."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_creation_date(EPOCH)
    for page in doc:
        w, h = page.get_size()
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        out.add_page(format=(w, h))
        out.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=w, h=h)
    return bytes(out.output())
