"""Tell call sheets from shooting schedules and from other paperwork, and read locale cues."""

from __future__ import annotations

import re

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.model import DocumentType

_PL_CHARS = re.compile(r"[ąęłśżźćń]", re.I)
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
_US_CUES = re.compile(r"\b[A-Z]{2}\s\d{5}\b|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{1,2}:\d{2}\s?[AP]M\b")


def document_type(text: str, has_schedule_days: bool) -> DocumentType:
    """Classify by vocabulary: invoices and quotes are 'other' even if they mention dates."""
    low = text.lower()
    call = sum(low.count(m) for m in L.CALL_SHEET_MARKERS)
    other = sum(1 for m in L.OTHER_MARKERS if m in low)
    if has_schedule_days:
        return "shooting_schedule"
    if other >= 2 and call == 0:
        return "other"
    if call > 0:
        return "call_sheet"
    return "other"


def region(text: str) -> str | None:
    """The phone region the sheet implies: PL, GB, US, or None when it gives no cue."""
    low = text.lower()
    if "+48" in text or len(_PL_CHARS.findall(text)) >= 3 or "zbiórka" in low:
        return "PL"
    if "+44" in text or _UK_POSTCODE.search(text) or "unit call" in low or "a&e" in low:
        return "GB"
    if "+1" in text or _US_CUES.search(text):
        return "US"
    return None


def us_date_order(region_code: str | None) -> bool | None:
    """Month-first numeric dates on US sheets, day-first elsewhere, unknown without a cue."""
    if region_code is None:
        return None
    return region_code == "US"
