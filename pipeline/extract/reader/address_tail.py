"""A set's address line that runs on after its town with a note and a phone number.

Typed letters and one-line cells print the set as one line: its name, its street, its
postcode and town, then what the office adds for the crew, a bracketed note on where in the
place the day is ("(nawa główna i wieża)", "(rear courtyard)") and the place's phone ("tel. 89
532 62 00"). The note and the phone are no part of the address; a reading that keeps them has
absorbed its neighbours. Only such a tail, after a whole address with its postcode, is cut.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.addresses import find_addresses
from pipeline.extract.reader.lazy_re import lazy

# a bracketed note, a phone with its word, or both, and nothing else after the address
_PHONE = r"(?:tel|telefon|phone|ph|tél|mob|kom|tlf|puh)\.?\s*:?\s*\+?\(?\d[\d\s()/.-]{5,}\d"
_TAIL = lazy(rf"^\s*(?:\([^()]{{2,60}}\))?\s*[,;]?\s*(?:{_PHONE})?\s*[.,;]?\s*$", re.I)
# or a note after a spaced en or em dash ('84-140 Jastarnia \u2013 nabrzeże i szopy'): where in
# the place the day is, in lower case (a capital after it is the town's part: 'Nowa Huta')
_DASH_NOTE = lazy(r"^\s+[\u2013\u2014]\s+(\w)[^()\d]{1,60}$")


def _dash_note(tail: str) -> bool:
    m = _DASH_NOTE.match(tail)
    return m is not None and m.group(1).islower()


def without_trailing_notes(address: str) -> str:
    """``address`` less a bracketed note, a dash's note and a phone after its last postcode and
    town."""
    found = [a for a in find_addresses(address) if a.postcode]
    if not found:
        return address
    end = found[-1].end
    tail = address[end:]
    if not tail.strip(" ,.;") or not (_TAIL.match(tail) or _dash_note(tail)):
        return address
    return address[:end].rstrip(" ,")
