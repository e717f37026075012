"""A generic call heading over a cell that names the crew's call itself.

'CALL' alone in a box's heading, and in the box 'Crew call 07:30 (Camera/Sound 07:00)': the
heading is a generic word (crew lists print it for everyone), but the cell's own first words
say whose call the time is, as surely as a 'Crew call' label beside it would.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.times import find_time

if TYPE_CHECKING:
    from pipeline.extract.reader.attach import Piece
    from pipeline.extract.reader.parsed import Parsed

# a phrase naming one unit among several ('Main unit call', 'Studio crew call') may be one of
# a box's calls for several units: only phrases naming the whole crew settle whose call it is
_ONE_UNIT = lazy(r"\b(?:main|studio|first|1st|2nd|second|splinter)\b", re.I)
_WHOLE_CREW = sorted(
    (p for p, q in L.CREW_CALL.items() if q >= 1.0 and p.isascii() and not _ONE_UNIT.search(p)),
    key=len,
    reverse=True,
)
_OPENS = lazy(
    rf"^(?:{'|'.join(re.escape(p) for p in _WHOLE_CREW)})(?:\s+time)?\s*[:\-\u2013]?\s*",
    re.I,
)


def cell_names_the_crew(pieces: list[Piece], parsed: Parsed) -> bool:
    """Whether the first piece under a generic call heading opens with the whole crew's call
    phrase and the time read follows it at once ('Crew call 07:30 (Camera/Sound 07:00)',
    'Unit call: 0800'); not 'Cast call 08:00', nor 'Shoot 08:00 · crew call 07:30' (the time
    read is another's)."""
    if not pieces or not pieces[0].below:
        return False
    text = pieces[0].text
    m = _OPENS.match(text)
    if m is None:
        return False
    hit = find_time(text[m.end() :])
    return (
        hit is not None and hit.start == 0 and hit.value == parsed.value and m.end() == parsed.start
    )
