"""A staff line's credits: 'Regie: Svenja Harms · Produktion: Jörn Petersen · Regieassistenz:
Lale Demir', 'Réalisation : Claire Muller · Production : Antoine Schaeffer'.

German, French, Dutch and Nordic sheets print the heads of the crew in one line under the
title, each role with a colon and its person, the roles parted by a middle dot, a bullet or a
bar. The words for the production ('Produktion', 'Production', 'Productie', 'Producent') are
then the producer's role, not a label of the production's title: their value is a person (or
the producing company), named beside the director's or another crew role's credit.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.crew_words import crew_words
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.title import company_name

# the credits' separators: a middle dot, a bullet or a bar with space on both sides
_SEPARATOR = lazy(r"\s+[\u00b7\u2022|]\s+")
# one credit: its role (letters first, no digits but an ordinal's: '1er assistant', '1st AD'),
# a colon (French puts a space before it), its person
_CREDIT = lazy(r"^(?P<role>[\w][\w .'\u2019/-]{0,40}?)\s*:\s*(?P<who>\S.*)$")
# the roles that credit a person (lower case, whole role); a crew department's or role's name
# (``crew_words``) counts too
CREDIT_ROLES = frozenset(
    {"director", "directed by", "producer", "producers", "executive producer", "1st ad"}
    | {"first ad", "writer", "dop", "script", "production designer", "casting"}
    | {"regie", "regisseur", "regisseurin", "regieassistenz", "drehbuch", "buch", "kamera"}
    | {"herstellungsleitung", "produzent", "produzentin", "produktionsleitung", "redaktion"}
    | {"réalisation", "réalisateur", "réalisatrice", "producteur", "productrice", "scénario"}
    | {"1er assistant", "1ère assistante", "premier assistant", "chef opérateur", "image"}
    | {"regisseur", "productie", "producent", "scenario", "camera", "1e regieassistent"}
    | {"regi", "manus", "foto", "fotograf", "instruktør", "instruktion", "producer"}
    | {"regia", "dirección", "reżyseria", "režie", "réžia", "rendező", "ohjaus", "ohjaaja"}
)
# the words for the production that also name its producer's role in a staff line
PRODUCTION_ROLES = frozenset(
    {"production", "produktion", "productie", "producent", "produzione", "produkcja"}
    | {"producción", "produção", "produksjon", "tuotanto", "produkce", "produkcia"}
)
# words that open a title, never a person's name ('Die Fürstin', 'Le Retable', 'The Hours')
_ARTICLES = frozenset(
    {"the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "les", "l", "un", "une"}
    | {"de", "het", "een", "den", "det", "el", "los", "las", "il", "lo", "gli", "i"}
)
# the small words inside a person's name ('Ludwig van Beethoven', 'Anne de Vries')
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "del", "ter", "zu"})


def credits(line: str) -> dict[str, str]:
    """The line's credits (role in lower case -> person) when the line holds at least two,
    parted by a middle dot, a bullet or a bar; an empty dict otherwise."""
    parts = _SEPARATOR.split(line.strip())
    found: dict[str, str] = {}
    for part in parts if len(parts) >= 2 else ():
        m = _CREDIT.match(part.strip())
        if m is not None:
            found[re.sub(r"\s+", " ", m["role"].strip().lower())] = m["who"].strip()
    return found if len(found) >= 2 else {}


def _credits_a_person(role: str) -> bool:
    return role in CREDIT_ROLES or crew_words(role)


def person_name(text: str) -> bool:
    """'Jörn Petersen', 'Anne de Vries', 'Jean-Luc Martin': two to four words, each capitalised
    (a name's small particles aside), letters only; not an article's title ('Die Fürstin')."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[0].lower().strip("'\u2019") in _ARTICLES:
        return False
    for k, word in enumerate(words):
        if 0 < k < len(words) - 1 and word in _PARTICLES:
            continue
        if not word[0].isupper() or not re.sub(r"[-'\u2019.]", "", word).isalpha():
            return False
    return True


def producer_credited(line: str, phrase: str) -> bool:
    """Whether a production label ``phrase`` (lower case) opens a credit of a staff line that
    names a person or the producing company: 'Regie: Svenja Harms · Produktion: Jörn
    Petersen'; 'Produktion: Salz und Silber · Regie: Svenja Harms' names the work."""
    if phrase not in PRODUCTION_ROLES:
        return False
    found = credits(line)
    who = found.pop(phrase, None)
    if who is None or not any(_credits_a_person(role) for role in found):
        return False  # 'Produktion: Föhn · Datum: 12.01.2027' names no one beside it
    return person_name(who) or company_name(who)


# a value read on into the next credit: its separator, then nothing or a role and its colon
_NEXT_CREDIT = lazy(r"\s+[\u00b7\u2022|](?:\s*$|\s+[^\W\d_][\w .'\u2019/-]{0,40}?\s*:)")


def before_next_credit(value: str) -> str:
    """A label's value up to the next credit of its line: 'Salz und Silber  ·  Regie: Svenja
    Harms' (or 'Salz und Silber ·', the next label taken off) is 'Salz und Silber'."""
    m = _NEXT_CREDIT.search(value)
    return value[: m.start()].strip() if m is not None and m.start() else value
