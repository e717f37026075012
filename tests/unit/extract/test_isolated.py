"""pdfminer runs in a child process the time limit can end (pipeline/extract/reader/isolated.py)."""

from __future__ import annotations

import threading

import pytest
from fpdf import FPDF

from pipeline.extract import Limits, extract_document
from pipeline.extract.reader.errors import EncryptedPdfError, ExtractTimeoutError
from tests.fixtures import callsheets as C


@pytest.fixture
def pdfminer_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every document goes to the child, not only the ones PDFium cannot read."""
    monkeypatch.setenv("STILLONTIME_PDF_ENGINE", "pdfplumber")


def _dense_page(lines: int = 150) -> bytes:
    """One page carrying a lot of text: seconds of pdfminer parsing in a single call."""
    pdf = FPDF(format=(600, 20000))
    pdf.add_page()
    pdf.set_font("Helvetica", size=4)
    for i in range(lines):
        pdf.text(5, 10 + i * 30, " ".join(f"word{i}-{j}" for j in range(40)))
    return bytes(pdf.output())


def test_the_child_reads_what_pdfium_reads(pdfminer_reader) -> None:
    data, want = C.uk_unit_call()
    got = extract_document(data).to_json()["days"]
    assert [d["call_time"] for d in got] == [want["call_time"]] == ["08:00"]


def test_the_childs_errors_come_back_typed(pdfminer_reader) -> None:
    from tests.unit.extract.test_bad_input import _encrypted

    with pytest.raises(EncryptedPdfError, match="password"):
        extract_document(_encrypted())


def test_a_single_call_that_outlasts_the_limit_is_ended(pdfminer_reader) -> None:
    # Given one page pdfminer needs far longer than the limit for (no page boundary to check at)
    data = _dense_page()
    # Then reading it ends with the time-limit error, not a finished parse
    with pytest.raises(ExtractTimeoutError, match="longer than"):
        extract_document(data, limits=Limits(max_seconds=0.2))
    # And with time enough, the same page reads
    assert extract_document(data, limits=Limits(max_seconds=120)).document_type == "other"


def test_a_process_with_other_threads_starts_its_child_instead_of_forking_the_same_reading(
    pdfminer_reader,
) -> None:
    # Given the reading of a single-threaded process (its child is forked)
    data, _ = C.uk_unit_call()
    forked = extract_document(data).to_json()
    # When another thread is running (a fork would copy none of its locks' owners)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        started = extract_document(data).to_json()
    finally:
        stop.set()
        other.join()
    # Then the child started as a fresh interpreter reads the same
    assert started == forked
