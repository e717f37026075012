"""Find single-valued fields of a call sheet by label proximity and rate each find."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.layout import LabelHit, below, find_labels, right_of
from pipeline.extract.reader.model import Hospital, PageText, Place
from pipeline.extract.reader.values import Parsed, find_dates, find_phones, find_time

ABOVE_BELOW_PENALTY = 0.95  # a value under its label is slightly less certain than beside it
AGREE_MARGIN = 0.1  # two candidates closer than this in score make the field ambiguous
_PLACEHOLDER = re.compile(r"^(location|hospital|lokacja|szpital|set)\s*#?\s*\d*$", re.I)
_ADDRESS = re.compile(
    r"\d+\s+\w+|\b(?:ul|al|st|rd)\.|\b(?:street|road|ave|avenue|blvd|lane)\b", re.I
)


@dataclass(frozen=True)
class Found:
    """A field value, its confidence, and a warning when the find is doubtful."""

    value: object
    conf: float
    warning: str | None = None


NOTHING = Found(None, 0.0)


def _hits(pages: Sequence[PageText], table: dict[str, float]) -> list[LabelHit]:
    return find_labels(pages, table, exclude_before=L.NOT_CREW)


def _time_candidates(pages: Sequence[PageText], hit: LabelHit) -> list[Found]:
    right = right_of(pages, hit, L.STOP_WORDS)
    parsed = find_time(right) if right else None
    if parsed is not None:
        return [Found(parsed.value, hit.quality * parsed.quality)]
    for text in below(pages, hit, max_lines=2):
        parsed = find_time(text)
        if parsed is not None:
            return [Found(parsed.value, hit.quality * parsed.quality * ABOVE_BELOW_PENALTY)]
    return []


def labelled_time(pages: Sequence[PageText], table: dict[str, float], name: str) -> Found:
    """Return the time printed beside or under the best label of ``table``.

    Candidates that disagree with a similar score make the field ambiguous: the best value is
    kept but its confidence is capped and a warning names the field.
    """
    found = [f for hit in _hits(pages, table) for f in _time_candidates(pages, hit)]
    return _best(found, name)


def _best(found: list[Found], name: str) -> Found:
    if not found:
        return NOTHING
    found.sort(key=lambda f: f.conf, reverse=True)
    top = found[0]
    rivals = {f.value for f in found if f.value != top.value and top.conf - f.conf < AGREE_MARGIN}
    if rivals:
        listed = ", ".join(sorted(str(r) for r in rivals))
        return Found(top.value, min(top.conf, 0.5), f"{name}: {top.value} or {listed}?")
    if top.conf < 0.85:
        return Found(top.value, top.conf, f"{name}: read with low confidence")
    return top


def shooting_date(pages: Sequence[PageText], us_order: bool | None) -> Found:
    """Pick the sheet's date: labelled or in the header band beats dates elsewhere."""
    found: list[Found] = []
    label_lines = {(h.page, h.line) for h in _hits(pages, L.DATE)}
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            lowered = line.text.lower()
            for parsed in find_dates(line.text, us_order=us_order):
                weight = 1.0 if (p, i) in label_lines or line.top < page.height * 0.2 else 0.7
                if p > 0:
                    weight *= 0.8
                if re.search(r"advance|next day|tomorrow|jutro|nast[ęe]pn|issued|printed", lowered):
                    weight *= 0.3
                found.append(Found(parsed.value, parsed.quality * weight, _date_note(parsed)))
    best = _best(found, "shooting_date")
    note = next((f.warning for f in found if f.value == best.value and f.warning), None)
    return Found(best.value, best.conf, best.warning or note)


def _date_note(parsed: Parsed) -> str | None:
    return f"shooting_date: {parsed.note}" if parsed.note else None


def shooting_day(pages: Sequence[PageText]) -> Found:
    """Read 'Day 12 of 40' / 'Dzień zdjęciowy 12 z 40' / 'Shoot day: 12'."""
    pattern = re.compile(
        r"\b(?:shoot(?:ing)?\s+)?(?:day|dzień(?:\s+zdjęciowy)?)\s*:?\s*#?(\d{1,3})"
        r"(?:\s*(?:of|/|z)\s*(\d{1,3}))?",
        re.I,
    )
    for page in pages:
        for line in page.lines:
            m = pattern.search(line.text)
            if m and int(m.group(1)) > 0:
                conf = 1.0 if m.group(2) else 0.8
                return Found(int(m.group(1)), conf)
    return NOTHING


def labelled_block(pages: Sequence[PageText], table: dict[str, float]) -> tuple[list[str], float]:
    """Text beside the best label of ``table``, or the lines under it; with label quality."""
    for hit in sorted(_hits(pages, table), key=lambda h: -h.quality):
        right = right_of(pages, hit, L.STOP_WORDS)
        if right and not re.fullmatch(r"#?\s*\d+|time", right, re.I):
            return [right], hit.quality
        if right:
            continue  # "Location #1" is a sub-heading, not a labelled value
        lines = [t for t in below(pages, hit) if not _PLACEHOLDER.match(t.strip())]
        if lines:
            return lines, hit.quality * ABOVE_BELOW_PENALTY
    return [], 0.0


def place(pages: Sequence[PageText], table: dict[str, float]) -> tuple[Place | None, float]:
    """A name line and an address line under a location-like label."""
    lines, quality = labelled_block(pages, table)
    lines = [t for t in lines if not find_phones(t, "US") and "@" not in t]
    if not lines:
        return None, 0.0
    addresses = [t for t in lines if _ADDRESS.search(t)]
    names = [t for t in lines if t not in addresses]
    address = ", ".join(addresses) if addresses else None
    name = names[0] if names else None
    if address is None:
        return Place(name, name), quality * 0.8  # a name only: a person may need to look it up
    return Place(name, address), quality


def hospital(pages: Sequence[PageText], region: str | None) -> tuple[Hospital | None, float]:
    lines, quality = labelled_block(pages, L.HOSPITAL)
    if not lines:
        return None, 0.0
    if len(lines) == 1 and "," in lines[0]:
        lines = [part.strip() for part in lines[0].split(",", 1)]  # "Name, street, town"
    phone = next((p for t in lines for p in find_phones(t, region)), None)
    rest = [t for t in lines if not find_phones(t, region)]
    addresses = [t for t in rest if _ADDRESS.search(t) and not t.lower().startswith("tel")]
    names = [t for t in rest if t not in addresses and not t.lower().startswith("tel")]
    return Hospital(names[0] if names else None, ", ".join(addresses) or None, phone), quality


def production(pages: Sequence[PageText]) -> Found:
    """The production title: a labelled value, else the biggest line at the top of page 1."""
    for hit in sorted(_hits(pages, L.PRODUCTION), key=lambda h: -h.quality):
        if hit.start != 0:
            continue  # "SKY SHOW DAY" in a scene row is not a "Show:" label
        value = right_of(pages, hit, L.STOP_WORDS)
        if value and not re.match(r"(call|company|manager|office|numbers)\b", value, re.I):
            return Found(value, hit.quality)
    if not pages or not pages[0].lines:
        return NOTHING
    top = [ln for ln in pages[0].lines if ln.top < pages[0].height * 0.15]
    skip = re.compile(r"call\s*sheet|plan zdj|dzienny plan|schedule|one.?lin", re.I)
    top = [ln for ln in top if not skip.search(ln.text)] or top
    if not top:
        return NOTHING
    biggest = max(top, key=lambda ln: ln.size)
    title = re.split(r"\s+[-\u2013]\s+(?:episode|ep\.?|odcinek)\b", biggest.text, flags=re.I)[0]
    return Found(title.strip(), 0.6, "production: title guessed from the largest heading")


def sun_times(pages: Sequence[PageText]) -> tuple[Found, Found]:
    """Sunrise and sunset, labelled separately or as 'Sunrise / Sunset: 6:03A / 7:57P'."""
    for page in pages:
        for line in page.lines:
            m = re.search(r"sunrise\s*/\s*sunset\s*:?\s*(.+)", line.text, re.I)
            if m:
                parts = re.split(r"\s*/\s*", m.group(1))
                times = [find_time(p) for p in parts[:2]]
                if len(times) == 2 and all(times):
                    return tuple(Found(t.value, t.quality) for t in times if t)  # type: ignore[return-value]
    return labelled_time(pages, L.SUNRISE, "sunrise"), labelled_time(pages, L.SUNSET, "sunset")


def section_text(pages: Sequence[PageText], table: dict[str, float]) -> str | None:
    lines, _ = labelled_block(pages, table)
    return " ".join(lines) or None
