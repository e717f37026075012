"""A post-production plan in the languages crews write it: its stages, each over days or weeks.

A post-production schedule ("HARMONOGRAM POSTPRODUKCJI", "Postproduktionsplan", "planning de
post-production") lists the stages after the shoot (the offline and online edit, the grade,
the sound mix, the approval screening, subtitles and the broadcaster's delivery) with their
dates, hours and the studios' addresses: a call sheet's parts (a date, times, an address), but
no crew called to a set. ``classify`` counts these words and shapes with its English ones for
"a post-production plan", so a document of that kind is not read as a day's call sheet.

Only a stage's own name counts: a bare "montaż", "montaje", "montaggio" or "montage" is also a
set's rigging (or a scene's montage) on a call sheet, so only its compounds are here.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

WORDS = (
    # English, beside classify's list
    "post schedule",
    "post-production schedule",
    "postproduction",
    "offline edit",
    "online edit",
    "picture edit",
    "sound edit",
    "sound mix",
    "colour correction",
    "color correction",
    "approval screening",
    "delivery to broadcaster",
    # Polish: montaż obrazu, kolaudacja (the approval screening), zgranie (the mix)
    "postprodukcja",
    "postprodukcji",
    "postprodukcję",
    "montaż offline",
    "montaż online",
    "montaż obrazu",
    "montaż dźwięku",
    "montażownia",
    "kolaudacja",
    "kolaudacji",
    "zgranie",
    "zgranie dźwięku",
    "udźwiękowienie",
    "korekcja barwna",
    "korekcja koloru",
    "gradacja",
    "napisy",
    "kopie emisyjne",
    "kopia emisyjna",
    "kopii emisyjnej",
    "odbiór techniczny",
    # German: Schnitt, Farbkorrektur, Tonmischung, Abnahme, Sendekopie
    "postproduktion",
    "rohschnitt",
    "feinschnitt",
    "bildschnitt",
    "tonschnitt",
    "farbkorrektur",
    "tonmischung",
    "endmischung",
    "sendekopie",
    "untertitel",
    "untertitelung",
    "senderabnahme",
    # French: montage image, étalonnage, mixage, sous-titres, copie de diffusion
    "post-production",
    "montage image",
    "montage son",
    "étalonnage",
    "conformation",
    "sous-titres",
    "sous-titrage",
    "copie de diffusion",
    "prêt à diffuser",
    # Spanish and Italian
    "postproducción",
    "montaje de imagen",
    "montaje de sonido",
    "etalonaje",
    "corrección de color",
    "mezcla de sonido",
    "subtítulos",
    "postproduzione",
    "montaggio video",
    "montaggio audio",
    "missaggio",
    "sottotitoli",
    # Dutch
    "postproductie",
    "kleurcorrectie",
    "geluidsmix",
    "ondertiteling",
)

# the plan named in its heading: "HARMONOGRAM POSTPRODUKCJI", "POST-PRODUCTION SCHEDULE"
_HEADING = lazy(
    r"post[-\s]?produ\w*|postprodu\w*|harmonogram\s+monta\w*|schnittplan|planning\s+de\s+montage",
    re.I,
)
_HEADING_LINES = 3
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# a stage over several days: "23.11-18.12.2026", "4-15.01.2027", "12/1 - 19/1", "Jan 4 - Jan 15",
# "4-15 January"
_SPAN = lazy(
    r"(?<![\d.:/])\d{1,2}(?:[./]\d{1,2})?[./]?\s*[-\u2013]\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?"
    r"(?![\d:])"
    rf"|\b{_MONTH}\.?\s+\d{{1,2}}\s*[-\u2013]\s*(?:{_MONTH}\.?\s+)?\d{{1,2}}\b"
    rf"|(?<![\d.:/])\d{{1,2}}\s*[-\u2013]\s*\d{{1,2}}\s+{_MONTH}",
    re.I,
)
_STAGES = 3


def structure_points(lines: list[str], words_found: int) -> float:
    """Points for a post-production plan's shape: the plan named in its heading, and three
    or more rows that each run a stage over a span of days. None without two of its words
    (a call sheet's note 'kolaudacja 21.12' is one)."""
    if words_found < 2:
        return 0.0
    points = 2.0 if any(_HEADING.search(ln) for ln in lines[:_HEADING_LINES]) else 0.0
    spans = sum(1 for ln in lines if _SPAN.search(ln))
    return points + (1.0 if spans >= _STAGES else 0.0)
