"""Words a call's cell may print beside its time that name no other call.

'CALL TIME: 7AM PROMPT (artistes as below)': 'prompt' / 'sharp' insist on the time, and a
bracket sending the cast to their own list ('artistes as below', 'cast see call list') says
the people listed lower have calls of their own. Neither is a rival time nor a condition on
the crew's call, so a generic call label's lone time stays the day's call beside them.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

# the time insisted on: '7AM PROMPT', '6:30 sharp', 'promptly', 'on the dot'
_PUNCTUAL = lazy(r"\b(?:prompt(?:ly)?|sharp|on\s+the\s+dot)\b\.?", re.I)
# the cast sent to their own rows: '(artistes as below)', '(cast: see below)', '(talent per
# call list)', '(actors as per schedule)'
_OTHERS_LISTED = lazy(
    r"\(\s*(?:all\s+)?(?:artistes?|artists?|cast|talent|actors?|actresses)\s*:?\s*"
    r"(?:as\s+per|as|see|per)\s+(?:the\s+)?(?:below|above|schedule|call\s+list|list|table)\s*\)",
    re.I,
)


def without_call_asides(rest: str) -> str:
    """``rest`` (a call's cell less its time) without the words that insist on the time and
    the bracket that sends the cast to their own list."""
    return _PUNCTUAL.sub(" ", _OTHERS_LISTED.sub(" ", rest))


# an hour and its half of the day, nothing else: '7AM', '6 a.m.', '7am'
_LONE_HOUR = lazy(r"\s*\d{1,2}\s?[ap]\.?\s?m\.?\s*", re.I)


def lone_meridiem_hour(cell: str) -> bool:
    """Whether a call label's cell holds only an hour with its AM / PM ('7AM PROMPT (artistes
    as below)'): the label says it is a time, the meridiem which half of the day, so the
    hour is as sure as '7:00 AM' (a bare '7AM' in running text is not)."""
    return bool(_LONE_HOUR.fullmatch(without_call_asides(cell)))
