"""The producing company's own block: a letterhead at the top of page 1 or a page's footer.

A production company prints its name, registered address, tax number, phone, e-mail and web
site above the sheet's title or in the footer ("Odra Film Sp. z o.o. / ul. Ruska 46, 50-079
Wrocław · biuro@odrafilm.pl"). That address is the office's, never the set's; a sheet that
names its set without a label must not lend the office's address to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText

TOP_BAND = 0.2  # share of page 1's height a letterhead stays in
FOOTER_BAND = 0.88  # share of a page's height below which a footer starts
MAX_LINES = 4  # a letterhead is compact: a longer block is the sheet's own text

# a company's legal form or registration: Polish NIP / REGON / KRS, VAT, "Sp. z o.o.", "Ltd"
_COMPANY = lazy(
    r"\b(?:NIP|REGON|KRS|VAT|USt-IdNr|UID|CIF|SIRET|Ltd|LLC|Inc|GmbH|PLC|Pty|BV|"
    r"S\.A|S\.L|B\.V|S\.r\.l|s\.r\.o|Sp\.\s?[zk]\.?\s?o\.?\s?o|Sp\.\s?j|Sp\.\s?k)\b",
)
# ways to reach an office: two different ones in a block make it a letterhead
_CONTACTS = {
    "phone": lazy(r"\b(?:tel|phone|fax|telefon)\b", re.I),
    "mail": lazy(r"@|\be-?mail\b", re.I),
    "web": lazy(r"\bwww\.|\bhttps?://", re.I),
}


def company_text(pages: Sequence[PageText]) -> str:
    """The text of every letterhead and footer block that names a company, lines joined by
    spaces and blocks by blank lines (as the running text joins them)."""
    blocks: list[list[Line]] = []
    for number, page in enumerate(pages):
        if number == 0:
            blocks += _blocks([ln for ln in page.lines if ln.bottom <= TOP_BAND * page.height])
        blocks += _blocks([ln for ln in page.lines if ln.top >= FOOTER_BAND * page.height])
    return "\n\n".join(" ".join(ln.text for ln in b) for b in blocks if _names_company(b))


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines set close together (a gap under a line's height)."""
    out: list[list[Line]] = []
    for line in lines:
        if out and line.top - out[-1][-1].bottom <= max(line.size, out[-1][-1].size):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _names_company(block: list[Line]) -> bool:
    if len(block) > MAX_LINES:
        return False
    text = " ".join(ln.text for ln in block)
    return bool(_COMPANY.search(text)) or sum(bool(r.search(text)) for r in _CONTACTS.values()) >= 2
