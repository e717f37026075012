"""Values found by their shape: times, dates, phone numbers and e-mail addresses.

Times live in ``times``, dates in ``dates`` and postal addresses in ``addresses``; this module
keeps the names the readers import.
"""

from __future__ import annotations

import re

import phonenumbers

from pipeline.extract.reader.dates import date_spans, find_dates
from pipeline.extract.reader.lazy_re import lazy
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
    "lone_times",
    "without_phones",
]

EMAIL_RE = lazy(
    r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
)  # bounded: linear on any line


_SLASH = lazy(r"\s*/\s*")


def lone_times(text: str) -> list[Parsed] | None:
    """'07:12 / 06:50', '0708 / 0742': the parts of ``text`` across slashes, each a lone time
    (nothing before or after it), in order; None when any part is not one. A text with no
    slash is one part."""
    parts = _SLASH.split(text.strip())
    times = [find_time(p) for p in parts]
    if any(t is None or t.start or p[t.end :].strip() for t, p in zip(times, parts, strict=True)):
        return None
    return times  # type: ignore[return-value]


class Guess(str):
    """A phone region a sheet's words alone suggest ("A&E", "Unit call", "10:00 AM"), no
    dialling code, postcode or address: a number printed in its national form is read in it
    only when it is a valid number there ("021 807 8000", Cape Town's, on a sheet saying
    "Unit call", is no British number: better unread than a wrong country's)."""

    __slots__ = ()


def find_phones(text: str, region: str | None) -> list[str]:
    """Return E.164 numbers found in ``text``; without a region only ``+``-prefixed ones."""
    return [number for number, _, _ in _phone_matches(text, region)]


def without_phones(text: str, region: str | None) -> str:
    """``text`` with its phone numbers (and a 'Tel:' before one) cut out: the address left
    on a line such as "Oxford Rd, Manchester M13 9WL (0161) 276 1234"."""
    text = text[:MAX_TEXT]
    for _, start, end in reversed(_phone_matches(text, region)):
        head = _PHONE_WORD.sub("", text[:start])
        tail = text[end:]
        raw = text[start:end]
        if raw.count("(") > raw.count(")"):
            tail = re.sub(r"^\s*\)", "", tail)  # '(01484 342000)': the bracket it opened
        text = head + " " + tail
    text = re.sub(r"\(\s*\)", " ", text)  # the brackets a number was printed in
    text = re.sub(r"\s+\.$", "", " ".join(text.split()))  # the full stop after a number cut
    return text.strip(" ,;:|-\u2013\u00b7")


_PHONE_WORD = lazy(r"(?:\b(?:tel|phone|ph|t)\.?\s*:?\s*)$", re.I)


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
        number, end, raw = match.number, match.end, match.raw_string.strip()
        if _CLOCK_GROUPS.match(raw):
            continue  # '0615 0700 0815': a row's calls (pick-up, make-up, on set), no phone
        tail = _CLOCK_TAIL.search(raw)
        if tail or (_CLOCK_AFTER.match(text, end) and " " in raw):
            # '0433 101 202 6:30am': a time ran into the number; the number ends before it
            head = raw[: tail.start()] if tail else raw.rsplit(None, 1)[0]
            try:
                number = phonenumbers.parse(head, region or "ZZ")
            except phonenumbers.NumberParseException:
                continue
            end = match.start + len(head)
        digits = len(str(number.national_number))
        if isinstance(region, Guess) and not raw.startswith(("+", "00")) and not _valid(number):
            continue  # a national number the guessed country has no such number for
        if phonenumbers.is_possible_number(number) and digits >= PHONE_DIGITS:
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            found.append((e164, match.start, end))
    return found


def _valid(number: phonenumbers.PhoneNumber) -> bool:
    """A number its country has, or one of the UK's kept for drama that phonenumbers calls
    invalid (Ofcom: 07700 900000-900999, 01632 960000-960999), printed in fiction's sheets."""
    if phonenumbers.is_valid_number(number):
        return True
    return number.country_code == 44 and _DRAMA.match(str(number.national_number)) is not None


_DRAMA = lazy(r"^(?:7700900|1632960)\d{3}$")


# three or more 24-hour times in a row, four digits each
_CLOCK_GROUPS = lazy(r"^\s*(?:(?:[01]\d|2[0-3])[0-5]\d\s+){2,}(?:[01]\d|2[0-3])[0-5]\d\s*$")
_CLOCK_AFTER = lazy(r"[:.][0-5]\d")  # the minutes of a time the number's last digits open
_CLOCK_TAIL = lazy(r"\s\d{1,2}[:.][0-5]\d$")  # ... or the whole time, at its end
