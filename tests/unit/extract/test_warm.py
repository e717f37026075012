"""The sandbox's forkserver warms up on a sample sheet: it must be read the whole way (a sheet
refused early would leave the children cold)."""

from __future__ import annotations

from pipeline.extract.reader.api import extract_document
from pipeline.extract.reader.warm import sample_sheet


def test_the_warm_up_sheet_is_read_as_a_call_sheet_with_its_fields() -> None:
    result = extract_document(sample_sheet())
    assert result.document_type == "call_sheet"
    day = result.days[0]
    assert (day.shooting_date, day.call_time, day.sunset) == ("2026-03-03", "07:30", "18:14")
    assert "Toronto" in day.location and day.hospital is not None
