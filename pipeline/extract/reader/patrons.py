"""A Polish (or Czech, Ukrainian, Russian) institution named after its patron: 'Szpital
Uniwersytecki im. M. Kopernika', 'Centrum Zdrowia Dziecka im. Jana Pawła II', 'Szkoła
Podstawowa imienia Adama Mickiewicza', Russian 'им.', Ukrainian 'ім.'. The patron is
part of the name; a cell that wraps before it must not leave it to the address.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

# 'im. M. Kopernika', 'imienia Jana Pawła II', 'im. prof. W. Orłowskiego', 'им. ...'
_PATRON = lazy(r"^(?:im\.|imienia|им\.|имени|ім\.|імені)\s+[^\W\d_]", re.I)
_ENDS_WITH_IM = lazy(r"\s(?:im\.|imienia|им\.|имени|ім\.|імені)$", re.I)
# the patron runs to the first comma; a Roman number ('Jana Pawła II') is part of it
_DIGIT = lazy(r"\d")


def with_patrons(lines: list[str]) -> list[str]:
    """The lines with a patron that opens a line moved up onto the name it completes:
    ['Szpital Wojewódzki', 'im. M. Kopernika, ul. Pabianicka 62'] reads as ['Szpital Wojewódzki
    im. M. Kopernika', 'ul. Pabianicka 62']. The line above must be a name (no digit)."""
    out = list(lines)
    k = 1
    while k < len(out):
        above, line = out[k - 1].rstrip(), out[k].strip()
        opens = _PATRON.match(line) or (_ENDS_WITH_IM.search(above) and line[:1].isalpha())
        patron, comma, rest = line.partition(",")
        if not opens or _DIGIT.search(above) or _DIGIT.search(patron) or len(patron) > 60:
            k += 1
            continue
        out[k - 1] = f"{above} {patron.strip()}"
        if comma and rest.strip():
            out[k] = rest.strip()
            k += 1
        else:
            del out[k]
    return out
