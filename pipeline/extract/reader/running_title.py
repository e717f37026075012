"""A title printed in quotes in the sheet's header and again in its running foot.

Polish, German, Czech and other European typography names a work between quotation marks
(„Kwitnące migdały”, „Krzemień pasiasty”) wherever it is mentioned: in the header beside the
company or the paper's name ("PLAN ZDJĘCIOWY · „Wielki piec” dzień 4 z 19") and again in the
foot line each page repeats ("Kadr Kielce · „Wielki piec” · plan zdjęciowy, dzień 4"). The one
quoted name that both the head and the foot of page 1 print is the production's title; a
quoted name in the head alone may be a place, a scene or a nickname, and is left to the other
readings.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.title import _CLOSE_Q, _OPEN_Q

HEAD_SHARE = 0.3  # the top of the page, where the header names the work
FOOT_SHARE = 0.85  # below this share of the page height: the running foot
# a name between quotation marks; letters in it, at most eight words
_QUOTED = re.compile(rf"[{_OPEN_Q}](?P<t>[^{_OPEN_Q}{_CLOSE_Q}]{{2,60}}?)[{_CLOSE_Q}]")
_MAX_WORDS = 8


def _quoted(text: str) -> set[str]:
    out = set()
    for m in _QUOTED.finditer(text):
        name = " ".join(m["t"].split())
        if re.search(r"[^\W\d_]{2}", name) and len(name.split()) <= _MAX_WORDS:
            out.add(name)
    return out


def head_and_foot_title(page: PageText) -> str | None:
    """The one quoted name the top of ``page`` and its foot both print; None when none or
    several."""
    head: set[str] = set()
    foot: set[str] = set()
    for line in page.lines:
        if line.top < page.height * HEAD_SHARE:
            head |= _quoted(line.text)
        elif line.top > page.height * FOOT_SHARE:
            foot |= _quoted(line.text)
    both = {h for h in head if h.casefold() in {f.casefold() for f in foot}}
    return both.pop() if len(both) == 1 else None
