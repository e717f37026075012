"""The result of parsing one value out of text: shared by the time, date and address finders."""

from __future__ import annotations

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
