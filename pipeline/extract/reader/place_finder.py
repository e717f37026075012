"""The place finder: the set's, the base's and a place label's address.

Reads one address out of the lines a place label owns (joining a street wrapped from its town,
leaving a scene row or a list's other entries out), and rates it by how whole it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.address_parts import (
    COMPOUND_COUNTRY,
    FRENCH_TYPES,
    LABEL_WORDS,
    STREET_PREFIXES,
    STREET_SUFFIXES,
    ends_on_county,
    find_postcodes,
)
from pipeline.extract.reader.address_tail import without_trailing_notes
from pipeline.extract.reader.addresses import address_score, find_address, find_addresses
from pipeline.extract.reader.attach import Label, Piece, runs
from pipeline.extract.reader.call_finder import main_units_on_another, names_the_sheets_unit
from pipeline.extract.reader.county_lines import locality_over_county
from pipeline.extract.reader.field_sheet import (
    ABOVE_BELOW_PENALTY,
    NAME_ONLY,
    PROSE_WORDS,
    Sheet,
    _texts,
)
from pipeline.extract.reader.labelling import address_only, unit_named
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Place
from pipeline.extract.reader.patrons import with_patrons
from pipeline.extract.reader.rural_named import named_rural_place
from pipeline.extract.reader.set_hours import place_beside_hours
from pipeline.extract.reader.streets import street_evidence
from pipeline.extract.reader.sun import known_city
from pipeline.extract.reader.town_lines import (
    POSTCODE,
    locality_and_coded_town,
    named_number_over_town,
    street_and_town,
    street_line,
    street_town_address,
    town_line,
)
from pipeline.extract.reader.values import find_phones, find_time, without_phones

VOUCHED = 0.9  # a generic label word that owns a whole address
_ADDRESS_MIN = 0.5  # address_score from which a line is read as an address


def _address_score(text: str) -> float:
    """How much ``text`` looks like a street address (0 = not at all, 1 = street and postcode)."""
    return address_score(text)


def _postcodes(text: str) -> list[str]:
    return [p.code for p in find_postcodes(text) if p.strong]


# 'Park Pałacowy 11 / 17-230 Białowieża': a house number, a spaced slash, then a postcode
# (NN-NNN, or four or five digits) and its town: the slash parts the street from the town as a
# comma does ('ul. Długa 11/17', a flat's number, has no spaces round its slash)
_SLASHED_CODE = lazy(r"(\d+[a-zA-Z]?)\s+/\s+(?=(?:\d{2}-\d{3}|\d{4,5})\s+[^\W\d_])")

# 'NR25 7SA - Cley Marshes Visitor Centre, Coast Road, Cley next the Sea': a UK postcode put
# first for the sat-nav, a dash, then the place as it is written: the postcode belongs at the
# address's end, where it is read
_CODE_FIRST = lazy(
    r"^\s*(?P<code>[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\s+[-\u2013\u2014]\s+"
    r"(?P<rest>[^\W\d_][^,]*,.*[^\W\d_].*?)[\s,]*$"
)


def code_last(text: str) -> str:
    """``text`` with a UK postcode printed first, before a dash, moved to its end."""
    m = _CODE_FIRST.match(text)
    if m is None or _CODE_FIRST_ANY.search(m["rest"]):
        return text
    return f"{m['rest']} {m['code']}"


_CODE_FIRST_ANY = lazy(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")


def _name_under_street(lines: list[str]) -> bool:
    """A street and its number first, a line with no digit that is no town (the place's name),
    then a postcode and its town."""
    return (
        len(lines) >= 3
        and street_line(lines[0])[0]
        and bool(re.search(r"\d", lines[0]))  # its house number ('Portobello Esplanade' has none)
        and not re.search(r"\d", lines[1])
        and not town_line(lines[1])
        and not street_line(lines[1])[0]
        and town_line(lines[2], coded_only=True)
    )


def one_address(lines: list[str]) -> tuple[str | None, str | None, bool]:
    """The name line and ONE address: the first address line and its continuation lines.

    A continuation (town, postcode) is joined only while no postcode has been read; two
    addresses with different postcodes in the text mean two ran together: the first is kept.
    """
    lines = [code_last(_SLASHED_CODE.sub(r"\1, ", t)) for t in _unwrapped(lines)]
    if _name_under_street(lines):
        # 'Trg Andrea Antico 1' / 'Motovun - gradske zidine' / '52424 Motovun': the place's
        # name printed between its street and its postcode's line
        return lines[1], f"{lines[0].strip(' ,')}, {lines[2].strip(' ,')}", False
    k = next((i for i, t in enumerate(lines) if _reads_as_address(t)), None)
    if k is None:
        # 'Buitenkant St, Cape Town City Centre, Cape Town, 8001': a street and its town
        k = next((i for i, t in enumerate(lines) if street_town_address(t)), None)
    if k is None:
        # 'Belvedere House, Tullamore Road, Mullingar, Co. Westmeath': a name, a street and its
        # town, then the Irish county (Irish addresses often print no Eircode): as sure
        k = next(
            (
                i
                for i, t in enumerate(lines)
                if ends_on_county(t) and street_town_address(t, named=True)
            ),
            None,
        )
    if (
        k is None
        and (at := next((i for i, t in enumerate(lines) if locality_and_coded_town(t)), None))
        is not None
    ):
        # 'Amber Palace, Devisinghpura, Amer, Jaipur, Rajasthan 302001': a place, its locality
        # and its town with the code on one line, where streets carry no numbers
        return (lines[at - 1] if at > 0 else None), lines[at].strip(" ,"), False
    if k is not None and not re.search(r"\d", lines[k]):
        # 'Dongdaemun Design Plaza' / '281 Eulji-ro' / 'Jung-gu, Seoul 04566': a name with a
        # street word in it, then the numbered street and its town
        pair = street_and_town(lines[k + 1 :], named=True)
        if pair is not None:
            at = k + 1 + pair
            return lines[at - 1], f"{lines[at].strip(' ,')}, {lines[at + 1].strip(' ,')}", False
    if k is None or (k > 0 and _town_only(lines[k])):
        # 'Vasilissis Olgas Ave 1' / '105 57 Athens': a street line, then its town line
        pair = street_and_town(lines[: k + 1] if k is not None else lines)
        if pair is not None:
            name = lines[pair - 1] if pair > 0 else None
            return name, f"{lines[pair].strip(' ,')}, {lines[pair + 1].strip(' ,')}", False
    if k is None and (at := named_number_over_town(lines)) is not None:
        # 'Palacio Rioja' / 'Quillota 214' / 'Viña del Mar': the street's name and number with
        # no street word, then its town alone
        return lines[at - 1], f"{lines[at].strip(' ,')}, {lines[at + 1].strip(' ,')}", False
    if k is None and (at := _rural_over_code(lines)) is not None:
        # 'Mežotnes pils' / 'Mežotnes pils, Mežotnes pagasts' / 'Bauskas novads, LV-3918': a
        # rural address names no street, only the house, the parish and the municipality
        name = lines[at - 1] if at > 0 else None
        return name, f"{lines[at].strip(' ,')}, {lines[at + 1].strip(' ,')}", False
    if k is None:
        return _joined_pair(lines)
    stepped = k > 0 and _town_only(lines[k]) and _street_line(lines[k - 1])
    stepped = stepped or _locality_under_road(lines, k) or _numbered_over_town(lines, k)
    stepped = stepped or _premises_over_town(lines, k)
    if stepped:
        k -= 1  # 'Kenwood House, Hampstead Lane' / 'London NW3 7JR': the street line leads
    if k == 0 and len(lines) > 1 and _whole_after_name(lines[0], lines[1:3]):
        k = 1  # 'Navy Yard Building 77' / '141 Flushing Ave, Brooklyn, NY 11205': a name first
    name = next((t for t in lines[:k]), None)
    # 'Glen Etive Rd (single track, 6 miles from the A82)': a note on the way in, not the address
    parts = [_BRACKET_NOTE.sub("", lines[k]) if stepped else lines[k]]
    for nxt in lines[k + 1 : k + 3]:
        # a town line with a bare code joins too: 'São Paulo - SP, 01037-010'
        joins = _address_score(nxt) or town_line(nxt, coded_only=True)
        numbered = re.match(r"\d+\s+\w", nxt) and not town_line(nxt, coded_only=True)
        # a line said again is a table column's next row, not the address's next line
        again = any(norm(nxt.strip(" ,")) == norm(p.strip(" ,")) for p in parts)
        if _postcodes(_no_house_range(" ".join(parts))) or not joins or numbered or again:
            break
        parts.append(nxt)
    address = ", ".join(p.strip(" ,") for p in parts)
    found = find_addresses(address)
    codes = [a.postcode.replace(" ", "") for a in found if a.postcode]
    cut = len(found) > 1 and len(set(codes)) > 1
    if cut:
        address = address[: found[0].end].strip(" ,")
    return name, without_trailing_notes(address), cut


# A line that ends on a postcode with no town after it ('..., ul. Krupówki 10, 34-500'), and
# a line's numbered street cut from its postcode at a comma ('... Kordeckiego 2,')
_ENDS_ON_CODE = lazy(rf",\s*(?:{POSTCODE})\s*,?$")
_ENDS_ON_NUMBER = lazy(r"[^\W\d_]{2,}\.?\s+\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?,$")
_TOWN_NAME = lazy(r"[^\W\d_][\w'\u2019.]*(?:[\s-][^\W\d_][\w'\u2019.]*){0,2}")
_OPENS_ON_CODE = lazy(rf"^(?:{POSTCODE})\s+[^\W\d_]")


def _unwrapped(lines: list[str]) -> list[str]:
    """One line of a typed list wrapped mid-address onto the next, at the column's edge: a
    line ending on a postcode then its town alone ('…, ul. Krupówki 10, 34-500' / 'Zakopane'),
    or a line ending on a numbered street and a comma then its postcode and town ('…, ul. o.
    Augustyna Kordeckiego 2,' / '42-225 Częstochowa'), is one line again when the two read
    as an address together."""
    out = list(lines[:1])
    for nxt in lines[1:]:
        prev = out[-1].rstrip()
        kind = _type_at_end(prev)
        if kind is not None and _reads_as_address(f"{kind} {nxt.strip()}"):
            # '…Wszystkich Świętych, ul.' / 'Orła Białego 16, 11-040 Dobre Miasto': the street's
            # type printed before its name wrapped at the line's end goes down with its name
            out[-1] = prev[: -len(kind)].rstrip(" ,")
            out.append(f"{kind} {nxt.strip()}")
            continue
        # the town may carry a note on where in the place the day is: 'Braniewo (prezbiterium)'
        town = _BRACKET_NOTE.sub("", nxt).strip(" ,")
        code_then_town = _ENDS_ON_CODE.search(prev) and _TOWN_NAME.fullmatch(town)
        street_then_code = _ENDS_ON_NUMBER.search(prev) and _OPENS_ON_CODE.match(nxt.strip())
        rest = town if code_then_town else nxt.strip()
        joined = f"{prev.rstrip(' ,')}{',' if street_then_code else ''} {rest}"
        if (code_then_town or street_then_code) and _reads_as_address(joined):
            out[-1] = joined
        else:
            out.append(nxt)
    return out


# A street's type printed before its name ('ul.', 'pl.', 'al.', 'Rue', 'Via'), ending a line
# after a comma: the line wrapped between the type and the street's name
_TYPE_LAST = lazy(r",\s*([^\W\d_]{2,}\.?)$")
_TYPES_BEFORE = frozenset(STREET_PREFIXES) | FRENCH_TYPES


def _type_at_end(line: str) -> str | None:
    """The street's type that ends ``line`` after a comma ('…Świętych, ul.'), or None."""
    m = _TYPE_LAST.search(line)
    if m is None or norm(m.group(1)) not in _TYPES_BEFORE:
        return None
    return m.group(1) if line[: m.start()].strip(" ,") else None


# The units a rural address is made of where houses have names and no street (Latvia's address
# register: house, village, 'pagasts' (parish), 'novads' (municipality), then the postcode;
# Lithuania's 'k.' / 'kaimas' (village), 'sen.' (eldership), 'r.' / 'sav.' (district); Estonia's
# 'küla' (village), 'vald' (rural municipality), 'maakond' (county)): a line that ends on one
_RURAL_UNIT = lazy(
    r"[^\W\d_]{3,}\s+(?:pagasts|pag\.|novads|nov\.|k\.|kaimas|sen\.|seniūnija|r\.|sav\.|küla|vald"
    r"|maakond)$"
)


# Where no postcode is in use, a rural place is found by its numbered road and its town and
# region: 'D2328, 4 km east of town' / 'Omaruru, Erongo Region' (Namibia's district and main
# roads, D- and C-numbered, and its regions)
_ROAD_NUMBER = lazy(r"(?<![\w-])[A-Z]\d{1,4}(?![\w-])")
_TOWN_AND_REGION = lazy(
    r"^[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?,\s*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?\s+Region$"
)


def _rural_over_code(lines: list[str]) -> int | None:
    """Index of a line ending on a rural address's unit ('Skaļupes, Līgatnes pagasts') over a
    line that ends on a postcode with its town or municipality ('Cēsu novads, LV-4110'), or of
    a line naming a numbered road ('Lodge access road, off the C43') over a town and its region
    ('Opuwo, Kunene Region'); the two read as one address."""
    for i in range(len(lines) - 1):
        unit, code = lines[i].strip(" ,"), lines[i + 1].strip(" ,")
        if _road_over_region(unit, code):
            return i
        if not _RURAL_UNIT.search(unit) or re.search(r"\d", unit):
            continue
        codes = [p for p in find_postcodes(code) if p.strong]
        if (codes and codes[-1].end == len(code)) or any(p.city for p in codes):
            return i
    return None


def _road_over_region(road: str, region: str) -> bool:
    return (
        bool(_ROAD_NUMBER.search(road))
        and _TOWN_AND_REGION.match(region) is not None
        and find_time(_ROAD_NUMBER.sub(" ", road)) is None  # "D2328" is no 23:28
        and not re.search(r"\d[\d ]{5,}", road)  # a phone number, no road
    )


def _rural(address: str) -> bool:
    """A rural address read whole: its units and postcode, or its road and region; no street."""
    parts = [p for p in address.split(", ") if p]
    if any(a.street for a in find_addresses(address)):
        return False
    if _rural_over_code(parts[-2:]) == 0:
        return True
    region = ", ".join(parts[-2:])
    return len(parts) > 2 and _road_over_region(", ".join(parts[:-2]), region)


def _joined_pair(lines: list[str]) -> tuple[str | None, str | None, bool]:
    """'Vyšehrad' / 'V Pevnosti 159/5b' / '128 00 Praha 2': no line reads as an address alone
    (the postcode reads as a time, a district's number ends the town), but a line and the next
    read as one together, a numbered street then its postcode and town: the name is the line
    above them."""
    for i in range(len(lines) - 1):
        first, town = lines[i].strip(" ,"), lines[i + 1].strip(" ,")
        if not (re.search(r"\d", first) or _NO_NUMBER_END.search(first)) or not re.match(
            r"\d{3}", town
        ):
            continue  # the street has its number, the town line opens with its postcode
        joined = f"{first}, {town}"
        if _reads_as_address(joined):
            return (lines[i - 1] if i > 0 else None), joined, False
    return None, None, False


def _numbered_over_town(lines: list[str], k: int) -> bool:
    """'615 S Broadway' / 'Los Angeles, CA 90014': a house number and a name with no street
    word, over a town and postcode line; the two read together as a whole address (a street
    and a postcode), so the numbered line is the street."""
    if k <= 0 or not _town_only(lines[k]) or not re.match(r"\d{1,5}[a-z]?\s+\S", lines[k - 1]):
        return False
    found = find_address(f"{lines[k - 1].strip(' ,')}, {lines[k].strip(' ,')}")
    return (
        found is not None
        and found.start == 0
        and found.street is not None
        and found.postcode is not None
        and norm(found.street) == norm(lines[k - 1].strip(" ,"))
    )


# '70-102 Flinders St': a street's range of house numbers, in the shape of a postcode
_HOUSE_RANGE = lazy(r"^\s*\d{1,4}\s?[-\u2013]\s?\d{1,4}\s+(?=\S)")


_TITLE_WORDS = lazy(r"^[A-Z][\w'\u2019-]*(?:\s+(?:of|the|and|on|upon|by|[A-Z][\w'\u2019-]*)){1,4}$")


def _premises_over_town(lines: list[str], k: int) -> bool:
    """'Calanais Standing Stones' / 'Calanais Visitor Centre' / 'Callanish, Isle of Lewis HS2
    9DY': under the place's name, a line of capitalised words with no number right above the
    post town and its postcode is the address's own line (a building, a thoroughfare with no
    street word, a locality: the lines a postal address prints above its post town), not
    another name: the name is the block's first line."""
    codes = _postcodes(lines[k]) if k >= 2 else []
    if not codes or re.search(r"\d", lines[k].replace(codes[0], "")):
        return False  # no postcode, or a house number on the town's line
    above, first = lines[k - 1].strip(" ,"), lines[k - 2].strip(" ,")
    return (
        bool(_TITLE_WORDS.match(above))
        and bool(_TITLE_WORDS.match(first))
        and not town_line(above)
        and norm(above) != norm(first)
    )


def _no_house_range(text: str) -> str:
    """The text without a leading range of house numbers before a street ('70-102 Flinders
    St'), which reads as a postcode ('70-102' is one in Poland) but is the street's number;
    a postcode before its town ('70-102 Szczecin') stays."""
    m = _HOUSE_RANGE.match(text)
    if m is None:
        return text
    street = re.split(r"[,;]", text[m.end() :])[0].split()
    if not street or norm(street[-1]).rstrip(".") not in STREET_SUFFIXES:
        return text
    return text[m.end() :]


def _street_line(text: str) -> bool:
    """A line that reads as a street, with or without its number ('Bute Pl', 'Hampstead Lane')."""
    if _address_score(text) > 0.3:
        return True
    found = find_address(text)
    return found is not None and found.street is not None and found.start == 0


def _whole_after_name(first: str, rest: list[str]) -> bool:
    """A first line with no postcode that only looks like a street, then a whole address
    (street number, street, postcode) on the next line or the next two ('141 Flushing Ave' /
    'Brooklyn, NY 11205'): the first line names the place."""
    if _postcodes(first) or not rest or not re.match(r"\d+\s+\w", rest[0]):
        return False
    for n in (1, 2):
        found = find_address(", ".join(rest[:n]))
        if found is not None and found.street is not None and found.postcode is not None:
            return True
    return False


# a note in brackets ending a street line: 'Cove Rd (walk in from the road, 15 min)'
_BRACKET_NOTE = lazy(r"\s*\([^()]*\)\s*$")


def _town_only(text: str) -> bool:
    """A town and postcode line with no street in it ('London NW3 7JR', 'Toronto, ON M5R 1X8')."""
    found = find_address(text)
    return found is not None and (found.street is None or town_line(text, coded_only=True))


def _unnumbered_street(sheet: Sheet, address: str, *, compound: bool = True) -> bool:
    """'Av. Brasília, 1300-598 Lisboa': a street named by its type word, with no house number,
    before the town and postcode; the street is read, and the sheet prints it with no number
    anywhere (a street printed elsewhere with its number, 'Av Pierre-Dupuy' beside '2600 Av
    Pierre-Dupuy', may be at another number: which, a person can tell)."""
    found = find_address(address)
    if found is None or found.street is not None:
        return False
    street = address[: found.start].strip(" ,")
    if not street or "," in street:
        return False
    own = compound and _own_compound(street, found.country)
    if street_line(street) != (True, True) and not own:
        return False
    name = re.escape(street)
    numbered = re.compile(
        rf"\b\d{{1,5}}[a-z]?,?\s+{name}\b|\b{name},?\s+\d{{1,5}}[a-z]?(?![\w-])(?!\s\d{{2}}\b)",
        re.I,
    )
    # (a postcode after it is the next column's town: 'Av. Brasília   1300-299 Lisboa')
    return not any(numbered.search(ln.text) for page in sheet.pages for ln in page.lines)


def _own_compound(street: str, country: str | None) -> bool:
    """'Saksunarvegur' over 'FO-436 Saksun': one word that ends on the street word of the
    postcode's own country (Faroese '-vegur', Danish '-vej', Swedish '-gatan'), a street's
    name as its postal service writes it, though no number follows it."""
    key = street.lower()
    tail = next((e for e in COMPOUND_COUNTRY if key.endswith(e) and len(key) > len(e) + 2), None)
    return (
        " " not in street
        and street[:1].isupper()
        and tail is not None
        and country is not None
        and COMPOUND_COUNTRY[tail] == country
    )


def whole_address(text: str) -> bool:
    """A street and a postcode among the addresses read in ``text``."""
    return any(a.street is not None and a.postcode is not None for a in find_addresses(text))


def _no_street_shown(address: str) -> bool:
    """'Llanwddyn, Oswestry SY10 0LZ': a name with no number and no street word before the
    town and postcode, with no road read above it; the village or the street, who can say."""
    found = find_address(address)
    if found is None or found.street is None or found.postcode is None:
        return False
    return not street_evidence(found.street)


def _locality_under_road(lines: list[str], k: int) -> bool:
    """'Glen Etive Rd (single track)' / 'Glencoe, Ballachulish PH49 4HY': under a road named by
    its street word, with no number, a name before the post town is the village (Royal Mail's
    dependent locality), not a street. Alone, the same line may be a street with no street word
    ('Castlehill, Edinburgh EH1 2NG'), so only the road above tells."""
    found = find_address(lines[k])
    if found is None or found.postcode is None or found.street is None or k == 0:
        return False
    if re.search(r"\d", found.street) or find_addresses(found.street):
        return False
    road = _BRACKET_NOTE.sub("", lines[k - 1]).strip(" ,")
    above = find_address(road)
    return (
        above is not None
        and above.street == road
        and above.postcode is None
        and above.quality >= 0.5
        and not re.search(r"\d", road)
    )


def _named_address(
    sheet: Sheet, label: Label, lines: list[str]
) -> tuple[str | None, str | None, bool]:
    """Name and address under one label, or the name here and the address under its ADDRESS."""
    pair = sheet.address_of.get(label)
    if pair is not None:
        paired = _row_continued(sheet, pair, _texts(sheet.owned.get(pair, [])))
        _, address, cut = one_address(paired)
        if address is None and paired and _loose_address(paired[0]):
            address = paired[0].strip(" ,")  # its own label vouches for a form not known here
        if address is not None:
            return lines[0], address, cut
    cell = row_address(sheet, label)
    if cell is not None and lines:
        name = lines[0]
        head = cell.split(",")[0].strip()
        if head and name.find(head) > 0:
            name = name[: name.find(head)].strip(" ,\u00b7|-")  # the run ran into the cell
        _, address, cut = one_address([cell])
        if address is None and _loose_address(cell):
            address = cell.strip(" ,")
        if address is not None and name and name != cell:
            return name, address, cut
    beside = _address_cell_beside(sheet, label, lines)
    if beside is not None:
        return lines[0], beside, False
    return one_address(lines)


def _address_cell_beside(sheet: Sheet, label: Label, lines: list[str]) -> str | None:
    """'SET #1 | Wilson Creek Winery | 35960 Rancho California Rd, Temecula, CA 92591 | notes':
    a place label heading a row of cells, the place's name in the cell beside it and its whole
    address (a street and a postcode) in the next cell, no ADDRESS heading over the column. The
    label owns the name's cell only; the next cell is the address when no label starts it.
    None when the name's cell is itself an address, or the next cell is not a whole one."""
    owned = sheet.owned.get(label, [])
    if len(lines) != 1 or len(owned) != 1 or owned[0].below:
        return None
    if one_address(lines)[1] is not None or _loose_address(lines[0]):
        return None  # the cell beside the label is the address
    pc = owned[0]
    line = sheet.pages[pc.page].lines[pc.line]
    end = pc.start + len(pc.text.split())
    after = [(a, b) for a, b in runs(line) if a >= end]
    if not after:
        return None
    a, b = after[0]
    if any(
        o.page == pc.page and o.line == pc.line and o.start < b and o.end > a for o in sheet.labels
    ):
        return None  # another label's row cell
    cell = " ".join(w.text for w in line.words[a:b])
    # a street and a postcode; a numbered road's counts ('3601 S Highway 160, Pahrump, NV')
    numbered = bool(_NUMBER_FIRST.match(cell)) and bool(_postcodes(cell))
    if not (whole_address(cell) or numbered):
        return None
    _, address, _ = one_address([cell])
    return address


_NUMBER_FIRST = lazy(r"^\d{1,6}[a-zA-Z]?\s+[^\W\d_]")


def _row_continued(sheet: Sheet, label: Label, texts: list[str]) -> list[str]:
    """'Address | Castle Barracks | | Enniskillen BT74 7HL': a spreadsheet's ADDRESS row whose
    street fills its first cell and whose post town and postcode run on in a later cell of the
    same row (the column between left empty). The label owns the first cell only; the next cell
    of its row, when no label starts it and it is a town and postcode alone, is the address's
    next part. A cell of any other kind (a phone, a note, another label's value) stays out."""
    owned = sheet.owned.get(label, [])
    if len(texts) != 1 or len(owned) != 1 or owned[0].below or _postcodes(texts[0]):
        return texts
    if one_address(texts)[1] is not None or _loose_address(texts[0]):
        return texts  # '116 5th Ave N': the cell is an address of its own, kept as printed
    pc = owned[0]
    line = sheet.pages[pc.page].lines[pc.line]
    end = pc.start + len(pc.text.split())
    after = [(a, b) for a, b in runs(line) if a >= end]
    if not after:
        return texts
    a, b = after[0]
    if any(
        o.page == pc.page and o.line == pc.line and o.start < b and o.end > a for o in sheet.labels
    ):
        return texts  # another label's row cell
    cell = " ".join(w.text for w in line.words[a:b])
    first = texts[0].strip(" ,")
    street = bool(_TITLE_WORDS.match(first)) or _street_line(first)
    if not (street and _postcodes(cell) and _town_only(cell)):
        return texts
    return [f"{texts[0].strip(' ,')}, {cell}"]


def row_address(sheet: Sheet, label: Label) -> str | None:
    """'1  SET  Peace Center  300 S Main St, ...' under a table's 'NAME  ADDRESS  NOTES'
    headings: a place label opening a table's row gives the place's name beside it, and the
    cell of its row under the ADDRESS column heading is that place's address (the heading owns
    the column's cells, one per row's label). None when no ADDRESS heading over the label's
    rows owns a cell on its row right of it."""
    for a in sheet.labels:
        if a.kind != "address" or a.page != label.page or a.line >= label.line:
            continue
        if a.x0 <= label.x1:
            continue  # an address label left of the place's is its own row's, no column heading
        for pc in sheet.owned.get(a, []):
            if pc.below and pc.page == label.page and pc.line == label.line:
                return pc.text
    return None


_HOUSE_NUMBER = lazy(r"(?<![\w/])\d{1,5}[a-z]?(?:[-/]\d{1,5}[a-z]?)?(?![\w:.]\d)|\bs/n\b", re.I)


# A street corner: two streets' names, each capitalised, joined by the word for "and" or
# "corner of" ('Yaganes y Gobernador Paz', 'Av. Maipú y Lasserre', 'Hollywood Blvd & Vine
# St', 'Rua Augusta esq. Rua da Conceição'): how a place with no house number is given in
# Argentina and much of Latin America
_STREET_NAME = (
    r"[A-ZÁÉÍÓÚÑÜ][\w.'\u2019]*"
    r"(?:\s+(?:de|del|la|las|los|da|do|dos|das|[A-ZÁÉÍÓÚÑÜ0-9][\w.'\u2019]*)){0,3}"
)
_CORNER = lazy(
    rf"^(?:esquina\s+|corner\s+of\s+)?{_STREET_NAME}\s+(?:y|e|&|and|esq\.?|esquina(?:\s+con)?)\s+"
    rf"{_STREET_NAME}$"
)


def _loose_address(text: str) -> bool:
    """Words and a house number ('Mosebacke torg 1-3, 116 46 Stockholm', 'Plaza de San
    Miguel, s/n'), or a street corner alone ('Yaganes y Gobernador Paz'): under an ADDRESS
    label, that is the address, whatever the country's form. Not a phone number or a time
    alone."""
    if find_phones(text, "US") and not re.search(r"[^\W\d_]{3}", without_phones(text, "US")):
        return False
    if _CORNER.match(text.strip(" ,")) and find_time(text) is None:
        return True
    return bool(_HOUSE_NUMBER.search(text)) and bool(re.search(r"[^\W\d_]{3}", text))


_SCENE_HEADING = lazy(r"^(?:INT|EXT|I/E|WN|PL)\b\.?", re.I)
# A line that opens with dot leaders or a clock time ("06:00 EXT. PERISTYLE", ". . . 6.00 INT.
# PALACE", "5:00 AM Set") is a schedule row read under the place's label, never an address.
_SCHEDULE_ROW = lazy(
    r"^\s*(?:(?:\.\s*){2,}|…)|^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?=\s+\D)", re.I
)


def _clean(lines: list[str], region: str | None) -> list[str]:
    """Drop phones, e-mails and scene headings ('INT. KITCHEN' under a SET column); Polish
    "PL." (plener) is also "pl." (plac): a line that reads as an address stays."""
    return [
        t
        for t in lines
        if not find_phones(t, region or "US")
        and "@" not in t
        and not (_SCENE_HEADING.match(t) and _address_score(t) < _ADDRESS_MIN)
        and not _SCHEDULE_ROW.match(t)
    ]


# A set's number and the part of the day it is used in, beside its label: 'LOCATION 1 (AM)',
# 'LOCATION 1 - MORNING', 'LOKACJA 2 (popołudnie)' on a split day with a company move
_PART_OF_DAY = lazy(
    r"^#?\d{1,2}\s*(?:\(\s*|[-\u2013\u2014:]\s*)(?:a\.?m\.?|p\.?m\.?|morning|afternoon|evening"
    r"|night|rano|przedpołudni\w*|popołudni\w*|wiecz\w+)(?![\w.])",
    re.I,
)


def _part_of_day(piece: Piece) -> bool:
    """A piece beside a place label that is the set's number and its part of the day is part of
    the label; the place is under it."""
    return not piece.below and bool(_PART_OF_DAY.match(piece.text))


# the rest of a heading joined to a place's label: 'LOCATION & MAP', 'SET AND DIRECTIONS'
_JOINED = lazy(r"^(?:&|\+|and|und|et|y|e|en|og|och|i)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?$", re.I)


def _joined_heading(sheet: Sheet, label: Label, piece: Piece) -> bool:
    """'LOCATION & MAP' over the set's name and address: the words joined to the label by '&'
    or 'and' on a heading in capitals are the heading's, not the place."""
    if piece.below or piece.page != label.page or piece.line != label.line:
        return False
    line = sheet.pages[label.page].lines[label.line].text
    letters = [c for c in line if c.isalpha()]
    return bool(_JOINED.match(piece.text.strip())) and all(c.isupper() for c in letters)


# A table's column headings read as a place's name: a question word alone ('TIME  WHERE  WHAT',
# 'WHO  WHEN'), or two or more words that head a list of people ('# NÄYTTELIJÄ / ARTIST
# ROOLI / ROLE  NOUTO  MASKI'), in capitals with no digit
_QUESTION = lazy(
    r"^(?:what|who|when|why|how|qu[ée]|qui[ée]n|cu[áa]ndo|c[óo]mo|quoi|qui|quand|was|wer|wann"
    r"|co|kto|kiedy|cosa|chi|quando|o\s+qu[êe]|wat|wie|wanneer|hvad|hvem|hvornår|vad|vem|när)\??$",
    re.I,
)
_PEOPLE_COLUMN = lazy(
    r"(?<!\w)(?:name|names|role|roles|character|cast|artist|actor|actress|talent|phone|mobile"
    r"|nombre|personaje|actriz|elenco|nom|rôle|personnage|comédien|nome|personaggio|attore"
    r"|rolle|darsteller|imię|rola|postać|aktor)(?!\w)",
    re.I,
)
PEOPLE_COLUMNS = 2


STREET_ONLY = 0.6  # a place's road with no number or postcode: a person checks it
# a road's number in brackets after its name: 'Emirates Road (E11)', 'Glen Etive Rd (A82)'
_ROAD_NO = lazy(r"\s*\((?:[A-Z]{1,2}-?\d{1,4})\)")
_TOWN_ALONE = lazy(r"^[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,3}$")


def _road_line(lines: list[str]) -> int | None:
    """Under a place's name, the index of the line that names a road for sure (its road
    number in brackets aside)."""
    for i in (1, 2):
        if i >= len(lines):
            break
        street, sure = street_line(_ROAD_NO.sub("", lines[i]))
        if street and sure and find_time(lines[i]) is None:
            return i
    return None


def _street_under_name(lines: list[str]) -> str | None:
    """Under a place's name read with no address, the line that names a road for sure, with
    the town alone on the line after it."""
    i = _road_line(lines)
    if i is None:
        return None
    out = lines[i].strip(" ,")
    town = lines[i + 1].strip(" ,") if i + 1 < len(lines) else ""
    return f"{out}, {town}" if _TOWN_ALONE.match(town) else out


def road_trust(lines: list[str]) -> float:
    """How far the road under a place's name is trusted as its address: a road in a city the
    reader knows, printed on the line under it ('Rue Saint-Germain' / 'Île de Gorée, Dakar'),
    is the whole address where the post uses no postcodes or house numbers; a road alone is
    checked by a person."""
    i = _road_line(lines)
    town = lines[i + 1].strip(" ,") if i is not None and i + 1 < len(lines) else ""
    return STREET_IN_CITY if _city_line(town) else STREET_ONLY


STREET_IN_CITY = 0.9  # a road with the known city it is in on the line under it


def _city_line(text: str) -> bool:
    """'Île de Gorée, Dakar', 'Dakar-Plateau, Dakar': place names, the last a city the reader
    knows (the sun's gazetteer), no digit."""
    parts = [p.strip() for p in text.split(",")]
    if not text or any(c.isdigit() for c in text) or len(parts) > 3:
        return False
    return all(_PLACE_WORDS.match(p) for p in parts) and known_city(parts[-1])


_PLACE_WORDS = lazy(r"^[^\W\d_][\w'\u2019-]*(?:\s[\w'\u2019-]+){0,3}$")


def _name_and_address(
    sheet: Sheet, h: Label, pieces: list[Piece], lines: list[str], kind: str, warns: list[str]
) -> tuple[str | None, str | None, bool, float] | None:
    """The place's name and address under a label, whether two addresses ran together, and
    the most its reading may be trusted; None when the lines are a table's column headings.
    With no address read, the road under the name is the address ('Dhayah Fort' / 'Al
    Dhayah, off Emirates Road (E11)' / 'Ras Al Khaimah': where no house numbers or postcodes
    are in use, the road is the address), in doubt."""
    name, address, cut = _named_address(sheet, h, lines)
    if name is None and address is not None:
        name, address = _scene_before_place(address)
    if address is None and (below := _address_under_inline(sheet, h, pieces)) is not None:
        name, address = lines[0], below
    if address is not None:
        return name, address, cut, 1.0
    # 'Powerscourt House' / 'Powerscourt Estate' / 'Enniskerry, Co. Wicklow': no street
    road = _street_under_name(lines) or locality_over_county(lines)
    if road is not None:
        trust = road_trust(lines)
        if trust < STREET_IN_CITY:
            warns.append(f"{kind}: a road with no house number or postcode under the name")
        return lines[0], road, cut, trust
    return None if _column_headings(lines[0]) else (name, None, cut, 1.0)


def _column_headings(text: str) -> bool:
    """A line read as a place that is a table's column headings (a question word alone, or
    the headings of a list of people in capitals), never a place."""
    text = text.strip(" #:")
    if _QUESTION.match(text):
        return True
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or re.search(r"\d", text):
        return False
    return len({m.lower() for m in _PEOPLE_COLUMN.findall(text)}) >= PEOPLE_COLUMNS


CARD_LINE = 0.5  # address_score of a short line that is a street and number or a postcode
CARD_WORDS = 4


def _card_lines(pieces: Sequence[Piece]) -> bool:
    """'GDZIE' over a card: a long name ('Muzeum Przemysłu Naftowego i Gazowniczego im. I.
    Łukasiewicza'), then short lines of its street and postcode, not a paragraph."""
    return any(
        len(p.text.split()) <= CARD_WORDS and address_score(p.text) >= CARD_LINE
        for p in pieces[1:3]
    )


def places(sheet: Sheet, kind: str) -> tuple[list[tuple[Place, float]], list[str]]:
    """Every place named under a label of ``kind``, the primary first.

    Numbered sets come in their order; then an address beats a bare name, and a stronger label
    a weaker one (a scene table's LOCATION column does not outrank a 'Set Location' address).
    """
    found: list[tuple[tuple[bool, float, bool, float, int], Place, float]] = []
    warns: list[str] = []
    paired = set(sheet.address_of.values())
    labelled = [h for h, _ in sheet.of(kind)]
    unread: list[Label] = []  # numbered labels that gave no place
    for order, (h, pieces) in enumerate(sheet.of(kind)):
        if h.number is not None and h not in paired:
            unread.append(h)  # until a place is read under it
        if (
            h.phrase in L.HEADING_ONLY
            and pieces
            and len(pieces[0].text.split()) >= PROSE_WORDS
            and not address_only(pieces[0].text)
            and not _card_lines(pieces)
        ):
            continue  # "Where" over a paragraph: the running text names the set (prose.py)
        lines = _clean(with_patrons(_texts(pieces)), None)
        if lines and (_part_of_day(pieces[0]) or _joined_heading(sheet, h, pieces[0])):
            lines = _clean(_aligned_below(sheet, h, 5), None)  # 'LOCATION 1 (AM)' / set below
        # 'SET 1  0800-1330' over the set: the hours beside the label are not a place
        lines = _clean(place_beside_hours(sheet, h, pieces), None) or lines
        items = _listed(lines)
        lines = items[0] if items else lines
        if not lines and h in sheet.address_of and pieces:
            # 'LOCATION  INT. GALLERY - Terra Kulture' / 'ADDRESS  1376 ...': the set named by
            # its scene heading, its address under its own label
            lines = [pieces[0].text]
        if not lines or h in paired:
            continue
        if kind == "location" and (h := _this_units(sheet, h)) is None:
            continue
        read = _name_and_address(sheet, h, pieces, lines, kind, warns)
        if read is None:
            continue  # 'TIME  WHERE  WHAT', '# ACTOR / ARTIST  ROLE': a table's headings
        name, address, cut, cap = read
        penalty = ABOVE_BELOW_PENALTY if pieces[0].below else 1.0
        if pieces[0].below and _tile_in_two_languages(sheet, h):
            # 'PLAN' over 'SET' heading a tile: two languages' words for the set agree
            h = replace(h, quality=max(h.quality, L.LOCATION["location"]))
        label_quality = _place_label_quality(h, address)
        quality = base = min(cap, label_quality * penalty)
        if cut:
            quality = min(quality, 0.6)
            warns.append(f"{kind}: two addresses ran together; kept the first")
        place = Place(name, address) if address else Place(lines[0], lines[0])
        quality *= 1.0 if address else NAME_ONLY
        paired_to = h in sheet.address_of
        if (
            address
            and (note := _street_doubt(sheet, kind, lines, name, address, paired_to)) is not None
        ):
            quality = min(quality, NAME_ONLY)  # no street read: a person checks the place
            warns.append(note)
        if address and h not in sheet.address_of and _skipped_address(lines, address):
            quality = min(quality, NAME_ONLY)  # the set's own address line was not read
            warns.append(f"{kind}: an address line under the label was not read; took a later one")
        if address and _across_cells(sheet, pieces, address):
            quality = min(quality, NAME_ONLY)  # two columns' text read as one line
            warns.append(f"{kind}: the address ran across two columns of a table")
        unread = [u for u in unread if u is not h]
        number = h.number if h.number is not None else _first_of_numbered(h, labelled)
        if _after_a_time(sheet, h):
            if address is None and _headed_elsewhere(sheet, h, labelled):
                # '7:00 AM  LOC 1  Unit call, tech scout' under 'LOC 1 - 7:00 AM' heading the
                # set's name and address: the row points to that set, its words are the work
                continue
            number = 99  # '0900 Set 1: kitchen': the running order's row, no set's heading
        # tomorrow's or another unit's set comes after today's
        later = sheet.tomorrow(h) or _location_unit(sheet, h)
        rank = _rank(sheet, address, quality)
        if quality == base and label_quality == VOUCHED and _named_as_labelled(h, name):
            # ranked as the generic label it is; read as surely as under a place's own label
            quality = min(cap, penalty)
        found.append(((later, number, address is None, -rank, order), place, quality))
        found += _moves(items[1:], (later, number, rank, order), quality)
    found = _address_over_rooms(found, labelled)
    found.sort(key=lambda f: f[0])
    first = found[0][0] if found else None
    # the label the set was read under, when it prints its own number ('Location 2 (PM)')
    taken = labelled[first[4]].number if first is not None and not first[0] else None
    skipped = [h for h in unread if taken and h.number < taken and not sheet.tomorrow(h)]
    if skipped:
        # 'Location 1' read nothing and 'Location 2 (after lunch)' gave the set: the day's
        # first set is not the one read
        found[0] = (first, found[0][1], min(found[0][2], NAME_ONLY))
        warns.append(f"{kind}: set {skipped[0].number} was not read; took a later set's place")
    out: list[tuple[Place, float]] = []
    for _, place, quality in found:
        if all(p.address != place.address for p, _ in out):
            out.append((place, quality))
    return out, warns


_GLOSS_X = 12.0  # points: a tile's heading in two languages starts both words within this
# every word for the set a tile may be headed by, generic ones too ('PLAN', 'SET', 'OBIEKT')
_SET_WORDS = frozenset(L.LOCATION) | frozenset(L.WEAK["location"])


def _tile_in_two_languages(sheet: Sheet, h: Label) -> bool:
    """'PLAN' over 'SET', 'OBIEKT' over 'LOCATION': a generic word for the set alone in its
    run, flush under another word for the set alone in its own run on the line just above
    (the tile's heading, then its gloss in a second language, smaller). Two languages name
    the field: the generic word heads the set as surely as 'Location' (the Polish 'PLAN'
    alone is no label: 'PLAN ZDJĘCIOWY' and 'Plan dnia' name the sheet)."""
    if h.quality >= L.LOCATION["location"] or h.line == 0:
        return False
    lines = sheet.pages[h.page].lines
    line = lines[h.line]
    if (h.start, h.end) not in runs(line):
        return False
    above = lines[h.line - 1]
    height = h.bottom - h.top
    if h.top - above.bottom > 1.2 * max(height, above.bottom - above.top):
        return False
    for a, b in runs(above):
        if abs(above.words[a].x0 - h.x0) > _GLOSS_X:
            continue
        text = norm(" ".join(w.text for w in above.words[a:b])).rstrip(":").strip()
        return text in _SET_WORDS and text != h.phrase
    return False


def _streetless(sheet: Sheet, kind: str, address: str) -> str | None:
    """Why an address read names no street (a rural address's units, a town and postcode
    alone), None when it names one."""
    if _rural(address):
        return f"{kind}: a rural address (house, parish, municipality; or a road), no street"
    if _town_only(address) and not _unnumbered_street(sheet, address):
        return f"{kind}: only a town and postcode read, no street"
    return None


def _rank(sheet: Sheet, address: str | None, quality: float) -> float:
    """The quality a place is ranked by among several: a one-word street of the code's own
    country ('Saksunarvegur, FO-436 Saksun', _own_compound) makes its place surer, never the
    first of several: it keeps the rank a town and postcode alone gave it."""
    if address and _town_only(address) and not _unnumbered_street(sheet, address, compound=False):
        return min(quality, NAME_ONLY)
    return quality


def other_units_lines(sheet: Sheet) -> frozenset[tuple[int, int]]:
    """(page, line) of the place lines another unit's reference label gives on this unit's
    sheet ('Main unit: DeSoto House, 230 S Main St' on a SPLINTER UNIT's sheet): the label's
    own line and its pieces' lines, which no reading of this sheet's set may take."""
    out = set()
    for h, pieces in sheet.of("location"):
        if main_units_on_another(sheet, h):
            out.add((h.page, h.line))
            out.update((pc.page, pc.line) for pc in pieces)
    return frozenset(out)


def _location_unit(sheet: Sheet, label: Label) -> bool:
    """'LOCATION UNIT' heading a block on a studio day: the location unit is another unit,
    shooting elsewhere with its own call; the place under it is not the main unit's set (a
    'Location unit base' is a base, read under its own label)."""
    words = sheet.pages[label.page].lines[label.line].words
    if label.end >= len(words) or norm(words[label.end].text) not in ("unit", "units"):
        return False
    after = norm(words[label.end + 1].text) if label.end + 1 < len(words) else ""
    return after not in ("base", "parking")


def _address_over_rooms(found: list, labelled: list[Label]) -> list:
    """'MIEJSCE ZDJĘĆ: Muzeum ..., ul. Dworna 22c, 18-400 Łomża' over 'Obiekt 1: sala
    wystawowa' and 'Obiekt 2: dziedziniec': numbered sets that give no address, under a bare
    label that gives one, are rooms of that place: the address is the day's set."""
    numbered = [f for f in found if not f[0][0] and f[0][1] < BARE_LAST]
    if not numbered or any(not f[0][2] for f in numbered):
        return found  # a numbered set gives its own address: the sets' order stands
    top = min((labelled[f[0][4]].page, labelled[f[0][4]].line) for f in numbered)
    heads = [
        f
        for f in found
        if not f[0][0]
        and f[0][1] == BARE_LAST
        and not f[0][2]
        and (labelled[f[0][4]].page, labelled[f[0][4]].line) < top
    ]
    if len(heads) != 1:
        return found
    key = heads[0][0]
    return [((k[0], 0, *k[2:]), p, q) if k is key else (k, p, q) for k, p, q in found]


BARE_LAST = 99  # a bare label's place among numbered sets (_first_of_numbered)


def _across_cells(sheet: Sheet, pieces: list[Piece], address: str) -> bool:
    """The address read from a line under the label that joins runs split by a column gap
    ('Gallery 1 and the Abbott St      Cairns City QLD 4870': a set's note in one column, the
    town in the next, apart by more than a word space): the line is two cells, so the address
    is not one place's."""
    for pc in pieces:
        if not pc.below or pc.text not in address:
            continue
        line = sheet.pages[pc.page].lines[pc.line]
        end = pc.start + len(pc.text.split())
        if any(pc.start < a < end for a, _ in runs(line)):
            return True
    return False


def _street_doubt(
    sheet: Sheet,
    kind: str,
    lines: list[str],
    name: str | None,
    address: str,
    paired: bool = False,
) -> str | None:
    """Why an address with no street read is doubted (a rural address's units or road, a town
    and postcode alone: kept for a person, who can tell where a route ends); None when it
    names its street, or when a place's name heads a village and post town, on the line above
    or before it on its line ('Whinlatter Forest Visitor Centre, Braithwaite, Keswick CA12
    5TW'): the name finds the place, whether the bare word is its village or its street. The
    same holds for a name in its own labelled row over the ADDRESS row its label is ``paired``
    with ('Location | Enniskillen Castle' over 'Address | Castle Barracks | Enniskillen ...')."""
    named = _named_just_above(lines, name, address) or _named_in_front(address)
    named = named or (paired and bool(name) and norm(name or "") not in norm(address))
    if name and _sure_street(name):
        # 'Links Road' read as the name over 'Bamburgh Castle, Bamburgh NE69 7DF': a street
        # for sure names no place, it is the address's own street line, unread
        named = False
    if (note := _streetless(sheet, kind, address)) is not None:
        # a rural address under its place's name (rural_named.py); a town and postcode alone
        # stay doubted, named or not: the street may be printed elsewhere with its number
        return None if _rural(address) and named_rural_place(address, named) else note
    if _no_street_shown(address) and not named:
        return f"{kind}: no street read, only a place's name before the post town"
    return None


def _sure_street(text: str) -> bool:
    """'Links Road', 'Castle Street': a street for sure by its street word, with no number."""
    return street_line(text)[1] and not re.search(r"\d", text)


def _named_in_front(address: str) -> bool:
    """'Whinlatter Forest Visitor Centre, Braithwaite, Keswick CA12 5TW': a name with no
    number before the address, on its line, after which a comma opens the address."""
    found = find_address(address)
    if found is None or found.start == 0:
        return False
    before = address[: found.start].rstrip()
    return (
        before.endswith(",")
        and len(before.strip(" ,").split()) >= 2
        and not re.search(r"\d", before)
    )


def _named_just_above(lines: list[str], name: str | None, address: str) -> bool:
    """'The Commandery' / 'Sidbury, Worcester WR1 2HU': the place's name on the line right above
    its address, nothing between them left unread. The name, the town and the postcode find the
    place whether the bare word is its street or its village (a premises name and a locality)."""
    at = next(
        (i for i, t in enumerate(lines) if t.strip(" ,") and address.startswith(t.strip(" ,"))),
        None,
    )
    return bool(name) and at is not None and at >= 1 and lines[at - 1].strip(" ,") == name


def _headed_elsewhere(sheet: Sheet, h: Label, labelled: list[Label]) -> bool:
    """Another label of the same set number, no running order's row, heads that set."""
    return h.number is not None and any(
        g is not h and g.number == h.number and not _after_a_time(sheet, g) for g in labelled
    )


def _after_a_time(sheet: Sheet, h: Label) -> bool:
    """The label follows a time alone on its line ('0900  Set 1: gallery', '14.30 Location 2
    -'): a row of the day's running order that points to a set, ranked after the places that
    the sheet heads as its sets (its number counts the rows, not the sets)."""
    line = sheet.pages[h.page].lines[h.line]
    words = line.words[: h.start]
    if not words:
        return False
    if _ROW_TIME.match(" ".join(w.text for w in words)):
        return True
    # '8:30a | Challenge rehearsal | SET #1 | Host, stand-ins': the running order's TIME /
    # SEGMENT / WHERE columns, the label in a later cell of a row its time opens
    cells = runs(line)
    first = cells[0] if cells else (0, 0)
    return (
        len(cells) >= 3
        and first[1] < h.start
        and bool(_ROW_TIME.match(" ".join(w.text for w in line.words[first[0] : first[1]])))
    )


# a clock time, 24-hour ones also without a colon ('0900'), or a span of two
_ROW_TIME = lazy(
    r"^(?:\d{1,2}[:.]\d{2}|[01]\d[0-5]\d|2[0-3][0-5]\d)(?:\s*[ap]\.?(?:m\.?)?)?"
    r"(?:\s*[-\u2013]\s*(?:\d{1,2}[:.]\d{2}|[01]\d[0-5]\d|2[0-3][0-5]\d)(?:\s*[ap]\.?(?:m\.?)?)?)?$",
    re.I,
)


# a list's number opening a line in one cell: '1) Plaza ...', '(2) ...', '#1 ...', and a
# Word outline's lettered sub-items under a numbered heading: 'a) Port rybacki, ...', '(b) ...'
_LIST_MARK = lazy(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\)|#\d{1,2}\b|\(?[a-hA-H]\))\s*")


def _listed(lines: list[str]) -> list[list[str]]:
    """'1) Plaza Theatre, 125 W Mills Ave, ...' / '2) (after lunch) San Jacinto Plaza, ...', or
    'a) Port rybacki, ul. Portowa 1, ...' / 'b) plaża (po obiedzie)': a numbered or lettered
    list of places in one cell, each item's lines with its mark taken off (a line with no mark
    runs on the item above). The first is the day's set, the later ones are moves. Lines that
    open with no mark are one item, as printed."""
    if not lines or not _LIST_MARK.match(lines[0]):
        return [lines] if lines else []
    items: list[list[str]] = []
    for t in lines:
        if _LIST_MARK.match(t):
            items.append([_LIST_MARK.sub("", t, count=1)])
        else:
            items[-1].append(t)
    for item in items:
        name, comma, rest = item[0].partition(",")
        if comma and _named_street(rest.strip()):
            item[:1] = [name.strip(), rest.strip()]
    return items


def _named_street(text: str) -> bool:
    """'125 W Mills Ave, ...', 'ul. Portowa 1, 84-140 Jastarnia': the part after a list item's
    first comma opens on the numbered street (its name before it is the place's name)."""
    if re.match(r"\s*\d", text):
        return _reads_as_address(text)
    return bool(_STREET_PREFIX_FIRST.match(text)) and _reads_as_address(text)


# a street type written before the name opens the text: 'ul. Portowa 1', 'Via Roma 12'
_STREET_PREFIX_FIRST = lazy(
    r"^(?:"
    + "|".join(re.escape(w) for w in sorted(STREET_PREFIXES, key=len, reverse=True))
    + r")\.?\s+[^\W\d_]",
    re.I,
)


def _moves(
    items: list[list[str]], at: tuple[bool, float, float, int], quality: float
) -> list[tuple[tuple[bool, float, bool, float, int], Place, float]]:
    """'b) Cypel Helski (wieczór)': a list's later sets, ranked right after its first (``at``:
    the first's tomorrow mark, number, rank and label order), never surer than a name alone."""
    later, number, rank, order = at
    out = []
    for i, item in enumerate(items, 1):
        name, address, _ = one_address(item)
        place = Place(name, address) if address else Place(item[0], item[0])
        key = (later, number + i / 100, address is None, -rank, order)
        out.append((key, place, min(quality, NAME_ONLY)))
    return out


def _skipped_address(lines: list[str], address: str) -> bool:
    """'Palacio' / 'Calle Sin Forma 3, 50004 Zaragoza' (unread) / ... / 'Av. de Madrid 2,
    50004 Zaragoza': a line between the name and the address read that has a postcode or an
    's/n' of its own is the set's address in a form not read ('Halle 12', '3e étage' are a
    building's parts, no address); the one read lower down
    may be the base's or the parking's, run on under the same label."""
    at = next(
        (i for i, t in enumerate(lines) if t.strip(" ,") and address.startswith(t.strip(" ,"))),
        None,
    )
    if at is None or at < 2:
        return False
    return any(
        _postcodes(t) or _CODE_AND_TOWN.search(t) or _NO_HOUSE_NUMBER.search(t) for t in lines[1:at]
    )


# ', 45002 Toledo', ', 00-950 Warszawa', ', 1100-148 Lisboa': a continental postcode and its town
_CODE_AND_TOWN = lazy(r",\s*(?:\d{5}|\d{2}-\d{3}|\d{4}-\d{3})\s+[A-ZÀ-Þ][^\W\d_]+")


# 's/n', 'S/N' (sin / sem número), Italian 'snc': a street's mark where it has no number
_NO_HOUSE_NUMBER = lazy(r"(?<![\w/])(?:s/n|snc)(?![\w/])|\bsin\s+n[úu]mero\b", re.I)


def _first_of_numbered(h: Label, labelled: list[Label]) -> int:
    """'Místo natáčení' then, lower on the page, 'Místo natáčení 2': the same label printed
    bare above its second counts as the first (1); any other bare label comes after every
    numbered one (99)."""
    same = [o for o in labelled if o.phrase == h.phrase and o.page == h.page]
    numbers = {o.number for o in same if o.number is not None}
    second = [o for o in same if o.number == 2]
    if 1 not in numbers and second and all(o.line > h.line for o in second):
        return 1
    return 99


# a scene heading up to a dash opening a place's line: "WN. HALA GŁÓWNA - Hala Stulecia, ul. ..."
_SCENE_LEAD = lazy(r"^\s*(?:INT|EXT|I/E|E/I|WN|PL|PLE)\b\.?[^\n]*?\s[-\u2013\u2014]\s+", re.I)


def _scene_before_place(text: str) -> tuple[str | None, str]:
    """'WN. HALA GŁÓWNA \u2013 Hala Stulecia, ul. Wystawowa 1, 51-618 Wrocław': the scene's set
    heading the line is the place's name, not part of its address (as on a line of its own)."""
    lead = _SCENE_LEAD.match(text)
    found = next(iter(find_addresses(text)), None)
    if lead is None or found is None or found.start < lead.end():
        return None, text
    return text[: lead.end()].strip(" -\u2013\u2014"), text[lead.end() :].strip(" ,")


def _aligned_below(sheet: Sheet, label: Label, most: int) -> list[str]:
    """The lines right under a label's line that start where it starts, with no line gap
    between them and no other label in them; at most ``most``."""
    lines = sheet.pages[label.page].lines
    here = lines[label.line]
    out: list[str] = []
    for k in range(label.line + 1, min(label.line + 1 + most, len(lines))):
        nxt = lines[k]
        height = max(here.bottom - here.top, 1.0)
        run = next((r for r in runs(nxt) if abs(nxt.words[r[0]].x0 - label.x0) <= 8), None)
        if nxt.top - here.bottom > 1.2 * height or run is None:
            break
        if any(
            o.page == label.page and o.line == k and run[0] <= o.start < run[1]
            for o in sheet.labels
        ):
            break
        out.append(" ".join(w.text for w in nxt.words[run[0] : run[1]]))
        here = nxt
    return out


def _address_under_inline(sheet: Sheet, label: Label, pieces: list[Piece]) -> str | None:
    """'LOCATION: The Rookery Building' over '209 S LaSalle St, Chicago, IL 60604': a place
    named beside its label, its address alone on the next line, starting under the label and
    owned by no other label, is the place's address."""
    if len(pieces) != 1 or pieces[0].below or pieces[0].page != label.page:
        return None
    below = _aligned_below(sheet, label, 1) if label.start == 0 else []
    if not below:
        return None
    _, address, cut = one_address(below)
    return None if cut else address


def _this_units(sheet: Sheet, label: Label) -> Label | None:
    """A set label as this sheet's unit reads it: None for another unit's set ('Main unit:
    DeSoto House' on a 2nd unit's sheet, '2ND UNIT LOCATION' on the main unit's); '2ND UNIT
    LOCATION' on a sheet banded '2ND UNIT' is its own set, at the label's full weight."""
    if main_units_on_another(sheet, label):
        return None
    if not unit_named(sheet.pages[label.page].lines[label.line], label):
        return label
    if not names_the_sheets_unit(sheet, label):
        return None
    return replace(label, quality=L.KINDS["location"].get(label.phrase, label.quality))


def _place_label_quality(label: Label, address: str | None) -> float:
    """A generic word ('SET', 'Main Unit:') is a place's label for sure once it owns a whole
    address (street and postcode): the doubt was whether the word heads a place at all."""
    if address is None or label.quality >= VOUCHED:
        return label.quality
    found = find_address(address)
    whole = found is not None and found.postcode is not None and found.street is not None
    # ... or the continental shape: a numbered street, a comma, the postcode and the town
    whole = whole or _continental(address)
    return VOUCHED if whole or street_town_address(address, named=True) else label.quality


def _named_as_labelled(label: Label, name: str | None) -> bool:
    """'STUDIO' over 'Gold Coast Studios' and its whole address: the place's own name says
    what the generic label word says, so the word heads this place, no other thing ('Studio:
    Northwind Television', a company). Asked of a label the address already vouched for."""
    phrase = norm(label.phrase)
    if not name or label.quality >= VOUCHED or " " in phrase or len(phrase) < 4:
        return False
    stem = phrase.rstrip("s")
    words = [norm(w).rstrip("s") for w in name.split()]
    return len(words) > 1 and stem in words


# The mark of a street with no house number where the number stands: Serbian, Croatian,
# Bosnian, Montenegrin and Macedonian "bb" and its Cyrillic spelling (bez broja, without a
# number), Spanish and Portuguese "s/n" (sin / sem número): 'Kujundžiluk bb', 'Praza do
# Obradoiro s/n'
NO_HOUSE_NUMBER = "(?:bb|BB|\u0431\u0431|\u0411\u0411|s/n|S/N)"
_NO_NUMBER_END = lazy(rf"\s{NO_HOUSE_NUMBER}$")


# The continental shape whatever the country's street words: a street and its house number,
# a comma, maybe a district, then a 4-6 digit postcode and its town ("Vigadó tér 2, 1051
# Budapest", "Str. Benjamin Franklin 1-3, Sector 1, 010171 București", "bul. Bulgaria 1, 1463
# Sofia"); the street's name may stand in quotes ('ул. „Дякон Игнатий“ 5, 1000 София')
_CONTINENTAL = lazy(
    r"(?:^|[\s\-\u2013\u2014:])(?:[\u201e\u201c\u00ab\"]?[^\W\d_][\w.'\u2019-]*[\u201c\u201d\u00bb\"]?\s){1,5}"
    rf"(?:\d{{1,4}}[a-zA-Z]?(?:[-/]\d{{1,4}}[a-zA-Z]?)?|{NO_HOUSE_NUMBER}),"
    r"\s(?:[^,\d]{2,25}(?:\s\d{1,2})?,\s)?(?:\d{4,6}|\d{3}\s\d{2})\s[^\W\d_]{2,}"
)


def continental_address(text: str) -> bool:
    """'Slotspladsen 4, 9000 Aalborg': a numbered street, a comma, a postcode and its town."""
    return _continental(text)


def _continental(text: str) -> bool:
    """The continental shape, with no label word in it ("Crew Call 7, 0630 Lunch" is times)."""
    m = _CONTINENTAL.search(text)
    words = set(re.findall(r"[^\W\d_]+", m.group().lower())) if m else set()
    return m is not None and not words & (LABEL_WORDS | L.STOP_WORDS)


def _reads_as_address(text: str) -> bool:
    """An address by its score, or a street and a postcode apart ("James's St, Dublin 8, D08
    NHY1": a district number between town and Eircode), or the continental shape."""
    if _address_score(text) >= _ADDRESS_MIN or _continental(text):
        return True
    found = find_address(text)
    return found is not None and found.street is not None and bool(_postcodes(text))
