"""Frozen value types: limits, positioned words and lines, and the extraction result."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, Literal

DocumentType = Literal["call_sheet", "shooting_schedule", "other"]

# Keys of one DAY in the JSON result, in output order.
DAY_KEYS = (
    "production",
    "shooting_day",
    "shooting_date",
    "call_time",
    "location",
    "locations",
    "base_location",
    "hospital",
    "sunrise",
    "sunset",
    "scenes",
    "scene_type",
    "contacts",
    "cast_calls",
    "equipment",
    "safety_notes",
    "notes",
)

# Fields whose absence or doubt makes a day unsafe to confirm automatically.
CRITICAL_FIELDS = ("call_time", "shooting_date", "location")


@dataclass(frozen=True)
class Limits:
    """Caps on what one document may cost to read."""

    max_bytes: int = 25 * 1024 * 1024  # a call sheet is rarely above 5 MB
    max_pages: int = 50  # a one-liner for a whole block fits in far fewer
    preview_pages: int = 5  # past max_pages, what is read to tell a budget or script (partial)
    max_seconds: float = 60.0  # wall-clock budget, checked between pages
    max_chars: int = 2_000_000  # text budget: a page bomb is refused, not parsed
    ocr_resolution: int = 300  # dpi for rendering scans before OCR


@dataclass(frozen=True)
class Word:
    """One word with its box in PDF points (top-left origin) and OCR confidence (0-1)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0
    conf: float = 1.0

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2


class WordRun:
    """What a run of words on one line shows: its text and its box (lines, cells).

    The runs are frozen and the finders ask a line's text and box many times (90 000 times
    a hundred sheets): each is worked out once and kept on the run, outside its fields."""

    words: tuple[Word, ...]

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


@dataclass(frozen=True)
class Line(WordRun):
    """Words sharing a baseline, left to right, on one page."""

    words: tuple[Word, ...]
    page: int

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)


@dataclass(frozen=True)
class PageText:
    """The lines of one page and its width, plus whether they came from OCR."""

    lines: tuple[Line, ...]
    width: float
    height: float
    ocr: bool = False


@dataclass(frozen=True)
class Place:
    """A named place with its address as printed."""

    name: str | None
    address: str | None


@dataclass(frozen=True)
class Hospital:
    name: str | None
    address: str | None
    phone: str | None


@dataclass(frozen=True)
class Scene:
    number: str
    int_ext: str | None = None
    day_night: str | None = None
    description: str | None = None
    pages: str | None = None
    cast: tuple[str, ...] = ()
    location: str | None = None


@dataclass(frozen=True)
class Contact:
    name: str | None
    role: str | None
    department: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class CastCall:
    cast_id: str | None
    name: str | None
    character: str | None
    call_time: str | None


@dataclass(frozen=True)
class Day:
    """One shooting day as read from the document."""

    production: str | None = None
    shooting_day: int | None = None
    shooting_date: str | None = None
    call_time: str | None = None
    location: str | None = None
    locations: tuple[Place, ...] = ()
    base_location: str | None = None
    hospital: Hospital | None = None
    sunrise: str | None = None
    sunset: str | None = None
    scenes: tuple[Scene, ...] = ()
    scene_type: str | None = None
    contacts: tuple[Contact, ...] = ()
    cast_calls: tuple[CastCall, ...] = ()
    equipment: tuple[str, ...] = ()
    safety_notes: str | None = None
    notes: str | None = None
    confidence: float = 0.0
    field_confidence: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    # the shooting date as printed without a year ("Thursday 14 November"): the email's date
    # gives its year (sanity.date_findings), so a cached reading can be completed per email
    date_text: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in (*DAY_KEYS, "confidence", "field_confidence", "warnings"):
            out[key] = _plain(getattr(self, key))
        if self.date_text:
            out["date_text"] = self.date_text
        out["confidence"] = round(self.confidence, 3)
        out["field_confidence"] = {k: round(v, 3) for k, v in self.field_confidence.items()}
        return out


@dataclass(frozen=True)
class DocumentResult:
    """What one PDF holds: its kind and its shooting days."""

    document_type: DocumentType
    days: tuple[Day, ...] = ()
    warnings: tuple[str, ...] = ()
    reason: str | None = None  # for 'other': what it looks like instead (the email's skip note)

    def to_json(self) -> dict[str, Any]:
        out = {"document_type": self.document_type, "days": [d.to_json() for d in self.days]}
        if self.reason:
            out["reason"] = self.reason
        return out


def _plain(value: Any) -> Any:
    """A reading's value as JSON: a dataclass as the dict of its fields (as ``asdict`` gives,
    without its deep copy of every value, most of a sheet's ``to_json``), tuples as lists,
    recursively."""
    if isinstance(value, str | int | float | None):
        return value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(type(value), "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value
