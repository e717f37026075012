"""Page geometry: group words into lines, find labels and the values beside or below them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.extract.reader.model import Line, PageText, Word

_PUNCT = re.compile(r"^[^\wąćęłńóśźż&#]+|[^\wąćęłńóśźż&#]+$", re.I)
RIGHT_GAP = 80.0  # points; a value further right than this belongs to another cell
RUN_ON_GAP = 6.0  # points; a wider space ends a value that runs past its column edge
BELOW_LINES = 5  # a value block below a label is at most this many lines


def group_lines(words: Iterable[Word], page: int) -> tuple[Line, ...]:
    """Cluster words into lines by vertical overlap, then order each line left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
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


def column_bounds(page: PageText, hit: LabelHit) -> tuple[float, float]:
    """The x-range a label heads: halfway to its neighbours on the same line."""
    words = page.lines[hit.line].words
    x0, x1 = words[hit.start].x0, words[hit.end - 1].x1
    left = words[hit.start - 1].x1 if hit.start > 0 else 0.0
    right = words[hit.end].x0 if hit.end < len(words) else page.width
    lo = (left + x0) / 2 if hit.start > 0 else max(0.0, x0 - 40)
    hi = (x1 + right) / 2 if hit.end < len(words) else page.width
    return lo, hi


def below(pages: Sequence[PageText], hit: LabelHit, max_lines: int = BELOW_LINES) -> list[str]:
    """Lines of text under a label, within its column, until a large vertical gap."""
    page = pages[hit.page]
    lo, hi = column_bounds(page, hit)
    label_line = page.lines[hit.line]
    last_bottom = label_line.bottom
    height = max(label_line.bottom - label_line.top, 6.0)
    out: list[str] = []
    for line in page.lines[hit.line + 1 :]:
        if line.top - last_bottom > height * 2.2 or len(out) >= max_lines:
            break
        inside = _column_words(line, lo, hi)
        if out and re.match(r"^[^\W\d][\w\s&/-]{1,25}:", " ".join(inside)):
            break  # "Sunrise: ..." starts another field
        if inside:
            out.append(" ".join(inside))
            last_bottom = line.bottom
    return out


def _column_words(line: Line, lo: float, hi: float) -> list[str]:
    """Words centred in the column, plus words running on past its edge with normal spacing."""
    out: list[str] = []
    prev: Word | None = None
    for w in line.words:
        if lo <= w.xc <= hi or (out and prev is not None and w.x0 - prev.x1 < RUN_ON_GAP):
            out.append(w.text)
            prev = w
        elif out:
            break
    return out


def all_lines(pages: Sequence[PageText]) -> list[Line]:
    return [line for page in pages for line in page.lines]
