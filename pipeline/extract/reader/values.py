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
    "without_phones",
]

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
)  # bounded: linear on any line


def find_phones(text: str, region: str | None) -> list[str]:
    """Return E.164 numbers found in ``text``; without a region only ``+``-prefixed ones."""
    return [number for number, _, _ in _phone_matches(text, region)]


def without_phones(text: str, region: str | None) -> str:
    """``text`` with its phone numbers (and a 'Tel:' before one) cut out: the address left
    on a line such as "Oxford Rd, Manchester M13 9WL (0161) 276 1234"."""
    text = text[:MAX_TEXT]
    for _, start, end in reversed(_phone_matches(text, region)):
        head = _PHONE_WORD.sub("", text[:start])
        text = head + " " + text[end:]
    return " ".join(text.split()).strip(" ,;:|-\u2013\u00b7")


_PHONE_WORD = re.compile(r"(?:\b(?:tel|phone|ph|t)\.?\s*:?\s*)$", re.I)


PHONE_DIGITS = 9  # a national number shorter than this is not taken for a phone


def _phone_matches(text: str, region: str | None) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    text = text[:MAX_TEXT]
    # The matcher (slow, pure Python) finds numbers only in decimal digits (\d), and a
    # national number has no more digits than its match: a text with fewer has no phone.
    if sum(map(str.isdecimal, text)) < PHONE_DIGITS:
        return found
    for match in phonenumbers.PhoneNumberMatcher(
        text, region or "ZZ", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        digits = len(str(match.number.national_number))
        if phonenumbers.is_possible_number(match.number) and digits >= PHONE_DIGITS:
            e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            found.append((e164, match.start, match.end))
    return found
