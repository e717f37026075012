"""The words a revised sheet prints around a call label to say which call is the new one and
which the one it replaced: "AMENDED CALL TIME 6:45", "CALL NOW 6:45", "Crew call (revised):",
"Zbiórka przesunięta na 6:45", "Nowa godzina zbiórki", "Drehbeginn neu", "Nouvelle heure de
convocation", "Nueva hora de citación" against "Prior call", "Originally called", "Poprzednia
zbiórka", "Ursprünglicher Drehbeginn", "Ancienne convocation", "Citación anterior".

Pure vocabulary: labelling.py widens a call label over these words, fields.py weighs the
revised label over the original one, and reads the notes of a change around it ("CALL PUSHED TO
9:30", "8:00 AM (pushed 1 hr!)", "crew call brought forward 30 min")."""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

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
_REVISED_TAIL = lazy(
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

_REVISED_SPAN = lazy(
    r"\b(?:amended|revised|updated|new|changed|rescheduled|now|moved|pushed|brought\s+forward"
    r"|put\s+back|pulled\s+forward|delayed|nowa|nowy|nowe|zmienion\w|zmiana|przesuni\w+|teraz"
    r"|neu\w{0,2}|ge[äa]ndert\w{0,2}|aktualisiert\w{0,2}|verschoben|vorverlegt|jetzt"
    r"|nouvel\w{0,2}|nouveau|modifi\w{0,3}|d[ée]cal\w{0,3}|avanc[ée]e?|repouss\w{0,3}"
    r"|d[ée]sormais|maintenant|nuev[ao]|cambi\w{0,3}|modificad[ao]|adelantad[ao]"
    r"|retrasad[ao]|ahora)\b",
    re.I,
)
_ORIGINAL_SPAN = lazy(
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


# --- The words fields.py and call_clash.py read around a label, not in it -----------------
# A label's run of words (Label.context) and the notes beside its time hold more than the
# label's own words, and the lists for them are English only and narrower than names_revision /
# names_original ('moved', 'was', the other languages are not in them; 'supersedes' is). They
# are kept as the reader has read them: folding them into the label's lists would be a change
# of reading, not of where the words are kept.

# "pushed", "moved back", "changed": a call moved, said in any note of a change
_MOVED = r"pushed|moved|delayed|bumped|changed"

# "*** REVISED CALL: 7:30 AM ***", "UNIT CALL NOW 0800": a label's run that says its time
# replaces the one printed elsewhere. Without 'new' where a revised time is taken over the
# others (fields, call_clash) ...
REVISED_WORDS = lazy(r"\b(?:revised|amended|updated|changed|now|supersedes?)\b", re.I)
# ... with it where a call label is told from the original it replaced ("New call")
REVISION_WORDS = lazy(rf"{REVISED_WORDS.pattern}|\bnew\b", re.I)
# "Original call: 07:00", "Previous call time", "Old call", "Initially called for": a run that
# names the call a revision replaced
ORIGINAL_WORDS = lazy(
    r"\b(?:original(?:ly)?|previous(?:ly)?|old|initial(?:ly)?|prior|formerly|superseded)\b",
    re.I,
)

# "CALL PUSHED TO 9:30 AM", "moved back to 0800", "NOW 07:30", "revised: 6:30": a change on a
# call label's own row that names the new time
PUSHED_TO = lazy(
    rf"\b(?:{_MOVED}|revised|amended|updated|put|brought|now)\b"
    r"(?:\s+(?:back|forward|later|earlier|up|out))?(?:\s+(?:to|until|till))?\s*:?\s*",
    re.I,
)
# "crew call brought forward 30 min", "unit call pushed back an hour": a note that the call
# moved, naming no time of its own
CALL_MOVED_NOTE = lazy(
    rf"\b(?:{_MOVED}|revised|amended|brought\s+forward"
    r"|put\s+back|pulled\s+(?:in|forward|earlier))\b",
    re.I,
)
# "8:00 AM (pushed 1 hr!)", "0800 - moved back 30 min": a note after the time that it was
# changed says the time is the new one, not that it is someone else's
CHANGE_NOTE = lazy(
    rf"\s*[-\u2013(]?\s*(?:{_MOVED}|new|updated|revised|later"
    r"|earlier|przesuni\w*|verschoben|décalé)\b[\w\s.,/]{0,20}[!.]*\s*\)?[!.]*\s*",
    re.I,
)
