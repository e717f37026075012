"""A title printed in quotes in the sheet's header and again in its running foot.

Polish, German, Czech and other European typography names a work between quotation marks
(„Kwitnące migdały”, „Krzemień pasiasty”) wherever it is mentioned: in the header beside the
company or the paper's name ("PLAN ZDJĘCIOWY · „Wielki piec” dzień 4 z 19") and again in the
foot line each page repeats ("Kadr Kielce · „Wielki piec” · plan zdjęciowy, dzień 4"). The one
quoted name that both the head and the foot of page 1 print is the production's title; a
quoted name in the head alone may be a place, a scene or a nickname, and a head that quotes
two names (the company's and the work's) does not say which: both are left to the other
readings.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import PageText

HEAD_SHARE = 0.3  # the top of the page, where the header names the work
FOOT_SHARE = 0.85  # below this share of the page height: the running foot
# a name between typographic quotation marks, opened low („), high (“) or by guillemets («);
# straight quotes are left: English sheets quote an episode or a spot beside the title
# ('The Erie Line · Ep. 105 "Dry Dock"', "Adnams 'Pier Pressure'")
_OPEN = "\u201e\u201c\u00ab"
_CLOSE = "\u201d\u201c\u00bb"
_QUOTED = lazy(rf"[{_OPEN}](?P<t>[^{_OPEN}{_CLOSE}]{{2,60}}?)[{_CLOSE}]")
_MAX_WORDS = 8


def _quoted(text: str) -> set[str]:
    out = set()
    for m in _QUOTED.finditer(text):
        name = " ".join(m["t"].split())
        if re.search(r"[^\W\d_]{2}", name) and len(name.split()) <= _MAX_WORDS:
            out.add(name)
    return out


def head_and_foot_title(page: PageText, *, shared: bool = False) -> str | None:
    """The quoted name the top of ``page`` and its foot both print, when it is the only name
    the top quotes ('UAB „Nemuno kinas“ · „Sonata“' quotes the company too: which?); with
    ``shared``, the only one of the top's quoted names the foot prints too."""
    head: set[str] = set()
    foot: set[str] = set()
    for line in page.lines:
        if line.top < page.height * HEAD_SHARE:
            head |= _quoted(line.text)
        elif line.top > page.height * FOOT_SHARE:
            foot |= _quoted(line.text)
    folded = {f.casefold() for f in foot}
    if shared:
        both = [h for h in head if h.casefold() in folded]
        return both[0] if len(both) == 1 else None
    if len(head) != 1:
        return None
    name = next(iter(head))
    return name if name.casefold() in folded else None
