"""Rules reader104 added, drawn in wordings and layouts of their own (not fresh78's or
fresh79's sheets):

1. a production label's value that is a company under its legal form ('Produktion: Kranich
   Film GmbH') is the company, no title, when a title is printed elsewhere (the heading over
   it); with no title anywhere it stands in, never rated sure.

Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.title import legal_company
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


# --- 1. a company's legal form under a production label ---------------------------------------


def _dispo(company: str, *, heading: bool = True) -> bytes:
    rows: list[Row] = [(40, 70, "DER LEUCHTTURM", 18)] if heading else []
    rows += [
        (40, 88, f"Produktion: {company}", 9),
        (40, 116, "TAGESDISPO NR. 12", 11),
        (40, 132, "Dienstag, 14. Juli 2026", 10),
        (40, 160, "Treffpunkt Team: 6:30", 9),
        (40, 176, "Drehort: Hafenstraße 12, 18119 Rostock", 9),
        (40, 192, "Krankenhaus: Klinikum Südstadt, Südring 81, 18059 Rostock", 9),
        (40, 220, "Drehbeginn: 8:00   Mittag: 13:00", 9),
    ]
    return render(rows, unicode_font=True)


@pytest.mark.parametrize(
    "text",
    ["Połonina Film sp. z o.o.", "Kranich Film GmbH", "Firth & Daughters Ltd", "Vela Cine S.A."],
)
def test_a_name_before_a_legal_form_is_a_company(text: str) -> None:
    assert legal_company(text)


@pytest.mark.parametrize(
    "text", ["The Salt Road", "GmbH", "Sp. z o.o.", "Kranich Film", "Der Leuchtturm 2026"]
)
def test_a_title_or_a_bare_legal_form_is_no_company(text: str) -> None:
    assert not legal_company(text)


def test_a_companys_legal_name_under_a_production_label_yields_to_the_heading() -> None:
    day = read_day(_dispo("Kranich Film GmbH"))
    assert day["production"] == "DER LEUCHTTURM"


def test_a_companys_legal_name_with_no_title_elsewhere_is_never_sure() -> None:
    day = read_day(_dispo("Kranich Film GmbH", heading=False))
    assert day["field_confidence"]["production"] < SURE


def test_a_production_labels_plain_name_stays_the_title() -> None:
    day = read_day(_dispo("Kranich"))
    assert day["production"] == "Kranich"
    assert day["field_confidence"]["production"] >= SURE
