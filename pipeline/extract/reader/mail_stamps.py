"""The times an e-mail's printout stamps on it: when it was sent or printed, not a time of the
day's work. A browser prints the date and time atop the page ('12/1/26, 3:14 PM  Gmail -
Film Permit ...'); the header's 'Date:' / 'Sent:' line gives when the mail went out. Counted
as rows of a running order they would make a permit or a notice printed from a mailbox look
like a day that is run by the clock.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

# '12/1/26, 3:14 PM', '01.12.26, 15:14': a numeric date, a comma, a time, opening or ending
# one of the page's first lines
_PRINTED_AT = lazy(
    r"(?:^|\s)\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?:\s|$)", re.I
)
_SENT = lazy(
    r"^(?:sent|date|gesendet|datum|envoyé|wysłano|data|enviado|fecha|skickat|sendt|inviato"
    r"|verzonden)\s?:",
    re.I,
)
_PARTY = lazy(r"^(?:from|to|von|an|de|à|od|do|para|cc)\s?:", re.I)
PRINT_LINES = 2  # a browser's stamp is on the page's first lines
HEADER_LINES = 12  # the header block is among the first lines
NEAR = 3  # a header's 'Date:' is within this many lines of its 'From:' or 'To:'


def stamp_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that stamp an e-mail's printout: a browser's print stamp, and the
    header's 'Date:' / 'Sent:' line beside its 'From:' or 'To:'."""
    out = {i for i, ln in enumerate(lines[:PRINT_LINES]) if _PRINTED_AT.search(ln)}
    head = lines[:HEADER_LINES]
    parties = [i for i, ln in enumerate(head) if _PARTY.match(ln)]
    sent = [i for i, ln in enumerate(head) if _SENT.match(ln)]
    # the header's own: the first beside a party (a body's 'Date:' comes after it)
    out.update(next(([i] for i in sent if any(abs(i - j) <= NEAR for j in parties)), []))
    return out


# The minute a message was sent (or a sheet saved) written right after its date: ', 7:42 PM',
# ' at 19:42', ' · 6:12 pm', '@ 20.14', ' um 19:42', ' à 19:42', ' o 19:42'. The one shape
# behind a message's stamp in a thread (told_day), a mail header's sent line (email_header) and
# a sheet's saved or revised stamp (date_finder)
_CONNECTOR = r"\s*(?:[,\u00b7@]|\bat\b|\bum\b|\bà\b|\bo\b)?\s*"
_MINUTE = {True: r"\d{1,2}[:.]\d{2}(?!\d)", False: r"\d{1,2}:\d{2}(?!\d)"}
# ... ending its line: '6:02 PM', '19:42 (2 hours ago)'
_LINE_END = r"(?:\s?[ap]\.?m\.?)?\s*(?:\([^()]*\))?\s*$"
_CLOCK_AFTER = {
    (dots, ends): lazy(_CONNECTOR + _MINUTE[dots] + (_LINE_END if ends else ""), re.I)
    for dots in (True, False)
    for ends in (True, False)
}


def clock_after(text: str, end: int, *, dots: bool = True, ends_line: bool = False) -> bool:
    """Whether the date ending at ``end`` in ``text`` is followed by the minute it was written:
    a time with a colon (``dots`` also a dot: '20.14'), after nothing, a comma, a middle dot,
    '@' or 'at' (or its German, French or Polish word); with ``ends_line`` the time (with its
    am/pm and a bracketed note) must end the line."""
    return _CLOCK_AFTER[dots, ends_line].match(text, end) is not None
