"""The pieces postal addresses are made of: postcodes by country, street words, unit words.

Postcode shapes follow each postal service's published format (USPS ZIP with a state code,
Canada Post's A1A 1A1, Ireland's Eircode, Royal Mail's outward/inward code, Poczta Polska's
NN-NNN, the 4- and 5-digit European codes written before the town, 5 digits split 3+2 in
Czechia, Slovakia, Sweden and Greece, and the codes written after the town: Australia Post's
state and four digits, Brazil's CEP, India's PIN, Japan's 〒NNN-NNNN, and the bare four- to
six-digit codes of New Zealand, South Africa, Korea, Morocco and India). Every pattern is a chain
of bounded pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.remember import memo


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_US_STATES = _words(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU"
)
_CA_PROVINCES = _words("AB BC MB NB NL NS NT NU ON PE QC SK YT")
# one capitalised word of a town's name; Latin capitals with a caron or other mark as well
# ('Český Krumlov', 'Šiauliai', 'Žilina', 'Řevnice')
_CITY = r"[A-ZÀ-ÖØ-ÞĄĆČĎĘĚŁŃŇÓŘŚŠŤŹŻŽŪŲĀĒĢĪĶĻŅŐŰ][^\W\d_]{1,30}"
# the countries whose name follows a code printed after its town ('Sydney NSW 2000 Australia',
# 'Masterton 5810 New Zealand'): the code's country, never a town printed after it
COUNTRY_AFTER_CODE = r"(?:Australia|AUSTRALIA|New Zealand|NEW ZEALAND)"
_TOWN = (
    rf"(?!{COUNTRY_AFTER_CODE}\b)"
    rf"(?P<city>{_CITY}(?:[ -](?:{_CITY}|nad|am|an|der|sur|le|la)){{0,3}})"
)
# the space between a code and the town printed after it, on the code's own line: in a text
# joined line after line, the next line's first words are no town ("Warrnambool VIC 3280" over
# "Unit Base": the code ends its line, its locality is the words before the state)
_TO_TOWN = r"[^\S\n]{1,2}"
_EU5_PREFIX = {"D": "DE", "DE": "DE", "F": "FR", "FR": "FR", "I": "IT", "IT": "IT", "E": "ES"}
# LT-01103 Vilnius (Lietuvos paštas: "LT-" and five digits, the town after)
_EU5_PREFIX["LT"] = "LT"
_SPLIT5_PREFIX = {"CZ": "CZ", "SK": "SK", "S": "SE", "SE": "SE", "GR": "GR"}
_EU4_PREFIX = {"A": "AT", "AT": "AT", "CH": "CH", "B": "BE", "BE": "BE", "DK": "DK", "N": "NO"}
_EU4_PREFIX.update({"NO": "NO", "L": "LU", "LU": "LU", "H": "HU", "HU": "HU"})
# Australia Post: the state or territory's abbreviation, then four digits, after the locality
# ("SYDNEY NSW 2000"; Australia Post, Address Presentation Standards, sections 16-17)
_AU_STATES = _words("NSW VIC QLD SA WA TAS NT ACT")
# a code is never followed by more digits: "021 404 9111" and "0800 123 456" are phones
_NO_MORE_DIGITS = r"(?![\w-])(?![ \u00a0]?\d)"


@dataclass(frozen=True)
class Postcode:
    """A postal code found in text; ``city`` when the code is printed before its town."""

    code: str
    country: str | None
    start: int
    end: int
    city: str | None = None
    strong: bool = True  # False: a bare 4/5-digit code, an address only after a street


# the British Overseas Territories' postcodes' first half and the territory's country code
_TERRITORIES = {"FIQQ": "FK", "SIQQ": "GS", "STHL": "SH", "ASCN": "SH", "TDCU": "SH"}
_TERRITORIES |= {"BIQQ": "AQ", "BBND": "IO", "PCRN": "PN", "TKCA": "TC"}

_POSTCODES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ON M5V 2T6 / M5V 2T6 (letters D F I O Q U never appear; W and Z never lead)
    (
        "CA",
        lazy(
            rf"(?<![\w-])(?:(?P<region>{'|'.join(_CA_PROVINCES)})\.?,?\s)?"
            r"(?P<code>[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d)(?![\w-])"
        ),
    ),
    # NY 10003, CA 91522-1234
    (
        "US",
        lazy(
            rf"(?<![\w-])(?P<region>{'|'.join(_US_STATES)})\.?,?\s(?P<code>\d{{5}}(?:-\d{{4}})?)"
            r"(?![\w-])"
        ),
    ),
    # Irish Eircode: a routing key (letter and two digits, or D6W) and a four-character unique
    # identifier from Eircode's alphabet, at least one of them a letter: D08 RK28, A65 F4E2
    (
        "IE",
        lazy(
            r"(?<![\w-])(?P<code>(?:[AC-FHKNPRTV-Y]\d\d|D6W) ?"
            r"(?=[0-9]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4})(?![\w-])"
        ),
    ),
    # an Eircode's routing key alone after the county ("Dingle, Co. Kerry V92"): the postal
    # district, its unique identifier left off
    (
        "IE-KEY",
        lazy(
            r"\b(?:Co\.?|County)\s[A-Z][^\W\d_]{2,14}\s(?P<code>[AC-FHKNPRTV-Y]\d\d|D6W)(?![\w-])"
        ),
    ),
    # British Overseas Territories' one postcode each, UK-shaped: Falklands FIQQ 1ZZ, South
    # Georgia SIQQ 1ZZ, St Helena STHL 1ZZ, Ascension ASCN 1ZZ, Tristan da Cunha TDCU 1ZZ,
    # British Antarctic Territory BIQQ 1ZZ, BIOT BBND 1ZZ, Pitcairn PCRN 1ZZ, Turks and Caicos
    # TKCA 1ZZ (en.wikipedia.org/wiki/Postcodes_in_the_United_Kingdom#British_Overseas_Territories)
    ("BOT", lazy(rf"(?<![\w-])(?P<code>(?:{'|'.join(_TERRITORIES)}) ?1ZZ)(?![\w-])")),
    # E3 5TB, SE1 7EH, EC1A 1BB, W1A 0AX, DN55 1PT, GIR 0AA
    (
        "GB",
        lazy(r"(?<![\w-])(?P<code>(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])"),
    ),
    # 00-590 Warszawa
    ("PL", lazy(rf"(?<![\w-])(?P<code>\d\d-\d{{3}})(?![\w-]){_TO_TOWN}{_TOWN}")),
    # 1300-501 Lisboa (CTT: four digits, a dash, three)
    ("PT", lazy(rf"(?<![\w-])(?P<code>\d{{4}}-\d{{3}})(?![\w-]){_TO_TOWN}{_TOWN}")),
    # 1015 CJ Amsterdam (not "1230 PM Lunch")
    (
        "NL",
        lazy(rf"(?<![\w-])(?P<code>\d{{4}} ?(?!AM|PM)[A-Z]{{2}})(?![\w-]){_TO_TOWN}{_TOWN}"),
    ),
    # D-10115 Berlin, 75001 Paris, 80331 München
    (
        "EU5",
        lazy(
            rf"(?<![\w-])(?:(?P<prefix>{'|'.join(_EU5_PREFIX)})-)?(?P<code>\d{{5}})(?![\w-])"
            rf"{_TO_TOWN}{_TOWN}"
        ),
    ),
    # 110 00 Praha 1, SE-114 55 Stockholm, 811 01 Bratislava (Czech, Slovak, Swedish, Greek)
    (
        "EU5",
        lazy(
            rf"(?<![\w-])(?:(?P<prefix>{'|'.join(_SPLIT5_PREFIX)})-)?(?P<code>\d{{3}} \d{{2}})"
            rf"(?![\w-]){_TO_TOWN}{_TOWN}"
        ),
    ),
    # A-1010 Wien, CH-8001 Zürich, and after a street: 1010 Wien
    (
        "EU4",
        lazy(
            rf"(?<![\w-])(?:(?P<prefix>{'|'.join(_EU4_PREFIX)})-)?(?P<code>\d{{4}})(?![\w-])"
            rf"{_TO_TOWN}{_TOWN}"
        ),
    ),
    # Sydney NSW 2000, FITZROY VIC 3065: a locality word, then the state and four digits
    (
        "AU",
        lazy(
            rf"(?:(?<=[^\W\d_] )|(?<=[^\W\d_], ))(?P<region>{'|'.join(_AU_STATES)})\.?,?\s"
            rf"(?P<code>\d{{4}}){_NO_MORE_DIGITS}"
        ),
    ),
    # CEP 01310-200 (Correios: five digits, a hyphen, three; "CEP" often printed before it,
    # en.wikipedia.org/wiki/Código_de_Endereçamento_Postal)
    ("BR", lazy(rf"(?<![\w-])CEP:?\s?(?P<code>\d{{5}}-?\d{{3}}){_NO_MORE_DIGITS}")),
    # PIN 400050, Pin Code: 400 050 (India Post: six digits, the first 1-9; Wikipedia, Postal
    # Index Number)
    (
        "IN",
        lazy(
            r"(?<![\w-])(?:PIN|Pin|PINCODE|Pincode|Pin\s?[Cc]ode|PIN\s?CODE)\s?[:.-]?\s?"
            rf"(?P<code>[1-9]\d{{2}} ?\d{{3}}){_NO_MORE_DIGITS}"
        ),
    ),
    # FO-100 Tórshavn (Postverk Føroya: "FO-" and three digits, before the town)
    ("FO", lazy(rf"(?<![\w-])(?P<code>FO-\d{{3}})(?![\w-]){_TO_TOWN}{_TOWN}")),
    # Cēsis, LV-4101 (Latvijas Pasts: "LV-" and four digits, after the town or the parish and
    # municipality: "Līgatnes pagasts, Cēsu novads, LV-4110")
    ("LV", lazy(r"(?<![\w-])(?P<code>LV-\d{4})(?![\w-])")),
    # Valletta VLT 1428, L-Imsida MSD 2090 (MaltaPost: three letters for the locality, a space
    # and four digits, after the town's name)
    (
        "MT",
        lazy(rf"(?:(?<=[^\W\d_] )|(?<=[^\W\d_], ))(?P<code>[A-Z]{{3}} \d{{4}}){_NO_MORE_DIGITS}"),
    ),
    # Strandgata 34, 220 Hafnarfjörður (Pósturinn: three digits before the town): only after
    # an Icelandic street, its name one word ending on its street word ('-gata', '-vegur',
    # '-stræti', '-stígur', '-braut', ...), its number and a comma; three digits alone are a
    # count or a room
    (
        "IS",
        lazy(
            r"(?<![\w-])[A-ZÁÉÍÓÚÝÞÆÖ][^\W\d_]{1,30}"
            r"(?:gata|vegur|stræti|stígur|braut|tröð|sund|tún|torg|gerði|hlíð|bakki|vellir)"
            rf"\s\d{{1,4}}[a-z]?,\s(?P<code>[1-9]\d{{2}})(?![\w-]){_TO_TOWN}{_TOWN}"
        ),
    ),
    # 〒100-0005 (Japan Post: three digits, a hyphen, four, after the postal mark;
    # en.wikipedia.org/wiki/Postal_codes_in_Japan)
    ("JP", lazy(rf"〒\s?(?P<code>\d{{3}}-\d{{4}}){_NO_MORE_DIGITS}")),
)

# Codes printed after the town with nothing of their own to tell them from a number:
# - Auckland 1010: NZ Post, four digits one or two spaces after the town
#   (nzpost.co.nz/personal/sending-in-nz/postcodes);
# - Cape Town, 8001 / Yeoville 2198: South Africa, four digits after the town or suburb
#   (en.wikipedia.org/wiki/Postal_codes_in_South_Africa);
# - Seoul 04566: Korea Post's five digits since 2015, after the city
#   (en.wikipedia.org/wiki/Postal_codes_in_South_Korea);
# - Ouarzazate 45000: Barid Al-Maghrib's five digits (List of postal codes in Morocco);
# - Mumbai 400050, Mumbai - 400 050: India Post's PIN (Postal Index Number);
# - São Paulo - SP, 01310-200: a CEP without its "CEP"; Tokyo 100-0005: Japan Post's code
#   without its mark.
# Each is also a time, a sum or a phone's fragment, so it makes an address only when a street
# leads to it (``strong`` False, no ``city``).
_AFTER_TOWN = lazy(
    rf"(?<![\w-]){_CITY},?\s{{1,2}}(?:[-\u2013]\s{{1,2}})?"
    rf"(?P<code>\d{{4,6}}|[1-9]\d{{2}} \d{{3}}|\d{{5}}-\d{{3}}|\d{{3}}-\d{{4}}){_NO_MORE_DIGITS}"
)

_ANY_DIGIT = lazy(r"\d")


@memo
def find_postcodes(text: str) -> list[Postcode]:
    """Every postcode in ``text`` (one reading per place: the first country pattern wins).
    Kept per text: addresses and town lines ask it of the same line."""
    found: list[Postcode] = []
    if not _ANY_DIGIT.search(text):
        return found  # every postcode has a digit (the patterns are slow to search)
    for kind, regex in _POSTCODES:
        for m in regex.finditer(text):
            if any(m.start() < p.end and p.start < m.end() for p in found):
                continue
            if m.groupdict().get("city") and text[m.end() : m.end() + 1] == ":":
                continue  # "Auckland 1010 Parking:": a word before a colon is a label, no town
            found.append(_postcode(kind, m))
    for m in _AFTER_TOWN.finditer(text):
        start, end = m.span("code")
        if not any(start < p.end and p.start < end for p in found):
            brazil = len(m["code"]) == 9 and m["code"][5] == "-"  # the CEP's shape, 5-3
            found.append(Postcode(m["code"], "BR" if brazil else None, start, end, strong=False))
    return sorted(found, key=lambda p: p.start)


def _postcode(kind: str, m: re.Match[str]) -> Postcode:
    groups = m.groupdict()
    city = groups.get("city")
    if kind in ("EU5", "EU4"):
        prefix = groups.get("prefix")
        table = {**_EU5_PREFIX, **_SPLIT5_PREFIX} if kind == "EU5" else _EU4_PREFIX
        country = table[prefix] if prefix else None
        return Postcode(m["code"], country, m.start(), m.end(), city, strong=bool(prefix))
    if kind == "IS":  # the match holds the street before the code: an address only after it
        return Postcode(m["code"], kind, m.start("code"), m.end(), city, strong=False)
    if kind == "BOT":
        return Postcode(m["code"], _TERRITORIES[m["code"][:4]], m.start(), m.end())
    if kind == "IE-KEY":  # the code alone, after its county
        return Postcode(m["code"], "IE", m.start("code"), m.end())
    # a Maltese code has no shape of its own ('TVC 3030'): an address only after a street
    return Postcode(m["code"], kind, m.start(), m.end(), city, strong=kind != "MT")


# --- the Irish county -------------------------------------------------------------------------

# An Irish address's last part, its county (Irish addresses often print no Eircode): "Co. Cork",
# "Co Antrim", "County Westmeath", "Co. Dún Laoghaire-Rathdown"
_COUNTY = r"(?:Co\.?|County)\s+[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?"
_COUNTY_ALONE = lazy(rf"^{_COUNTY}$")
_COUNTY_END = lazy(rf",\s*{_COUNTY}$")


def is_county(text: str) -> bool:
    """Whether ``text`` is an Irish county and nothing else ("Co. Donegal")."""
    return bool(_COUNTY_ALONE.match(text))


def ends_on_county(text: str) -> bool:
    """Whether ``text``'s last comma-set part is an Irish county ("..., Mullingar, Co.
    Westmeath")."""
    return bool(_COUNTY_END.search(text))


# --- street words ----------------------------------------------------------------------------

# English street types, written after the name ("Grove Rd", "Queen St W").
STREET_SUFFIXES = _words(
    """st street rd road ave av avenue blvd boulevard lane ln dr drive way crescent cres court ct
    place pl parkway pkwy hwy highway terrace terr tce square sq close mews grove gardens gdns row
    walk hill circle cir trail trl loop plaza green rise parade pde esplanade embankment quay wharf
    yard pike turnpike expressway expy freeway fwy alley path reach approach circus gate park end
    fields view vale promenade"""
)
# Abbreviations that are also titles or words: a street only when nothing follows on the line
# but a comma, a direction, a town or a postcode ("Dr Smith" is a person).
WEAK_SUFFIXES = frozenset(
    {"st", "dr", "ct", "pl", "way", "hill", "walk", "row", "green", "rise", "gate", "park", "end"}
    | {"fields", "view", "vale"}
)
DIRECTIONS = _words("n s e w ne nw se sw north south east west")
# Street types written before the name, number after: "ul. Marszałkowska 10/12", "Via Roma 12".
STREET_PREFIXES = {
    "ul": "PL",
    "ulica": "PL",
    "al": "PL",
    "aleja": "PL",
    "aleje": "PL",
    "pl": "PL",
    "plac": "PL",
    "os": "PL",
    "osiedle": "PL",
    "rondo": "PL",
    "via": "IT",
    "viale": "IT",
    "piazza": "IT",
    "corso": "IT",
    "calle": "ES",
    "avenida": "ES",
    # "Av. Paulista 1578", "Av. de Mayo 575": the abbreviation, with its dot and a number after
    "av": "ES",
    "plaza": "ES",
    "paseo": "ES",
    "carrer": "ES",
    # Spanish abbreviations and other types written first: "C/ del Dr. Esquerdo, 46",
    # "Avda. de América 2", "Ronda de Sant Antoni, 2", "Passeig de Gràcia 43"
    "c/": "ES",
    # "C. de los Diputados s/n", "C. Mayor 5": "C." (calle) with its dot, only with a number
    "c": "ES",
    "avda": "ES",
    "ronda": "ES",
    "travesía": "ES",
    "carretera": "ES",
    # Colombian grid streets: "Carrera 9 # 10-39" (the carrera, the street the house is on,
    # then the crossing calle and the metres from it), like "Calle 15 # 6-20"
    "carrera": "ES",
    "camino": "ES",
    "passeig": "ES",
    "plaça": "ES",
    "avinguda": "ES",
    "rua": "PT",
    # Portuguese and Brazilian types and their abbreviations (Correios: "R." rua, "Pça." praça,
    # "Trav." travessa); the number after a comma, or "s/n" (sem número) where there is none
    "praça": "PT",
    "pça": "PT",
    "travessa": "PT",
    "largo": "PT",
    "alameda": "PT",
    "r": "PT",
    # Maltese types written first: "Triq Sant' Agata" (street), "Vjal ir-Riħan" (avenue),
    # "Pjazza San Publju" (square), "Sqaq" (alley)
    "triq": "MT",
    "vjal": "MT",
    "pjazza": "MT",
    "sqaq": "MT",
    # Malay and Indonesian types written first: "Jalan Gereja", "Jln. Ampang 12", "Lorong
    # Kulit", "Persiaran Gurney", "Lebuh Pantai", "Jl. Gajah Mada No. 111"; the house number,
    # when one is printed, before the street ("No. 12, Jalan ...") or after it ("No. 111")
    "jalan": "MY",
    "jln": "MY",
    "lorong": "MY",
    "persiaran": "MY",
    "lebuh": "MY",
    "lebuhraya": "MY",
    "jl": "ID",
    # Hebrew types written first, in Latin letters: "Rehov HaNamal" (street), "Derech
    # HaRambam" (road), "Sderot Rothschild 12" (boulevard), "Kikar HaMeginim" (square)
    "rehov": "IL",
    "rechov": "IL",
    "derech": "IL",
    "sderot": "IL",
    "kikar": "IL",
}
# German streets named with a preposition and article: "Am Markt 1", "Zum Hafen 3", "Im Tal 2";
# read only in title case and with a house number ("am" and "an" are words elsewhere).
GERMAN_PREFIXES = frozenset({"am", "an", "im", "zum", "zur", "auf", "unter", "hinter"})
# Short Polish prefixes count only with their dot ("ul.", "al."): "PL" and "os" are words too.
DOTTED_PREFIXES = frozenset({"ul", "al", "pl", "os", "r", "pça", "av", "c", "jl"})
# French types, number first: "12 rue de Rivoli".
FRENCH_TYPES = _words(
    "rue avenue av boulevard bd place allée allee chemin quai impasse cours route"
)
# German, Dutch, Nordic and Hungarian street words, joined to the name or after it; the number
# follows: "Hauptstraße 5", "Berliner Str. 12", "Keizersgracht 123".
COMPOUND_ENDINGS = _words(
    """straße strasse str weg platz allee gasse damm ufer chaussee straat laan plein gracht kade
    singel steeg dijk vej gatan vägen gata veien utca gade gaden katu tie vegur gøta stræti
    stígur braut"""
)
COMPOUND_STREET = lazy(
    rf"^[^\W\d_][\w\-]{{2,40}}(?:{'|'.join(sorted(COMPOUND_ENDINGS))})\.?$", re.I
)
STANDALONE_EU = frozenset({"straße", "strasse", "str", "weg", "platz", "allee", "gasse", "damm"})
COMPOUND_COUNTRY = {
    "straat": "NL",
    "laan": "NL",
    "plein": "NL",
    "gracht": "NL",
    "kade": "NL",
    "singel": "NL",
    "steeg": "NL",
    "dijk": "NL",
    "vej": "DK",
    "gatan": "SE",
    "vägen": "SE",
    "gata": "SE",
    "veien": "NO",
    "utca": "HU",
    "gade": "DK",
    "gaden": "DK",
    "katu": "FI",
    "tie": "FI",
    # Faroese (and Icelandic "vegur"): "Fjaravegur 2", "Niels Finsens gøta 10"
    "vegur": "FO",
    "gøta": "FO",
    # Icelandic: "Hafnarstræti 20", "Skólavörðustígur 3a", "Hringbraut 101"
    "stræti": "IS",
    "stígur": "IS",
    "braut": "IS",
}
# Nordic street words written apart from the name and in lower case, the number after:
# "Karl Johans gate 22", "Kongens gate 6", "Gamla väg 3" (Norwegian, Swedish and Danish
# orthography writes a street named after a person or place as two words)
NORDIC_APART = {"gate": "NO", "vei": "NO", "veien": "NO", "gata": "SE", "väg": "SE", "vej": "DK"}
NORDIC_APART |= {"gøta": "FO", "vegur": "FO"}  # Faroese: "J.C. Svabos gøta 41-49"
# South Slavic street words written apart and in lower case after an adjective or possessive
# name, the number after: "Franjevački put 1", "Zaloška cesta 2", "Vukovarska ulica 5" (Croatian,
# Slovene, Serbian and Bosnian orthography). "put" is also an English word, so the name before
# must end as such a name does ("-ski", "-čka", "-ova", "-eva", ...).
SLAVIC_APART = {"put": "HR", "cesta": "SI", "ulica": "HR", "cesti": "SI"}
# Latvian and Lithuanian street words, after the name (a genitive: "Radio iela 8", "Brīvības
# iela 21", "Palangos g. 1", "Gedimino pr. 9"): no everyday word, so any capitalised name.
BALTIC_APART = {
    "iela": "LV",
    "bulvāris": "LV",
    "prospekts": "LV",
    "gatvė": "LT",
    "g": "LT",
    "pr": "LT",
    "prospektas": "LT",
    "alėja": "LT",
}
SLAVIC_NAME_END = lazy(r"(?:[sšcčćz]k[iaoe]|[nj][iaoe]|[oe]v[aoi]?|in[aoi]?|ov|ev|in)$", re.I)
# Korean road names (the road-name address system, 2014): a name and -daero, -ro or -gil, the
# building number first in English ("281 Eulji-ro", "152 Teheran-ro"; juso.go.kr)
KOREAN_ROAD = lazy(r"^[A-Z][a-z]{1,20}(?:-[a-z]{1,10})?-(?:daero|ro|gil)\d{0,3}(?:-gil)?,?$")
UNIT_WORDS = _words(
    "suite ste unit apt apartment flat floor fl room rm bldg building lok lokal m #"
)
# Words printed as labels on call sheets: never part of a street's or a town's name.
LABEL_WORDS = _words(
    """call crew location locations loc set lunch wrap date time nearest notes tel phone email map
    directions address adres lokacja zbiórka int ext i/e int/ext"""
)
COUNTRY_WORDS = {
    "uk": "GB",
    "united kingdom": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "usa": "US",
    "us": "US",
    "united states": "US",
    "canada": "CA",
    "poland": "PL",
    "polska": "PL",
    "germany": "DE",
    "deutschland": "DE",
    "netherlands": "NL",
    "nederland": "NL",
    "france": "FR",
    "italy": "IT",
    "italia": "IT",
    "spain": "ES",
    "españa": "ES",
    "austria": "AT",
    "österreich": "AT",
    "australia": "AU",
    "new zealand": "NZ",
}
PARTICLES = _words(
    "of the de la du des le les van von der den am an im upon on nad pod di del da dos"
)
# ... and inside a street's name only, in lower case: "C. de los Diputados", "Via dei Fori
# Imperiali", "Praça do Comércio" (capitalised, "Los" and "Las" begin towns: "Los Angeles")
STREET_PARTICLES = frozenset({"los", "las", "dels", "das", "do", "dei", "degli", "della"})
STREET_PARTICLES |= {"delle", "dello"}
