"""Lines read under a place label that are no place: a bare time, a sentence of notes, or
walking directions.

A day lists the set and the other places the sheet names (``Day.locations``); a cast table's
LOCATION column ('07:00', '-'), a day-count line opening with the word 'Location' ('Location
day 1 of 2 - no studio recording') or the travel line under a set ('cast and crew on foot over
the bridge, 8 mins') is read under a place label too, and is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.extract.reader.lazy_re import lazy

if TYPE_CHECKING:
    from pipeline.extract.reader.model import Place

# a time's own letters: '7:00A', '0700hrs', '7.30pm', '19h30', '8a.m.'
_TIME_LETTERS = lazy(r"(?<=\d)\s?(?:[ap]\.?(?:m\.?)?|hrs?|h(?=\d|\b)|uhr)(?![^\W\d_])", re.I)
# words that tell the way rather than name a place: on foot, a journey's minutes, a turn
_DIRECTIONS = lazy(
    r"\bon foot\b|\b\d{1,3}\s?(?:-\s?\d{1,3}\s?)?min(?:ute)?s?\b(?!\s?[.:]?\s?\d)"
    r"|\b(?:turn|bear|keep)\s+(?:left|right)\b|\bfollow\s+(?:the\s+)?signs?\b"
    r"|\bwalk(?:ing)?\s+(?:directions|route|from|to|through|across|over|up|down|along)\b",
    re.I,
)
_BRACKETED = lazy(r"\([^()]*\)")  # 'Marietta Square (walk, 3 min)': a note on a place
# a sentence of notes: this many words at least, most of them in lower case
NOTE_WORDS = 6
NOTE_LOWER_SHARE = 0.6
# ... minor words a place's name holds in lower case in many languages ('Isle of Man',
# 'Calle de la Princesa', 'Via dei Fori Imperiali', 'Heol y Frenhines'): no sign of a sentence
_NAME_PARTICLES = frozenset(
    {"of", "the", "and", "on", "upon", "by", "in", "at", "y", "yr"}
    | {"de", "la", "le", "les", "du", "des", "del", "della", "dei", "di", "da", "do", "dos", "das"}
    | {"van", "von", "der", "den"}
)
_WORD = lazy(r"[^\W\d_][\w'\u2019-]*")
# a sentence's end inside or at the end of the text ('clear. Wildlife'), a colon or semicolon
# between its clauses ('has a show at 8:00 PM: we are out by 6:30 PM'; a time's colon is none)
_SENTENCE_MARK = lazy(r"\w[.!;:](?:\s|$)")
_NEGATIONS = frozenset({"no", "not", "never", "don't", "nothing"})


def bare_time(text: str) -> bool:
    """Nothing but times, numbers and punctuation ('07:00', '7:00A', '0700-1230', '-')."""
    return not any(c.isalpha() for c in _TIME_LETTERS.sub("", text))


def directions(text: str) -> bool:
    """Words that tell the way there ('on foot over the bridge, 8 mins', 'turn left at the
    gate', 'walk up from the car park')."""
    return bool(_DIRECTIONS.search(_BRACKETED.sub("", text)))


def notes_sentence(text: str) -> bool:
    """A run of words mostly in lower case that a sentence's mark or a negation makes a note
    ('day 1 of 2 (Block 44) - no studio recording', 'museum open to the public; keep the lobby
    clear.'), not a name or an address; a set's description in lower case ('museum gallery and
    the coulee viewpoint', 'chodnik na poziomie 320 i komora pomp') stays."""
    words = _WORD.findall(text)
    if len(words) < NOTE_WORDS:
        return False
    content = [w for w in words if w.lower() not in _NAME_PARTICLES]
    lower = [w for w in content if w[0].islower()]
    if len(lower) < NOTE_LOWER_SHARE * max(len(content), 1):
        return False
    return bool(_SENTENCE_MARK.search(text)) or any(w.lower() in _NEGATIONS for w in words)


def not_a_place(text: str | None) -> bool:
    """Whether a line read as a place is none: empty, a bare time, directions or a note."""
    if not text or not text.strip():
        return True
    return bare_time(text) or directions(text) or notes_sentence(text)


def places_only(places: Sequence[Place]) -> tuple[Place, ...]:
    """The day's places without the later ones that are no place (judged on the address as
    printed); the first, the set the day's location was read from, always stays."""
    return tuple(p for n, p in enumerate(places) if n == 0 or not not_a_place(p.address or p.name))
