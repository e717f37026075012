"""A label whose colon is followed by words: those words are its value.

'Sunrise: hotel on the bluff, wide   5:20   two cams' in a shot list: the shot is named after
the sun, the words after the colon are the label's own cell, and the time in the next cell is
the row's TIME column (when the shot is planned), not the sun's. A time label that owns no time
may still take a bare time from the cell after its own words when those words are more of the
label ('Citación general equipo   08:00'); not when a colon closed the label first.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Word

_LETTERS = lazy(r"[^\W\d_]{2,}")


def worded_after_colon(words: Sequence[Word], label_end: int, run_end: int) -> bool:
    """Whether the label ending at word ``label_end`` closes with a colon and its own run goes
    on, to ``run_end``, with words (letters) after it: a value in words, not a time's label."""
    if label_end <= 0 or label_end > len(words):
        return False
    closing = words[label_end - 1].text.rstrip()
    after = [w.text for w in words[label_end:run_end]]
    if not closing.endswith(":"):
        if not after or after[0] != ":":
            return False
        after = after[1:]
    return any(_LETTERS.search(t) for t in after)
