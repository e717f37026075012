"""What a corpus entry is: a named, lazily built PDF with the values it must read to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.places import Place


@dataclass
class Sheet:
    """One corpus document. `expected` holds only what the page prints (see CONVENTIONS.md)."""

    name: str
    family: str
    layout: str
    make: Callable[[], bytes]
    expected: dict[str, Any]
    scan_dpi: int | None = None  # rendered to an image with no text layer
    _data: bytes | None = field(default=None, repr=False)

    @property
    def data(self) -> bytes:
        if self._data is None:
            self._data = self.make()
        return self._data

    @property
    def is_call_sheet(self) -> bool:
        return self.expected["document_type"] == "call_sheet"


def call_sheet(
    production: str,
    day: dt.date,
    call: str,
    place: Place,
    *,
    hospital: str | None = "",
    sun: tuple[str | None, str | None] | None = None,
    location_extra: Sequence[str] = (),
) -> dict[str, Any]:
    """Expected values of a one-day call sheet; `hospital=None` when no hospital is printed."""
    rise, fall = sun if sun is not None else place.sun(day)
    return {
        "document_type": "call_sheet",
        "production": production,
        "shooting_date": day.isoformat(),
        "call_time": call,
        "location": place.street,
        # every word the sheet prints for this set: a reading with any other word in it has
        # absorbed a neighbour (the hospital line, the next set, the base)
        "location_words": " ".join([place.name, place.address, *location_extra]),
        "sunrise": rise,
        "sunset": fall,
        "hospital": place.hospital if hospital == "" else hospital,
    }


def fit(c: Canvas, x: float, y: float, text: str, size: float, width: float, **kw: Any) -> None:
    """Draw text in a cell, shrinking the font until it fits the cell's width."""
    c._font(text, size, bool(kw.get("bold")), kw.get("family"))
    while size > 5 and c.pdf.get_string_width(text) > width:
        size -= 0.5
        c._font(text, size, bool(kw.get("bold")), kw.get("family"))
    c.text(x, y, text, size, **kw)


def cell(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    label: str,
    lines: Sequence[str],
    *,
    label_size: float = 6.5,
    size: float = 8.5,
    lead: float | None = None,
) -> None:
    """A ruled cell's content: a small bold label at the top, its value lines below it."""
    fit(c, x + 3, y + label_size + 3, label, label_size, w - 6, bold=True)
    lead = lead or size + 2.5
    yy = y + label_size + 5 + size
    for line in lines:
        fit(c, x + 3, yy, line, size, w - 6)
        yy += lead
