"""A hospital's name by its facility word: where a wrapped name goes on, where it was cut.

A name too long for its cell wraps: 'Harrogate District' over 'Hospital, Lancaster Park Rd,
...', 'Corewell Health' over 'Butterworth Hospital'. The first line alone reads as a name, and
a reader that stops there names a district or a university. The facility word ('Hospital',
'Medical Center', 'sjukhuset') says where a name ends: a first line without one, followed by
a short run that has one and no number, is the name's first half. Pure text, no geometry.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

# The word that says what kind of place it is, in the languages the sheets come in; Nordic
# definite forms ('sjukhuset', 'sykehuset', 'sygehuset') and compounds ('Universitetssjukhus')
FACILITY = lazy(
    r"\b(?:hospitals?|infirmary|medical\s+cent(?:er|re)|health\s+(?:sciences?\s+)?cent(?:er|re)"
    r"|clinic|hôpital|hospitalier|krankenhaus|klinikum|klinik|szpital|ospedale|spital"
    r"|ziekenhuis|nemocnice|\w*(?:sjukhus|sykehus|sygehus|hospital)(?:et)?"
    # German compounds: 'Universitätsklinikum', 'Kreiskrankenhaus', 'Kantonsspital'
    r"|\w+(?:krankenhaus|klinikum|klinik|spital))\b",
    re.I,
)
# Words a hospital's name puts before its facility word and never ends on: 'Harrogate
# District [Hospital]', 'Upstate University [Hospital]', 'Geisinger Community [Medical Center]'
_QUALIFIER = lazy(
    r"\b(?:district|university|community|general|memorial|regional|county|children'?s"
    r"|women'?s|teaching|municipal|specialist|royal)\W*$",
    re.I,
)
_HEAD = lazy(r"\s*(?:,|\s[-\u2013\u2014\u00b7|]\s)\s*")  # where a name's run ends on a line
HEAD_WORDS = 4  # the rest of a wrapped name is a short run


def has_facility(text: str) -> bool:
    return bool(FACILITY.search(text))


def cut_before_facility(name: str) -> bool:
    """'Upstate University', 'Harrogate District': a name with no facility word that ends on a
    word hospital names put before it; the line that finished it was not read."""
    return not has_facility(name) and bool(_QUALIFIER.search(name.strip()))


def _wrap_head(line: str) -> tuple[str, str] | None:
    """The run opening ``line`` up to a comma or a spaced dash ('Hospital' of 'Hospital,
    Lancaster Park Rd, ...'), and the rest, when the run ends a name: a facility word in a
    few words with no number."""
    parts = _HEAD.split(line.strip(), maxsplit=1)
    head = parts[0].strip()
    rest = parts[1].strip() if len(parts) > 1 else ""
    if not head or re.search(r"\d", head) or len(head.split()) > HEAD_WORDS:
        return None
    return (head, rest) if has_facility(head) else None


def joined_wrap(lines: list[str]) -> list[str]:
    """A name wrapped over two lines joined: the first line has no facility word and no number,
    the next opens with a short run that has one ('Corewell Health' / 'Butterworth Hospital';
    'The James Cook University' / 'Hospital, Marton Rd, Middlesbrough TS4 3BW'). The rest of
    the second line, when there is any, stays as the next line (the address)."""
    if len(lines) < 2:
        return lines
    first = lines[0].strip()
    if _name_goes_on(first, lines[1]):
        return [f"{first} {lines[1].strip()}", *lines[2:]]
    if not first or has_facility(first) or re.search(r"[\d,]", first):
        return lines
    wrap = _wrap_head(lines[1])
    if wrap is None:
        return lines
    head, rest = wrap
    return [f"{first} {head}", *([rest] if rest else []), *lines[2:]]


def facility_head(line: str) -> tuple[str, str] | None:
    """'Akademiska sjukhuset, Sjukhusvägen, 751 85 Uppsala': a name with its facility word up to
    the first comma, then an address with a number in it (a postcode in a form not known)."""
    name, comma, rest = line.partition(",")
    if not comma or re.search(r"\d", name) or not has_facility(name):
        return None
    if len(name.split()) > HEAD_WORDS + 2 or not re.search(r"\d", rest):
        return None
    return name.strip(), rest.strip()


# A hospital's department, the emergency entrance the crew is sent to ('Emergency
# Department', 'A&E', 'Notaufnahme', 'SOR', 'ER'). After the name it stays with the name, as
# the sheet prints it ('Sahlgrenska Universitetssjukhuset, Akutmottagningen'); only at the head
# of the address, where a comma after it left it, is it no part of the address.
_DEPARTMENT = (
    r"(?:(?:main\s+)?emergency(?:\s+(?:department|dept\.?|room|unit|entrance|services?))?"
    r"|accident\s+(?:&|and)\s+emergency(?:\s+(?:department|dept\.?|unit))?"
    r"|a\s?&\s?e(?:\s+(?:department|dept\.?|unit))?|casualty(?:\s+department)?"
    r"|e\.?r\.?|e\.?d\.?|urgent\s+care|trauma\s+(?:center|centre|unit)"
    r"|(?:service\s+des\s+)?urgences|urgencias|pronto\s+soccorso"
    r"|(?:zentrale\s+)?notaufnahme|notfall(?:station|aufnahme|zentrum)?"
    r"|sor|(?:szpitalny\s+)?oddzia[łl]\s+ratunkowy|spoedeisende\s+hulp|seh"
    r"|akutmottagning(?:en)?|skadestue|legevakt)"
)
_DEPARTMENT_LEAD = lazy(rf"^\s*(?P<dept>{_DEPARTMENT})\s*[,\u2013\u2014|-]\s*(?=\S)", re.I)


_DEPARTMENT_ALONE = lazy(rf"(?P<dept>{_DEPARTMENT})", re.I)


def past_department_line(lines: list[str]) -> list[str]:
    """'Ysbyty Gwynedd' / 'Emergency Department' / 'Penrhosgarnedd' / 'Bangor LL57 2PW': a line
    under the hospital's name that is its department alone (the entrance the crew is sent to)
    is neither the name (a label's words name no hospital) nor a line of the address: left
    out, the name is the line over it. Only the first such line after the first line."""
    for k in range(1, len(lines)):
        hit = _DEPARTMENT_ALONE.fullmatch(lines[k].strip(" ,.:;\u00b7|"))
        if hit is not None and _abbreviation_in_capitals(hit.group("dept")):
            return [*lines[:k], *lines[k + 1 :]]
    return lines


def _abbreviation_in_capitals(dept: str) -> bool:
    """'ER', 'SOR', 'A&E' only in capitals: 'Er' or 'sor' after a name may be a word of it."""
    letters = re.sub(r"[^\w]", "", dept)
    return len(letters) > 3 or dept.isupper()


def address_without_department(address: str) -> str:
    """'Emergency Department, James's St, Dublin 8': the department a name's dash left at the
    address's head is no part of the address."""
    hit = _DEPARTMENT_LEAD.match(address)
    if hit is None or not _abbreviation_in_capitals(hit.group("dept")):
        return address
    return address[hit.end() :]


# Polish, Czech, Romance names put what kind of hospital and where after the facility word
# ('Szpital Kliniczny w Opolu', 'Hospital Universitario de Cruces'): a first line that ends on
# the facility word, then a short line of words only that ends the name with its place ('w
# Opolu', 'de Cruces', 'im. J. Śniadeckiego') is one name wrapped after the facility word
_ENDS_ON_FACILITY = lazy(rf"(?:{FACILITY.pattern})\s*$", re.I)
_PLACE_PART = lazy(r"(?:^|\s)(?:w|we|ve|v|im\.|de|del|della|di|do|da|du|des|in|am|an)\s+\S", re.I)


def _name_goes_on(first: str, second: str) -> bool:
    """Whether ``second`` ends the name ``first`` starts: ``first`` words only, ending on its
    facility word; ``second`` a few words, no number, no comma, no facility word of its own,
    naming where ('Kliniczny w Opolu')."""
    second = second.strip()
    if not first or re.search(r"[\d,]", first) or not _ENDS_ON_FACILITY.search(first):
        return False
    if not second or re.search(r"[\d,:@]", second) or has_facility(second):
        return False
    return len(second.split()) <= HEAD_WORDS and bool(_PLACE_PART.search(second))


# A hospital in Ireland, Wales or the Gaelic-speaking Hebrides is signed and headed in both
# languages, the Irish / Welsh / Gaelic name first ('Ospidéal Réigiúnach Lár na Tíre, Tulach
# Mhór' over 'Midland Regional Hospital Tullamore', 'Ysbyty Treforys' over 'Morriston
# Hospital'): the crew is sent by the English name, on the line under it
_NATIVE_FACILITY = lazy(r"^\W*(?:ospidéal|ospideal|ospidéil|ysbyty|ospadal)\b", re.I)
_ENGLISH_FACILITY = lazy(
    r"\b(?:hospital|infirmary|medical\s+cent(?:er|re)|health\s+cent(?:er|re))\b", re.I
)


def past_native_name(lines: list[str]) -> list[str]:
    """The value's lines past a first line that names the hospital in Irish, Welsh or Scottish
    Gaelic, when the line under it names it in English (an English facility word, no digit:
    no address line); a native name alone ('Ysbyty Gwynedd') is the name."""
    if len(lines) < 2 or not _NATIVE_FACILITY.match(lines[0]):
        return lines
    second = lines[1]
    if _NATIVE_FACILITY.match(second) or not _ENGLISH_FACILITY.search(second):
        return lines
    if re.search(r"\d", second):
        return lines
    return lines[1:]
