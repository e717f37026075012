"""The sandbox's forkserver warms up on sample documents: each must be read the whole way and
as what it is (a sheet refused early, or read as another kind, would leave the children cold
on the paths it was there to warm), and every classification table must be compiled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader import (
    classify,
    not_a_day,
    notices,
    operations,
    paperwork,
    sessions,
    warm,
)

ROOT = Path(__file__).resolve().parents[3]

# What each sample must read as: its kind, then its first day's fields.
EXPECTED: dict[str, dict[str, Any]] = {
    "english": {
        "document_type": "call_sheet",
        "shooting_date": "2026-03-03",
        "call_time": "07:30",
        "location": "163 Example Road, Toronto, ON M5V 2T6",
        "hospital": ("Toronto General Hospital", "+14163404800"),
        "sunrise": "06:48",
        "sunset": "18:14",
    },
    "polish": {
        "document_type": "call_sheet",
        "shooting_date": "2026-03-03",
        "call_time": "07:00",
        "location": "ul. Prosta 1, 00-838 Warszawa",
        "base_location": "ul. Emilii Plater 14, 00-669 Warszawa",
        "hospital": ("Szpital Dzieciatka Jezus", "+48223179000"),
        "sunrise": "06:12",
        "sunset": "17:35",
    },
    "french": {
        "document_type": "call_sheet",
        "production": "Echauffement",
        "shooting_date": "2026-03-03",
        "call_time": "08:00",
        "location": "12 rue de la Paix, 75002 Paris",
        "hospital": ("Hôpital Lariboisière", "+33149956565"),
    },
    "email": {
        "document_type": "call_sheet",
        "shooting_date": "2026-03-03",
        "call_time": "10:00",
        "location": "1200 Main Street, Los Angeles, CA 90012",
        "sunset": "17:52",
    },
    "stacked": {
        "document_type": "call_sheet",
        "production": "BROOKLYN NIGHTS",
        "shooting_date": "2026-03-05",
        "call_time": "06:30",
        "location": "141 Flushing Ave, Brooklyn, NY 11205",
        "hospital": ("NYU Langone Brooklyn", "+17186303000"),
    },
    "schedule": {
        "document_type": "shooting_schedule",
        "production": "Warm Up",
        "shooting_date": "2026-03-02",
        "days": 2,
        "scenes": 2,
    },
    "risk assessment": {"document_type": "other", "days": 0},
}


@pytest.fixture(scope="module")
def readings() -> dict[str, Any]:
    return warm.readings()


def test_every_sample_has_its_expectation() -> None:
    assert [name for name, _ in warm.SAMPLES] == list(EXPECTED)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_the_warm_up_sample_is_read_right(name: str, readings: dict[str, Any]) -> None:
    result, expected = readings[name], dict(EXPECTED[name])
    assert result.document_type == expected.pop("document_type")
    assert len(result.days) == expected.pop("days", 1)
    if not result.days:
        return
    day = result.days[0]
    if "scenes" in expected:
        assert len(day.scenes) == expected.pop("scenes")
    if "hospital" in expected:
        name_, phone = expected.pop("hospital")
        assert day.hospital is not None
        assert (day.hospital.name, day.hospital.phone) == (name_, phone)
    assert {field: getattr(day, field) for field in expected} == expected


def test_scoring_every_kind_compiles_each_kinds_vocabulary() -> None:
    warm.score_every_kind()
    tables = [
        *paperwork.KINDS.values(),
        *not_a_day.KINDS.values(),
        *operations.KINDS.values(),
        *notices.KINDS.values(),
        *sessions.KINDS.values(),
        *classify.OTHER_KINDS.values(),
    ]
    before = classify._phrases.cache_info()
    for words in tables:
        classify._phrases(words)
    after = classify._phrases.cache_info()
    assert after.misses == before.misses  # all compiled already: none built anew


def _fpdf(lines: tuple[str, ...], font: str = "Helvetica") -> bytes:
    """The samples as fpdf wrote them before warm.py wrote its own PDF."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font(font, size=11)
    for i, text in enumerate(lines):
        pdf.text(40, 60 + 22 * i, text)
    return bytes(pdf.output())


@pytest.mark.parametrize(("name", "make"), warm.SAMPLES, ids=[name for name, _ in warm.SAMPLES])
def test_a_sample_reads_as_fpdfs_pdf_of_its_lines(
    name: str, make: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = make()
    monkeypatch.setattr(warm, "_pdf", _fpdf)
    theirs = make()
    assert ours != theirs  # two writers' bytes, one reading
    assert extract_document(ours).to_json() == extract_document(theirs).to_json()


def test_the_warm_up_imports_no_pdf_writer() -> None:
    # fpdf (numpy, fontTools, Pillow) cost the forkserver about 0.22 s of CPU at each start.
    code = (
        "import sys, pipeline.extract.reader.warm;"
        "print(sorted({'fpdf', 'numpy', 'PIL', 'fontTools'} & set(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"
