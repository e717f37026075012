"""Streets found on words: the street part of a postal address, in the orders used.

Number + name + type ("52 Grove Rd", "1600 Pennsylvania Ave NW"), number + French type
("12 rue de Rivoli"), prefix + name + number ("ul. Marszałkowska 10/12", "Via Roma 12"), compound
or German type + number ("Hauptstraße 5", "Berliner Str. 12"), and name + type with no number
("Westminster Bridge Rd"). Words are read one by one (no backtracking pattern), a few ahead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.reader import address_parts as P
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.welsh_streets import welsh_street, welsh_type

_TOKEN = lazy(r"[^\s,;|·•]{1,60}|[,;|·•]")
SEPARATORS = frozenset({",", ";", "|", "·", "•", "-", "\u2013", "\u2014"})
_NUMBER = lazy(r"^\d{1,5}[A-Za-z]?(?:[-\u2013/](?:\d{1,5}[A-Za-z]?|[A-Za-z]))?,?$")  # "16/A"
_ORDINAL = lazy(r"^\d{1,3}(?:st|nd|rd|th)$", re.I)
# a phone number's exchange and line ("555-0177"), or a range that no house number writes
# with a leading zero: never the number of a house
_PHONE_LINE = lazy(r"^\d{3}-\d{4},?$|^\d+-0\d+,?$")
# any Latin capital opens a name: "Žvaigždžių g. 10", "Šeimyniškių g. 3", "Čiurlionio g. 5",
# "Ērgļu iela 4", "Őrház utca 2" (the Latin Extended capitals, not only the Polish ones)
LATIN_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(
    c for c in map(chr, range(0x100, 0x250)) if c.isupper() and c.lower() != c
)
_NAME = lazy(rf"^[{LATIN_CAPITALS}0-9][^\s:]{{0,40}}$")
# "Pier 59, Chelsea Piers, New York, NY 10011", "Wharf 10, ...": a numbered pier is the street
# and number of what stands on it
_PIER_WORDS: frozenset[str] = frozenset({"pier", "wharf"})
_STREET_WORDS = (
    P.STREET_SUFFIXES
    | P.FRENCH_TYPES
    | P.STANDALONE_EU
    | frozenset(P.STREET_PREFIXES)
    | P.GERMAN_PREFIXES
    | {"broadway"}
    | _PIER_WORDS
    | frozenset(P.NORDIC_APART)
)
# street words written apart after the name ("put", "iela", "g."): street words only there, so
# they open the search for a street but show nothing of one alone ("G Block", "Put 2 aside")
_APART_WORDS = frozenset(P.SLAVIC_APART) | frozenset(P.BALTIC_APART)
_COMPOUND_TAILS = tuple(P.COMPOUND_ENDINGS)
_FLAT_WORDS = frozenset({"lok", "lokal", "m", "apt", "int"})
MAX_NAME_WORDS = 4  # words of a street's name between its number and its type


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    key: str  # lower case, without trailing dots and colons: what the word lists hold


def tokenize(text: str) -> list[Token]:
    return [
        Token(m.group(), m.start(), m.end(), m.group().lower().rstrip(".,:"))
        for m in _TOKEN.finditer(text)
    ]


@dataclass(frozen=True)
class Street:
    first: int  # token indexes, inclusive
    last: int
    numbered: bool
    country: str | None
    weak: bool = False  # no number and a type word that is also an everyday word ("The Long Walk")


def find_streets(tokens: list[Token], codes: frozenset[int] = frozenset()) -> list[Street]:
    """Every street in ``tokens``; ``codes`` holds the indexes of tokens that start a postcode."""
    if not any(
        t.key in _STREET_WORDS
        or t.key in _APART_WORDS
        or t.key.endswith(_COMPOUND_TAILS)
        or P.KOREAN_ROAD.match(t.text)
        or _JAPANESE_BLOCK.match(t.text)
        or t.key in _HIGHWAY_WORDS
        or _HIGHWAY_JOINED.match(t.text)
        or _ROAD_NUMBER.match(t.text)
        or welsh_type(t.key, numbered=True)
        for t in tokens
    ):
        return []  # most lines: no word a street is made with
    found: list[Street] = []
    i = 0
    while i < len(tokens):
        street = _street_at(tokens, i, codes)
        if street is None:
            i += 1
            continue
        found.append(street)
        i = street.last + 1
    # "West Car Park, Great North Rd, ...": a place's name ending in Park/Gate/Walk just before a
    # real street is not an address of its own
    return [
        s
        for k, s in enumerate(found)
        if not (
            s.weak
            and k + 1 < len(found)
            and all(t.text in SEPARATORS for t in tokens[s.last + 1 : found[k + 1].first])
        )
    ]


def _street_at(tokens: list[Token], i: int, codes: frozenset[int]) -> Street | None:
    return (
        _japanese_block(tokens, i, codes)
        or _highway(tokens, i)
        or _number_first(tokens, i, codes)
        or _welsh(tokens, i)
        or _prefixed(tokens, i)
        or _french_number_after(tokens, i)
        or _compound(tokens, i)
        or _nordic_apart(tokens, i)
        or _slavic_apart(tokens, i)
        or _named_type(tokens, i, codes)
        or _numbered_pier(tokens, i)
        or _road_number(tokens, i)
    )


# North American highways as the street of an address: a designation and the route's number,
# the house number before ("231 PTH 12 N", "4550 Hwy 101", "1200 US-41", "250 SR 60", "12 County
# Road 7") or none ("Hwy 97A, Enderby, BC"; "Route 66"). Designations as the road authorities
# sign them: Interstate "I-95", US route "US 41" / "US-41", state route or road "SR 60", state
# highway "SH 6", county road "CR 42" / "County Road 7", Texas farm to market road "FM 1960",
# Manitoba's Provincial Trunk Highway "PTH 12" and Provincial Road "PR 210", and "Hwy" /
# "Highway" / "Route" / "Rte" before a number across Canada and the US.
_HIGHWAY_ONE = frozenset({"hwy", "highway", "route", "rte", "interstate"})
# abbreviations that are words or codes too: designations only in capitals, a number after
_HIGHWAY_CAPS = frozenset({"PTH", "PR", "SR", "SH", "CR", "FM", "US"})
_HIGHWAY_TWO = frozenset(
    {
        ("county", "road"),
        ("county", "rd"),
        ("co", "rd"),
        ("state", "route"),
        ("state", "road"),
        ("state", "rd"),
        ("state", "hwy"),
        ("state", "highway"),
        ("us", "hwy"),
        ("us", "highway"),
        ("us", "route"),
        ("u.s", "route"),
        ("u.s", "highway"),
        ("provincial", "road"),
        ("provincial", "highway"),
    }
)
_HIGHWAY_WORDS = _HIGHWAY_ONE | {w.lower() for w in _HIGHWAY_CAPS} | {"county", "co", "state"}
_HIGHWAY_JOINED = lazy(r"^(?:I|US|SR|SH|CR|FM|PTH|PR|Hwy|HWY|Rte)-[1-9]\d{0,3}[A-Z]?,?$")
_ROUTE_NUMBER = lazy(r"^[1-9]\d{0,3}[A-Z]?,?$")


def _highway_designation(tokens: list[Token], j: int) -> int | None:
    """The last token of a highway's designation and number starting at ``j``, or None."""
    tok = tokens[j]
    if _HIGHWAY_JOINED.match(tok.text):
        return j
    if not tok.text[:1].isupper():
        return None
    words = 1 if (tok.key in _HIGHWAY_ONE or tok.text.rstrip(".,") in _HIGHWAY_CAPS) else 0
    if not words and j + 1 < len(tokens):
        pair = (tok.key, tokens[j + 1].key)
        words = 2 if pair in _HIGHWAY_TWO and tokens[j + 1].text[:1].isupper() else 0
    k = j + words
    if not words or k >= len(tokens) or tok.text.endswith(","):
        return None
    return k if _ROUTE_NUMBER.match(tokens[k].text) else None


def _highway(tokens: list[Token], i: int) -> Street | None:
    """'231 PTH 12 N', '4550 Hwy 101', '1200 US-41', '12 County Road 7': a house number and a
    highway; a highway with no house number ('Hwy 97A', 'Route 66') only where a break or
    the end follows it ('Route 2 signs' in a sentence is none)."""
    house = is_number(tokens[i]) and not _PHONE_LINE.match(tokens[i].text)
    if house and i > 0 and tokens[i - 1].text.lower() in ("#", "no."):
        return None
    at = i + 1 if house else i
    if at >= len(tokens) or (house and tokens[i].text.endswith(",")):
        return None
    last = _highway_designation(tokens, at)
    if last is None:
        return None
    last = _with_direction(tokens, last) if not tokens[last].text.endswith(",") else last
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if not house and nxt is not None and nxt.text not in SEPARATORS:
        return None
    return Street(i, last, house, None)


# A road's number standing where the street is, as rural British and Irish addresses print it
# ("Merrivale car park, B3357, Yelverton PL20 6ST"; "R478, Lislorkan North, Liscannor, Co. Clare
# V95 KN9T"): a UK A road (two to four digits: "A4" is as often the paper) or B road (three or
# four), an Irish national (N, one or two digits) or regional road (R, three digits); no leading
# zero (a camera roll "A012").
_ROAD_NUMBER = lazy(r"^(?:A[1-9]\d{1,3}|B[1-9]\d{2,3}|N[1-9]\d?|R[1-9]\d{2}),?$")


def _road_number(tokens: list[Token], i: int) -> Street | None:
    """'R478', 'A836' as a comma-bounded part of an address: after a comma (a place's name
    before it) or opening the text, and a comma and a capitalised name (the townland or town)
    after it. Alone, or with a word after it, the same shape is an Eircode's routing key ('A96
    K2P6'), an Argentine postcode ('B1648 Tigre'), a paper size or a route in directions ('A27
    west to Brighton'): never a street."""
    tok = tokens[i]
    if not _ROAD_NUMBER.match(tok.text) or i + 2 >= len(tokens):
        return None
    if i > 0 and tokens[i - 1].text != ",":
        return None
    comma = tok.text.endswith(",")
    after = tokens[i + 1] if comma else tokens[i + 2]
    if not comma and tokens[i + 1].text != ",":
        return None
    if not (is_name(after) and after.text[:1].isupper() and not is_number(after)):
        return None
    if _ROUTE.match(after.text) or (i > 1 and _ROUTE.match(tokens[i - 2].text)):
        return None  # 'A2, M2, A299, Margate': a list of roads, a route
    return Street(i, i, False, None)


_ROUTE = lazy(r"^[ABMNR][1-9]\d{0,3}(?:\(M\))?,?$")  # any road's number, a motorway's too


def _numbered_pier(tokens: list[Token], i: int) -> Street | None:
    """'Pier 59', 'Wharf 7': the word capitalised, then its number."""
    tok = tokens[i]
    if tok.key not in _PIER_WORDS or not tok.text[:1].isupper() or i + 1 >= len(tokens):
        return None
    return Street(i, i + 1, True, None) if is_number(tokens[i + 1]) else None


def _welsh(tokens: list[Token], i: int) -> Street | None:
    found = welsh_street(tokens, i)  # 'Heol y Frenhines', '12 Stryd Fawr' (welsh_streets.py)
    return Street(found[0], found[1], found[2], "GB") if found else None


def is_number(tok: Token) -> bool:
    return bool(_NUMBER.match(tok.text)) and not tok.text.endswith(":")


# a Maltese name after its article, joined by a hyphen: "Triq il-Merkanti", "Triq is-Saqqajja",
# "Triq iż-Żagħfran", "Triq tal-Barrani" (the article assimilates to the name's first letter)
_MALTESE_ARTICLE = lazy(r"^(?:i[lċdnrstxż]|l|ta[lċdnrstxż])-[^\W\d_]{2,}", re.I)


# Dutch names after the old genitive article "'s-" (des): "'s-Gravenhof 4", "'s-Gravendijkwal 12"
_DUTCH_ARTICLE = lazy(rf"^['\u2019]s-[{LATIN_CAPITALS}][^\W\d_]{{2,}}")


def opens_capitalised(text: str) -> bool:
    """A name's first word: a capital, or the Dutch article before one ("'s-Gravenhof")."""
    return text[:1].isupper() or bool(_DUTCH_ARTICLE.match(text))


def is_name(tok: Token) -> bool:
    if tok.text in SEPARATORS or tok.text.endswith(":") or tok.key in P.LABEL_WORDS:
        return False
    return (
        bool(_NAME.match(tok.text))
        or bool(_MALTESE_ARTICLE.match(tok.text))
        or bool(_DUTCH_ARTICLE.match(tok.text))
        or bool(_ORDINAL.match(tok.text))
        or tok.key in P.PARTICLES
        or tok.text in P.STREET_PARTICLES
    )


# street types that are no everyday word ("Lane", "Road"; not "Way", "Park", "St")
_STRONG_TYPES = P.STREET_SUFFIXES - P.WEAK_SUFFIXES


def _label_word_names(tokens: list[Token], j: int) -> bool:
    """'Call Lane', 'Hospital Road': a capitalised label word with no colon, then a street type,
    names a street (a label word is otherwise never part of one)."""
    tok = tokens[j]
    return (
        tok.key in P.LABEL_WORDS
        and tok.text[:1].isupper()
        and not tok.text.endswith((":", ","))
        and j + 1 < len(tokens)
        and tokens[j + 1].key in _STRONG_TYPES
        and tokens[j + 1].text[:1].isupper()
    )


def _ends_street(tokens: list[Token], j: int, codes: frozenset[int] = frozenset()) -> bool:
    """A weak type word ("St", "Dr") is a street's end only if nothing but a break follows, or
    a town and its postcode ("Queen St Auckland Central, Auckland 1010" in running text)."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None or nxt.text in SEPARATORS or nxt.key in P.DIRECTIONS:
        return True
    if nxt.key in P.UNIT_WORDS or nxt.text.startswith("#"):
        return True  # "123 Main St Suite 200"
    if tokens[j].key not in P.WEAK_SUFFIXES or tokens[j].text.endswith(","):
        return True
    return _town_then_code(tokens, j + 1, codes)


def _town_then_code(tokens: list[Token], k: int, codes: frozenset[int]) -> bool:
    """Capitalised town words (commas between) from ``k`` up to a postcode's first token."""
    words = 0
    while k < len(tokens) and words <= MAX_NAME_WORDS + 2:
        if k in codes:
            return words > 0
        tok = tokens[k]
        if tok.text == ",":
            k += 1
            continue
        if not is_name(tok) or is_number(tok) or not tok.text[:1].isupper():
            return False
        words += 1
        k += 1
    return False


def _with_direction(tokens: list[Token], j: int) -> int:
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return j + 1 if nxt is not None and nxt.key in P.DIRECTIONS and nxt.text[0].isupper() else j


def _number_first(tokens: list[Token], i: int, codes: frozenset[int]) -> Street | None:
    """52 Grove Rd, 1600 Pennsylvania Ave NW, 12 rue de Rivoli, 1619 Broadway."""
    if not is_number(tokens[i]) or (i > 0 and tokens[i - 1].text.lower() in ("#", "no.")):
        return None
    if _PHONE_LINE.match(tokens[i].text):
        return None  # "(612) 555-0177 2400 3rd Ave S": a phone's number, then the street's
    end = None
    for j in range(i + 1, min(i + 2 + MAX_NAME_WORDS, len(tokens))):
        tok = tokens[j]
        if not is_name(tok) and not _label_word_names(tokens, j):
            break
        typed = j > i + 1 and tok.key in P.STREET_SUFFIXES
        # "1619 Broadway" has no type word; a Korean road name carries its own ("281 Eulji-ro")
        standalone = j == i + 1 and (tok.key == "broadway" or bool(P.KOREAN_ROAD.match(tok.text)))
        if (typed or standalone) and _ends_street(tokens, j, codes):
            end = j
        if tok.text.endswith(","):
            break
    if end is None:
        return _french(tokens, i)
    return Street(i, _with_direction(tokens, end), True, None)


# chōme-banchi-gō, the block numbers of a Japanese address written in Latin letters before the
# district ("1-9-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005"; Japanese addressing system, Japan
# Post's romanised order)
_JAPANESE_BLOCK = lazy(r"^\d{1,2}-\d{1,3}-\d{1,3},?$")
_JAPANESE_WARD = lazy(r"-(?:ku|shi|cho|chō|machi|mura|gun)$")  # the ward, city or town


def _japanese_block(tokens: list[Token], i: int, codes: frozenset[int]) -> Street | None:
    """1-9-1 Marunouchi, 3-5-1 Ginza: three block numbers and the district; a street only when
    its ward and its town and postcode follow ("Chiyoda-ku, Tokyo 100-0005"), as three numbers
    are also a scene's or a version's."""
    if not _JAPANESE_BLOCK.match(tokens[i].text) or i + 1 >= len(tokens):
        return None
    name = tokens[i + 1]
    if not is_name(name) or is_number(name) or not name.text[:1].isupper():
        return None
    ward = any(_JAPANESE_WARD.search(t.key) for t in tokens[i + 2 : i + 8])
    return Street(i, i + 1, True, "JP") if ward and _town_then_code(tokens, i + 2, codes) else None


def _french(tokens: list[Token], i: int) -> Street | None:
    """12 rue de Rivoli, 5 Avenue Montaigne: the type word follows the number."""
    k = i + 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1  # "12, rue de la Paix"
    if k >= len(tokens) or tokens[k].key not in P.FRENCH_TYPES:
        return None
    last = k
    while last + 1 < len(tokens) and last - k < MAX_NAME_WORDS:
        nxt = tokens[last + 1]
        if not (is_name(nxt) or nxt.text[:2].lower() in ("l'", "d'")) or is_number(nxt):
            break
        last += 1
    return Street(i, last, True, "FR") if last > k else None


def _french_number_after(tokens: list[Token], i: int) -> Street | None:
    """Place des Volontaires 2, Rue du Marché 14: the Swiss and Belgian French order, the type
    word capitalised and the number after the name (required: "Place Bell" is a venue)."""
    tok = tokens[i]
    if tok.key not in P.FRENCH_TYPES or not tok.text[:1].isupper() or tok.key == "av":
        return None
    for j in range(i + 1, min(i + 2 + MAX_NAME_WORDS, len(tokens))):
        t = tokens[j]
        if is_number(t):
            return Street(i, j, True, "FR") if j > i + 1 else None
        if not (is_name(t) or t.key in P.PARTICLES or t.text[:2].lower() in ("l'", "d'")):
            return None
    return None


def _prefixed(tokens: list[Token], i: int) -> Street | None:
    """ul. Marszałkowska 10/12, al. Jana Pawła II 5 m. 3, Via Roma 12, Calle Mayor 5."""
    tok = tokens[i]
    country = P.STREET_PREFIXES.get(tok.key)
    if country is None:
        return _german_prefixed(tokens, i)
    if tok.key in P.DOTTED_PREFIXES and not tok.text.endswith("."):
        return None
    if tok.text == "PL.":
        return None  # "PL." in capitals is "plener" (exterior) in a Polish scene row
    if country != "PL" and not tok.text[0].isupper():
        return None  # "via" in an English sentence
    last, number = i, None
    for j in range(i + 1, min(i + 3 + MAX_NAME_WORDS, len(tokens))):
        t = tokens[j]
        if is_number(t) and j > i + 1:
            if number is not None and tokens[j - 1].key not in _FLAT_WORDS:
                break  # "137 02-507": the postcode follows the house number
            last = number = j
            continue
        if number is None and j > i + 1 and _no_number(tokens, j):
            # "C. de los Diputados s/n", "Via Appia snc", "Calle Real sin número": the mark of
            # a street with no house number, where the number stands
            last = number = j + (tokens[j].key == "sin")
            break
        if number is None and j > i + 1 and _grid_number(tokens, j):
            # Colombian "Carrera 9 # 10-39", "Calle 16A # 17-141": the street, then "#" and
            # the crossing street's number with the metres from it, the house's number
            last = number = j + (t.text == "#")
            break
        if number is not None and t.key in _FLAT_WORDS:
            continue  # "10 lok. 5": the flat number follows
        if t.text == "," and number is None and j + 1 < len(tokens) and _house(tokens[j + 1]):
            if j > i + 1 and j + 2 < len(tokens) and tokens[j + 2].text == ",":
                # Spanish "Calle de Bailén, 10, 28013 Madrid", Brazilian "Praça da Sé, s/n, ..."
                last = number = j + 1
            break
        if not (is_name(t) or is_number(t)) or number is not None:
            break
        last = j
        if t.text.endswith(","):
            break
    if last == i or (tok.key in ("av", "c") and number is None):
        return None  # "Av." alone is also the French "avenue" ("Av. Foch"): only with a number
    if tok.key == "c" and not tok.text.startswith("C"):
        return None
    return Street(i, number if number is not None else last, number is not None, country)


_NO_NUMBER = frozenset({"s/n", "snc", "s.n.c", "s.n"})
_GRID_NUMBER = lazy(r"^#?\s?\d{1,3}[A-Za-z]?-\d{1,3},?$")


def _grid_number(tokens: list[Token], j: int) -> bool:
    """'# 10-39' or '#10-39' after a numbered street's name: a Colombian grid address's house
    number (the crossing street, a dash, the metres), never a phone's or a postcode's digits."""
    if tokens[j].text == "#":
        return j + 1 < len(tokens) and bool(_GRID_NUMBER.match(tokens[j + 1].text))
    return tokens[j].text.startswith("#") and bool(_GRID_NUMBER.match(tokens[j].text))


def _house(tok: Token) -> bool:
    """A house number, or "s/n" (sin número, sem número) printed in its place."""
    return is_number(tok) or tok.key in _NO_NUMBER


def _no_number(tokens: list[Token], j: int) -> bool:
    """'s/n', 'S/N' (Spanish sin número, Portuguese sem número), Italian 'snc' (senza numero
    civico), or 'sin número' in words: printed where a street with no house number has one."""
    if tokens[j].key in _NO_NUMBER:
        return True
    return (
        tokens[j].key == "sin"
        and j + 1 < len(tokens)
        and tokens[j + 1].key in ("número", "numero", "nº", "n°")
    )


def _german_prefixed(tokens: list[Token], i: int) -> Street | None:
    """Am Güterbahnhof 3, An der Alster 12, Zum Hafen 4: a name of one to three words, a number."""
    tok = tokens[i]
    if tok.key not in P.GERMAN_PREFIXES or not tok.text.istitle():
        return None
    for j in range(i + 1, min(i + 5, len(tokens))):
        t = tokens[j]
        if is_number(t):
            named = j > i + 1 and tokens[j - 1].text[0].isupper()
            return Street(i, j, True, "DE") if named else None
        if not is_name(t) and t.key not in ("der", "dem", "den"):
            return None
    return None


def _compound(tokens: list[Token], i: int) -> Street | None:
    """Hauptstraße 5, Keizersgracht 123, Berliner Str. 12, Friedrich-Ebert-Straße 7a."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    compound = tok.text[:1].isupper() and P.COMPOUND_STREET.match(tok.text)
    if compound and nxt is not None and is_number(nxt):
        ending = next((e for e in P.COMPOUND_COUNTRY if tok.key.endswith(e)), None)
        return Street(i, i + 1, True, P.COMPOUND_COUNTRY.get(ending or "", "DE"))
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if (
        nxt is not None
        and after is not None
        and is_name(tok)
        and tok.text[:1].isupper()
        and nxt.key in P.STANDALONE_EU
        and is_number(after)
    ):
        return Street(i, i + 2, True, "DE")
    return None


def _nordic_apart(tokens: list[Token], i: int) -> Street | None:
    """Karl Johans gate 22, Kongens gate 6: capitalised name words, a Nordic street word apart
    and in lower case, then the number (as Norwegian, Swedish and Danish streets are written)."""
    if not tokens[i].text[:1].isupper() or not is_name(tokens[i]) or is_number(tokens[i]):
        return None
    for j in range(i + 1, min(i + 3, len(tokens) - 1)):
        tok = tokens[j]
        if tok.text in P.NORDIC_APART and is_number(tokens[j + 1]):
            return Street(i, j + 1, True, P.NORDIC_APART[tok.text])
        if not tok.text[:1].isupper() or not is_name(tok) or is_number(tok):
            return None
    return None


def _named_type(tokens: list[Token], i: int, codes: frozenset[int]) -> Street | None:
    """Bridge Rd, Westminster Bridge Road: a street with no number (common on UK sheets)."""
    for j in range(i, min(i + MAX_NAME_WORDS + 1, len(tokens))):
        tok = tokens[j]
        if not (is_name(tok) or _label_word_names(tokens, j)) or is_number(tok):
            return None
        if j > i and tok.key in P.STREET_SUFFIXES and _ends_street(tokens, j, codes):
            if not tokens[i].text[0].isupper():
                return None
            if j - i > 1 and not _ends_street(tokens, j):
                return None  # run on into a postcode: "Darling St", not "City Hall Darling St"
            weak = tok.key in P.WEAK_SUFFIXES
            return Street(i, _with_direction(tokens, j), False, None, weak)
    return None


# Streets written with no type word after their name, as British and Irish towns have them:
# 'Strand', 'The Mall', 'Castle Ditch', and names ending in an old street word ('Canongate',
# 'Castlehill', 'Kingsway', 'Cheapside', 'Grassmarket', 'Lawnmarket', 'Deangate')
_TYPELESS = frozenset({"strand", "mall", "broadway", "ditch", "shambles", "wynd", "vennel"})
_TYPELESS_ENDINGS = ("gate", "hill", "way", "side", "market", "row", "wynd", "street")


def street_evidence(street: str) -> bool:
    """Whether the street part of an address shows that it is a street: a house number, a
    street type or prefix, or a name a street is made of. A bare place name before the post
    town ('Llanwddyn, Oswestry SY10 0LZ') may be the village (Royal Mail's dependent locality)
    as well as a street with no type word: it shows nothing."""
    if re.search(r"\d|\bs/n\b|\bsnc\b|\bsin n[úu]mero\b", street, re.I):
        return True
    for tok in tokenize(street):
        key = tok.key
        if key in _STREET_WORDS or key in _TYPELESS or key.endswith(_COMPOUND_TAILS):
            return True
        if welsh_type(key) and tok.text[:1].isupper():
            return True
        if len(key) > 5 and key.endswith(_TYPELESS_ENDINGS):
            return True
        if P.KOREAN_ROAD.match(tok.text) or _JAPANESE_BLOCK.match(tok.text):
            return True
    return False


def _slavic_apart(tokens: list[Token], i: int) -> Street | None:
    """Franjevački put 1, Zaloška cesta 2: one or two capitalised name words, the last ending as
    a South Slavic adjective or possessive does, the street word apart and in lower case, then
    the number ("I put 2 chairs" has no such name); Radio iela 8, Palangos g. 1: a Baltic street
    word after any capitalised name."""
    for j in range(i + 1, min(i + 3, len(tokens) - 1)):
        if not all(t.text[:1].isupper() and is_name(t) and not is_number(t) for t in tokens[i:j]):
            return None
        tok = tokens[j]
        if not is_number(tokens[j + 1]):
            continue
        if (
            tok.text in P.SLAVIC_APART
            and len(tokens[j - 1].key) >= 4
            and P.SLAVIC_NAME_END.search(tokens[j - 1].key)
        ):
            return Street(i, j + 1, True, P.SLAVIC_APART[tok.text])
        if tok.key in P.BALTIC_APART and tok.text[:1].islower():
            return Street(i, j + 1, True, P.BALTIC_APART[tok.key])
    return None
