"""Skeletons fresh56-59 each wrote out again (dedupe1): the footer, the near-miss list and its
expected value, the weekday and month names more than one set prints, and the page pieces of a
near-miss notice (fact rows, a ruled table, headed notes).

Kept apart from fresh_common so that sets built later can use or ignore them; every set still
keeps its own vocabulary (time and date forms, places, layouts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.fresh_common import MakeSheet, grey_text
from tests.corpus.sheet import Sheet

OTHER: dict[str, Any] = {"document_type": "other"}

# --- weekday and month names printed by more than one set ---------------------------------------

FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"]
FR_MON += ["octobre", "novembre", "décembre"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
ES_MON += ["septiembre", "octubre", "noviembre", "diciembre"]
PT_WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]
PT_WD += ["sábado", "domingo"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto"]
PT_MON += ["setembro", "outubro", "novembro", "dezembro"]
NL_WD = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_WD_LONG = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DE_WD_LONG = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def footer(c: Canvas, text: str, x: float = 34) -> None:
    """A sheet's grey footer line 20 above the page's foot."""
    grey_text(c, x, c.pdf.h - 20, text, 7, 120)


def near_misses(
    make_sheet: MakeSheet, docs: Sequence[tuple[str, str, Callable[[], bytes]]]
) -> list[Sheet]:
    """A set's near misses, each (name, layout, make): family `near_miss`, expected `other`."""
    return [make_sheet(name, "near_miss", layout, make, OTHER) for name, layout, make in docs]
