"""A small crew's meeting time said twice: the itinerary's 'MEET' line and its running order.

A documentary or factual crew's itinerary calls its few people with a meeting time ('MEET
9.00am at the location (castle gate)') and no call label, and its running order opens with the
same meeting at the same time ('9.00am  Meet, recce, release forms'). A meeting label is weak
alone (a meet may be the ride's, the call printed elsewhere); said again as the day's first row,
with no other call on the sheet, it is the crew's call.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.attach import Label, Piece
from pipeline.extract.reader.field_sheet import Sheet
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.values import Parsed, find_time

# what may follow the meeting's time in its cell: where it is ('at the location (castle
# gate)', 'on the pier', '@ base')
_PLACED = lazy(r"\s*[-\u2013,]?\s*(?:at|on|@|in|by)\b", re.I)
_ROW_MARK = " -\u2013:|\u00b7"  # what may stand between a row's time and its words


def meet_said_again(sheet: Sheet, label: Label, pieces: list[Piece], parsed: Parsed) -> bool:
    """Whether the meeting ``label`` on page 1 owns, beside it, a cell that opens with its time
    ``parsed`` (then at most where), and a row of the same page opens with that time and the
    label's own word ('9.00am  Meet, recce, release forms')."""
    if label.page != 0 or not pieces or pieces[0].below or pieces[0].line != label.line:
        return False
    own = find_time(pieces[0].text)
    if own is None or own.start or (own.value, own.start) != (parsed.value, parsed.start):
        return False
    rest = pieces[0].text[own.end :]
    if rest.strip() and not _PLACED.match(rest):
        return False
    word = label.phrase.split()[0]
    for i, line in enumerate(sheet.pages[0].lines):
        hit = find_time(line.text) if i != label.line else None
        if hit is None or hit.start or hit.value != parsed.value:
            continue
        after = line.text[hit.end :].lstrip(_ROW_MARK).lower()
        if re.match(rf"{re.escape(word)}\b", after):
            return True
    return False
