"""Imported once by the sandbox's forkserver: a few first readings, so that every child forked
from it starts warm.

A fresh process reads its first sheets in about twice the time of the next: phone-number
metadata is loaded per country on first use, and caches (compiled patterns, PDFium's state)
fill on the first pages. A child forked from the warmed forkserver inherits all of it, copy on
write, instead of paying it once per document; pdfminer too, which a child forks again for
a page whose words look broken (``isolated``).

What a child forked after one sample sheet still paid (a profile of cold children against
children of a process that had read 121 other sheets, BENCHMARKS.md "Fourth pass"): compiling
patterns built on first use from the label and vocabulary tables. Classifying a document that
is not plainly a call sheet compiled every kind of paperwork's vocabulary (``classify._phrases``,
about 11 ms of that child's 30); a call sheet compiled 5-15 patterns through ``re``'s own cache
(running orders, prose, addresses, phone numbers, town and scene lines). So the forkserver reads
several kinds of sample (sheets in English, Polish and French with 24- and 12-hour times, a
running order, a prose e-mail, places on several lines, a shooting schedule, a risk assessment)
and scores every classification table once, and compiles every pattern the reader's modules
compile on first use (``lazy_re``: a process that reads one sheet pays only for the ones it
uses; a child of the forkserver pays for none). Then its objects are frozen out of the garbage
collector, so that a child's full collection does not walk (and copy, page by page) the
forkserver's heap. The rest of a child's extra cost is its own page faults, which no warm-up
removes.
"""

from __future__ import annotations

import contextlib
import gc
import zlib
from collections.abc import Callable

import phonenumbers
import usaddress  # noqa: F401  addresses.py imports it on first use: children inherit it

from pipeline.extract.reader import (
    classify,
    lazy_re,
    pdfminer_text,  # noqa: F401  its children fork it loaded
)
from pipeline.extract.reader.api import extract_document
from pipeline.extract.reader.model import DocumentResult

# Countries whose sheets the reader meets: their number metadata is loaded now, once.
REGIONS = "US CA GB IE PL DE AT CH FR BE NL ES PT IT SE DK NO FI CZ SK HU RO BG AU NZ IN BR MX"


# The PDF standard fonts the samples use, by the names fpdf gives them.
_BASE_FONTS = {"Helvetica": "Helvetica", "Times": "Times-Roman", "Courier": "Courier"}
_A4_HEIGHT_PT = 841.89


def _pdf(lines: tuple[str, ...], font: str = "Helvetica") -> bytes:
    """One A4 page with ``lines`` in a standard font at 11 pt, one every 22 pt from 60 pt below
    the top, 40 pt from the left: the PDF fpdf's ``FPDF.text`` writes for them (same objects,
    same text operators, a Flate-compressed page as fpdf's), written here because importing
    fpdf (with numpy, fontTools and Pillow) cost the forkserver about 0.22 s of CPU at every
    start, ten times what the samples' reading does for the children."""
    shown = "".join(
        f"BT {40:.2f} {_A4_HEIGHT_PT - (60 + 22 * i):.2f} Td ({_pdf_string(text)}) Tj ET\n"
        for i, text in enumerate(lines)
    )
    content = zlib.compress(f"2 J\n0.57 w\nBT /F1 11.00 Tf ET\n{shown}".encode("latin-1"))
    objects = [
        b"<</Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595.28 841.89]>>",
        b"<</Type /Catalog /Pages 1 0 R>>",
        b"<</Type /Page /Parent 1 0 R /Resources 5 0 R /Contents 4 0 R>>",
        b"<</Filter /FlateDecode /Length %d>>\nstream\n%s\nendstream" % (len(content), content),
        b"<</Font <</F1 6 0 R>> /ProcSet [/PDF /Text]>>",
        b"<</Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding>>"
        % _BASE_FONTS[font].encode(),
    ]
    out = bytearray(b"%PDF-1.3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d /Root 2 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _pdf_string(text: str) -> str:
    """``text`` as a PDF literal string in WinAnsiEncoding (the samples' letters are Latin-1)."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def sample_sheet() -> bytes:
    """A small call sheet with every kind of value the reader looks for."""
    return _pdf(
        (
            "CALL SHEET          Production: Warm Up",
            "Date: Tuesday 3rd March 2026          Shoot day 1 of 20",
            "Crew call: 07:30          Breakfast: 07:00          Wrap: 18:00",
            "Location: 163 Example Road, Toronto, ON M5V 2T6",
            "Nearest hospital: Toronto General Hospital, 200 Elizabeth St, Toronto"
            "  +1 416 340 4800",
            "Sunrise: 6:48 AM          Sunset: 6:14 PM",
        )
    )


def polish_sheet() -> bytes:
    """A Polish call sheet: a genitive month, a Polish postcode, Polish labels."""
    return _pdf(
        (
            "PLAN ZDJECIOWY          Produkcja: Rozgrzewka",
            "Data: wtorek, 3 marca 2026          Dzien zdjeciowy 2 z 20",
            "Zbiórka ekipy: 7:00          Sniadanie: 6:30",
            "Plan: ul. Prosta 1, 00-838 Warszawa",
            "Baza: ul. Emilii Plater 14, 00-669 Warszawa",
            "Szpital: Szpital Dzieciatka Jezus, ul. Lindleya 4, 02-005 Warszawa  +48 22 317 90 00",
            "Wschód slonca: 6:12          Zachód slonca: 17:35",
        ),
        font="Times",
    )


def french_sheet() -> bytes:
    """A French call sheet in a monospaced font, with a running order and a scene table."""
    return _pdf(
        (
            "FEUILLE DE SERVICE          Production : Echauffement",
            "Date : mardi 3 mars 2026          Jour de tournage 3 / 20",
            "Rendez-vous équipe : 8h00          PAT : 9h00          Fin : 19h00",
            "Décor : 12 rue de la Paix, 75002 Paris",
            "Hôpital : Hôpital Lariboisière, 2 rue Ambroise Paré, 75010 Paris  +33 1 49 95 65 65",
            "07:30  Arrivée technique",
            "08:00  Equipe film",
            "08:30  Mise en place",
            "12 INT. APPARTEMENT JOUR 1 2/8 1, 2",
        ),
        font="Courier",
    )


def email_sheet() -> bytes:
    """A call written as an e-mail's prose, with a US date and 12-hour times."""
    return _pdf(
        (
            "Subject: Call sheet for tomorrow, 03/03/2026",
            "Hi everyone, crew call is 10 AM tomorrow, Tuesday March 3, 2026.",
            "We are shooting at 1200 Main Street, Los Angeles, CA 90012.",
            "Parking is at the lot on 2nd Street. Lunch at 3 PM.",
            "The nearest hospital is Good Samaritan, 1225 Wilshire Blvd, Los Angeles, CA 90017.",
            "Sunset is at 5:52 p.m. Thanks, the production office  (213) 555-0100",
        )
    )


def stacked_sheet() -> bytes:
    """A US call sheet whose places stand on several lines under their labels."""
    return _pdf(
        (
            "BROOKLYN NIGHTS          CALL SHEET #4",
            "Thursday, March 5, 2026",
            "GENERAL CREW CALL          6:30 AM",
            "SHOOTING CALL          7:30 AM",
            "LOCATION",
            "Navy Yard Building 77",
            "141 Flushing Ave",
            "Brooklyn, NY 11205",
            "CREW PARKING",
            "63 Flushing Ave, Brooklyn, NY 11205",
            "NEAREST HOSPITAL",
            "NYU Langone Brooklyn, 150 55th St, Brooklyn, NY 11220  (718) 630-3000",
        )
    )


def schedule() -> bytes:
    """A shooting schedule: several days, each with its scenes."""
    return _pdf(
        (
            "SHOOTING SCHEDULE          Warm Up",
            "Day 1 - Monday 2 March 2026",
            "1 EXT. HARBOUR - DAY  2/8  1, 2",
            "2 INT. KITCHEN - NIGHT  1 4/8  2",
            "End of Day 1 - 1 6/8 pages",
            "Day 2 - Tuesday 3 March 2026",
            "3 INT. OFFICE - DAY  3/8  1",
            "4 EXT. STREET - NIGHT  2 1/8  1, 3",
            "End of Day 2 - 2 4/8 pages",
        )
    )


def risk_assessment() -> bytes:
    """Paperwork that plans no day: the classifier weighs every kind of document."""
    return _pdf(
        (
            "RISK ASSESSMENT          Production: Warm Up",
            "Hazard: working at height          Likelihood: low          Severity: high",
            "Control measures: harnesses, a trained rigger, exclusion zone.",
            "Hazard: vehicles on set          Risk rating: medium",
            "Persons at risk: crew, cast, members of the public",
            "Assessed by: ____________          Signature: ____________",
        )
    )


# Each sample and how it reads: what ``readings`` must find (tests/unit/extract/test_warm.py).
SAMPLES: tuple[tuple[str, Callable[[], bytes]], ...] = (
    ("english", sample_sheet),
    ("polish", polish_sheet),
    ("french", french_sheet),
    ("email", email_sheet),
    ("stacked", stacked_sheet),
    ("schedule", schedule),
    ("risk assessment", risk_assessment),
)


def readings() -> dict[str, DocumentResult]:
    """Every sample read, by its name."""
    return {name: extract_document(make()) for name, make in SAMPLES}


def score_every_kind() -> None:
    """Compile each kind of document's vocabulary, as a document the classifier weighs does."""
    lines = ["Warm up", "07:00 Crew call"]
    classify.other_scores(lines)
    classify.paperwork_scores(lines)
    classify.day_without_a_call_scores(lines)


def warm() -> None:
    for region in REGIONS.split():  # its metadata, and the patterns that check a number
        with contextlib.suppress(Exception):
            phonenumbers.number_type(phonenumbers.example_number(region))
    for _, make in SAMPLES:
        with contextlib.suppress(Exception):  # a cold child is slower, never wrong
            extract_document(make())
    with contextlib.suppress(Exception):
        score_every_kind()
    # the reader's module patterns are compiled on first use (lazy_re): all of them here, once
    lazy_re.compile_all()


with contextlib.suppress(Exception):
    warm()
# What the warm-up made lives as long as the forkserver: kept out of the collector's walks, a
# child's collections leave those pages shared (gc.freeze is meant for this, before forking).
gc.collect()
gc.freeze()
