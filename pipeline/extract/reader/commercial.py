"""A commercial's title from its header keys.

A commercial's call sheet heads the page with the job's keys: CLIENT, AGENCY, PRODUCT (or
BRAND), SPOT / COMMERCIAL / CAMPAIGN, JOB NO., DIRECTOR. The client is the company paying
("Coastal Dairy Co."); the production is what is shot: the product and the spot ("Sunny Boy
Ice Blocks - Summer's Last"). So where the header names a client or an agency, the title is
the value of its product key, joined to the spot's name when a spot key is printed too
("Product - Spot"), or the spot's name alone when no product is printed.

A key's value is read in the three ways headers print it: run on after a colon ("Product:
Sunny Boy"), in the run right of the key on its row (the value larger than the small key, or
the key ending in a colon), or under the key in its cell (flush with it, larger than it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.title import clean_title, company_name
from pipeline.extract.reader.values import find_dates, find_time

HEAD_SHARE = 0.4  # the top of page 1, where a commercial prints its job's keys
CELL_ALIGN = 3.0  # points: a cell's value starts within this of its key
SIZE_STEP = 0.3  # points: a value printed larger than its key

# who pays and who made the idea: a commercial's header (English, Polish, German, French,
# Spanish, Dutch, Scandinavian words for the two)
_PAYER = lazy(
    r"^(?:\d{1,2}\s+)?(?:client|klient|kunde|auftraggeber|annonceur|cliente|opdrachtgever"
    r"|agency|agencja|agentur|agence|agencia|bureau|byrå)\b",
    re.I,
)
PRODUCT_KEYS = ("product", "brand", "produkt", "marka", "marke", "produit", "marque")
SPOT_KEYS = (  # in the order one is preferred over another
    "spot title",
    "spot name",
    "title of spot",
    "commercial title",
    "spot",
    "commercial",
    "tvc",
    "film title",
    "campaign",
    "kampania",
    "kampagne",
    "campagne",
    "title",
)
# 'TITLE' alone is the production's own label (read as one elsewhere): it only joins a product
_ONLY_WITH_PRODUCT = frozenset({"title"})
_KEY_WORDS = (
    set(PRODUCT_KEYS)
    | set(SPOT_KEYS)
    | {"client", "agency", "job", "job no", "job #", "director", "producer", "date", "dop"}
    | {"production", "production company", "prod co", "location", "call", "crew call"}
    | {"product / spot"}
)


def _key(text: str) -> str:
    """A run's text as a key: lower case, numbering, the colon and spaces taken off."""
    text = re.sub(r"^\d{1,2}\s+", "", text.strip())
    return re.sub(r"\s+", " ", text.rstrip(" :.-\u2013")).lower()


def _colon_value(text: str) -> tuple[str, str] | None:
    """'Product: Sunny Boy', 'SPOT: Summer's Last': a key run on into its value after a colon
    ('Commercial - "First Snow"' names the kind of production, no key)."""
    m = re.match(r"^(?:\d{1,2}\s+)?([^\W\d_][\w #&/]{1,22}?)\s*:\s+(\S.*)$", text.strip())
    if m is None:
        return None
    return _joined_key(_key(m[1])), m[2].strip()


BOTH_KEY = "product / spot"  # one key for the product and its spot: its value names the work


def _joined_key(key: str) -> str:
    """'Produkt / spot', 'Product / Spot': a product key and a spot key printed as one, whose
    one value is the product's spot (the production); any other key as it is."""
    parts = [p.strip() for p in key.split("/")]
    if len(parts) != 2:
        return key
    if any(p in PRODUCT_KEYS for p in parts) and any(p in SPOT_KEYS for p in parts):
        return BOTH_KEY
    return key


def _size(words: tuple[Word, ...]) -> float:
    return max(w.size for w in words)


def _key_values(page: PageText) -> dict[str, str]:
    """Each header key's first value in the top of the page."""
    found: dict[str, str] = {}
    top = [ln for ln in page.lines if ln.top < page.height * HEAD_SHARE]
    for n, line in enumerate(top):
        spans = runs(line)
        for k, (a, b) in enumerate(spans):
            words = line.words[a:b]
            text = " ".join(w.text for w in words)
            pair = _colon_value(text)
            if pair is not None and pair[0] in _KEY_WORDS:
                found.setdefault(*pair)
                continue
            key = _joined_key(_key(text))
            if key not in _KEY_WORDS:
                continue
            value = None
            if k + 1 < len(spans):
                c, d = spans[k + 1]
                right = line.words[c:d]
                bigger = _size(right) > _size(words) + SIZE_STEP
                if bigger or text.rstrip().endswith(":"):
                    value = " ".join(w.text for w in right)
            elif n + 1 < len(top):
                value = _under(top[n + 1], words)
            if value is not None and _key(value) not in _KEY_WORDS:
                found.setdefault(key, value.strip())
    return found


def _under(line: Line, key: tuple[Word, ...]) -> str | None:
    """The run flush under a key, in larger type, on the next line: the key's cell value."""
    size = _size(key)
    if line.top - key[-1].bottom > 2.0 * size:
        return None
    for a, b in runs(line):
        words = line.words[a:b]
        if abs(words[0].x0 - key[0].x0) <= CELL_ALIGN and _size(words) > size + SIZE_STEP:
            return " ".join(w.text for w in words)
    return None


def _titled(value: str | None) -> str | None:
    """A value that reads as a name: words, no date or time, no company's name."""
    if not value:
        return None
    value = clean_title(value)
    if not re.search(r"[^\W\d_]{2}", value) or company_name(value):
        return None
    if find_dates(value) or find_time(value) is not None:
        return None
    return value


@dataclass(frozen=True)
class Commercial:
    """What a commercial's header keys name: the title, whether it is sure (a product and a
    spot, or a product key's value naming both), and the client's and agency's values."""

    title: str
    sure: bool
    payers: frozenset[str]


def _payer_key(text: str) -> bool:
    """'CLIENT', 'Client:', 'AGENCY Paper Moon': a payer's key opening a run, not running text
    ('Client and agency on set from 9:00 AM')."""
    m = _PAYER.match(text.strip())
    if m is None:
        return False
    rest = text.strip()[m.end() :]
    key = m.group().split()[-1]
    return not rest.strip() or rest.lstrip().startswith(":") or key.isupper()


def commercial_title(page: PageText) -> Commercial | None:
    """The production of a commercial whose header names its client or agency: its product
    and spot ('Sunny Boy Ice Blocks - Summer's Last'). A product alone may be only the brand,
    the spot's name printed elsewhere: not sure. None when the page prints no such header or
    no product or spot key."""
    header = any(
        _payer_key(" ".join(w.text for w in ln.words[a:b]))
        for ln in page.lines
        if ln.top < page.height * HEAD_SHARE
        for a, b in runs(ln)
    )
    if not header:
        return None
    keys = _key_values(page)
    payers = frozenset(clean_title(keys[k]) for k in ("client", "agency") if keys.get(k))
    both = _titled(keys.get(BOTH_KEY))
    if both:
        return Commercial(both, True, payers)
    product = next((_titled(keys.get(k)) for k in PRODUCT_KEYS if _titled(keys.get(k))), None)
    spot = next(
        (
            _titled(keys[k])
            for k in SPOT_KEYS
            if k in keys and _titled(keys[k]) and (product or k not in _ONLY_WITH_PRODUCT)
        ),
        None,
    )
    spot = spot or _quoted_spot(page)
    if product and spot:
        if product.lower() in spot.lower():
            return Commercial(spot, True, payers)
        if spot.lower() in product.lower():
            return Commercial(product, True, payers)
        return Commercial(f"{product} - {spot}", True, payers)
    if product:
        return Commercial(product, bool(_BOTH.search(product)), payers)
    return Commercial(spot, True, payers) if spot else None


# '"Next Stop, Glacier" :30 / :15', '„Lato” 30"': the spot's name alone in quotes, then its
# lengths (the cut-downs after a slash); a run of its own in the header
_OPEN_Q = '\u201c\u201e"\u00ab'
_CLOSE_Q = '\u201d\u201c"\u00bb'
_ONE_LENGTH = r"(?::\d{2}|\d{1,3}\s?(?:\"|\u201d|\u2033|s\b|sec\b))"
_QUOTED_SPOT = lazy(
    rf"^[{_OPEN_Q}]\s*(?P<t>[^{_OPEN_Q}{_CLOSE_Q}]{{2,80}}?)\s*[{_CLOSE_Q}]\s*(?:[-\u2013\u00b7|]\s*)?"
    rf"{_ONE_LENGTH}(?:\s*[/,&+]\s*{_ONE_LENGTH})*\s*$"
)


def _quoted_spot(page: PageText) -> str | None:
    """The spot's name printed in quotes with its lengths in the header ('"Two Miles High"
    :60 / :30', the lengths in the name's run or the run right of it), under no spot key:
    the one such name at the top of the page."""
    found = set()
    for ln in page.lines:
        if ln.top >= page.height * HEAD_SHARE:
            continue
        cells = [" ".join(w.text for w in ln.words[a:b]).strip() for a, b in runs(ln)]
        for k, cell in enumerate(cells):
            # the lengths may stand apart from the name, in a run of their own
            for text in (cell, f"{cell} {cells[k + 1]}" if k + 1 < len(cells) else cell):
                if (m := _QUOTED_SPOT.match(text)) is not None:
                    found.add(m["t"].strip())
    titled = {t for t in found if _titled(t)}
    return titled.pop() if len(titled) == 1 else None


_BOTH = lazy(r"\S\s+[-\u2013\u2014|:]\s+\S")  # 'Sunny Boy Ice Blocks - Summer's Last'
