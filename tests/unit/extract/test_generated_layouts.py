"""Generated sheets in layouts crews meet, with values known by construction."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.errors import OcrUnavailableError
from tests.fixtures import callsheets as C

SINGLE_DAY = ("production", "shooting_day", "shooting_date", "call_time", "location")
SINGLE_DAY += ("sunrise", "sunset", "scene_type")


def _day(data: bytes) -> dict[str, Any]:
    result = extract_document(data).to_json()
    assert result["document_type"] == "call_sheet"
    assert len(result["days"]) == 1
    return result["days"][0]


@pytest.mark.parametrize("build", [C.us_grid, C.uk_unit_call])
def test_english_call_sheets(build: Any) -> None:
    data, want = build()
    day = _day(data)
    for key in SINGLE_DAY:
        assert day[key] == want[key], key
    assert [s["number"] for s in day["scenes"]] == want["scenes"]


def test_us_grid_reads_interleaved_columns_by_position() -> None:
    data, want = C.us_grid()
    day = _day(data)
    assert day["hospital"]["phone"] == want["hospital_phone"]
    assert day["hospital"]["name"] == "Kaiser Permanente Los Feliz"
    assert [(c["cast_id"], c["call_time"]) for c in day["cast_calls"]] == want["cast_calls"]


def test_uk_sheet_takes_unit_call_not_production_call_or_pre_calls() -> None:
    data, want = C.uk_unit_call()
    day = _day(data)
    assert day["call_time"] == "08:00"
    assert day["base_location"] == want["base_location"]
    assert day["confidence"] >= 0.85


@pytest.mark.skipif(not C.DEJAVU.exists(), reason="needs fonts-dejavu-core to draw Polish text")
def test_polish_plan_zdjeciowy() -> None:
    data, want = C.polish_plan()
    day = _day(data)
    for key in (*SINGLE_DAY, "base_location"):
        assert day[key] == want[key], key
    assert [s["number"] for s in day["scenes"]] == want["scenes"]
    assert want["contact_phone"] in [c["phone"] for c in day["contacts"]]


def test_one_line_schedule_has_one_day_per_end_of_day_line() -> None:
    data, want = C.one_line_schedule()
    result = extract_document(data).to_json()
    assert result["document_type"] == "shooting_schedule"
    days = result["days"]
    assert [d["shooting_date"] for d in days] == want["dates"]
    assert [d["shooting_day"] for d in days] == want["day_numbers"]
    assert [[s["number"] for s in d["scenes"]] for d in days] == want["scenes"]
    assert [d["call_time"] for d in days] == want["call_times"]
    assert all(d["production"] == want["production"] for d in days)
    assert all(d["confidence"] < 0.85 for d in days)  # no set location is printed


def _headed_days(extra: list[C.Row]) -> bytes:
    rows: list[C.Row] = [(40, 40, "HARBOUR LIGHTS", 16), (40, 58, "ONE-LINE SCHEDULE", 10)]
    y = 86
    for k, (date, call) in enumerate([("Monday 4th May 2026", "08:00"), ("5.05.2026", "0700")]):
        rows.append((40, y, f"Shoot Day {k + 1}: {date} - Unit Call {call}", 10))
        rows.append((40, y + 16, f"{k + 4} INT. KITCHEN DAY 1 2/8 pgs. 1, 2", 9))
        rows.append((40, y + 31, f"{k + 9} EXT. HARBOUR WALL NIGHT 4/8 pgs. 1", 9))
        y += 70
    return C.render(rows + extra)


def test_one_line_schedule_split_at_day_headings_without_end_lines() -> None:
    # Given a one-liner whose days open with 'Shoot Day n: date - Unit Call' and never close
    result = extract_document(_headed_days([])).to_json()
    assert result["document_type"] == "shooting_schedule"
    days = result["days"]
    assert [d["shooting_date"] for d in days] == ["2026-05-04", "2026-05-05"]
    assert [d["call_time"] for d in days] == ["08:00", "07:00"]
    assert [d["shooting_day"] for d in days] == [1, 2]
    assert [[s["number"] for s in d["scenes"]] for d in days] == [["4", "9"], ["5", "10"]]


def test_day_headings_with_a_hospital_stay_one_call_sheet() -> None:
    # a call sheet's day and its advance day look alike; a hospital line says call sheet
    extra: list[C.Row] = [(40, 250, "Nearest A&E: Royal London Hospital, London E1 1FR", 9)]
    assert extract_document(_headed_days(extra)).document_type == "call_sheet"


def test_quote_is_other_with_no_days() -> None:
    data, _ = C.invoice()
    assert extract_document(data).to_json() == {
        "document_type": "other",
        "days": [],
        "reason": "not a call sheet: looks like an invoice or quote",
    }


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_scanned_sheet_is_read_by_ocr_with_capped_confidence() -> None:
    data, want = C.uk_unit_call()
    day = _day(C.rasterise(data))
    assert day["call_time"] == want["call_time"]
    assert day["shooting_date"] == want["shooting_date"]
    assert day["confidence"] < 0.85  # OCR never auto-confirms
    assert any("OCR" in w for w in day["warnings"])


def test_scan_without_tesseract_is_an_error_not_a_silent_skip(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a machine where Tesseract cannot be found
    monkeypatch.setenv("PATH", "/nonexistent")
    data, _ = C.uk_unit_call()
    # Then a scanned call sheet is refused with a reason a person can act on
    with pytest.raises(OcrUnavailableError, match="Tesseract OCR is not installed"):
        extract_document(C.rasterise(data))


def test_a_sparse_text_layer_is_read_when_ocr_cannot_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    data = C.render([(30, 40, "CALL SHEET", 18), (30, 70, "Crew Call: 7:00", 10)])
    result = extract_document(data).to_json()
    assert [(d["shooting_date"], d["call_time"]) for d in result["days"]] == [(None, "07:00")]
