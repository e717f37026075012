# ruff: noqa: RUF003  (digits of other scripts: the characters are meant)
"""The result of parsing one value out of text: shared by the time, date and address finders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_TEXT = 1000  # characters read per call: every finder works on a bounded prefix


@dataclass(frozen=True)
class Parsed:
    """A normalised value, the quality of its parse (0-1), why it is less than 1, and its span."""

    value: str
    quality: float
    note: str | None = None
    start: int = 0
    end: int = 0


# Arabic-Indic (٠-٩), Eastern Arabic-Indic (۰-۹), Thai (๐-๙) and full-width (０-９) digits as
# ASCII: one character for one, so a match's offsets hold in the text as printed.
_DIGITS = str.maketrans(
    {chr(base + i): str(i) for base in (0x0660, 0x06F0, 0x0E50, 0xFF10) for i in range(10)}
)


def ascii_digits(text: str) -> str:
    """``text`` with its digits in other scripts written 0-9 (same length, same offsets)."""
    return text.translate(_DIGITS) if not text.isascii() else text


def iso_date(text: str | None) -> dt.date | None:
    """A reading's ISO date, or None for one that is not a full date ('--05-14', '', None)."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
