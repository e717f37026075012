"""Text safe to show on a terminal or write to a file: no control sequences or characters.

Subjects, production titles, locations and error messages come from strangers' emails and
PDFs. Written raw, an OSC sequence (``ESC ] 8 ;; url BEL``) plants a link, ``ESC ] 0 ;``
retitles the window, CSI moves the cursor or hides text, and a carriage return overwrites what
was printed. Every CLI print and every file we write (.ics, the notification outbox) passes
text through ``printable`` or ``one_line`` first. Pure: no I/O; stages import it from the core.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

# Whole escape sequences go, so their payload (a link's URL, a window title) is not left as
# litter. Each alternative scans forward only to a character it excludes, and no alternative
# can start inside another's body, so the whole substitution is linear in the text's length
# (a quadratic pattern on sheet text once hung a worker: issue 16, item 1).
_SEQUENCE = re.compile(
    # CSI (ESC [ or 8-bit 0x9b): parameters, intermediates, final byte.
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]?"
    # OSC, DCS, SOS, PM, APC (7- or 8-bit) up to their terminator, BEL or ST.
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x80-\x9f]*(?:\x07|\x1b\\\\|\x9c)"
    # Any other escape (and an unterminated string's introducer, its text then kept).
    "|\x1b[ -/]*[0-~]?"
)
# C0 and C1 controls and DEL, except tab and newline; bidirectional overrides and isolates,
# which reorder what is displayed ("Trojan Source") without being visible themselves.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A carriage return not ending a line: on a terminal, what follows overwrites the line.
_LONE_CR = re.compile("\r(?!\n)")
_WHITESPACE = re.compile(r"\s+")


def printable(text: object) -> str:
    """``text`` (``str()`` of it; '' for None) without control sequences or characters.

    Tab, newline and CR LF stay; a lone CR becomes a newline (on a terminal, the text after
    it would overwrite what was printed before).

    Parameters
    ----------
    text:
        Anything; usually a str from the database.

    Returns
    -------
    str
        The text as it may be printed or written.
    """
    if text is None:
        return ""
    # Lone CRs first: every CR left then ends a line, and no removal below splits a CR LF.
    value = _LONE_CR.sub("\n", str(text))
    return _CONTROL.sub("", _SEQUENCE.sub("", value))


def one_line(text: object) -> str:
    """``printable(text)`` on one line: every run of whitespace (newlines too) one space."""
    return _WHITESPACE.sub(" ", printable(text)).strip()


def shown(text: object) -> Text:
    """``one_line(text)`` as a rich ``Text``: a table cell or line whose ``[...]`` is not markup.

    Rich reads ``[link=...]`` in a plain str as markup and writes an OSC 8 link itself.
    """
    from rich.text import Text

    return Text(one_line(text))
