"""Page geometry: group words into lines; normalise words; find a label and the text beside it.

Field reading uses attach.py (every label, each value to its nearest label); ``find_labels``
and ``right_of`` stay for checks that want one label table's values beside it (sanity's wrap).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.extract.reader.model import Line, PageText, Word

_PUNCT = re.compile(r"^[^\wąćęłńóśźż&#]+|[^\wąćęłńóśźż&#]+$", re.I)
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
        for row in reversed(rows[-4:]):
            ref = row[0]
            mid = (word.top + word.bottom) / 2
            if ref.top - height * 0.2 <= mid <= ref.bottom + height * 0.2:
                row.append(word)
                break
        else:
            rows.append([word])
    lines = [Line(tuple(sorted(r, key=lambda w: w.x0)), page) for r in rows]
    return tuple(sorted(lines, key=lambda ln: ln.top))


def norm(token: str) -> str:
    """Lower-case a word and strip surrounding punctuation (keeps Polish letters)."""
    return _PUNCT.sub("", token.lower())


@dataclass(frozen=True)
class LabelHit:
    """Where a label phrase sits: its line, the word span inside it, and its quality."""

    page: int
    line: int
    start: int
    end: int  # exclusive word index
    phrase: str
    quality: float


def find_labels(
    pages: Sequence[PageText], phrases: dict[str, float], *, exclude_before: frozenset[str]
) -> list[LabelHit]:
    """Find each phrase (space-separated, case-insensitive) as consecutive words.

    Parameters
    ----------
    pages:
        The document's pages.
    phrases:
        Label phrase to label quality (1.0 = unmistakable, lower = generic).
    exclude_before:
        Words that, right before the phrase, make it a different label ("production" call,
        "camera" crew call): those hits are skipped.
    """
    hits: list[LabelHit] = []
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            toks = [norm(w.text) for w in line.words]
            for phrase, quality in phrases.items():
                want = phrase.split()
                for s in range(len(toks) - len(want) + 1):
                    if toks[s : s + len(want)] != want:
                        continue
                    if s > 0 and (toks[s - 1] in exclude_before or toks[s - 1].startswith("pre")):
                        continue
                    hits.append(LabelHit(p, i, s, s + len(want), phrase, quality))
    return _longest_only(hits)


def _longest_only(hits: list[LabelHit]) -> list[LabelHit]:
    """Drop hits covered by a longer hit on the same words ("crew call" inside "crew call time")."""
    keep = []
    for h in hits:
        covered = any(
            o is not h
            and (o.page, o.line) == (h.page, h.line)
            and o.start <= h.start
            and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start)
            for o in hits
        )
        if not covered:
            keep.append(h)
    return keep


def right_of(pages: Sequence[PageText], hit: LabelHit, stop: frozenset[str]) -> str:
    """Text to the right of a label on its line, up to a wide gap or a stop word."""
    words = pages[hit.page].lines[hit.line].words
    out: list[str] = []
    last = words[hit.end - 1].x1
    for w in words[hit.end :]:
        if w.x0 - last > RIGHT_GAP or (out and norm(w.text) in stop):
            break
        out.append(w.text)
        last = w.x1
    return " ".join(out).strip(" :-\u2013")


def all_lines(pages: Sequence[PageText]) -> list[Line]:
    return [line for page in pages for line in page.lines]
