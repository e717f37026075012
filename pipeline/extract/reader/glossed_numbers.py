"""A numbered place label said in two languages: 'LLEOLIAD 1 / LOCATION 1' is one label.

A bilingual sheet (Welsh and English for S4C, Irish and English for TG4) numbers each set in
both languages: 'LLEOLIAD 1 / LOCATION 1', 'LOCATION 2 / LLEOLIAD 2'. Read word by word, the
first half's number runs into the slash, so the first word owns no number and the second half
is a label of its own whose value beside it is the next heading's first half ('LLEOLIAD 2 /').
The pair is one label with the one number: the set's block is under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.layout import RUN_ON_GAP
from pipeline.extract.reader.model import PageText

if TYPE_CHECKING:
    from pipeline.extract.reader.labelling import Label


def _gap(words: Sequence, i: int) -> float:
    return words[i].x0 - words[i - 1].x1


def glossed_numbers(pages: Sequence[PageText], hits: list[Label]) -> list[Label]:
    """Each 'A n / B n' pair of place labels of one kind on a line joined into one label
    numbered n (the first half widened over the second); other labels as they are."""
    by_start = {(h.page, h.line, h.start): h for h in hits}
    dropped: set[int] = set()
    joined: dict[int, Label] = {}
    for h in hits:
        if h.kind not in L.NUMBERED_KINDS or h.number is not None:
            continue
        words = pages[h.page].lines[h.line].words
        k = h.end  # the number, then the slash, then the second half
        if k + 2 >= len(words) or words[k + 1].text != "/":
            continue
        number = words[k].text.strip()
        if not (number.isdigit() and len(number) <= 2):
            continue
        if any(_gap(words, i) > RUN_ON_GAP for i in (k, k + 1, k + 2)):
            continue
        other = by_start.get((h.page, h.line, k + 2))
        if other is None or other.kind != h.kind or other.number != int(number):
            continue
        joined[id(h)] = replace(
            h,
            end=other.end,
            number=other.number,
            x1=other.x1,
            quality=max(h.quality, other.quality),
        )
        dropped.add(id(other))
    return [joined.get(id(h), h) for h in hits if id(h) not in dropped]
