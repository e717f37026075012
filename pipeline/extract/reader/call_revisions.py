"""The words a revised sheet prints around a call label to say which call is the new one and
which the one it replaced: "AMENDED CALL TIME 6:45", "CALL NOW 6:45", "Crew call (revised):",
"Zbiórka przesunięta na 6:45", "Nowa godzina zbiórki", "Drehbeginn neu", "Nouvelle heure de
convocation", "Nueva hora de citación" against "Prior call", "Originally called", "Poprzednia
zbiórka", "Ursprünglicher Drehbeginn", "Ancienne convocation", "Citación anterior".

Pure vocabulary: labelling.py widens a call label over these words, fields.py weighs the
revised label over the original one."""

from __future__ import annotations

import re

# A word before a call label that makes its time the revision: EN, PL, DE, FR, ES
REVISED_BEFORE = frozenset(
    {
        "amended",
        "revised",
        "updated",
        "new",
        "changed",
        "rescheduled",
        "nowa",
        "nowy",
        "nowe",
        "zmieniona",
        "zmieniony",
        "zmiana",
        "neu",
        "neue",
        "neuer",
        "neues",
        "geänderte",
        "geänderter",
        "aktualisierte",
        "aktualisierter",
        "nouvelle",
        "nouveau",
        "nouvel",
        "nueva",
        "nuevo",
        "cambio",
        "modificada",
        "modificado",
    }
)
# A word before a call label that makes its time the one a revision replaced
ORIGINAL_BEFORE = frozenset(
    {
        "original",
        "originally",
        "prior",
        "previous",
        "old",
        "initial",
        "former",
        "pierwotna",
        "pierwotny",
        "poprzednia",
        "poprzedni",
        "stara",
        "stary",
        "ursprüngliche",
        "ursprünglicher",
        "alte",
        "alter",
        "bisherige",
        "bisheriger",
        "vorherige",
        "vorheriger",
        "ancienne",
        "ancien",
        "initiale",
        "anterior",
        "antigua",
        "antiguo",
    }
)
# "heure de" / "hora de" / "godzina": the word for "time" between a revision word and the
# call word ("Nouvelle heure de convocation", "Nueva hora de citación")
TIME_WORDS = frozenset({"heure", "hora", "uhrzeit", "time", "godzina", "de", "du", "d'"})

_BRACKETED = (
    r"amended|revised|updated|new|changed|original|old|previous|prior|initial|neu|alt"
    r"|nowa|nowy|zmiana|stara|poprzednia|nouvelle|nouveau|modifi[ée]e?|ancienne?|initiale?"
    r"|nueva|nuevo|cambio|anterior"
)
# The words right after a call label that say its time is the new one
_REVISED_TAIL = re.compile(
    r"^[-\u2013,]?\s*(?:"
    rf"\((?:{_BRACKETED})\):?"
    r"|(?:is\s+|has\s+been\s+)?now(?:\s+at)?:?"
    r"|(?:is\s+|was\s+|has\s+been\s+)?(?:moved|pushed|changed|brought\s+forward|put\s+back"
    r"|pulled\s+forward|delayed|rescheduled|amended|revised|updated)"
    r"(?:\s+(?:back|forward|later|earlier|up))?(?:\s+(?:to|until|till))?:?"
    r"|(?:przesuni[ęe]t[aeyo]|zmienion[aeyo])(?:\s+na)?:?|teraz:?"
    r"|(?:verschoben|ge[äa]ndert|vorverlegt)(?:\s+auf)?:?|neu:?|jetzt:?"
    r"|(?:modifi[ée]e?|d[ée]cal[ée]e?|avanc[ée]e?|repouss[ée]e?)(?:\s+[àa])?:?"
    r"|d[ée]sormais:?|maintenant:?"
    r"|(?:cambiad[ao]|modificad[ao]|adelantad[ao]|retrasad[ao])(?:\s+a)?:?|ahora:?|cambio:?"
    r"|(?:nowa\s+godzina|nouvelle\s+heure|nueva\s+hora|neue\s+uhrzeit|new\s+time):?"
    # the replaced call's own label: 'Citación anterior', 'Zbiórka pierwotna'
    r"|(?:anterior|original|initiale?|pierwotna|poprzednia|ursprünglich|bisher):?"
    r"|(?:was|previously|formerly):?"
    r")(?=\s|$)",
    re.I,
)

_REVISED_SPAN = re.compile(
    r"\b(?:amended|revised|updated|new|changed|rescheduled|now|moved|pushed|brought\s+forward"
    r"|put\s+back|pulled\s+forward|delayed|nowa|nowy|nowe|zmienion\w|zmiana|przesuni\w+|teraz"
    r"|neu\w{0,2}|ge[äa]ndert\w{0,2}|aktualisiert\w{0,2}|verschoben|vorverlegt|jetzt"
    r"|nouvel\w{0,2}|nouveau|modifi\w{0,3}|d[ée]cal\w{0,3}|avanc[ée]e?|repouss\w{0,3}"
    r"|d[ée]sormais|maintenant|nuev[ao]|cambi\w{0,3}|modificad[ao]|adelantad[ao]"
    r"|retrasad[ao]|ahora)\b",
    re.I,
)
_ORIGINAL_SPAN = re.compile(
    r"\b(?:original(?:ly)?|prior|previous(?:ly)?|old|was|initial(?:ly)?|former(?:ly)?|pierwotn\w+"
    r"|poprzedni\w?|star[ay]|ursprünglich\w{0,2}|alt\w?|bisherig\w{0,2}|vorherig\w{0,2}"
    r"|ancienn?e?|initiale|anterior|antigu[ao])\b",
    re.I,
)


def revised_tail(text: str) -> int:
    """How many words at the start of ``text`` (what follows a call label) say its time is
    the new one ('NOW', 'is now', 'pushed to', '(amended):', 'przesunięta na'); 0 if none."""
    m = _REVISED_TAIL.match(text)
    return len(m.group(0).split()) if m else 0


def names_revision(span: str) -> bool:
    """Whether a call label's own words say its time is the revision."""
    return bool(_REVISED_SPAN.search(span))


def names_original(span: str) -> bool:
    """Whether a call label's own words say its time is the one a revision replaced."""
    return bool(_ORIGINAL_SPAN.search(span)) and not names_revision(span)
