"""Values found by their shape: times, dates, phone numbers and e-mail addresses.

Times live in ``times``, dates in ``dates`` and postal addresses in ``addresses``; this module
keeps the names the readers import.
"""

from __future__ import annotations

import re

import phonenumbers

from pipeline.extract.reader.dates import date_spans, find_dates
from pipeline.extract.reader.parsed import MAX_TEXT, Parsed
from pipeline.extract.reader.times import find_time, find_times

__all__ = [
    "EMAIL_RE",
    "MAX_TEXT",
    "Parsed",
    "date_spans",
    "find_dates",
    "find_phones",
    "find_time",
    "find_times",
]

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
)  # bounded: linear on any line


def find_phones(text: str, region: str | None) -> list[str]:
    """Return E.164 numbers found in ``text``; without a region only ``+``-prefixed ones."""
    found: list[str] = []
    for match in phonenumbers.PhoneNumberMatcher(
        text[:MAX_TEXT], region or "ZZ", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        digits = len(str(match.number.national_number))
        if phonenumbers.is_possible_number(match.number) and digits >= 9:
            found.append(
                phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            )
    return found
