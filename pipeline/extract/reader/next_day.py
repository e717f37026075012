"""A later shooting day's box on today's sheet (reader38).

"Drehtag 1 / Shooting day 1 of 2" at the top, and lower down a heading of its own
"Drehtag 2 / Shooting day 2" (or "DAY 15", "Dzień zdjęciowy 4") over tomorrow's date, call and
place: a heading that only counts a day, with a higher number than the sheet's own day, opens
the next day's preview; what is under it is not today's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.values import find_time

_DAY_WORD = (
    r"(?:shoot(?:ing)?\s+day|filming\s+day|drehtag|day|dzie[nń]\s+zdj[eę]ciowy|dzie[nń]"
    r"|dia\s+de\s+(?:rodagem|filmagem)|d[ií]a\s+de\s+rodaje|jour\s+de\s+tournage|jour"
    r"|nat[aá][cč]ec[ií]\s+den|forgat[aá]si\s+nap|giorno\s+di\s+riprese)"
)
_DAY_COUNT = re.compile(
    rf"\b{_DAY_WORD}\s*(?:no\.?\s*|nr\.?\s*|#\s*)?(?P<n>\d{{1,3}})\b"
    r"(?:\s*(?:of|/|von|z|de|sur|di|ze)\s*\d{1,3}\b)?",
    re.I,
)
_MAX_WORDS = 8

Region = tuple[int, float, float, float, float]


def later_day_headings(pages: Sequence[PageText]) -> list[Region]:
    """Where a later day's preview is: under a heading that only counts a day (no time, few
    words, nothing but the day's count in one or two languages) numbered above the day the
    sheet first names; from the heading's start rightwards, down the page."""
    today: int | None = None
    out: list[Region] = []
    for p, page in enumerate(pages):
        for line in page.lines:
            counts = list(_DAY_COUNT.finditer(line.text))
            if not counts:
                continue
            numbers = {int(m["n"]) for m in counts}
            if today is None:
                today = min(numbers)
                continue
            rest = _DAY_COUNT.sub(" ", line.text)
            for n in numbers:  # its gloss in a language not listed: 'Inspelningsdag 2 / ...'
                rest = re.sub(rf"^\s*[^\W\d_]+\s+{n}\b", " ", rest)
            heading = not re.search(r"[^\W\d_]{2,}|\d", rest) and len(line.words) <= _MAX_WORDS
            if heading and find_time(line.text) is None and min(numbers) > today:
                out.append((p, line.top, line.x0, float("inf"), float("inf")))
    return out
