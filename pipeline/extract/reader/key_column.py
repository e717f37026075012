"""A spreadsheet's two-column grid: keys down the left ('Production', 'Date', 'Crew Call',
'Location'), each value in the cell right of its key. 'Production' alone also heads a
department's crew list, so the labeller keeps it for marked cells; in the key column above the
crew's call, where the known keys' values start at one x, the word is the title's key.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.labelling import VALUE_GAP, Label
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.model import PageText

ALIGN = 3.0  # points: keys start, and values start, at one x
KEYS = 3  # known keys that show the column
# the title's generic keys the labeller needs marked ('Production' alone)
_TITLE_KEYS = frozenset(p for p in L.KINDS["production"] if p in L.MARKED_ONLY)


def title_keys(pages: Sequence[PageText], hits: list[Label]) -> list[Label]:
    """'Production | Margin Notes' in the key column of a two-column grid: the title's key."""
    out: list[Label] = []
    for p, page in enumerate(pages):
        here = [h for h in hits if h.page == p]
        calls = [h.line for h in here if h.kind == "call"]
        if not calls or any(h.kind == "production" for h in here):
            continue
        columns = []  # (key x, value x) of known keys that open their line
        for h in here:
            words = page.lines[h.line].words
            cell = h.end < len(words) and words[h.end].x0 - words[h.end - 1].x1 > VALUE_GAP
            if h.start == 0 and cell:
                columns.append((words[0].x0, words[h.end].x0))
        labelled = {h.line for h in here}
        for li, line in enumerate(page.lines[: min(calls)]):
            words = line.words
            if li in labelled or len(words) < 2 or norm(words[0].text) not in _TITLE_KEYS:
                continue
            if words[1].x0 - words[0].x1 <= VALUE_GAP:
                continue  # 'Production company ...': running text, no key alone in its cell
            same = [
                c
                for c in columns
                if abs(c[0] - words[0].x0) <= ALIGN and abs(c[1] - words[1].x0) <= ALIGN
            ]
            if len(same) < KEYS:
                continue
            phrase = norm(words[0].text)
            out.append(
                Label(
                    "production",
                    phrase,
                    L.KINDS["production"][phrase],
                    p,
                    li,
                    0,
                    1,
                    None,
                    words[0].x0,
                    words[0].x1,
                    line.top,
                    line.bottom,
                    words[0].text,
                )
            )
    return out
