"""A page layout's fingerprint: the label-like cells of the first page and the page's size.

Two sheets of one template share their labels and differ in their values (times, dates,
addresses, names): the share of label-like cells they have in common tells the same layout
from another.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from pipeline.extract.layouts.cells import cells_of, label_key, label_like
from pipeline.extract.reader.model import PageText

# Jaccard similarity at or above which two pages are one layout. bench/learn.py: a
# production's later sheets score 0.59 or more against its first, other layouts 0.06 at most.
SAME_LAYOUT = 0.4


def fingerprint(pages: Sequence[PageText]) -> tuple[str, ...]:
    """The sorted, distinct label-like cell texts of the first page, with its size."""
    if not pages:
        return ()
    page = pages[0]
    keys = {f"page:{round(page.width)}x{round(page.height)}"}
    for i, line in enumerate(page.lines):
        for cell in cells_of(line, 0, i):
            if label_like(cell.words):
                keys.add(label_key(cell.text))
    return tuple(sorted(keys))


def similarity(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard similarity of two fingerprints; pages of different sizes never match."""
    sa, sb = set(a), set(b)
    size_a = {k for k in sa if k.startswith("page:")}
    size_b = {k for k in sb if k.startswith("page:")}
    if not sa or not sb or size_a != size_b:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def digest(keys: Sequence[str]) -> str:
    """A short stable name of a fingerprint (16 hex digits), to show and to key by."""
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]
