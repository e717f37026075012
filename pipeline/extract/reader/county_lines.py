"""An Irish place under its name with no street: the line between the name and its county.

Irish addresses outside the towns often have no street or house number, and a sheet may leave
the Eircode out: 'Powerscourt House' / 'Powerscourt Estate' / 'Enniskerry, Co. Wicklow'. The
line between the place's name and the town-and-county line is the address's locality (an
estate, a townland, a pier), and with the county line it is where the set is: read in doubt,
as a road with no number is.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.address_parts import ends_on_county

_WORDS = 5  # a locality's line is a few words, not a note


def locality_over_county(lines: list[str]) -> str | None:
    """'Powerscourt Estate, Enniskerry, Co. Wicklow' from a name, a locality line (no digit,
    a few words, no county of its own) and a line ending on an Irish county; None otherwise."""
    if len(lines) < 3 or not ends_on_county(lines[2]):
        return None
    locality = lines[1].strip(" ,")
    if not locality or re.search(r"\d", locality) or ends_on_county(locality):
        return None
    if len(locality.split()) > _WORDS or not locality[0].isupper():
        return None
    return f"{locality}, {lines[2].strip(' ,')}"
