"""Time and date parsing in the formats crews print, with the sheet's own cues."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.values import find_dates, find_phones, find_time


@pytest.mark.parametrize(
    ("text", "want"),
    [("7:00 AM", "07:00"), ("07:00", "07:00"), ("0700", "07:00"), ("7.00", "07:00"),
     ("7h", "07:00"), ("130p", "13:30"), ("6:03A", "06:03"), ("5:30 pm", "17:30")],
)  # fmt: skip
def test_times(text: str, want: str) -> None:
    parsed = find_time(text)
    assert parsed is not None and parsed.value == want


@pytest.mark.parametrize(
    ("text", "us", "want"),
    [("15.03.2026", False, "2026-03-15"), ("15/03/26", None, "2026-03-15"),
     ("03/15/2026", True, "2026-03-15"), ("Monday, March 16th 2026", None, "2026-03-16"),
     ("16 marca 2026", False, "2026-03-16"), ("2026-03-16", None, "2026-03-16"),
     ("Wednesday 03/04/2026", False, "2026-03-04")],
)  # fmt: skip
def test_dates(text: str, us: bool | None, want: str) -> None:
    assert find_dates(text, us_order=us)[0].value == want


def test_ambiguous_numeric_date_without_cue_is_low_quality() -> None:
    parsed = find_dates("04/03/2026")[0]
    assert parsed.quality < 0.5 and parsed.note


def test_weekday_disagreeing_with_date_is_flagged() -> None:
    parsed = find_dates("Friday 16.03.2026", us_order=False)[0]
    assert parsed.quality < 0.5 and "weekday" in (parsed.note or "")


def test_phones_are_e164_only_with_a_region() -> None:
    assert find_phones("(510) 371-4831", "US") == ["+15103714831"]
    assert find_phones("tel. +48 601 234 567", None) == ["+48601234567"]
    assert find_phones("Lunch 13:00 - 2026", "GB") == []
