"""What a table cell under a place's heading says when it gives no value of its own: a
back-reference to a row or page before it ('(as above)', 'same as above', 'ditto', 'as per
location'), and a name printed with its phone number ('WakeMed Raleigh Campus (919) 350-8000')."""

from __future__ import annotations

import re

from pipeline.extract.reader.label_gloss import hospital_label_words
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.values import find_phones, without_phones

# '(as above)', 'Same as above', 'see above', 'ditto', 'do.', '"', 'as per location', 'as
# before', 'as previous', 'same', 'idem', 'jw.' / 'jak wyżej' (Polish), 'wie oben' (German),
# 'comme ci-dessus' (French): it points at another cell, it is no place's name
_BACK_REFERENCE = lazy(
    r"^[\s(\[]*(?:"
    r"(?:(?:the\s+)?same\s+(?:as\s+)?)?(?:as\s+|see\s+)?(?:above|before|previous(?:ly)?|prev\.?)"
    r"|same(?:\s+as\s+(?:above|before|(?:the\s+)?(?:location|set|unit\s+base|base)))?"
    r"|as\s+per\s+(?:the\s+)?(?:location|set|unit\s+base|base|above|page\s*\d+|row\s*\d+)"
    r"|ditto|do\.|idem|[\"\u201c\u201d\u3003]+"
    r"|jw\.?|jak\s+wy[żz]ej|wie\s+oben|comme\s+ci-dessus|(?:voir\s+)?ci-dessus"
    r")[\s)\].!]*$",
    re.I,
)


def back_reference(text: str) -> bool:
    """Whether a cell only points at another one ('(as above)', 'ditto', 'as per location')."""
    return bool(_BACK_REFERENCE.match(text.strip()))


_SMALL = frozenset({"of", "the", "and", "&", "de", "la", "du", "des", "di", "del", "y", "at"})
_NAME_WORDS = 8  # a name is a short run, not a sentence


def name_before_phone(line: str, region: str | None) -> str | None:
    """'WakeMed Raleigh Campus (919) 350-8000': a line that is a name of two words or more, in
    capitals, and a phone number is that name; None for anything else ('Emergency 999', a
    label's words, a sentence)."""
    if not find_phones(line, region):
        return None
    rest = without_phones(line, region).strip(" ,;:-\u2013\u2014|/")
    words = rest.split()
    if not 2 <= len(words) <= _NAME_WORDS or re.search(r"\d", rest):
        return None
    if hospital_label_words(rest) or back_reference(rest):
        return None
    capitalised = all(w[0].isupper() or w.lower() in _SMALL for w in words)
    return rest if capitalised and words[0][0].isupper() else None


# 'Treffpunkt siehe Lageplan: Basis ... ab 06:15 Uhr', 'Meeting point: see map', 'Rendez-vous
# voir plan': the label's words point at a map or another page; a time later in that sentence
# is the note's (a shuttle's, a road closure's), never the label's value
_POINTER = lazy(
    r"^[\s(:\-\u2013]*(?:siehe|see|voir|zie|vedi|viz|katso|lásd|vaata|sjá)\s+[^\W\d_]", re.I
)


def points_elsewhere(text: str) -> bool:
    """Whether the text after a label opens by pointing elsewhere ('siehe Karte', 'see map')."""
    return bool(_POINTER.match(text))
