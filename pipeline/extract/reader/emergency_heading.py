"""The emergency service a hospital heading names beside its label, and a hospital's name that
starts with the label's own word.

'BOLNICA - HITNA POMOĆ', 'BOLNICA / HITNA 124', 'SPITALI / HOSPITAL - URGJENCA 127',
'EMERGENCIAS (puerta)', 'OSPITALEA / HOSPITAL (LARRIALDIAK)': Balkan, Albanian, Spanish,
Galician and Basque sheets head the hospital's box with the emergency service (and its short
number) beside or instead of the word for hospital. Those words name no hospital: the name is
on the lines under the heading. And there, 'Hospital de Maldonado (ASSE)' or 'Hospital
Bidasoa' opening the box is the name, not a second 'Hospital' label with the rest for value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader.label_gloss import HOSPITAL_WORDS
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, Word

# The emergency service's own words: Bosnian / Croatian / Serbian / Montenegrin "hitna pomoć"
# (and Cyrillic "хитна помоћ"), Macedonian "итна / брза помош", Russian "скорая (помощь)",
# Albanian "urgjenca", "ndihma e shpejtë" (ambulance), Spanish "urgencias / emergencias"
# (Uruguay's "puerta de emergencia", the emergency entrance), Galician "urxencias", Basque
# "larrialdiak", Catalan "urgències", Portuguese "urgência(s)", and the English and French
# department words
_SERVICE = frozenset(
    {"hitna", "hitni", "hitno", "pomoć", "pomoc", "prijem", "urgentni", "služba", "sluzba"}
    | {"хитна", "хитни", "помоћ", "пријем", "итна", "брза", "помош", "скорая", "помощь"}
    | {"неотложная", "спешна"}
    | {"urgjenca", "urgjencë", "urgjence", "urgjenc", "emergjenca", "emergjencë", "ndihma"}
    | {"ndihmë", "shpejtë", "shpejte"}
    | {"urgencias", "urgencia", "emergencias", "emergencia", "puerta", "entrada"}
    | {"urxencias", "urxencia", "larrialdiak", "larrialdia", "larrialdi", "urgències"}
    | {"urgència", "urgências", "urgência", "urgencies"}
    | {"emergency", "emergencies", "a&e", "er", "casualty", "ambulance", "urgences", "urgence"}
)
_SPLIT = lazy(r"[\s/()\-\u2013\u2014\u00b7\u2022|:,;]+")
_SHORT_NUMBER = lazy(r"\d{2,4}")
_MAX_WORDS = 5


def emergency_words(text: str) -> bool:
    """Whether ``text`` is only an emergency service's words and short numbers ('HITNA
    POMOĆ', 'HITNA 124', 'URGJENCA 127', '(puerta)', '(LARRIALDIAK)'), with at least one
    service word: a heading beside or instead of a hospital label, never a hospital's name."""
    tokens = [t for t in _SPLIT.split(text.strip()) if t]
    if not tokens or len(tokens) > _MAX_WORDS:
        return False
    words = [t.lower() for t in tokens if not _SHORT_NUMBER.fullmatch(t)]
    return any(w in _SERVICE for w in words) and all(
        w in _SERVICE or w in HOSPITAL_WORDS for w in words
    )


def service_after(words: Sequence[Word], end: int, gap: float) -> bool:
    """'BOLNICA / HITNA 124', 'SPITAL - URGJENCA': a hospital word, then across a slash or a
    dash the emergency service (and its number) ending the cell: one heading, as sure as a
    colon after the word."""
    if end + 1 >= len(words) or words[end].text.strip() not in ("/", "-", "\u2013", "\u2014"):
        return False
    stop = _cell_end(words, end, gap)  # from the slash: a wide gap after it ends the cell
    return emergency_words(" ".join(w.text for w in words[end + 1 : stop]))


# Romance connectives a hospital's name runs on with after its first word: 'Hospital de
# Maldonado', 'Hospital do Meixoeiro', 'Ospedale di Circolo', 'Hôpital de la Croix-Rousse'
_CONNECTIVE = frozenset({"de", "del", "da", "do", "dos", "das", "di", "della", "dello", "dei"})
_CONNECTIVE |= {"degli", "delle", "d'", "du", "des", "la"}
_NAME_WORDS = frozenset({"hospital", "hôpital", "ospedale", "hospitál", "spital", "spitali"})


def opens_a_name(lines: Sequence[Line], li: int, start: int, end: int, gap: float) -> bool:
    """'Hospital de Maldonado (ASSE)', 'Hospital Bidasoa': the word for hospital, with no
    colon, running on with a word's space into the rest of its cell, is the name's first word
    when a Romance connective follows it ('de', 'do', 'di') or when it opens the box under a
    heading of the hospital's or its emergency service's words starting at the same left edge
    on one of the two lines over it."""
    line = lines[li]
    words = line.words
    if end - start != 1 or end >= len(words) or words[start].text.lower() not in _NAME_WORDS:
        return False
    if words[start].text.endswith(":") or words[end].x0 - words[start].x1 > gap:
        return False
    if words[end].text.strip() in (":", "-", "/", "\u2013", "\u2014", "|"):
        return False
    if words[end].text in _CONNECTIVE:
        return True
    if not words[end].text[:1].isupper():
        return False
    height = max(line.bottom - line.top, 6.0)
    x0 = words[start].x0
    for over in lines[max(0, li - 2) : li]:
        if not 0 < line.top - over.top < 2.6 * height:
            continue
        cell = _cell_at(over.words, x0, gap)
        if cell and (emergency_words(cell) or _heading_words(cell)):
            return True
    return False


def _cell_at(words: Sequence[Word], x0: float, gap: float) -> str:
    """The words of the cell that starts within 12 points of ``x0`` on a line, up to the next
    cell's gap."""
    first = next(
        (
            k
            for k, w in enumerate(words)
            if abs(w.x0 - x0) < 12 and (k == 0 or w.x0 - words[k - 1].x1 > gap)
        ),
        None,
    )
    if first is None:
        return ""
    return " ".join(w.text for w in words[first : _cell_end(words, first, gap)])


def _cell_end(words: Sequence[Word], first: int, gap: float) -> int:
    """The end of the cell that starts at word ``first``: the next gap wider than ``gap``."""
    stop = first + 1
    while stop < len(words) and words[stop].x0 - words[stop - 1].x1 <= gap:
        stop += 1
    return stop


def _heading_words(text: str) -> bool:
    """A hospital heading in capitals made of hospital and service words ('OSPITALEA /
    HOSPITAL (LARRIALDIAK)', 'NEAREST HOSPITAL'), a foreign word for hospital allowed before
    its slash."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return False
    parts = [p for p in re.split(r"\s*/\s*", text) if p.strip()]
    known = [p for p in parts if _hospital_part(p)]
    return bool(known) and len(parts) - len(known) <= 1 and _hospital_part(parts[-1])


def _hospital_part(part: str) -> bool:
    tokens = [t.lower() for t in _SPLIT.split(part) if t]
    return bool(tokens) and all(
        t in HOSPITAL_WORDS or t in _SERVICE or _SHORT_NUMBER.fullmatch(t) for t in tokens
    )
