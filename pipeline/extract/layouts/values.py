"""A rule's text as a value of its field: the forms of a time, a date and an address a
person may confirm where a rule was taught, and how a value's lines are joined."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.extract.reader.address_parts import (
    FRENCH_TYPES,
    STREET_PREFIXES,
    STREET_SUFFIXES,
    WEAK_SUFFIXES,
    find_postcodes,
    is_county,
)
from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.parsed import Parsed
from pipeline.extract.reader.values import find_dates, find_times

UNKNOWN_FORM = 0.4  # parse quality of an address in a form the finder does not know
CUT = 0.3  # parse quality of an address cut off at a line's end, before its street's name


@dataclass(frozen=True)
class Found:
    """A value read with a rule: normalised, the quality of its parse, the text it came from."""

    value: str
    quality: float
    text: str


_HOUSE_NUMBER = re.compile(r"(?<![\w-])\d+(?:[-/]\d+)?[a-z]?(?![\w-])", re.I)


# a street's type printed before its name, ending a line after a comma ("…Świętych, ul.")
_TYPE_LAST = re.compile(r",\s*([^\W\d_]{2,}\.?)$")


def type_at_end(text: str) -> str | None:
    """The street's type (printed before its name: "ul.", "pl.", "Rue", "Via") that ends
    ``text`` after a comma, where the line wrapped before the street's name; else None."""
    m = _TYPE_LAST.search(text.rstrip())
    if m is None or norm(m.group(1)) not in _TYPES_FIRST or not text[: m.start()].strip(" ,"):
        return None
    return m.group(1)


def numbered(address: str) -> bool:
    """Whether an address prints a street number ("25", "70-102", "16/A", "1537"); a
    postcode's digits ("M4 5JZ", "PH49 4HY") are none."""
    return bool(_HOUSE_NUMBER.search(address))


YEAR_REACH = 16  # characters after a day and month its year may be printed in ("/ 2569 / 2026")
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def year_placed(text: str, year_at: int, us_order: bool | None) -> Parsed | None:
    """The first date of ``text`` read as a day and month, with the year at ``year_at`` among
    those printed after it (see ``Rule.year_at``)."""
    for parsed in find_dates(text, us_order=us_order, yearless=True):
        if not parsed.value.startswith("--"):
            continue
        years = YEAR.findall(text[parsed.end : parsed.end + YEAR_REACH])
        if year_at < len(years):
            try:
                day = dt.date.fromisoformat(f"{years[year_at]}{parsed.value[1:]}")
            except ValueError:
                return None
            return replace(parsed, value=day.isoformat(), quality=1.0, note=None)
        return None
    return None


def days_between(target: dt.date, iso: str) -> int | None:
    try:
        return (target - dt.date.fromisoformat(iso)).days
    except ValueError:
        return None


def numbers_in(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"\d{1,4}", text)}


def _range_day(text: str, shift: int, us_order: bool | None = None) -> str | None:
    """The range's first day in ``text``, ``shift`` days from its date printed in full; the
    first day's number must be printed. A reader that reads the first day itself is followed."""
    dates = [
        d
        for d in find_dates(text, us_order=us_order)
        if days_between(dt.date(2000, 1, 1), d.value) is not None
    ]
    numbers = numbers_in(text)
    for parsed in dates:
        first = dt.date.fromisoformat(parsed.value) + dt.timedelta(days=shift)
        if first.day in numbers:
            return first.isoformat()
    for parsed in dates:  # the date read is the first day already: its last day is printed
        last = dt.date.fromisoformat(parsed.value) - dt.timedelta(days=shift)
        if last.day in numbers:
            return parsed.value
    return None


def joined(field: str, texts: Sequence[str]) -> str:
    """A value's lines as one text: an address set one part a line reads as a list ("Route de
    Marrakech, Ouarzazate 45000"); one wrapped at a line's end carries on as a sentence (the
    line ends on a comma, a street's type before its name, "..., ul." then "Orła Białego 16",
    or a postcode before its town, "..., 14-500" then "Braniewo")."""
    if field != "location":
        return ", ".join(texts)
    out = ""
    for text in texts:
        out = f"{out}{' ' if _wraps(out) else ', '}{text}" if out else text
    return out


def _wraps(line: str) -> bool:
    """Whether an address's line stops in the middle of it (see ``joined``)."""
    words = line.split()
    if not words:
        return False
    last = words[-1]
    if last.endswith(",") or norm(last) in _TYPES_FIRST:
        return True
    codes = find_postcodes(line)
    if codes and codes[-1].end >= len(line.rstrip()):
        return True
    return bool(_CODE_SHAPE.match(last))


# a continental postcode, printed before its town ("14-500", "1000-001", "75001", "6760")
_CODE_SHAPE = re.compile(r"^(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4,5})$")


def address_quality(texts: Sequence[str]) -> float:
    return _quality(joined("location", texts))


def _quality(text: str) -> float:
    found = find_address(text)
    return max(found.quality if found is not None else 0.0, code_first_quality(text))


# what may part a postcode printed first from the rest of its address ("IP12 2NU - Orford…")
_AFTER_CODE = re.compile(r"\s*(?:[-\u2013\u2014,:;|/]\s*)?")


def code_first_quality(text: str) -> float:
    """The parse quality of an address printed postcode first ("IP12 2NU - Orford Quay, Quay
    Street, Orford, Woodbridge", a habit of UK location lists): as the same address with its
    postcode last, where a venue's name may lead it; 0.0 for any other text. Only a street and
    its town make it complete: a postcode alone, or before a bare place name, stays as the
    finder reads it (a postcode, never sure); so does one before place names with no street
    by its number or type ("IP12 2NU, Orford, Woodbridge")."""
    stripped = text.strip(" ,;.-")
    codes = find_postcodes(stripped)
    if not codes or codes[0].start != 0:
        return 0.0
    code = codes[0]
    rest = stripped[code.end :]
    gap = _AFTER_CODE.match(rest)
    rest = rest[gap.end() if gap else 0 :].strip(" ,;.-")
    if not rest or not rest[0].isalnum() or gap is None or gap.end() == 0:
        return 0.0
    parts = [t.strip() for t in rest.split(",") if t.strip()]
    best = 0.0
    for k in range(len(parts)):  # a venue's name may lead the address ("Orford Quay, …")
        moved = f"{', '.join(parts[k:])} {code.code}"
        found = find_address(moved)
        street = found.street if found is not None else None
        if found and street and found.city and (numbered(street) or _street_named(street)):
            best = max(best, found.quality)
    return best


def code_first_lines(texts: Sequence[str], code: str) -> Found | None:
    """In running text's lines, the first that opens with ``code`` printed first and goes on
    with a street and its town ("NR25 7RZ, Holt Road, Cley"; a line ending on a comma runs on
    into the next), as its ``code_first_quality`` reads it; None when no line does. The
    address finder reads such a line as its postcode alone, the street as another address."""
    for k, line in enumerate(texts):
        text = line.strip()
        if not text.startswith(code):
            continue
        if text.endswith(",") and k + 1 < len(texts):
            text = f"{text} {texts[k + 1].strip()}"
        quality = code_first_quality(text)
        if quality > 0.0:
            return Found(text.strip(" ,;.-"), quality, " ".join(texts))
    return None


def parse(
    field: str, text: str, date_shift: int = 0, day_first: bool | None = None,
    year_at: int | None = None,
) -> Found | None:  # fmt: skip
    """``text`` as a well-formed value of ``field``, or None; ``date_shift``: the date is the
    first day of a range, that many days from the one printed in full; ``day_first``: a
    numeric date's order on the layout (None: as the reader guesses it); ``year_at``: the
    date's year is printed after it, among others (``Rule.year_at``)."""
    if field == "call_time":
        times = find_times(text)
        return Found(times[0].value, times[0].quality, text) if times else None
    if field == "shooting_date":
        us_order = None if day_first is None else not day_first
        if year_at is not None:
            placed = year_placed(text, year_at, us_order)
            return Found(placed.value, placed.quality, text) if placed else None
        dates = find_dates(text, us_order=us_order)
        if dates and date_shift:
            first = _range_day(text, date_shift, us_order)
            return Found(first, dates[0].quality, text) if first else None
        return Found(dates[0].value, dates[0].quality, text) if dates else None
    address = find_address(text)
    if address is None:
        # a form the address finder does not know ("Flæsketorvet 68, 1711 København V"), or a
        # place, its townland and town before the county, with no street ("Charles Fort,
        # Summercove, Kinsale, Co. Cork"): kept for the person to check, never confirmed on
        # its own (a rule taught on that form confirms the same form on later sheets)
        numbered = re.search(r"\d", text) and len(re.findall(r"[^\W\d_]{2,}", text)) >= 2
        known = numbered or county_place(text) or street_place(text)
        return Found(text.strip(" ,;-"), UNKNOWN_FORM, text) if known else None
    quality = max(address.quality, code_first_quality(text))
    return Found(text.strip(" ,;-"), quality, text)


_PLACE_PART = re.compile(r"^[^\W\d_][\w'\u2019.&-]*(?:\s+[\w'\u2019.&-]+){0,4}$")


# street types printed before the street's name ("ul.", "Via", "Rue")
_TYPES_FIRST = frozenset(FRENCH_TYPES | set(STREET_PREFIXES))


def street_place(text: str) -> bool:
    """A place named by its parts down to its town, a street among them and no number: three
    or more short names, one of them a street by its type ("Maison des Esclaves, Rue
    Saint-Germain, Île de Gorée, Dakar"; "Cape Coast Castle, Victoria Road, Cape Coast"). A
    list of names with no street ("Dunluce Castle, Portballintrae, Bushmills") is none."""
    parts = [t.strip() for t in text.strip(" ,;.-").split(",")]
    if len(parts) < 3 or not all(_PLACE_PART.match(t) and t[0].isupper() for t in parts):
        return False
    return any(_street_named(t) for t in parts)


def _street_named(part: str) -> bool:
    """Whether a place's part is a street named by its type, before ("Rue Saint-Germain",
    "Via Roma") or after its name ("Victoria Road"); a weak type ("Park", "Hill") is none."""
    words = [norm(t) for t in part.split()]
    if len(words) < 2:
        return False
    return words[0] in _TYPES_FIRST or words[-1] in STREET_SUFFIXES - WEAK_SUFFIXES


def named_place(text: str) -> bool:
    """A place named by its parts down to its town with a street among them, or down to its
    county, and no number (``street_place``, ``county_place``)."""
    if numbered(text) or type_at_end(text):
        return False
    return street_place(text) or county_place(text)


def county_place(text: str) -> bool:
    """A place named by its parts down to the county, with no street and no number: two or
    more short names, then "Co. Cork" ("Glenveagh Castle, Churchill, Co. Donegal"). A sentence,
    a set's description or a county alone is none."""
    parts = [t.strip() for t in text.strip(" ,;.-").split(",")]
    if len(parts) < 3 or not is_county(parts[-1]):
        return False
    return all(_PLACE_PART.match(t) and t[0].isupper() for t in parts[:-1])
