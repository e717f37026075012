"""What reading hands to interpretation: clean words, in pieces of bounded size.

Every field finder runs regular expressions on line text; some of them (and a few loops over
labels) cost more than linear time on long lines or long runs of white space, and they run in
C where no time limit reaches (issue 16: a 100,000-letter line held a worker for minutes). So
the words are made safe once, here, where reading produces text, rather than in every finder:

- control characters go: a NUL cannot be stored by PostgreSQL (``UntranslatableCharacter``),
  and escape sequences have no business in a schedule. So do format characters (bidi overrides,
  zero-width spaces) and lone surrogates, which UTF-8 cannot encode. Joiners stay (emoji, Indic).
- a word holds no white space and is never empty, so line text never has a run of spaces;
- a word, a line and a page have caps far above any sheet's, and what is cut is said in a
  warning so a person checks the fields.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText, Word

MAX_WORD_CHARS = 300  # a long map link fits; a word of 100,000 letters does not
MAX_LINE_CHARS = 2000  # a 6 pt line across an A3 landscape page holds about 400
MAX_PAGE_LINES = 1000  # a dense sheet page has about 150

_KEEP = {"\u200c", "\u200d"}  # zero-width (non-)joiner: part of how some scripts are written
_NONCHARACTERS = {"\ufffe", "\uffff"}  # what PDFium gives for glyphs it cannot map


def clean_word(text: str) -> tuple[str, bool]:
    """A word's text without control, format or surrogate characters and without white
    space, cut to MAX_WORD_CHARS; and whether it was cut."""
    if not text.isprintable() or " " in text:
        text = "".join(c for c in text if _kept(c) and not c.isspace())
    return text[:MAX_WORD_CHARS], len(text) > MAX_WORD_CHARS


def _kept(char: str) -> bool:
    if char.isprintable() or char in _KEEP:
        return True
    return unicodedata.category(char) not in ("Cc", "Cf", "Cs") and char not in _NONCHARACTERS


def bounded_pages(pages: Sequence[PageText]) -> tuple[tuple[PageText, ...], list[str]]:
    """``pages`` with every word cleaned and every line and page capped; warnings for cuts."""
    warnings: list[str] = []
    out = []
    for number, page in enumerate(pages):
        lines: list[Line] = []
        cut = False
        for line in page.lines[:MAX_PAGE_LINES]:
            words, line_cut = _bounded_words(line.words)
            cut = cut or line_cut
            if words:
                lines.append(Line(words, line.page) if words != line.words else line)
        if cut:
            warnings.append(
                f"page {number + 1}: a word or line too long to be a call sheet's was cut; "
                "check every field"
            )
        if len(page.lines) > MAX_PAGE_LINES:
            warnings.append(
                f"page {number + 1}: only its first {MAX_PAGE_LINES} lines of "
                f"{len(page.lines)} were read"
            )
        out.append(page if tuple(lines) == page.lines else replace(page, lines=tuple(lines)))
    return tuple(out), warnings


def _bounded_words(words: tuple[Word, ...]) -> tuple[tuple[Word, ...], bool]:
    """The words that fit in MAX_LINE_CHARS, cleaned; and whether anything was cut."""
    out: list[Word] = []
    used = 0
    cut = False
    for word in words:
        text, truncated = clean_word(word.text)
        cut = cut or truncated
        if not text:
            continue
        if used + len(text) > MAX_LINE_CHARS:
            return tuple(out), True
        used += len(text) + 1
        out.extend(_label_and_time(word if text == word.text else replace(word, text=text)))
    return tuple(out), cut


# 'жиналуы:07:00', 'Treffpunkt:7.30': a label's last word, its colon and a time printed with no
# space between them (a gloss too long for its column runs into the value's): two words
_GLUED_TIME = lazy(r"^(?P<label>[^\W\d_]{3,}:)(?P<time>\d{1,2}[:.]\d{2})$")


def _label_and_time(word: Word) -> tuple[Word, ...]:
    """A word of letters, a colon and a time, as the label's word and the time's, the box
    shared by their letters; any other word as it is."""
    m = _GLUED_TIME.match(word.text)
    if m is None:
        return (word,)
    cut = word.x0 + (word.x1 - word.x0) * len(m["label"]) / len(word.text)
    return (
        replace(word, text=m["label"], x1=cut),
        replace(word, text=m["time"], x0=cut),
    )
