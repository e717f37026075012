"""Facts written as sentences: "General crew call is 7:45 a.m. at ...", "We're shooting at the
Music Box Theatre, 3733 N Southport Ave, ...", "The closest emergency room is at <name>, <address>".

Student and small crews send the day as a letter, not a grid. When a field's label owns no
value (fields.py), the sheet's running text is read value-first: a time right after a label
phrase and a linking word, the first whole address that no hospital or parking words lead to.
Such a reading is never sure enough to confirm a day unasked (PROSE caps it), unless its
sentence says it is the set ("We're shooting at ...", "Where: ...", "Gdzie: ...") and no other
address in the text is said to be one (CUED).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.addresses import Address, find_addresses
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.values import find_time

PROSE = 0.6  # a value read from a sentence: a person checks it
OFFICE = 0.3  # the company's letterhead address as the set: most likely not where the crew goes
CUED = 0.88  # the only address its sentence calls the set: as sure as a labelled one
_LINK = r"(?:\s*:\s*|\s+(?:is|are|will\s+be|at|@)\s+)(?:at\s+|around\s+|about\s+)?"
# ... and in a sentence the time may follow its phrase bare ("sunset 21:03", "Wschód słońca
# 6.40") or after a word for "at" ("Zbiórka ekipy o 9.00", "Drehbeginn um 8 Uhr")
_TIME_LINK = rf"(?:{_LINK}|\s+(?:o|około|godz\.|um|à|a\s+las|alle|om|kl\.)\s+|\s+)"
_BEFORE = 90  # characters before an address that say whose it is
_NOT_THE_SET = re.compile(
    r"\b(?:parking|lot|garage|base(?:camp)?|hospital|emergency|er|a&e|urgent|medical"
    r"|clinic|next\s+(?:day|week|weekend)|tomorrow)\b",
    re.I,
)
# Words that say an address is where the crew works: "where", "location", "we're shooting at",
# and the same in the languages the labels know (a sentence's own words, not a label's).
_SET_CUE = re.compile(
    r"\b(?:where|locations?|set|venue|shooting|filming|we(?:'re|\u2019re|\s+are)\s+at"
    r"|gdzie|lokacja|lokalizacja|miejsce|zdjęcia|plan\s+zdjęciowy"
    r"|où|lieu|décor|tournage|dónde|lugar|localización|locación|rodaje"
    r"|wo|drehort|motiv|dreh|dove|luogo|riprese|onde|local|locação|gravação"
    r"|waar|locatie|opnames?)\b",
    re.I,
)
_PARK = re.compile(r"\b[Pp]ark\s+(?:on|in|at|behind|near)\b|\bpark\b")  # "Zilker Park" is a place
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z])|\n\n")


# A gap between two lines wider than this share of their type size ends a paragraph: a
# wrapped sentence's lines sit closer (a 10 pt line's leading leaves 2-4 pt).
PARAGRAPH_GAP = 0.8


def running_text(pages: Sequence[PageText]) -> str:
    """The document's words as one text: lines that run on as a paragraph joined by spaces,
    paragraphs (a wider gap, another column, another page) by a blank line. An address must
    not run on into the next block's words ("81-342 Gdynia" + "SC 12 EXT. PIER")."""
    parts: list[str] = []
    for page in pages:
        previous = None
        for line in page.lines:
            if previous is not None:
                gap = line.top - previous.bottom
                close = 0 <= gap <= PARAGRAPH_GAP * max(previous.size, line.size)
                parts.append(" " if close else "\n\n")
            parts.append(line.text)
            previous = line
        parts.append("\n\n")
    return "".join(parts)


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def time_after(text: str, phrases: Iterable[str]) -> str | None:
    """The first time written right after one of ``phrases`` and a linking word ('crew call
    is 10 AM', 'Sunset is at 8:01 p.m.'), not after a word that makes it someone else's."""
    names = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w-])(?P<w>\w+\s+)?(?:{names}){_TIME_LINK}", text, re.I):
        if m["w"] and m["w"].strip().lower() in L.NOT_CREW:
            continue
        parsed = find_time(text[m.end() : m.end() + 16])
        if parsed is not None and parsed.start == 0:
            return parsed.value
    return None


def _sentence_start(text: str, at: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - _BEFORE), at)]
    return starts[-1] if starts else max(0, at - _BEFORE)


def _whole(addresses: list[Address]) -> list[Address]:
    return [a for a in addresses if a.street is not None and a.postcode is not None]


def set_address(text: str, company: str = "") -> tuple[str, float] | None:
    """The first whole address (street and postcode) that no parking, base, hospital or
    other day's words lead to in its sentence, and how sure that is: CUED when its sentence
    calls it the set and no other address's does, PROSE otherwise, OFFICE for the company's.

    An address printed in ``company`` (the letterhead or footer, letterhead.py) is the office's:
    any other address comes first, and one read there is returned marked as the company's.
    """
    office = None
    sets: list[tuple[str, bool]] = []  # the set's candidates, and whether a cue leads each
    for paragraph in paragraphs(text):
        paragraph = re.sub(r"[()\[\]]", " ", paragraph)  # "(1005 W Burnside St, ...)"
        for found in _whole(find_addresses(paragraph)):
            lead = paragraph[_sentence_start(paragraph, found.start) : found.start]
            if _NOT_THE_SET.search(lead) or _PARK.search(lead):
                continue
            address = found.text.rstrip(" .")
            if _in_company(address, company):
                office = office or address
            elif address not in (a for a, _ in sets):
                sets.append((address, bool(_SET_CUE.search(lead))))
    if sets:
        first, cued = sets[0]
        return first, CUED if cued and not any(c for _, c in sets[1:]) else PROSE
    return (office, OFFICE) if office else None


def _in_company(address: str, company: str) -> bool:
    squeeze = lambda t: re.sub(r"\s+", " ", t).strip()  # noqa: E731
    return bool(company) and squeeze(address) in squeeze(company)


_HOSPITAL_WORDS = r"hospital|emergency\s+room|\ber\b|a&e|emergency\s+department|urgent\s+care"


def hospital_named(text: str) -> tuple[str, str] | None:
    """'The closest emergency room is at <name>, <address>' / 'Nearest hospital: <name>,
    <address>': the name between the link and a whole address, and that address."""
    for paragraph in paragraphs(text):
        if (named := _hospital_in(paragraph)) is not None:
            return named
    return None


def _hospital_in(text: str) -> tuple[str, str] | None:
    for m in re.finditer(rf"(?:{_HOSPITAL_WORDS}){_LINK}", text, re.I):
        rest = text[m.end() : m.end() + 200]
        found = next(iter(_whole(find_addresses(rest))), None)
        if found is None:
            continue
        name = rest[: found.start].strip(" ,;-")
        if 2 <= len(name) <= 80 and not find_time(name):
            return name, found.text.rstrip(" .")
    return None
