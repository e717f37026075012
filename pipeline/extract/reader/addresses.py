"""Postal addresses found by their shape: a street, a town and a postcode, in any order used.

Streets are found on words (``streets``) and postcodes by their national shape
(``address_parts``). An address runs from its street to its postcode, so two addresses on one
line ("52 Grove Rd, London E3 5TB, Bridge Rd, London SE1 7EH") come out as two. A US or Canadian
postcode with no street found before it ("500 Brickell Key Miami FL 33131") is handed to
``usaddress`` (a CRF trained on US addresses) to find where the street starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.reader import address_parts as P
from pipeline.extract.reader.remember import memo
from pipeline.extract.reader.streets import (
    MAX_NAME_WORDS,
    SEPARATORS,
    Street,
    Token,
    find_streets,
    is_name,
    is_number,
    opens_capitalised,
    tokenize,
)

MAX_ADDRESS_TEXT = 500  # characters: an address line is short; this bounds the word scan
MAX_GAP_WORDS = 10  # tokens (town words, unit, commas, a dash) between a street and its postcode
_DASHES = frozenset({"-", "\u2013"})


@dataclass(frozen=True)
class Address:
    """A postal address as printed: its span in the text and what was recognised in it."""

    text: str
    start: int
    end: int
    quality: float  # 1.0: street, town and postcode; lower when parts are missing
    postcode: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2 guess, or None
    street: str | None = None
    city: str | None = None


def find_address(text: str, region: str | None = None) -> Address | None:
    """The first whole address in ``text`` (ending at its postcode when it has one), or None.

    Parameters
    ----------
    text:
        A line or a cell, labels and other values included ("Hospital: 52 Grove Rd, ...").
    region:
        The sheet's country (ISO alpha-2), used as the country guess when the address itself
        does not tell.
    """
    found = find_addresses(text, region)
    return found[0] if found else None


@memo
def find_addresses(text: str, region: str | None = None) -> list[Address]:
    """Every address in ``text``, in order (the first ``MAX_ADDRESS_TEXT`` characters are read)."""
    text = text[:MAX_ADDRESS_TEXT]
    tokens = tokenize(text)
    postcodes = P.find_postcodes(text)
    starts = {c.start for c in postcodes}
    streets = find_streets(tokens, frozenset(k for k, t in enumerate(tokens) if t.start in starts))
    if not streets and not postcodes:
        return []
    out: list[Address] = []
    pos = 0  # token index where the next address may start
    while pos < len(tokens):
        address, pos = _next_address(text, tokens, streets, postcodes, pos, region)
        if address is None:
            break
        out.append(address)
    return out


def address_score(text: str) -> float:
    """How much ``text`` looks like a postal or street address, 0 (not at all) to 1."""
    found = find_addresses(text)
    if not found:
        return 0.0
    body = re.sub(r"^[^:\d]{0,30}:", "", text[:MAX_ADDRESS_TEXT]).strip(" ,;.-")
    covered = sum(a.end - a.start for a in found) / max(len(body), 1)
    return round(max(a.quality for a in found) * (0.5 + 0.5 * min(covered, 1.0)), 3)


def _token_at(tokens: list[Token], char: int) -> int:
    """Index of the first token that ends after ``char``."""
    return next((k for k, t in enumerate(tokens) if t.end > char), len(tokens))


def _next_address(
    text: str,
    tokens: list[Token],
    streets: list[Street],
    postcodes: list[P.Postcode],
    pos: int,
    region: str | None,
) -> tuple[Address | None, int]:
    street = next((s for s in streets if s.first >= pos), None)
    european = region is not None and region.upper() not in ("US", "CA", "GB", "AU", "NZ")
    code = next(
        (
            c
            for c in postcodes
            if _token_at(tokens, c.start) >= pos
            and (c.strong or (c.city and (european or _continental(c, tokens, streets, pos))))
        ),
        None,
    )
    code_first = code is not None and (street is None or tokens[street.first].start > code.start)
    if code_first and code is not None:
        return _from_postcode(text, tokens, streets, postcodes, code, pos, region)
    if street is None:
        return None, len(tokens)
    return _from_street(text, tokens, streets, postcodes, street, region)


def _from_street(
    text: str,
    tokens: list[Token],
    streets: list[Street],
    postcodes: list[P.Postcode],
    street: Street,
    region: str | None,
) -> tuple[Address, int]:
    """The street, then its town and postcode if they follow before anything else does."""
    first = _unit_before(tokens, street.first)
    next_street = next((s.first for s in streets if s.first > street.last), len(tokens))
    stop = min(next_street, street.last + 1 + MAX_GAP_WORDS, len(tokens))
    code, code_at = _postcode_reached(tokens, postcodes, street.last + 1, stop)
    if code is not None:
        end = _token_at(tokens, code.end - 1)
        city_words = _last_group(tokens, street.last + 1, code_at)
    else:
        city_words = _first_group(tokens, street.last + 1, stop)
        end = _unit_after(tokens, street.last)
        end = _token_at(tokens, city_words[-1].start) if city_words else end
    end = _country_after(tokens, end)
    street_text = text[tokens[street.first].start : tokens[street.last].end]
    if code is not None:
        city = code.city or " ".join(t.text.rstrip(",") for t in city_words) or None
        quality = 1.0 if city and not street.weak else 0.9
        # German street words with a 4-digit code: Austria or Switzerland, not Germany
        german_elsewhere = street.country == "DE" and len(code.code) == 4
        street_country = None if german_elsewhere else street.country
        country = _country(code.country, street_country, tokens, end, region)
        return _address(text, tokens, first, end, quality, code.code, country, street_text, city)
    if street.numbered:
        quality = 0.75 if city_words else 0.6
    else:
        quality = (0.4 if city_words else 0.3) if street.weak else (0.6 if city_words else 0.5)
    city = " ".join(t.text.rstrip(",") for t in city_words) or None
    country = _country(None, street.country, tokens, end, region)
    return _address(text, tokens, first, end, quality, None, country, street_text, city)


def _from_postcode(
    text: str,
    tokens: list[Token],
    streets: list[Street],
    postcodes: list[P.Postcode],
    code: P.Postcode,
    pos: int,
    region: str | None,
) -> tuple[Address, int]:
    """A postcode reached before any street: a street after it, or a town or street before."""
    code_first, code_last = _token_at(tokens, code.start), _token_at(tokens, code.end - 1)
    after = code_last + 1
    while after < len(tokens) and tokens[after].text in (",", ";"):
        after += 1
    street = next((s for s in streets if s.first == after), None)
    if street is not None and code.city:  # "00-590 Warszawa, ul. Marszałkowska 10"
        street_text = text[tokens[street.first].start : tokens[street.last].end]
        end = _country_after(tokens, street.last)
        country = _country(code.country, street.country, tokens, end, region)
        return _address(text, tokens, code_first, end, 0.95, code.code, country, street_text,
                        code.city)  # fmt: skip
    start, street_text, quality, city = code_first, None, 0.5, code.city
    before = _street_before(tokens, pos, code_first)
    if before is not None:  # "Piotrkowska 104, 90-001 Łódź": a European street with no type word
        start, street_text, quality = (
            before,
            text[tokens[before].start : tokens[code_first - 2].end],
            0.85,
        )
    elif (before := _numbered_group_before(tokens, pos, code_first)) is not None:
        # "2 Canal Reach, London N1C 4DB": a numbered street whose type word is not known
        start, quality = before, 0.85
        street_text = text[tokens[before].start : tokens[_group_end(tokens, before)].end]
        city = " ".join(t.text for t in _last_group(tokens, before, code_first)) or None
    elif (before := _named_group_before(tokens, pos, code_first, code.country)) is not None:
        # "Somerset House, Strand, London WC2R 1LA": a British street often has no number
        start, quality = before, 0.8
        street_text = text[tokens[before].start : tokens[_group_end(tokens, before)].end]
        city = " ".join(t.text for t in _last_group(tokens, before, code_first)) or None
    elif code.country in ("US", "CA"):
        found = _usaddress_start(text, tokens, pos, code_first, code_last)
        if found is not None:
            start, street_text, city = found
            quality = 0.9
    if start == code_first and not code.city:
        start = _town_before(tokens, pos, code_first)
        words = [t.text for t in tokens[start:code_first] if t.text not in SEPARATORS]
        city = " ".join(words) or None
        quality = 0.5 if city else 0.35
    end = _country_after(tokens, code_last)
    country = _country(code.country, None, tokens, end, region)
    return _address(text, tokens, start, end, quality, code.code, country, street_text, city)


def _continental(code: P.Postcode, tokens: list[Token], streets: list[Street], pos: int) -> bool:
    """A bare five-digit code with its town, right after 'Name Number,': the continental form
    ("Vodičkova 36, 110 00 Praha", "Hauptweg 7, 80331 München"). Four digits are as often a
    time ("Call 7, 0630 Lunch"): they count only after a street known by its street word
    ("Vesterbrogade 3, 1630 København V", "Karl Johans gate 22, 0159 Oslo": the Nordic and
    Swiss form, four digits before the town; UPU, Denmark, Norway and Switzerland postcode
    formats, e.g. en.wikipedia.org/wiki/Postal_codes_in_Norway)."""
    digits = sum(ch.isdigit() for ch in code.code)
    first = _token_at(tokens, code.start)
    if digits == 5:
        return _street_before(tokens, pos, first) is not None
    return digits == 4 and any(
        s.numbered and not s.weak and s.first >= pos and s.last == first - 2
        for s in streets
        if tokens[first - 1].text == ","
    )


def _usaddress_start(
    text: str, tokens: list[Token], pos: int, code_first: int, code_last: int
) -> tuple[int, str, str | None] | None:
    """Where usaddress sees the street (and the town) in the words before a US or CA code.

    It is given the words from the last label ("Set:") through the postcode: it tags far
    better with the state and ZIP in view and no label in front.
    """
    lo = max(pos, code_first - 16)
    labels = [k for k in range(lo, code_first) if tokens[k].text.endswith(":")]
    lo = labels[-1] + 1 if labels else lo
    words = tokens[lo : code_last + 1]
    if lo >= code_first:
        return None
    window = text[words[0].start : words[-1].end]
    import usaddress  # here: its import (a CRF model) costs more than most sheets' reading

    try:
        tagged = usaddress.parse(window)
    except Exception:  # usaddress raises on odd input; the code alone is still an address
        return None
    offset, cursor = words[0].start, 0
    spans: list[tuple[int, str, str]] = []
    for word, label in tagged:
        at = window.find(word, cursor)
        cursor = at + len(word)
        spans.append((offset + at, label, word.rstrip(",")))
    for k, (char, label, _) in enumerate(spans[:-1]):
        if label != "AddressNumber" or not spans[k + 1][1].startswith("StreetName"):
            continue
        last = k + 1
        while last + 1 < len(spans) and spans[last + 1][1].startswith("StreetName"):
            last += 1
        first_tok, last_tok = _token_at(tokens, char), _token_at(tokens, spans[last][0])
        if _cut_street(tokens, first_tok, last_tok, lo):
            return None
        street = text[tokens[first_tok].start : tokens[last_tok].end]
        city = " ".join(w for _, lab, w in spans[last + 1 :] if lab == "PlaceName") or None
        return first_tok, street, city
    return None


def _is_unit(tokens: list[Token], k: int) -> bool:
    """ "Suite 200", "lok. 5", "#12": a unit designator with its number."""
    tok = tokens[k]
    if tok.text.startswith("#") and any(ch.isdigit() for ch in tok.text):
        return True
    return tok.key in P.UNIT_WORDS and k + 1 < len(tokens) and is_number(tokens[k + 1])


def _filler(tokens: list[Token], k: int) -> int:
    """How many tokens at ``k`` may stand between a street and its postcode (0: none)."""
    tok = tokens[k]
    if _is_unit(tokens, k):
        return 1 if tok.text.startswith("#") else 2
    if tok.text in (",", ";") or tok.key in P.PARTICLES:
        return 1
    return 1 if is_name(tok) and not is_number(tok) else 0


def _postcode_reached(
    tokens: list[Token], postcodes: list[P.Postcode], j: int, stop: int
) -> tuple[P.Postcode | None, int]:
    """The postcode that follows a street across town words, units and commas only."""
    while j < stop:
        code = next((c for c in postcodes if c.start == tokens[j].start), None)
        if code is not None:
            return code, j
        step = _filler(tokens, j)
        if not step and tokens[j].text in _DASHES and j + 1 < stop:
            step = 1  # "Mumbai - 400 050", "São Paulo - SP, 01310-200": a dash before the code
        if not step:
            break
        j += step
    return None, j


def _last_group(tokens: list[Token], j: int, code_at: int) -> list[Token]:
    """The town: the name words right before the postcode ("Burbank" in ", Burbank, CA ...")."""
    words: list[Token] = []
    for tok in reversed(tokens[j:code_at]):
        if tok.text in (",", ";") or (tok.text in _DASHES and not words):
            if words:
                break
            continue
        if not is_name(tok) or is_number(tok):
            break
        words.insert(0, tok)
    return words


def _first_group(tokens: list[Token], j: int, stop: int) -> list[Token]:
    """With no postcode, only the words after the street's comma: "52 Grove Rd, London"."""
    j = _unit_after(tokens, j - 1) + 1
    if j >= stop or tokens[j].text != ",":
        return []
    words: list[Token] = []
    for tok in tokens[j + 1 : min(stop, j + 5)]:
        if not is_name(tok) or is_number(tok) or tok.key in P.PARTICLES:
            break
        words.append(tok)
    return words


def _unit_after(tokens: list[Token], last: int) -> int:
    """Extend a street over "Suite 200" / ", lok. 5" printed after it."""
    k = last + 1
    if k < len(tokens) and tokens[k].text == "," and k + 1 < len(tokens):
        k += 1
    if k < len(tokens) and _is_unit(tokens, k):
        return k if tokens[k].text.startswith("#") else k + 1
    return last


def _street_before(tokens: list[Token], pos: int, code_first: int) -> int | None:
    """Name words and a house number, then a comma, right before a postcode: "Piotrkowska 104, "."""
    k = code_first - 1
    if k - 1 < pos or tokens[k].text != "," or not is_number(tokens[k - 1]):
        return None
    start = k - 1
    while start - 1 >= pos and k - 1 - (start - 1) <= 3:
        tok = tokens[start - 1]
        if not (is_name(tok) or _lower_word(tok)) or is_number(tok):
            break
        start -= 1
    # the street's name opens with a capital; one later word may not ('Dlouhá jízda 1254/1')
    while start < k - 1 and not opens_capitalised(tokens[start].text):
        start += 1
    if sum(_lower_word(t) for t in tokens[start : k - 1]) > 1:
        return None
    return start if start < k - 1 else None


def _lower_word(tok: Token) -> bool:
    return tok.text.isalpha() and tok.text.islower()


def _group_end(tokens: list[Token], k: int) -> int:
    while k + 1 < len(tokens) and tokens[k + 1].text not in SEPARATORS:
        k += 1
    return k


def _numbered_group_before(tokens: list[Token], pos: int, code_first: int) -> int | None:
    """A group "NUMBER Name Name," before the town group of a postcode: its start."""
    k = code_first - 1
    if k >= pos and tokens[k].text == ",":
        k -= 1  # "Burbank, CA 91522"
    town_end = k
    while k >= pos and is_name(tokens[k]) and not is_number(tokens[k]):
        k -= 1  # the town's words
    if k < pos or k == town_end or tokens[k].text != ",":
        return None
    end, k = k - 1, k - 1
    while k >= pos and k > end - MAX_NAME_WORDS and is_name(tokens[k]) and not is_number(tokens[k]):
        k -= 1
    if k < pos or k == end or not is_number(tokens[k]) or tokens[k].text.endswith(":"):
        return None
    return None if _cut_street(tokens, k, end, pos) else k


def _cut_street(tokens: list[Token], first: int, last: int, pos: int) -> bool:
    """Whether a house number and the words after it are what is left of a street cut short:
    "12 N, Steinbach, MB ..." (a number and a direction are no street), or a number after a
    road's code in capitals ("RM 12 N": the road's number, not a house number)."""
    if all(t.key in P.DIRECTIONS for t in tokens[first + 1 : last + 1]):
        return True
    before = tokens[first - 1].text if first - 1 >= pos else ""
    return 2 <= len(before) <= 4 and before.isalpha() and before.isupper()


def _named_group_before(
    tokens: list[Token], pos: int, code_first: int, country: str | None
) -> int | None:
    """A comma-bounded group of name words before the town of a postcode: "Strand, London ..."

    The group must start the text (or follow a comma or a label) and the town must be one
    group of its own: "Somerset House, Strand, London WC2R 1LA" gives "Strand".
    """
    if country != "GB":
        return None
    k = code_first - 1
    if k >= pos and tokens[k].text == ",":
        k -= 1
    town_end = k
    while k >= pos and is_name(tokens[k]) and not is_number(tokens[k]):
        k -= 1
    if k < pos or k == town_end or tokens[k].text != ",":
        return None
    end, k = k - 1, k - 1
    while k >= pos and k > end - MAX_NAME_WORDS and is_name(tokens[k]) and not is_number(tokens[k]):
        k -= 1
    if k == end:
        return None
    if k >= pos and tokens[k].text != "," and not tokens[k].text.endswith(":"):
        return None
    return k + 1


def _unit_before(tokens: list[Token], first: int) -> int:
    """Include "Unit 5, " or "Flat 2 " printed just before the street."""
    k = first - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k >= 1 and is_number(tokens[k]) and tokens[k - 1].key in P.UNIT_WORDS:
        return k - 1
    return first


def _town_before(tokens: list[Token], pos: int, code_first: int) -> int:
    """Capitalised words just before a postcode: "London SE1 7EH", "GLENDALE, NY 11385"."""
    code_at = code_first
    if code_first - 1 >= pos and tokens[code_first - 1].text == ",":
        code_first -= 1
    k = code_first
    while k - 1 >= pos and code_first - (k - 1) <= 3:
        tok = tokens[k - 1]
        if not is_name(tok) or is_number(tok) or tok.key in P.PARTICLES:
            break
        k -= 1
    return k if k < code_first else code_at


def _country_after(tokens: list[Token], end: int) -> int:
    """Extend over ", UK" or " Poland" after an address."""
    k = end + 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    for size in (2, 1):
        words = tokens[k : k + size]
        if len(words) == size and " ".join(t.key for t in words) in P.COUNTRY_WORDS:
            return k + size - 1
    return end


def _country(
    postcode_country: str | None,
    street_country: str | None,
    tokens: list[Token],
    end: int,
    region: str | None,
) -> str | None:
    printed = P.COUNTRY_WORDS.get(tokens[end].key)
    return printed or postcode_country or street_country or region


def _address(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    quality: float,
    postcode: str | None,
    country: str | None,
    street: str | None,
    city: str | None,
) -> tuple[Address, int]:
    start, end = tokens[first].start, tokens[last].end
    span = text[start:end].rstrip(" ,;")
    address = Address(span, start, start + len(span), quality, postcode, country, street, city)
    return address, last + 1
