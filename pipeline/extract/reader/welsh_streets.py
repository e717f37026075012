"""Welsh streets: the street word first, then the name ('Heol y Frenhines', 'Stryd Fawr', 'Lôn
Las', "Rhodfa'r Môr"), the house number before it as in English ('12 Heol y Frenhines').

Welsh street words stand where English ones do in an address (Road, Street, Lane, Avenue,
Terrace, Square), but before the name: the English reading, which looks for the type after
the name, finds no street in them. The name may hold the article ('y', 'yr') in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from pipeline.extract.reader.lazy_re import lazy

# heol (road), stryd (street), ffordd (way, road), lôn (lane), rhodfa (avenue, promenade),
# teras (terrace), sgwâr (square); as printed without their accents too. "Lon" unaccented is
# also a first name ('Lon Chaney Theatre'): a street word only after a house number.
WELSH_TYPES = frozenset({"heol", "stryd", "ffordd", "lôn", "rhodfa", "teras", "sgwâr", "sgwar"})
_NUMBER_ONLY = frozenset({"lon"})
_ARTICLES = frozenset({"y", "yr"})  # 'Heol y Frenhines', 'Sgwâr yr Orsaf'
_HOUSE = lazy(r"^\d{1,4}[A-Za-z]?,?$")
_NAME = lazy(r"^[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]*(?:['\u2019-][^\W\d_]+)*[,.]?$")
_JOINED_ARTICLE = lazy(r"^(?P<type>[^\W\d_]+)['\u2019]r$")  # "Rhodfa'r Môr": the type and 'r
MAX_NAME_WORDS = 4


class _Token(Protocol):
    text: str
    key: str


def _type_key(key: str) -> str:
    m = _JOINED_ARTICLE.match(key)
    return m["type"] if m else key


def welsh_type(key: str, *, numbered: bool = False) -> bool:
    """Whether a word (lower case, as the street lists hold them) is a Welsh street word;
    with ``numbered``, also one that is a street word only after a house number ('Lon')."""
    key = _type_key(key)
    return key in WELSH_TYPES or (numbered and key in _NUMBER_ONLY)


def welsh_street(tokens: Sequence[_Token], i: int) -> tuple[int, int, bool] | None:
    """The street starting at token ``i`` (its first and last token, and whether a house
    number opens it): a Welsh street word in capitals first, then one to four words of the
    name, capitalised or the article; None when there is none."""
    numbered = bool(_HOUSE.match(tokens[i].text))
    j = i + 1 if numbered else i
    if j < len(tokens) and tokens[j].text in ("Y", "Yr") and not numbered:
        j += 1  # 'Y Stryd Fawr': the High Street, its article first
    if j >= len(tokens) or not tokens[j].text[:1].isupper() or tokens[j].text.endswith(","):
        return None
    key = _type_key(tokens[j].key)
    if key not in WELSH_TYPES and not (numbered and key in _NUMBER_ONLY):
        return None
    last, named = j, False
    for k in range(j + 1, min(j + 1 + MAX_NAME_WORDS, len(tokens))):
        text = tokens[k].text
        if text in _ARTICLES and not named:
            continue
        if not _NAME.match(text):
            break
        last, named = k, True
        if re.search(r"[,.]$", text):
            break
    return (i, last, numbered) if named else None
