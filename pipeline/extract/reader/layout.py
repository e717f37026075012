"""Page geometry: group words into lines; normalise words.

Labels and the values they own are found by labelling.py and attach.py (every label, each
value to its nearest label); every check reads through them (sanity's wrap included).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText, Word

_PUNCT = lazy(r"^[^\wąćęłńóśźż&#]+|[^\wąćęłńóśźż&#]+$", re.I)
RIGHT_GAP = 80.0  # points; a value further right than this belongs to another cell
RUN_ON_GAP = 6.0  # points; a wider space ends a value that runs past its column edge


def group_lines(words: Iterable[Word], page: int) -> tuple[Line, ...]:
    """Cluster words into lines by vertical overlap, then order each line left to right.

    Words are taken by their middles, not their tops: a big value beside a small label on one
    baseline ("GENERAL CREW CALL: 6:30A", the time in 13 pt) rises above the label's top, and
    taken by its top it would open or join the line above before the label's line existed.
    """
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top + w.bottom, w.x0)):
        height = max(word.bottom - word.top, 1.0)
        mid = _middle(word)
        for row in reversed(rows[-4:]):
            ref = row[0]
            if abs(mid - _middle(ref)) <= _reach(height, ref):
                row.append(word)
                break
        else:
            rows.append([word])
    rows = _nearest_rows(rows)
    # rows in the order of their first words' middles, not their tops: a tall value in one
    # column ('07:00' in 26 pt) joins the small line beside its middle in the next column
    # ('Links Road'), and by its top that row would come before the small line above it
    # ('Bamburgh Castle'), reversing a boxed address's lines
    rows = sorted((r for r in rows if r), key=lambda r: (_middle(r[0]), r[0].x0))
    return tuple(Line(tuple(sorted(r, key=lambda w: w.x0)), page) for r in rows)


def _middle(word: Word) -> float:
    return (word.top + word.bottom) / 2


MOVE_MARGIN = 1.0  # points; a word changes rows only when the other row's middle is this closer


def _nearest_rows(rows: list[list[Word]]) -> list[list[Word]]:
    """A word taken by the row above before its own row was opened moves to the row whose
    middle is nearest its own: 'Camera Wrap 1830' (9.5 pt) and, beside it a few points lower,
    'Royal Liverpool University Hospital' (8.5 pt) on the baseline of its label 'NEAREST A&E'
    (8 pt bold), whose middle fell just outside the first row's reach. A row's first word
    stays: it is what the row was opened by."""
    mids = [_middle(r[0]) for r in rows]
    out = [[r[0]] for r in rows]
    for i, row in enumerate(rows):
        for word in row[1:]:
            height = max(word.bottom - word.top, 1.0)
            mid = _middle(word)
            best = i
            for j in range(max(0, i - 4), min(len(rows), i + 5)):
                if j == i or abs(mid - mids[j]) > _reach(height, rows[j][0]):
                    continue
                if abs(mid - mids[j]) < abs(mid - mids[best]) - MOVE_MARGIN:
                    best = j
            out[best].append(word)
    return out


def _reach(height: float, ref: Word) -> float:
    """How far a word's middle may sit from a row's first word's middle: half the first word's
    height, counted at most 1.5 times the word's own, plus a fifth of the word's. Uncapped, a
    24 pt crew call opening a row beside three 8 pt lines would join them all into one
    ("Sunrise 6:58A  Sunset 7:04P" and the weather line under it, their labels mixed)."""
    ref_height = max(ref.bottom - ref.top, 1.0)
    return 0.5 * min(ref_height, 1.5 * height) + 0.2 * height


@functools.lru_cache(maxsize=8192)  # the labels ask it of each line's words again and again
def norm(token: str) -> str:
    """Lower-case a word and strip surrounding punctuation (keeps Polish letters)."""
    return _PUNCT.sub("", token.lower())


def all_lines(pages: Sequence[PageText]) -> list[Line]:
    return [line for page in pages for line in page.lines]
