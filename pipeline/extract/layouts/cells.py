"""Cells: runs of words on one line closer together than a column gap; label-like text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.model import Line, PageText, Word, WordRun

MAX_LABEL_WORDS = 6
# A value's token: a time, date, phone, house number or code (a label may say "SET 1", "#2").
_VALUE_TOKEN = re.compile(r"\d{3}|\d[:./-]\d|\d[a-z]", re.I)


@dataclass(frozen=True)
class Cell(WordRun):
    """Consecutive words of one line with no column gap between them."""

    page: int
    line: int  # index in the page's lines
    start: int  # word index in the line
    words: tuple[Word, ...]

    @property
    def end(self) -> int:
        return self.start + len(self.words)


def gap_limit(words: Sequence[Word]) -> float:
    """A gap wider than this (about two spaces of the text's size) starts another cell."""
    size = max((w.size or (w.bottom - w.top)) for w in words)
    return max(size * 0.9, 4.0)


def cells_of(line: Line, page: int, index: int) -> list[Cell]:
    out: list[Cell] = []
    limit = gap_limit(line.words)
    start = 0
    for k in range(1, len(line.words) + 1):
        if k == len(line.words) or line.words[k].x0 - line.words[k - 1].x1 > limit:
            out.append(Cell(page, index, start, line.words[start:k]))
            start = k
    return out


def page_cells(pages: Sequence[PageText]) -> list[Cell]:
    return [
        cell
        for p, page in enumerate(pages)
        for i, line in enumerate(page.lines)
        for cell in cells_of(line, p, i)
    ]


def label_key(text: str) -> str:
    """A label's text as compared across sheets: lower case, no punctuation and no spaces, so
    a spreadsheet export's broken letters ("C R EW C ALL") still match."""
    return "".join(norm(t) for t in text.split())


def label_like(words: Sequence[Word]) -> bool:
    """Words that could be a label: a word of letters, nothing shaped like a value, short."""
    text = " ".join(w.text for w in words)
    return (
        0 < len(words) <= MAX_LABEL_WORDS
        and not _VALUE_TOKEN.search(text)
        and any(sum(ch.isalpha() for ch in w.text) >= 2 for w in words)
    )
