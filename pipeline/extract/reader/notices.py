"""Paper about a shoot that is addressed to others or books people before it: not a day's call.

A notice of filming to residents (a letter to the neighbours of a set) prints the shooting
dates, the hours, the street and a contact number, and may say "call" and a time in the same
sentence ("please call our location manager between 09:00 and 18:00"), but it informs the
neighbours: it is addressed to them ("Dear resident", "To the residents of ..."), says what
the production "will be filming", which parking is suspended, and apologises for the
disruption. A fitting, rehearsal or casting schedule lists each person's appointment (a day, a
time, an actor, a note) at a wardrobe, a rehearsal room or a casting studio: it has no crew
call, no set, no hospital and no unit base.

``classify`` counts these kinds against a call sheet's structure whether or not a crew call is
read (a letter's "call" is a verb), so each phrase here is one a call sheet does not print;
each phrase counts once, plus points for the kind's shape (a letter's salutation and sign-off,
a schedule's rows of appointments). English, German, French, Spanish, Italian and Polish.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

RESIDENTS_NOTICE = (
    "notice of filming",
    "filming notice",
    "filming notification",
    "notice to residents",
    "letter to residents",
    "residents' letter",
    "residents letter",
    "neighbour letter",
    "neighbor letter",
    "filming in your area",
    "filming in your street",
    "filming on your street",
    "filming in your neighbourhood",
    "filming in your neighborhood",
    "to the residents",
    "to all residents",
    "residents and businesses",
    "dear resident",
    "dear residents",
    "dear neighbour",
    "dear neighbours",
    "dear neighbor",
    "dear neighbors",
    "dear occupier",
    "dear householder",
    "we will be filming",
    "we are filming",
    "we'll be filming",
    "we would like to let you know",
    "we would like to inform you",
    "we are writing to",
    "we're writing to",
    "to let you know",
    "to inform you",
    "will be suspended",
    "parking will be suspended",
    "parking suspension",
    "parking suspensions",
    "parking bays",
    "parking restrictions",
    "please do not park",
    "access to your property",
    "access to your home",
    "access to all homes",
    "access to homes",
    "apologise for any",
    "apologize for any",
    "we apologise",
    "we apologize",
    "sorry for any",
    "any inconvenience",
    "any disruption",
    "minimise disruption",
    "minimize disruption",
    "thank you for your patience",
    "thank you for your understanding",
    "thank you for your cooperation",
    "thank you for your co-operation",
    "if you have any questions",
    "if you have any concerns",
    "any queries",
    "yours sincerely",
    "yours faithfully",
    # German: Anwohnerinformation, "Liebe Anwohnerinnen und Anwohner"
    "anwohnerinformation",
    "anwohnerinfo",
    "liebe anwohner",
    "liebe anwohnerinnen und anwohner",
    "sehr geehrte anwohner",
    "sehr geehrte anwohnerinnen und anwohner",
    "liebe nachbarn",
    "werden wir drehen",
    "für ihr verständnis",
    "bitten um ihr verständnis",
    "unannehmlichkeiten",
    # French: "avis aux riverains", "chers riverains"
    "avis aux riverains",
    "information riverains",
    "information aux riverains",
    "chers riverains",
    "madame, monsieur",
    "nous tournerons",
    "stationnement sera interdit",
    "gêne occasionnée",
    "votre compréhension",
    # Spanish and Italian
    "aviso a los vecinos",
    "estimados vecinos",
    "queridos vecinos",
    "disculpen las molestias",
    "rogamos disculpen",
    "gracias por su comprensión",
    "avviso ai residenti",
    "gentili residenti",
    "cari residenti",
    "ci scusiamo per",
    "grazie per la comprensione",
    # Polish: "Szanowni Mieszkańcy", "informujemy", "przepraszamy za utrudnienia"
    "szanowni mieszkańcy",
    "szanowni państwo",
    "drodzy sąsiedzi",
    "informujemy",
    "przepraszamy za utrudnienia",
    "za utrudnienia",
    "dziękujemy za wyrozumiałość",
)

PREP_SCHEDULE = (
    "fitting",
    "fittings",
    "costume fitting",
    "costume fittings",
    "wardrobe fitting",
    "wardrobe fittings",
    "fitting schedule",
    "fittings schedule",
    "final fit",
    "second fit",
    "first fit",
    "refit",
    "alterations",
    "per fitting",
    "costume department",
    "costume supervisor",
    "wardrobe supervisor",
    "costume designer",
    "measurements",
    "rehearsal schedule",
    "rehearsals",
    "rehearsal room",
    "rehearsal studio",
    "read-through",
    "read through",
    "table read",
    "table read-through",
    "dance rehearsal",
    "stunt rehearsal",
    "fight rehearsal",
    "casting session",
    "casting sessions",
    "casting schedule",
    "casting studio",
    "callbacks",
    "call-backs",
    "screen test",
    "camera test",
    "make-up test",
    "hair and make-up test",
    "hmu test",
    "min each",
    "mins each",
    "minutes each",
    # German, French, Spanish, Italian, Polish
    "anprobe",
    "anproben",
    "kostümprobe",
    "kostümanprobe",
    "leseprobe",
    "probenplan",
    "essayage",
    "essayages",
    "lecture à la table",
    "répétitions",
    "prueba de vestuario",
    "pruebas de vestuario",
    "lectura de guion",
    "ensayos",
    "prova costume",
    "prove costumi",
    "przymiarka",
    "przymiarki",
    "próba czytana",
    "próby",
    # auditions: English "audition schedule", "self-tapes"; Polish "harmonogram castingu"
    # (casting schedule), "sesja castingowa", "przesłuchania" (auditions), "callbacki",
    # "zdjęcia próbne" (screen tests); never a bare "casting", a call sheet's credit
    "audition",
    "auditions",
    "audition schedule",
    "self-tape",
    "self-tapes",
    "harmonogram castingu",
    "plan castingu",
    "sesja castingowa",
    "przesłuchanie",
    "przesłuchania",
    "callback",
    "callbacki",
    "zdjęcia próbne",
    "próbne zdjęcia",
)

KINDS = {
    "a notice to residents": RESIDENTS_NOTICE,
    "a fitting, rehearsal or casting schedule": PREP_SCHEDULE,
}

# A letter's salutation and sign-off, alone on a line or starting it
_SALUTATION = lazy(
    r"^(?:dear|hello|liebe|lieber|sehr geehrte|chers?|chères?|madame|estimad[oa]s?|querid[oa]s?"
    r"|gentili|car[ie]|szanown[iy]|drodzy)\b",
    re.I,
)
_SIGN_OFF = lazy(
    r"^(?:yours (?:sincerely|faithfully)|kind regards|best regards|many thanks|with thanks"
    r"|mit freundlichen grüßen|cordialement|atentamente|cordiali saluti|z poważaniem)\b",
    re.I,
)
# A row of an appointment: a clock time and a name or a note after it
_APPOINTMENT = lazy(r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)\s*(?:[ap]\.?m\.?)?\s+\S")
# A prose line: a sentence of several words ending the line or running on
_PROSE = lazy(r"^(?:\S+\s+){7,}\S+")


def structure_points(kind: str, lines: list[str], words_found: int) -> float:
    """Points for a kind's shape: a letter's salutation, sign-off and running prose; a
    schedule's rows of appointments. None without at least two of the kind's own phrases (a
    call sheet's 'Fitting 14:00' note is one)."""
    if words_found < 2:
        return 0.0
    if kind == "a notice to residents":
        points = 1.0 if any(_SALUTATION.match(ln) for ln in lines) else 0.0
        points += 0.5 if any(_SIGN_OFF.match(ln) for ln in lines) else 0.0
        prose = sum(1 for ln in lines if _PROSE.match(ln))
        return points + (1.0 if prose >= 3 and prose * 3 >= len(lines) else 0.0)
    rows = sum(1 for ln in lines if _APPOINTMENT.search(ln))
    return 0.0 if rows < 3 else min(2.0, rows / 2)
