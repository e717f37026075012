"""A crew department's or a crew role's name, never a production's title.

A crew list under a department column ('DZIAŁ / DEPT   OSOBA   TELEFON': 'Produkcja', 'Kamera',
'Kamera / grip', 'Scenografia') starts its rows with the department: a title label read on such
a row ('Produkcja' is Polish for the production) has the next row's department under it, and a
department or a crew role ('Camera', 'Hair & Make-up', '1st AD', 'Gaffer') names a part of the
crew, never the work it makes. A value made only of such words, joined by a slash, a comma, an
ampersand, a plus or 'and' / 'i' / 'et' / 'und' / 'y', is none of the production's title.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

# The English departments' names both readers know (lower case): a crew list's department
# column (``crew_words``) and a header strip's department headings (``labelling``).
DEPARTMENTS = frozenset(
    {"camera", "grip", "grips", "electric", "electrics", "lighting", "sound", "props"}
    | {"wardrobe", "costume", "hmu", "makeup", "make-up", "hair", "locations", "transport"}
    | {"catering", "stunts", "vfx", "dit"}
)
# A header strip's department headings: a strip of these heads columns of people (the cast,
# the crew, post, accounts), never a production's keys; single words, matched word by word.
STRIP_DEPARTMENTS = DEPARTMENTS | {"art", "cast", "talent", "crew", "post", "accounts"}
# Departments and crew roles, in the corpus's languages; lower case, single words or phrases.
_CREW = DEPARTMENTS | frozenset(
    {
        # English departments
        "electrical",
        "sparks",
        "costumes",
        "art department",
        "sfx",
        "pyrotechnics",
        "pyro",
        "special effects",
        "security",
        "continuity",
        "script",
        # English roles
        "gaffer",
        "best boy",
        "key grip",
        "focus puller",
        "1st ac",
        "2nd ac",
        "1st ad",
        "2nd ad",
        "3rd ad",
        "dop",
        "dp",
        "boom operator",
        "sound mixer",
        "script supervisor",
        "runner",
        "runners",
        "driver",
        "drivers",
        "producer",
        "line producer",
        "production manager",
        "location manager",
        "unit manager",
        "director",
        # Polish departments and roles
        "kamera",
        "produkcja",
        "scenografia",
        "kostiumy",
        "kostium",
        "charakteryzacja",
        "dźwięk",
        "oświetlenie",
        "elektryka",
        "elektrycy",
        "rekwizyty",
        "lokacje",
        "reżyseria",
        "operator",
        "oświetleniowcy",
        "fryzjer",
        "fryzjerka",
        "charakteryzatorka",
        "kierownik produkcji",
        "pirotechnika",
        "pirotechnik",
        "efekty specjalne",
        "kaskaderzy",
        "ochrona",
        # German, French, Spanish, Italian departments
        "licht",
        "ton",
        "maske",
        "kostüm",
        "ausstattung",
        "szenenbild",
        "produktion",
        "aufnahmeleitung",
        "caméra",
        "régie",
        "machinos",
        "machinerie",
        "électros",
        "électriciens",
        "maquillage",
        "coiffure",
        "habillage",
        "hmc",
        "déco",
        "décoration",
        "cámara",
        "producción",
        "maquillaje",
        "peluquería",
        "vestuario",
        "sonido",
        "eléctricos",
        "maquinistas",
        "fotografia",
        "trucco",
        "costumi",
        "suono",
        "macchinisti",
        "elettricisti",
    }
)
_JOIN = lazy(r"\s*(?:[/,&+]|\band\b|\bi\b|\bet\b|\bund\b|\by\b)\s*", re.I)


def crew_words(value: str) -> bool:
    """Whether ``value`` is only departments' or crew roles' names ('Kamera', 'Kamera / grip',
    'Hair & Make-up', 'Gaffer'); a title with another word ('Camera Obscura') is not."""
    parts = [p.strip(" .:;-\u2013").lower() for p in _JOIN.split(value.strip())]
    parts = [p for p in parts if p]
    return bool(parts) and all(re.sub(r"\s+", " ", p) in _CREW for p in parts)
