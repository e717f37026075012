"""Scans: some of the text sheets rendered to images at 150 or 200 dpi (no text layer)."""

from __future__ import annotations

import io

from tests.corpus.draw import Canvas, scan
from tests.corpus.sheet import Sheet

# (source sheet, dpi): one of each of the main regions and grid styles, both resolutions
PICKS = [
    ("toronto_commercial_0", 150),
    ("polish_dpp_0", 150),
    ("uk_unit_call_0", 200),
    ("grid_above_0", 200),
    ("plain_grid_hospital_0", 200),
]
ROLES = [
    "1st AD",
    "2nd AD",
    "3rd AD",
    "DoP",
    "1st AC",
    "2nd AC",
    "Gaffer",
    "Best Boy",
    "Key Grip",
    "Sound Mixer",
    "Boom Op",
    "Costume Designer",
    "Make-up Artist",
    "Production Designer",
    "Props Master",
    "Location Manager",
    "Unit Manager",
    "Medic",
]


def crew_pages(first: bytes, pages: int) -> bytes:
    """`first` followed by `pages` pages of crew list: a long sheet whose facts are on page 1."""
    import pypdfium2 as pdfium

    c = Canvas("A4", "helvetica")
    for page in range(pages):
        if page:
            c.new_page()
        c.text(34, 44, f"CREW LIST (continued) - page {page + 2}", 12, bold=True)
        for k in range(40):
            n = page * 40 + k
            c.text(34, 70 + 17 * k, f"{ROLES[n % len(ROLES)]:<22}", 9)
            c.text(180, 70 + 17 * k, f"Crew Member {n + 1:03d}", 9)
            c.text(340, 70 + 17 * k, f"07700 900{n:03d}", 9)
            c.text(440, 70 + 17 * k, "07:00" if n % 3 else "06:30", 9)
    doc = pdfium.PdfDocument(first)
    doc.import_pages(pdfium.PdfDocument(c.output()))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def sheets(text_sheets: list[Sheet]) -> list[Sheet]:
    by_name = {s.name: s for s in text_sheets}
    out = []
    for name, dpi in PICKS:
        src = by_name[name]
        out.append(
            Sheet(
                f"scan{dpi}_{name}",
                "scan",
                f"{src.layout}, scanned at {dpi} dpi",
                lambda src=src, dpi=dpi: scan(src.data, dpi),
                dict(src.expected),
                scan_dpi=dpi,
            )
        )
    src = by_name["uk_unit_call_1"]
    out.append(
        Sheet(
            "scan200_uk_unit_call_1_5_pages",
            "scan",
            "UK unit call + 4 crew-list pages, 200 dpi",
            lambda: scan(crew_pages(src.data, 4), 200),
            dict(src.expected),
            scan_dpi=200,
        )
    )
    return out
