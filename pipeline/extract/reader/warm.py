"""Imported once by the sandbox's forkserver: a first reading, so that every child forked from
it starts warm.

A fresh process reads its first sheet in about twice the time of the next: phone-number
metadata is loaded per country on first use, and caches (compiled patterns, PDFium's state)
fill on the first page. A child forked from the warmed forkserver inherits all of it, copy on
write, instead of paying it once per document; pdfminer too, which a child forks again for
a page whose words look broken (``isolated``).
"""

from __future__ import annotations

import contextlib

import phonenumbers
from fpdf import FPDF

from pipeline.extract.reader import pdfminer_text  # noqa: F401  its children fork it loaded
from pipeline.extract.reader.api import extract_document

# Countries whose sheets the reader meets: their number metadata is loaded now, once.
REGIONS = "US CA GB IE PL DE AT CH FR BE NL ES PT IT SE DK NO FI CZ SK HU RO BG AU NZ IN BR MX"


def sample_sheet() -> bytes:
    """A small call sheet with every kind of value the reader looks for."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    lines = (
        "CALL SHEET          Production: Warm Up",
        "Date: Tuesday 3rd March 2026          Shoot day 1 of 20",
        "Crew call: 07:30          Breakfast: 07:00          Wrap: 18:00",
        "Location: 163 Example Road, Toronto, ON M5V 2T6",
        "Nearest hospital: Toronto General Hospital, 200 Elizabeth St, Toronto  +1 416 340 4800",
        "Sunrise: 6:48 AM          Sunset: 6:14 PM",
    )
    for i, text in enumerate(lines):
        pdf.text(40, 60 + 22 * i, text)
    return bytes(pdf.output())


def warm() -> None:
    for region in REGIONS.split():
        phonenumbers.example_number(region)
    extract_document(sample_sheet())


with contextlib.suppress(Exception):  # a cold child is slower, never wrong
    warm()
