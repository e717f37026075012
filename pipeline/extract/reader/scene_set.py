"""A set named by its scene heading, its address in the lines under it.

Some sheets head the set's block with the scene's side and room instead of a "Location:" label
(Polish "WNĘTRZE: SALON BALOWY / KLATKA SCHODOWA", "WN. WIELKA HALA / PLENER: DŁUGI TARG",
English "INT. BALLROOM / EXT. COURTYARD") and print the building's name, street and town on
the lines right under it, flush with it. No label owns that address; the heading vouches for
it being the set's. Read only when no label gave a set with an address of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader import fields as F
from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.model import Line, PageText, Place

SCENE_HEADED = 0.8  # below SAFE: a person confirms the set read under a scene's heading
_HEADING = re.compile(
    r"^(?:WNĘTRZE|WNETRZE|PLENER|WN\.|PL\.|INT\.?/EXT\.|EXT\.?/INT\.|INT\.|EXT\.|I/E\.?)"
    r"\s*:?\s*[^\W\d_]",
    re.I,
)
_NEAR = 3  # lines under the heading read for the name and address
_COLUMN = 8.0  # points: a line of the block starts within this of the heading


def _first_run(line: Line) -> tuple[float, str]:
    a, b = runs(line)[0]
    return line.words[a].x0, " ".join(w.text for w in line.words[a:b])


def scene_headed_set(pages: Sequence[PageText]) -> tuple[Place, float] | None:
    """The address under the first scene heading whose block, flush with it, holds one."""
    for page in pages:
        lines = page.lines
        for i, line in enumerate(lines):
            if not line.words:
                continue
            x0, heading = _first_run(line)
            if not _HEADING.match(heading):
                continue
            block: list[str] = []
            here = line
            for below in lines[i + 1 : i + 1 + _NEAR]:
                height = max(here.bottom - here.top, 1.0)
                if not below.words or below.top - here.bottom > 1.2 * height:
                    break
                bx, text = _first_run(below)
                if abs(bx - x0) > _COLUMN:
                    break
                block.append(text)
                here = below
            name, address, cut = F._one_address(block)
            if address is not None and not cut:
                return Place(name or heading, address), SCENE_HEADED
    return None
