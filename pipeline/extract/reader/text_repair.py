"""Tell a text layer whose words came out broken into letters, and pick the better reading.

Spreadsheet applications (Excel, LibreOffice Calc, Google Sheets "Save as PDF") often place each
glyph on its own, at positions rounded to the printer grid: the gaps inside a word come out
uneven, and a reader that splits words at a fixed gap reads "C REW C ALL". The sign is many
short letter fragments sitting close to a neighbour in the same line. A normal sheet has short
words too (Polish "w", "z", "i"; initials; "D"/"N" columns; state codes), but they are few
beside its words, and a table's one-letter cells sit a column gap away from the next cell.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.calendar_names import MONTHS, WEEKDAYS
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, Word

NEAR_EM = 0.45  # a fragment this close (in font sizes) to a neighbour may be part of its word
MIN_FRAGMENTS = 6  # a handful of short words is any sheet; a page of them is broken
BROKEN_SHARE = 0.12  # share of a page's letter tokens that are close fragments
RUN_ON_LETTERS = 13  # longer letter tokens are rare on a sheet; many of them are glued words
RUN_ON_MARGIN = 0.05  # a rejoined reading may add this share of them, no more
_EDGE = ",.:;()'\"-"
# Word gaps in font sizes for a rejoined reading: a space is about 0.25-0.32 of the size in
# common fonts; glyphs a spreadsheet placed one by one sit closer than that inside a word.
GAP_WITH_SPACES = 0.3  # the file writes its spaces: wider is a gap between cells
GAP_WITHOUT_SPACES = 0.22  # no space in the file: a word gap is all there is
# Short words that are words in English and Polish (and labels' abbreviations): not fragments.
_SHORT_WORDS = frozenset(
    {"a", "i", "o", "u", "w", "z", "an", "am", "as", "at", "be", "by", "do", "go", "he", "if"}
    | {"in", "is", "it", "me", "my", "no", "of", "on", "or", "pm", "so", "to", "up", "us", "we"}
    | {"ul", "al", "pl", "nr", "ks", "św", "ze", "na", "od", "po", "za", "ii", "iv", "vi"}
    # French, German, Spanish and Italian short words (sheets in those languages are sound too)
    | {"à", "y", "au", "de", "du", "en", "et", "la", "le", "un", "ou", "sa", "se", "ce", "il"}
    | {"im", "zu", "er", "es", "da", "ab", "um", "el", "lo", "al", "di", "ed", "ok"}
    | {"e", "su", "si", "ai", "ne", "em", "os", "as", "no", "na"}  # Italian and Portuguese
    # street and address abbreviations, compass points, US states and Canadian provinces
    | {"st", "rd", "dr", "ln", "ct", "pl", "sq", "hw", "ne", "nw", "se", "sw", "uk", "eu", "er"}
    | {"ak", "al", "ar", "az", "ca", "co", "ct", "dc", "de", "fl", "ga", "hi", "ia", "id", "il"}
    | {"in", "ks", "ky", "la", "ma", "md", "me", "mi", "mn", "mo", "ms", "mt", "nc", "nd", "nh"}
    | {"nj", "nm", "nv", "ny", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "va"}
    | {"vt", "wa", "wi", "wv", "wy", "on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe"}
    | {"yt", "nt", "nu"}
)


def fragment_count(lines: Sequence[Line]) -> tuple[int, int]:
    """Short letter tokens close to a neighbour, and all letter tokens, over ``lines``.

    A short word ("de", "Rd", "NY") is a fragment only beside another fragment: "DZIE NNY PR
    AC Y" is broken, "2800 E Observatory Rd" and "rendez-vous de la équipe" are not.
    """
    fragments = letters = 0
    for line in lines:
        words = line.words
        close = [_close_piece(words, i) for i in range(len(words))]
        pieces = [c and words[i].text.lower() not in _SHORT_WORDS for i, c in enumerate(close)]
        for i, word in enumerate(words):
            if not word.text.isalpha():
                continue
            letters += 1
            if pieces[i] or (
                close[i] and any(pieces[j] for j in (i - 1, i + 1) if 0 <= j < len(words))
            ):
                fragments += 1
    return fragments, letters


def _close_piece(words: Sequence[Word], i: int) -> bool:
    """A letter token of one or two letters sitting close to a neighbour's letters. A unit set
    close to its number alone ("7 h 30", "2027 h 7.30", "5 m") is no piece of a word."""
    word = words[i]
    if not word.text.isalpha() or len(word.text) > 2:
        return False
    near = NEAR_EM * max(word.size, word.bottom - word.top, 1.0)
    left = i > 0 and word.x0 - words[i - 1].x1 < near and words[i - 1].text[-1:].isalpha()
    right = (
        i + 1 < len(words) and words[i + 1].x0 - word.x1 < near and words[i + 1].text[:1].isalpha()
    )
    return left or right


def broken_share(lines: Sequence[Line]) -> float:
    """The share of letter tokens that look like pieces of a word (0 when there are too few)."""
    fragments, letters = fragment_count(lines)
    if fragments < MIN_FRAGMENTS or not letters:
        return 0.0
    return fragments / letters


def some_fragments(lines: Sequence[Line]) -> bool:
    """A handful of close letter fragments, too few to call the page broken: a spreadsheet's
    label column set glyph by glyph beside values in sound words."""
    return fragment_count(lines)[0] >= MIN_FRAGMENTS


def looks_broken(lines: Sequence[Line]) -> bool:
    return broken_share(lines) >= BROKEN_SHARE


def reads_better(candidate: Sequence[Line], current: Sequence[Line]) -> bool:
    """Fewer word fragments, without gluing words together: a file with no spaces may set its
    words closer than a spreadsheet sets its letters, and joining those makes run-on tokens."""
    if broken_share(candidate) >= broken_share(current):
        return False
    return _run_on_share(candidate) <= _run_on_share(current) + RUN_ON_MARGIN


# Words run together where a reading lost the file's spaces: a lower-case letter before a capital
# inside a token ('StraitLinePictures', 'PortTownsend'), a comma or semicolon between letters or
# digits ('Thursday,March12,', 'Townsend,WA'). A sound page has a few ('McKinley', 'YouTube').
_GLUED = lazy(r"[a-z][A-Z][a-z]|[^\W\d_][,;][^\W_]")
GLUED_WORDS = 3  # a reading with this many glued tokens may have lost its spaces


def glued_count(lines: Sequence[Line]) -> int:
    """Tokens that look like words run together (``_GLUED``)."""
    return sum(1 for ln in lines for w in ln.words if _GLUED.search(w.text))


def reads_sounder(candidate: Sequence[Line], current: Sequence[Line]) -> bool:
    """Neither reading is broken into letters, but the current one glued words together where
    the file has spaces (glyphs joined by their gaps alone, PDFium reporting none of the file's
    spaces): the candidate reads better with fewer glued words, no more fragments and no more
    run-on tokens."""
    glued = glued_count(candidate)
    if glued >= glued_count(current):
        return False
    if fragment_count(candidate)[0] > fragment_count(current)[0]:
        return False
    return _run_on_share(candidate) <= _run_on_share(current)


def _run_on_share(lines: Sequence[Line]) -> float:
    tokens = [t for ln in lines for w in ln.words if (t := w.text.strip(_EDGE)).isalpha()]
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if len(t) >= RUN_ON_LETTERS) / len(tokens)


def gap_ratio(file_has_spaces: bool) -> float:
    """The gap, in font sizes, that splits words in a rejoined reading."""
    return GAP_WITH_SPACES if file_has_spaces else GAP_WITHOUT_SPACES


# Words a broken page must not lose: month and weekday names and the words of labels.
KNOWN_WORDS = frozenset(
    {w for w in (*MONTHS, *WEEKDAYS) if len(w) >= 4}
    | {w for table in L.KINDS.values() for phrase in table for w in phrase.split() if len(w) >= 4}
)
# a piece that is itself a calendar word ("Sun" of "Sun Day") is a word; two-letter ones
# ("ma", Dutch for Monday) are as often a fragment ("Ma rch")
_CALENDAR_WORDS = frozenset(w for w in (*MONTHS, *WEEKDAYS) if len(w) >= 3)
JOIN_EM = 0.6  # pieces closer than this (in font sizes) may be one word; cells sit further apart
MAX_PIECES = 4


def rejoin_known(lines: Sequence[Line]) -> tuple[Line, ...]:
    """On a page read as broken, join pieces that spell a known word and are no words
    themselves: "Ma rch" is March, "Tu esday" Tuesday; "May 2026" and "Sun Day" stay apart."""
    return tuple(replace(line, words=_join_line(line.words)) for line in lines)


def _join_line(words: Sequence[Word]) -> tuple[Word, ...]:
    out: list[Word] = []
    i = 0
    while i < len(words):
        j = _known_end(words, i)
        if j == i and _split_year(words, i):
            j = i + 2
        if j > i + 1:
            parts = words[i:j]
            text = "".join(w.text for w in parts)
            out.append(replace(parts[0], text=text, x1=parts[-1].x1))
        else:
            out.append(words[i])
        i = max(j, i + 1)
    return tuple(out)


_CENTURY = frozenset({"19", "20"})
_YEAR_END = lazy(r"^\d\d[,.;)]?$")
_DAY_NUMBER = lazy(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?$")


def _month_word(text: str) -> bool:
    return text.rstrip(".,").lower() in _CALENDAR_WORDS


def _split_year(words: Sequence[Word], i: int) -> bool:
    """A year broken in two by a glyph's gap after its month or its month's day ('March 12,
    20 26', '12 March 20 26'): the century's two digits, close to two more."""
    if i == 0 or i + 1 >= len(words) or words[i].text not in _CENTURY:
        return False
    if not _YEAR_END.match(words[i + 1].text):
        return False
    before = words[i - 1].text
    dated = _month_word(before) or (
        i >= 2 and _DAY_NUMBER.match(before) is not None and _month_word(words[i - 2].text)
    )
    return dated and words[i + 1].x0 - words[i].x1 <= JOIN_EM * _em(words[i + 1])


def _em(word: Word) -> float:
    """The word's font size; its height when the reader gave none (pdfminer)."""
    return max(word.size, word.bottom - word.top, 1.0)


def _known_end(words: Sequence[Word], i: int) -> int:
    """The end of the longest run of pieces from ``i`` that spells a known word, else i."""
    for j in range(min(len(words), i + MAX_PIECES), i + 1, -1):
        parts = words[i:j]
        if any(b.x0 - a.x1 > JOIN_EM * _em(b) for a, b in itertools.pairwise(parts)):
            continue
        keys = [w.text.lower().strip(_EDGE) for w in parts]
        if not all(k.isalpha() for k in keys[:-1]) or any(
            k in KNOWN_WORDS or k in _CALENDAR_WORDS for k in keys
        ):
            continue
        if "".join(keys) in KNOWN_WORDS:
            return j
    return i


# Label phrases of two or three words, keyed by their letters run together: a file that writes
# no spaces and sets its words tight prints "CREWCALL", "HOSPITALADDRESS" for the column of
# labels. A glued form that is itself a label or a known word ('basecamp') stays as it is.
_ALL_PHRASES = frozenset(phrase for table in L.KINDS.values() for phrase in table)
GLUED_LABELS = {
    glued: phrase.split()
    for phrase in _ALL_PHRASES
    if 2 <= len(phrase.split()) <= 3
    and all(w.isalpha() and len(w) >= 3 for w in phrase.split())
    and (glued := phrase.replace(" ", "")) not in _ALL_PHRASES
    and glued not in KNOWN_WORDS
}
MIN_GLUED = 7  # letters: shorter runs together are too often words of their own


def split_glued_labels(lines: Sequence[Line]) -> tuple[Line, ...]:
    """ "CREWCALL" read as "CREW CALL": a token in capitals (a colon after it allowed) that is a
    label phrase's words run together is split back, each part's box cut by its letters; so is
    one in title case whose capitals start the label's words ("NearestHospital")."""
    return tuple(replace(line, words=_split_line(line.words)) for line in lines)


def _camel_case(text: str) -> bool:
    """Words in title case run together ('NearestHospital', 'CrewCall')."""
    return text[:1].isupper() and any(
        a.islower() and b.isupper() for a, b in itertools.pairwise(text)
    )


def _capitals(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch.isupper()]


def _starts(parts: list[str]) -> list[int]:
    return [sum(len(p) for p in parts[:k]) for k in range(len(parts))]


def _split_line(words: Sequence[Word]) -> tuple[Word, ...]:
    out: list[Word] = []
    for word in words:
        core = word.text.rstrip(":")
        glued = len(core) >= MIN_GLUED and (core.isupper() or _camel_case(core))
        parts = GLUED_LABELS.get(core.lower()) if glued else None
        if parts is not None and not core.isupper() and _starts(parts) != _capitals(core):
            parts = None  # 'NearestHospital' splits where its capitals start the label's words
        if parts is None:
            out.append(word)
            continue
        step = (word.x1 - word.x0) / len(word.text)
        at = 0
        for k, part in enumerate(parts):
            last = k == len(parts) - 1
            text = core[at : at + len(part)] + (word.text[len(core) :] if last else "")
            x0 = word.x0 + step * at
            out.append(replace(word, text=text, x0=x0, x1=x0 + step * len(text)))
            at += len(part)
    return tuple(out)
