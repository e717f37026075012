"""Bad files raise a typed ExtractError with a message a person understands, never anything else."""

from __future__ import annotations

import io
import pathlib

import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import Limits, extract_document
from pipeline.extract.cli import extract_command
from pipeline.extract.reader.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    ExtractError,
    ExtractTimeoutError,
    FileTooLargeError,
    NotPdfError,
    TooManyPagesError,
)
from tests.fixtures import callsheets as C


def _pages(n: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for i in range(n):
        pdf.add_page()
        pdf.text(20, 20, f"page {i}")
    return bytes(pdf.output())


def _encrypted() -> bytes:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 20, "Crew Call: 7:00")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyFileError, "empty"),
        (b"PK\x03\x04 this is a zip file", NotPdfError, "not a PDF"),
        (C.us_grid()[0][:-300], CorruptPdfError, "truncated"),
        (_encrypted(), EncryptedPdfError, "password"),
    ],
)
def test_bad_files_raise_typed_errors(data: bytes, error: type[ExtractError], words: str) -> None:
    with pytest.raises(error, match=words) as info:
        extract_document(data)
    assert info.value.retryable is False


def test_page_limit() -> None:
    with pytest.raises(TooManyPagesError, match="51 pages"):
        extract_document(_pages(51))


def test_size_cap() -> None:
    with pytest.raises(FileTooLargeError, match="limit"):
        extract_document(C.us_grid()[0], limits=Limits(max_bytes=1000))


def test_time_and_text_budget() -> None:
    with pytest.raises(ExtractTimeoutError):
        extract_document(_pages(3), limits=Limits(max_seconds=0.0))
    with pytest.raises(ExtractTimeoutError):
        extract_document(C.us_grid()[0], limits=Limits(max_chars=10))


def test_cli_exit_codes(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "sheet.pdf"
    bad.write_bytes(b"hello")
    assert extract_command(bad, as_json=True) == 2
    assert "not a PDF" in capsys.readouterr().err
    good = tmp_path / "good.pdf"
    good.write_bytes(C.uk_unit_call()[0])
    assert extract_command(good, as_json=True) == 0
    assert '"call_time": "08:00"' in capsys.readouterr().out
    assert extract_command(good, as_json=False) == 0
    assert "crew call  : 08:00" in capsys.readouterr().out


def _check(data: bytes) -> None:
    # A parse that never ends is cut by the time limit (pytest-timeout fails a hang)
    try:
        result = extract_document(data, limits=Limits(max_seconds=10))
    except ExtractError as exc:
        assert str(exc)
    else:
        assert result.document_type in ("call_sheet", "shooting_schedule", "other")


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_raise_only_extract_error(data: bytes) -> None:
    _check(data)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(st.data())
def test_mutated_pdfs_raise_only_extract_error(data: st.DataObject) -> None:
    base = bytearray(data.draw(st.sampled_from([C.us_grid, C.one_line_schedule]))()[0])
    for _ in range(data.draw(st.integers(1, 20))):
        pos = data.draw(st.integers(0, len(base) - 1))
        base[pos] = data.draw(st.integers(0, 255))
    _check(bytes(io.BytesIO(base).getvalue()))
