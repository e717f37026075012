"""A later shooting day's box on today's sheet (reader38).

"Drehtag 1 / Shooting day 1 of 2" at the top, and lower down a heading of its own
"Drehtag 2 / Shooting day 2" (or "DAY 15", "Dzień zdjęciowy 4") over tomorrow's date, call and
place: a heading that only counts a day, with a higher number than the sheet's own day, opens
the next day's preview; what is under it is not today's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.reader.calendar_names import WEEKDAYS
from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText
from pipeline.extract.reader.values import find_dates, find_time

_DAY_WORD = (
    r"(?:shoot(?:ing)?\s+day|filming\s+day|drehtag|day|dzie[nń]\s+zdj[eę]ciowy|dzie[nń]"
    r"|dia\s+de\s+(?:rodagem|filmagem)|d[ií]a\s+de\s+rodaje|jour\s+de\s+tournage|jour"
    r"|nat[aá][cč]ec[ií]\s+den|forgat[aá]si\s+nap|giorno\s+di\s+riprese)"
)
_DAY_COUNT = lazy(
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
        for li, line in enumerate(page.lines):
            counts = list(_DAY_COUNT.finditer(line.text))
            if not counts:
                continue
            numbers = {int(m["n"]) for m in counts}
            if today is None:
                today = min(numbers)
                continue
            if min(numbers) <= today or find_time(line.text) is not None:
                continue
            if _counts_only(line.text, numbers) and len(line.words) <= _MAX_WORDS:
                out.append((p, line.top, line.x0, float("inf"), float("inf")))
            elif p > 0 and li < _PAGE_HEAD_LINES and _heads_the_page(line, numbers):
                out.append(_whole_page(p))  # a later page headed 'DAY 2 - SUNDAY': its day's
    return out


def _counts_only(text: str, numbers: set[int]) -> bool:
    rest = _DAY_COUNT.sub(" ", text)
    for n in numbers:  # its gloss in a language not listed: 'Inspelningsdag 2 / ...'
        rest = re.sub(rf"^\s*[^\W\d_]+\s+{n}\b", " ", rest)
    return not re.search(r"[^\W\d_]{2,}|\d", rest)


def _heads_the_page(line: Line, numbers: set[int]) -> bool:
    """A run of a page's header that counts the day and names nothing but its weekday or date
    ('Kingdom Hours      DAY 2 - SUNDAY'): beside the title, it heads the whole page."""
    for a, b in runs(line):
        text = " ".join(w.text for w in line.words[a:b])
        if _DAY_COUNT.search(text) and _only_its_day(_DAY_COUNT.sub(" ", text)):
            return True
    return False


_PAGE_HEAD_LINES = 4  # a heading among a page's first lines heads the whole page


def _whole_page(p: int) -> Region:
    return (p, float("-inf"), float("-inf"), float("inf"), float("inf"))


def _only_its_day(rest: str) -> bool:
    """What a day's heading holds besides its count: nothing, or the day's weekday and date
    ('DAY 2 - SUNDAY', 'Day 2 · Sun 4 Oct 2026'); any other word or number is a sentence's
    or a row's ('Day 2 call moved to the barn')."""
    for d in sorted(find_dates(rest, yearless=True), key=lambda d: -d.start):
        rest = rest[: d.start] + " " + rest[d.end :]
    words = re.findall(r"[^\W\d_]{2,}\.?", rest)
    return not re.search(r"\d", rest) and all(w.lower().rstrip(".") in WEEKDAYS for w in words)
