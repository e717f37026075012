"""A set that is a stage on a studio lot: the lot's address is where the crew goes.

A studio sheet heads the day with its stage ("Stage C", "Stage: 007 Stage", "Sound Stage 6
(tank set)") and prints the lot's name and street on the line under it ("Ardmore Studios,
Herbert Rd, Bray, Co. Wicklow A98 VX52"), then the gate to use. No "Location:" label owns
that address, and the block of the lot's other stages ("ON THE LOT": "Set: the crannog hall",
"Stage D: standby set") names rooms with no address. The set's address is the lot's: the stage
and the gate are how to find the set once through it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import PageText, Place
from pipeline.extract.reader.under_heading import flush_below, headings

STAGE_LOT = 0.88  # the lot's whole address printed under the day's stage heading
# a stage, studio or sound stage by its number or letter: "Stage 6", "Stage: 007 Stage",
# "SOUND STAGE 4", "Studio 3", and in other languages' words for a stage (Spanish "plató",
# French "plateau", German "Halle" / "Atelier", Polish "hala")
_STAGE = lazy(
    r"^(?:sound\s+|film\s+)?(?:stage|studio|plat[óo]|plateau|halle|atelier|hala)\s*:?\s*"
    r"(?:no\.?\s*|#\s*)?(?:[A-Z]{1,2}|\d{1,3}[A-Z]?)\b",
    re.I,
)
_NEAR = 2  # lines under the stage heading searched for the lot's address
_COLUMN = 12.0  # points: the address line starts within this of the heading


def stage_set(pages: Sequence[PageText], region: str | None = None) -> tuple[Place, float] | None:
    """The lot's address under the first stage heading that has one, as the day's set."""
    for lines, i, x0, heading in headings(pages, _STAGE):
        for text in flush_below(lines, i, x0, near=_NEAR, column=_COLUMN, contiguous=False):
            found = find_address(text, region)
            if found is not None and found.quality >= 1.0 and found.street:
                lot = text[: found.start].strip(" ,;-")
                name = f"{heading}, {lot}" if lot else heading
                return Place(name, found.text), STAGE_LOT
    return None
