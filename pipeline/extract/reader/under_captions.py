"""Captions printed under the values of a filled-in form: dropped from the page's lines.

A printed form (a Polish film school's "KARTA DNIA ZDJĘCIOWEGO", an office's "druk") sets each
value on a dotted line and, under the line, a small caption in brackets saying what goes there;
filled in on a computer, the value is typed over the line:

    „Kamień z czerwonej góry”               Zbiórka:  7.30           dziedziniec zamku
    (tytuł etiudy)                                    (godzina zbiórki) (miejsce zbiórki)

The captions are the form's, not the day's: read as text they are labels with the wrong value
("(tytuł etiudy)" a title 'etiudy)'), or a value's next line ("(adres obiektu)" in the set's
address). A line is a caption row when every run on it is one bracketed group, set clearly
smaller than the line it sits under and close under it, and each group starts where a word of
that line starts (the caption flush with its value). A page is read as such a form only when it
has at least FORM_ROWS caption rows: one bracketed note under a value ("(plener)") stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.reader.model import Line, Word

FORM_ROWS = 3  # caption rows on a page before it is read as a filled-in form
SMALLER = 0.8  # a caption's height is at most this share of the value line's
CLOSE = 1.0  # caption heights; the most a caption's top sits under its value line's foot
FLUSH = 3.0  # points; a caption starts within this of a word of the value line


def _groups(words: Sequence[Word]) -> list[tuple[int, int]] | None:
    """(first, end) of each bracketed group when the line is bracketed groups only."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, w in enumerate(words):
        text = w.text
        if depth == 0:
            if not text.startswith("("):
                return None
            start = i
        depth += text.count("(") - text.count(")")
        if depth < 0:
            return None
        if depth == 0:
            out.append((start, i + 1))
    return out if depth == 0 and out else None


def _height(words: Sequence[Word]) -> float:
    return max(w.bottom - w.top for w in words)


def caption_row(line: Line, above: Line) -> bool:
    """Whether ``line`` is a row of captions under the values of ``above``."""
    groups = _groups(line.words)
    if groups is None or not above.words:
        return False
    tall = _height(line.words)
    if tall > SMALLER * _height(above.words):
        return False
    if line.top - above.bottom > CLOSE * tall or line.top < above.bottom - 0.5 * tall:
        return False
    starts = [w.x0 for w in above.words]
    return all(any(abs(line.words[a].x0 - x) <= FLUSH for x in starts) for a, _ in groups)


def without_captions(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The page's lines without its caption rows, when it is a filled-in form (see above)."""
    rows = {i for i in range(1, len(lines)) if caption_row(lines[i], lines[i - 1])}
    if len(rows) < FORM_ROWS:
        return tuple(lines)
    return tuple(line for i, line in enumerate(lines) if i not in rows)
