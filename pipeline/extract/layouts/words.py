"""A page's positioned words as compact JSON, kept beside the cached reading, and back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.extract.reader.layout import group_lines
from pipeline.extract.reader.model import PageText, Word

MAX_PAGES = 3  # labels a person teaches sit on the first pages; crew lists follow
MAX_WORDS = 3000  # per page: a dense call sheet has ~1,500; a page bomb is not kept whole
MAX_WORD_CHARS = 200


def snapshot(pages: Sequence[PageText]) -> list[dict[str, Any]]:
    """Each page's size, whether it was read by OCR, and its words as
    ``[text, x0, top, x1, bottom, size]`` (0.1 pt)."""
    out = []
    for page in pages[:MAX_PAGES]:
        words = [
            [w.text[:MAX_WORD_CHARS], *(round(v, 1) for v in (w.x0, w.top, w.x1, w.bottom, w.size))]
            for line in page.lines
            for w in line.words
        ][:MAX_WORDS]
        size = {"w": round(page.width, 1), "h": round(page.height, 1)}
        out.append({**size, "ocr": page.ocr, "words": words})
    return out


def pages_from(snap: Sequence[dict[str, Any]] | None) -> tuple[PageText, ...]:
    """The pages of a snapshot, their words grouped into lines again."""
    pages = []
    for n, page in enumerate(snap or ()):
        words = [Word(t, x0, x1, top, bot, size) for t, x0, top, x1, bot, size in page["words"]]
        ocr = bool(page.get("ocr"))
        pages.append(PageText(group_lines(words, n), float(page["w"]), float(page["h"]), ocr))
    return tuple(pages)
