# ruff: noqa: RUF001, RUF003  (Armenian letters: the script is meant)
"""A street line followed by a town line makes one address, whatever the country's form.

Call sheets stack a set's address the way an envelope does: the place's name, its street
('Vasilissis Olgas Ave 1', '3-5-1 Marunouchi', 'Route de Marrakech', 'Al Fahidi St'), then its
town with or without a postcode ('105 57 Athens', 'Ouarzazate 45000', 'Chiyoda-ku, Tokyo
100-0005', 'Bur Dubai, Dubai'). Neither line alone need read as an address; the pair does. Pure.
"""

from __future__ import annotations

import re

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.address_parts import (
    COUNTRY_AFTER_CODE,
    FRENCH_TYPES,
    LABEL_WORDS,
    STREET_PREFIXES,
    STREET_SUFFIXES,
    find_postcodes,
)
from pipeline.extract.reader.addresses import address_score, find_address
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.values import find_time

# a capitalised word (Latin Extended-A holds Turkish, Polish and Czech capitals; Greek and
# Cyrillic capitals: '105 57 Αθήνα', '1000 София'; Georgian script has no capitals: '0108
# თბილისი'; Armenian capitals: 'Գյումրի 3101'), hyphens and a slash inside it ('Chiyoda-ku',
# 'Beyoğlu/İstanbul')
_TOWN_WORD = (
    r"(?:[A-ZÀ-ÖØ-Þ\u0100-\u017f\u0386-\u03ab\u0400-\u042f\u0531-\u0556\u10d0-\u10fa][^\W\d_]+"
    r"(?:[-/][^\W\d_]+)*"
    # capitals joined by an ampersand: 'V&A Waterfront' (Cape Town), 'P&O Ferries Terminal'
    r"|[A-Z]{1,3}&[A-Z]{1,3})"
)
_TOWN = rf"{_TOWN_WORD}(?:\s{_TOWN_WORD}){{0,3}}"
# postcodes by their digit shapes: 105 57, 45000, 00-950, 100-0005 (Japan), 1051, 01037-010
# (Brazil's CEP), 400 050 (India's PIN in two groups)
POSTCODE = r"\d{3}\s?\d{2}|\d{4,6}|\d{2}-\d{3}|\d{3}-\d{4}|\d{5}-\d{3}|[1-9]\d{2} \d{3}"
# Danish postal districts after the town: '8000 Aarhus C', '1620 København V', '2100 København Ø'
_DISTRICT_LETTERS = r"(?:\s(?:[CKVNSMØ]|SV|NV|NØ|SØ))?"
# ... the code after the district and the city where the region closes the line (PHLPost:
# 'Intramuros, Manila, 1002 Metro Manila'); the region may be abbreviated (Correos de México:
# 'Centro, 72000 Puebla, Pue.', 'Col. Americana, 44160 Guadalajara, Jal.')
_CODE_FIRST = lazy(
    rf"^(?:{_TOWN},\s*){{0,2}}(?P<code>{POSTCODE})\s+{_TOWN}{_DISTRICT_LETTERS}(?:,\s*{_TOWN}\.?)?$"
)
# 'São Paulo - SP, 01037-010', 'Mumbai - 400 050': a dash between the town and its state or code;
# up to two districts before the town ('Silo District, V&A Waterfront, Cape Town, 8001'); the
# country may close the line ('Masterton 5810 New Zealand')
_CODE_LAST = lazy(
    rf"^(?:{_TOWN}(?:,|\s[-\u2013])\s*){{0,2}}{_TOWN},?\s+(?:[-\u2013]\s+)?(?:{POSTCODE})"
    rf"(?:,\s*{_TOWN}|,?\s+{COUNTRY_AFTER_CODE})?$"
)
# 'Bur Dubai, Dubai': no code; Irish 'Sligo, Co. Sligo', 'Dingle, County Kerry' (the town and
# its county: Irish addresses often print no Eircode), the village or townland before the post
# town ('Dooagh, Achill Island, Co. Mayo'; An Post: locality, post town, county)
_DISTRICT_TOWN = lazy(
    rf"^(?:{_TOWN},\s*)?{_TOWN},\s*(?:Co\.?|County)\s{_TOWN_WORD}$|^{_TOWN},\s*{_TOWN}$"
)
# a town and its postal district number before a postcode that ends the line ('Dublin 2, D02
# X8X8'): the number is the district's, not a house's
_TOWN_DISTRICT = lazy(rf"^{_TOWN_WORD}(?:\s{_TOWN_WORD})?\s\d{{1,2}}$")
_NUMBER_FIRST = lazy(r"^\d{1,5}(?:-\d{1,5}){0,3}[a-z]?,?\s+[^\W\d_]{3}", re.I)
# a street's name may stand in quotes after its type word ('ул. „Цар Ивайло“ 4', 'ul. „Pod
# Lipami” 3'), as Bulgarian, Polish and Ukrainian addresses print a name that is a person's
_NUMBER_LAST = lazy(
    r"^[^\W\d_][\w.'\u2019-]*(?:\s[\w.'\u2019\u201e\u201c\u201d\u00ab\u00bb\"-]+){0,4}"
    r"\s(?:No[:.]\s?)?\d{1,4}[a-z]?$",
    re.I,
)
_HOUSE_NO = lazy(r"\bNo[:.]\s?\d", re.I)  # 'Meşrutiyet Cd. No:52' (Turkish, Latin American)
_TYPE_FIRST = frozenset(FRENCH_TYPES | {k for k in STREET_PREFIXES if len(k) > 2})
# Street types written first in Cyrillic, whole or cut short, in lower case as the post writes
# them: Russian 'улица Регистан, 1', 'проспект Тауке хана, 1', 'пр-т Абая 10', Ukrainian 'вул.
# Хрещатик 22', Bulgarian / Macedonian 'ул. Кочо Рацин бб', 'бул. Илинден 9', 'плоштад
# Македонија бб' (the house number may follow a comma, or "бб" stand for none)
_TYPE_FIRST |= {"ул", "улица", "бул", "булевар", "булевард", "бульвар", "проспект", "пр-т"}
_TYPE_FIRST |= {"площадь", "плоштад", "площад", "пер", "переулок", "шоссе", "наб", "набережная"}
_TYPE_FIRST |= {"вул", "вулиця", "майдан", "провулок", "трг", "кеј", "мкр", "микрорайон"}
# Argentina's CPA before its town: the province's letter, the four digits of the old code and
# three letters for the block face ('C1010AAN CABA', 'S2000ATL Rosario'; Correo Argentino)
_CPA_FIRST = lazy(rf"^[A-HJ-NP-Z]\d{{4}}[A-Z]{{3}}\s+{_TOWN}$")
# Iceland's (and the Faroes') three-digit code before a one-word town: '101 Reykjavík',
# '600 Akureyri' (Pósturinn). It has the shape of a house number and a street's name ('244
# Gallowgate', '281 Eulji-ro'), so it is a town only as the last line under a street line.
_CODE3_FIRST = lazy(rf"^\d{{3}}\s{_TOWN_WORD}$")
# Georgia's four-digit code before a town in Georgian script ('0108 თბილისი', '6000 ბათუმი';
# Georgian Post): Tbilisi's codes start with 0, so the code reads as a time ('01:08') and the
# line would not be plain; the script and the shape make it a town line.
_KA_CODE_FIRST = lazy(r"^\d{4}\s[\u10d0-\u10fa]{3,}(?:[\s-][\u10d0-\u10fa]{2,}){0,2}$")
# Armenia's four-digit code after its town or before it ('Երևան 0002', 'Գյումրի 3101', '0004 ք.
# Երևան'; HayPost: Yerevan's codes are 0001-0099, so they too read as a time), the town in
# Armenian script with its capital first, 'ք.' (city) before it at times.
_HY_TOWN = (
    r"(?:ք\.\s?)?[\u0531-\u0556][\u0561-\u0587]{2,}"
    r"(?:[\s-][\u0531-\u0556]?[\u0561-\u0587]{2,}){0,2}"
)
_HY_CODE_TOWN = lazy(rf"^(?:{_HY_TOWN},?\s\d{{4}}|\d{{4}},?\s{_HY_TOWN})$")
# An Armenian street: its name, then its kind, then the house number ('Թումանյան փ. 54',
# 'Մաշտոցի պող. 46', 'Ծովակալ Իսակովի պողոտա 24'): փողոց (street), պողոտա (avenue), խճուղի
# (highway), նրբանցք (lane), հրապարակ (square), each also cut short with a dot; not a set's
# description joined by "և" (and: 'Եկեղեցու բակ և հրապարակ', the church's yard and square).
_HY_STREET = lazy(
    r"^(?!.*\sև\s)[\u0531-\u0556][\u0561-\u0587-]+(?:\s[\u0531-\u0587][\u0561-\u0587-]+){0,3}\s"
    r"(?:փ\.|փող\.|փողոց|պող\.|պողոտա|խճ\.|խճուղի|նրբ\.|նրբանցք|հրապ\.|հրապարակ)"
    r"(?:\s\d{1,4}(?:[/-]\d{1,4})?[\u0561-\u0587]?)?$"
)


# Vietnam: the ward, the district and the city or province, comma-separated, with no postcode
# ('Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Phan Chu Trinh, Hoàn Kiếm, Hà Nội'): the last part
# is a province-level city or carries its level's word (TP. / Thành phố = city, Tỉnh =
# province); a part may be a numbered district or ward ('Quận 1', 'Phường 12')
_VN_TOP = rf"(?:(?:TP\.|Thành phố|Tỉnh)\s?{_TOWN}|Hà Nội|Hồ Chí Minh|Đà Nẵng|Hải Phòng|Cần Thơ|Huế)"
_VN_NUMBERED = r"(?:Quận|Huyện|Phường|Xã|Thị xã|Thị trấn)\s\d{1,2}"  # no street and number
_VN_PART = rf"(?:{_VN_NUMBERED}|{_TOWN})"
_VN_TOWN = lazy(rf"^{_VN_PART}(?:,\s{_VN_PART}){{0,2}},\s{_VN_TOP}$")


def _last_code3_town(lines: list[str], i: int) -> bool:
    """Line ``i`` is '101 Reykjavík' and no town line follows it."""
    text = lines[i].strip(" ,")
    if not _CODE3_FIRST.match(text) or _words(text) & (STREET_SUFFIXES | LABEL_WORDS):
        return False
    return i + 1 >= len(lines) or not (
        town_line(lines[i + 1], coded_only=True) or address_score(lines[i + 1]) > 0
    )


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,") for w in text.split()}


def _plain(text: str) -> bool:
    """No time, no label word, nothing in brackets: a line of an address, not a note."""
    words = _words(text)
    return (
        find_time(text) is None
        and not words & (LABEL_WORDS | L.STOP_WORDS)
        and not re.search(r"[()@:]", _HOUSE_NO.sub("", text))
    )


def town_line(text: str, coded_only: bool = False) -> bool:
    """A town, with its postcode before or after it, and no street: '105 57 Athens', 'Amman
    11118', 'Miami Beach, FL 33139'; with ``coded_only`` False also 'District, Town'."""
    text = text.strip(" ,")
    if (_CPA_FIRST.match(text) or _KA_CODE_FIRST.match(text) or _HY_CODE_TOWN.match(text)) and len(
        text
    ) <= 60:
        return True  # its digits would read as a time ('1010'): the shape is the CPA's alone
    if _VN_TOWN.match(text) and len(text) <= 60:
        return True  # the city's level names it as surely as a postcode would
    if not text or len(text) > 60:
        return False
    if not _plain(text):
        # 'Intramuros, Manila, 1002 Metro Manila': a four-digit code after the district and
        # before the region reads as a time too ('0630 Breakfast' alone stays a schedule's row)
        first = _CODE_FIRST.match(text)
        if first is not None and first.start("code") > 0:
            if not _plain(text[: first.start("code")] + text[first.end("code") :]):
                return False
        elif not _suburb_town_code(text):
            return False
    if _district_before_code(text) or _county_before_eircode(text):
        return True
    found = find_address(text)
    if found is not None and found.street is not None:
        return False
    if any(p.strong for p in find_postcodes(text)) and (found is None or found.start == 0):
        return True
    if _CODE_FIRST.match(text) or _CODE_LAST.match(text):
        return True
    return not coded_only and bool(_DISTRICT_TOWN.match(text))


# New Zealand's (and South Africa's) four-digit code after the town, the suburb before it
# ('Wynyard Quarter, Auckland 1010', 'Te Aro, Wellington 6011', 'Gardens, Cape Town 8001';
# NZ Post: suburb, then town and postcode): the code reads as a time ('10:10'), so only the
# suburb, a comma, and a town in capitalised words before it make the line a town's
_SUBURB_TOWN_CODE = lazy(rf"^(?P<head>{_TOWN},\s*{_TOWN}),?\s+\d{{4}}$")


def _suburb_town_code(text: str) -> bool:
    """'Wynyard Quarter, Auckland 1010': a suburb, its town and a four-digit code ending it."""
    m = _SUBURB_TOWN_CODE.match(text)
    return m is not None and _plain(m["head"])


# an Irish address's last line: the post town, its county, then the Eircode ('Birr, Co. Offaly
# R42 V513', 'Ennis, County Clare, V95 T9PX'; An Post: the county after the town, the Eircode last)
_TOWN_COUNTY = lazy(rf"^{_TOWN},\s*(?:Co\.?|County)\s{_TOWN_WORD}(?:[\s-]{_TOWN_WORD})?$")


def _county_before_eircode(text: str) -> bool:
    """'Birr, Co. Offaly R42 V513': a town and its county, then an Eircode ending the line."""
    codes = [p for p in find_postcodes(text) if p.country == "IE" and p.end == len(text)]
    if not codes:
        return False
    town = text[: codes[-1].start].strip(" ,")
    return bool(_TOWN_COUNTY.match(town)) and not _words(town) & STREET_SUFFIXES


def _district_before_code(text: str) -> bool:
    """'Dublin 2, D02 X8X8': a town, its district number, then a strong postcode ending the line."""
    codes = [p for p in find_postcodes(text) if p.strong and p.city is None and p.end == len(text)]
    if not codes:
        return False
    town = text[: codes[-1].start].strip(" ,")
    found = find_address(town)
    return (
        bool(_TOWN_DISTRICT.match(town))
        and not _words(town) & STREET_SUFFIXES
        and (found is None or found.street is None)
    )


def street_line(text: str) -> tuple[bool, bool]:
    """(a street, a street for sure): a street word in it ('Al Fahidi St', 'Route de Marrakech')
    is sure; a name and a house number ('Vasilissis Olgas Ave 1', '3-5-1 Marunouchi') is not."""
    text = text.strip(" ,")
    if _HY_STREET.match(text) and len(text) <= 60:
        return True, True  # 'Թումանյան փ. 54': the street's kind word makes it sure
    if re.fullmatch(_VN_NUMBERED, text):
        return False, False  # 'Phường 9': a numbered ward, not a street and its number
    # 'Lavalle 1145': a house number after the street's name is no time ('11:45')
    numbered = _NUMBER_LAST.match(text) is not None and _plain(text.rsplit(" ", 1)[0])
    plain = _plain(text) or numbered
    if not text or not plain or len(text) > 60 or town_line(text, coded_only=True):
        return False, False
    found = find_address(text)
    if address_score(text) > 0.3 or (found is not None and found.street and found.start == 0):
        return True, True
    first = text.split()[0].lower().rstrip(".")
    if first in _TYPE_FIRST and len(text.split()) > 1:
        return True, True
    return bool(_NUMBER_FIRST.match(text) or _NUMBER_LAST.match(text)), False


def _clock_like_code_town(text: str) -> bool:
    """'2016 Carthage', '2046 La Marsa', '1208 Genève': a four-digit code that reads as a clock
    time, then a town, on the line under a sure street line (its street word names it): the
    code and town of the street's address, not a schedule's row. A schedule's times step by
    five minutes ('1930 Dinner', '0700 Rehearsal' stay times), so only a code whose last two
    digits are off that step counts, and the words after it must be a town's alone (no label
    or stop word)."""
    text = text.strip(" ,")
    m = _CODE_FIRST.match(text)
    if m is None or m.start("code") != 0 or not re.fullmatch(r"\d{4}", m["code"]):
        return False
    if int(m["code"][2:]) % 5 == 0:
        return False
    rest = text[m.end("code") :].strip()
    return len(text) <= 60 and _plain(rest)


def street_and_town(lines: list[str], named: bool = False) -> int | None:
    """Index of the first street line that a town line follows; a town without a postcode
    ('Bur Dubai, Dubai') completes only a line that names a street for sure. With ``named``, the
    place's name stands just above ``lines`` ('Edinburgh Castle Esplanade' / 'Castlehill' /
    'Edinburgh EH1 2NG'), so the first line may be the envelope's street line too."""
    for i in range(len(lines) - 1):
        street, sure = street_line(lines[i])
        if street and (
            town_line(lines[i + 1], coded_only=not sure) or _last_code3_town(lines, i + 1)
        ):
            return i
        if sure and _clock_like_code_town(lines[i + 1]):
            return i
        if (i > 0 or named) and _corner(lines[i]) and _town_clock_like_code(lines[i + 1]):
            return i  # 'Paraguayo Independiente y Ayolas' / 'Asunción 1209'
        if i == 0 and _locality_line(lines[0]) and town_line(lines[1], coded_only=True):
            return 0
        if (
            (i > 0 or named)
            and _envelope_line(lines[i])
            and (town_line(lines[i + 1], coded_only=True) or _last_code3_town(lines, i + 1))
        ):
            return i  # under the place's name, the line over a postcode and town: its street
    return None


# A street named with no type word and its house number after the name ('Quillota 214',
# 'Álvarez 1532', 'Lavalle 1145'): how Chilean, Argentine and Uruguayan addresses are written
# (the "calle" left out, Correos de Chile: street, number, then the commune), over a town
# alone, with no postcode. Never a room, a stage or a numbered item ('Sala 12', 'Stage 14').
_NAMED_NUMBER = lazy(
    r"^(?P<name>[A-ZÁÉÍÓÚÑÜ][^\W\d_]+(?:\s(?:de|del|la|los|las|y|[A-ZÁÉÍÓÚÑÜ][^\W\d_.]*\.?)){0,3})"
    r"\s(?P<number>\d{2,5})$"
)
_NOT_A_STREET = frozenset(
    re.findall(
        r"\S+",
        "stage studio studios sound set sala salón salon nave plató plato estudio foro galpón "
        "bodega hall gate puerta portón building edificio block bloque torre tower unit unidad "
        "floor piso nivel level room oficina office local box lot pabellón hangar door suite "
        "depto departamento dpto km kilómetro scene escena episode episodio capítulo ep day día "
        "jornada citación call lane track dock muelle andén platform terminal",
    )
)
_PARTICLE = r"(?:de|del|de\sla|de\slos|la|las|los|el|da|do|dos|das|di|du|des|y|e)"
_BARE_TOWN = lazy(rf"^{_TOWN_WORD}(?:\s(?:{_PARTICLE}\s)?{_TOWN_WORD}){{0,3}}$")


# A corner of two streets, as Paraguayan, Uruguayan and Cuban addresses give a place with no
# house number: two capitalised names joined by "y" / "e" (and) or "esq." (esquina, corner)
_CORNER = lazy(
    rf"^{_TOWN_WORD}(?:\s(?:{_PARTICLE}\s)?{_TOWN_WORD}){{0,3}}\s(?:y|e|esq\.?|esquina)\s"
    rf"{_TOWN_WORD}(?:\s(?:{_PARTICLE}\s)?{_TOWN_WORD}){{0,3}}$"
)
_TOWN_CODE4 = lazy(rf"^(?P<town>{_TOWN})\s(?P<code>\d{{4}})$")


def _corner(text: str) -> bool:
    """'Paraguayo Independiente y Ayolas', 'Ventura Alegre y Continuación Batlle'."""
    text = text.strip(" ,")
    return len(text) <= 60 and _plain(text) and bool(_CORNER.match(text))


def _town_clock_like_code(text: str) -> bool:
    """'Asunción 1209': a town, then a four-digit code that reads as a clock time; off a
    schedule's five-minute step ('Lunch 1230' stays a time), the town's words no label's."""
    m = _TOWN_CODE4.match(text.strip(" ,"))
    return m is not None and int(m["code"][2:]) % 5 != 0 and _plain(m["town"])


# The region after the town, as Chilean, Peruvian and Argentine addresses add it ('Puerto
# Varas, Región de Los Lagos', 'Cusco, Provincia de Cusco'): the town is what comes before it
_REGION_AFTER = lazy(
    r",\s(?:Regi[óo]n|Provincia|Departamento|Estado|Region|Province)\s(?:de\s|del\s)?"
    rf"{_TOWN_WORD}(?:\s(?:{_PARTICLE}\s)?{_TOWN_WORD}){{0,3}}$"
)


def named_number_over_town(lines: list[str]) -> int | None:
    """Index of a line 'Quillota 214' (a capitalised name, no street word, then a house number
    of two digits or more) under the place's name and over a line that is a town's name alone
    ('Viña del Mar'), the block's last address line: the street and its town. The name above
    is what makes it a place's block; a year ('Temporada 2026') and a room ('Sala 12') never
    count."""
    for i in range(1, len(lines) - 1):
        street, town = lines[i].strip(" ,"), _REGION_AFTER.sub("", lines[i + 1].strip(" ,"))
        m = _NAMED_NUMBER.match(street)
        if m is None or m.group("name").split()[0].lower() in _NOT_A_STREET:
            continue
        if re.fullmatch(r"19\d\d|20\d\d", m.group("number")) or not _plain(street[: m.start(2)]):
            continue
        if not _BARE_TOWN.match(town) or not _plain(town) or town_line(town, coded_only=True):
            continue
        if find_address(street) is not None and find_address(street).street is not None:
            continue  # a street word read in it: the other readings have had their say
        return i
    return None


def _locality_line(text: str) -> bool:
    """'Amber Fort, Devisinghpura, Amer': a place, its locality and area, comma-separated words
    with no house number. Over a town line with its code it is the whole address where streets
    carry no numbers (India Post's order: building, street or locality and area, then 'City -
    PIN'; pincodesinfo.in, 'How to write a postal address in India')."""
    text = text.strip(" ,")
    parts = [p.strip() for p in text.split(",")]
    return (
        2 <= len(parts) <= 4
        and len(text) <= 60
        and _plain(text)
        and not re.search(r"\d", text)
        and all(re.fullmatch(rf"{_TOWN_WORD}(?:\s{_TOWN_WORD}){{0,3}}", p) for p in parts)
        and not town_line(text, coded_only=True)
    )


def locality_and_coded_town(text: str) -> bool:
    """'City Palace, City Palace Complex, Old City, Udaipur, Rajasthan 313001': the place, its
    locality and area, then its town with its postcode, on one line (the two lines
    ``street_and_town`` reads as one address where streets carry no numbers, run together)."""
    parts = [p.strip() for p in text.strip(" ,").split(",")]
    if len(parts) < 3 or find_time(text) is not None:
        return False
    return any(
        _locality_line(", ".join(parts[:k])) and town_line(", ".join(parts[k:]), coded_only=True)
        for k in range(2, len(parts))
    )


def _envelope_line(text: str) -> bool:
    """A short capitalised line of words ('Leof. Nikis'): between a name and a town with its
    postcode, an envelope's street line whatever the country's street words."""
    text = text.strip(" ,")
    words = text.split()
    return (
        0 < len(words) <= 6
        and _plain(text)
        and (text[0].isupper() or words[0].lower().rstrip(".") in _TYPE_FIRST)
        and not town_line(text, coded_only=True)
        and not re.match(r"(?:INT|EXT|I/E)\b", text)
    )


def street_town_address(text: str, named: bool = False) -> bool:
    """A street, a comma, then its town ('Al Fahidi St, Bur Dubai, Dubai', a street line and a
    town line joined): the whole address, as sure as a street with a postcode. With ``named``,
    the place's name may come first ('Bo-Kaap Museum, 71 Wale St, Cape Town, 8001')."""
    parts = text.split(", ")
    for k in range(1, len(parts)):
        street, sure = street_line(", ".join(parts[:k] if k == 1 else parts[k - 1 : k]))
        if street and town_line(", ".join(parts[k:]), coded_only=not sure):
            return True
        if not named:
            return False
    return False
