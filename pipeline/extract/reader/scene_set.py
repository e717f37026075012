"""A set named by its scene heading, its address in the lines under it.

Some sheets head the set's block with the scene's side and room instead of a "Location:" label
(Polish "WNĘTRZE: SALON BALOWY / KLATKA SCHODOWA", "WN. WIELKA HALA / PLENER: DŁUGI TARG",
English "INT. BALLROOM / EXT. COURTYARD") and print the building's name, street and town on
the lines right under it, flush with it. No label owns that address; the heading vouches for
it being the set's. Read only when no label gave a set with an address of its own.

Such a reading alone goes to a person (SCENE_HEADED). When the day's scene list names a room
the heading names ("212/14 - SALON BALOWY - ..." under "WNĘTRZE: SALON BALOWY / KLATKA
SCHODOWA"), two cues agree that the heading is the day's set and the address under it the
building's: it is then as sure as a labelled one (SCENE_NAMED), unless the block speaks of
parking, a base or a hospital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader import fields as F
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import PageText, Place
from pipeline.extract.reader.under_heading import flush_below, headings

SCENE_HEADED = 0.8  # below SAFE: a person confirms the set read under a scene's heading
SCENE_NAMED = 0.88  # ... and the day's scenes, on lines of their own, name a room it names
_SIDE = lazy(
    r"^\s*(?:WNĘTRZE|WNETRZE|PLENER|WN\.|PL\.|INT\.?/EXT\.|EXT\.?/INT\.|INT\.|EXT\.|I/E\.?)\s*:?\s*",
    re.I,
)
_ROOM_END = lazy(
    r"\s+[-\u2013\u2014]\s+.*$"
)  # "PALM HOUSE - DAY": the time of day is not the room's
_NOT_THE_SET = lazy(
    r"\b(?:parking|park|base(?:camp)?|unit\s+base|hospital|a&e|emergency|baza|szpital|sor)\b",
    re.I,
)
_MIN_ROOM = 4  # letters: a room's name shorter than this ("HALL" is four) names nothing
_HEADING = lazy(
    r"^(?:WNĘTRZE|WNETRZE|PLENER|WN\.|PL\.|INT\.?/EXT\.|EXT\.?/INT\.|INT\.|EXT\.|I/E\.?)"
    r"\s*:?\s*[^\W\d_]",
    re.I,
)
_NEAR = 3  # lines under the heading read for the name and address
_COLUMN = 8.0  # points: a line of the block starts within this of the heading


def scene_headed_set(pages: Sequence[PageText]) -> tuple[Place, float] | None:
    """The address under the first scene heading whose block, flush with it, holds one."""
    for lines, i, x0, heading in headings(pages, _HEADING):
        block = flush_below(lines, i, x0, near=_NEAR, column=_COLUMN, contiguous=True)
        name, address, cut = F.one_address(block)
        if address is not None and not cut:
            named = not _NOT_THE_SET.search(" ".join(block)) and _rooms_named_elsewhere(
                heading, pages, {id(ln) for ln in lines[i : i + 1 + len(block)]}
            )
            return Place(name or heading, address), SCENE_NAMED if named else SCENE_HEADED
    return None


def rooms(heading: str) -> list[str]:
    """The rooms a scene heading names: 'WN. WIELKA HALA / PLENER: DŁUGI TARG' gives
    'WIELKA HALA' and 'DŁUGI TARG'."""
    out = []
    for part in heading.split("/"):
        room = _ROOM_END.sub("", _SIDE.sub("", part)).strip(" .:;,")
        if sum(ch.isalpha() for ch in room) >= _MIN_ROOM:
            out.append(room)
    return out


def _rooms_named_elsewhere(heading: str, pages: Sequence[PageText], skip: set[int]) -> bool:
    """Whether a line other than the heading and its block names one of its rooms whole."""
    names = [re.compile(rf"(?<!\w){re.escape(r)}(?!\w)", re.I) for r in rooms(heading)]
    return bool(names) and any(
        n.search(line.text)
        for page in pages
        for line in page.lines
        if id(line) not in skip
        for n in names
    )
