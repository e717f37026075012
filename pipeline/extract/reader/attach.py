"""Find every label on a page and give each run of text to the nearest label whose cell holds it.

A label's cell is the text right of it on its line (up to the next label or a wide gap) and,
when nothing follows it there, the lines below it in its column: bounded left and right by the
labels or text beside it on its row, and downwards by the next row of labels, a line of text that
starts left of the column and runs across it, or a wide vertical gap. A run claimed by two labels
goes to the nearer one, so a value is read once, by the label that owns it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.addresses import address_score
from pipeline.extract.reader.layout import RIGHT_GAP, RUN_ON_GAP, norm
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.values import find_dates, find_time

BELOW_LINES = 5  # a value block below a label is at most this many lines
VALUE_GAP = 15.0  # points; a value's words are spaced normally, a wider gap starts another cell
FAR_GAP = 250.0  # points; a label column may sit this far left of its value column
LEFT_SLACK = 40.0  # points a column reaches left of a label with nothing beside it
PREFIXED = 0.8  # an unknown word before a call label ("Rigging Crew Call:") may make it theirs
_NUMBERING = re.compile(r"^\(?#?(\d{1,2})[.):]?$")  # "1.", "#1", "(1)", "2:"
_FIELD_START = re.compile(r"^[^\W\d][\w\s&/'-]{1,25}:")  # "Sunrise: ..." starts another field
_PLACEHOLDER = re.compile(r"^#?\s*\d{1,2}$|^time$", re.I)


@dataclass(frozen=True)
class Label:
    """A label on a page: its kind (labels.KINDS), its words, its number and its qualifiers."""

    kind: str
    phrase: str
    quality: float
    page: int
    line: int
    start: int  # first word, numbering included
    end: int  # exclusive; a trailing number included
    number: int | None
    x0: float
    x1: float
    top: float
    bottom: float
    context: str  # the label's run of words, for 'tomorrow' cues


@dataclass(frozen=True)
class Piece:
    """A run of words owned by a label: beside it (below=False) or in its cell below."""

    page: int
    line: int
    start: int
    text: str
    below: bool
    distance: float
    x0: float = 0.0


def _tokens(line: Line) -> list[tuple[int, str]]:
    """(word index, normalised word) for words that are not bare punctuation."""
    return [(i, t) for i, w in enumerate(line.words) if (t := norm(w.text))]


def _gap_before(words: Sequence[Word], i: int) -> float:
    return words[i].x0 - words[i - 1].x1 if i > 0 else float("inf")


def _height(line: Line) -> float:
    return max(line.bottom - line.top, 6.0)


def _starts_cell(words: Sequence[Word], i: int, height: float) -> bool:
    """A label starts its line, follows a gap wider than a space or a separator ('- Unit Call');
    not inside running text. A space is the line's own: a monospaced font (Courier, a typed
    memo) spaces words wider than 0.45 em, so "St James's Hospital" stays one value there."""
    if i == 0 or words[i - 1].text.strip() in _SEPARATORS:
        return True
    return _gap_before(words, i) > max(0.45 * height, 3.5, SPACE_MARGIN * _space(words, height))


SPACE_MARGIN = 1.3  # a cell starts after a gap this much wider than the line's word space


def _space(words: Sequence[Word], height: float) -> float:
    """The line's usual gap between words (median of the gaps narrower than its height)."""
    gaps = sorted(g for i in range(1, len(words)) if 0 < (g := _gap_before(words, i)) < height)
    return gaps[len(gaps) // 2] if gaps else 0.0


_SEPARATORS = frozenset({"-", "\u2013", "\u2014", "|", "\u00b7", "\u2022", "/", ";"})


def find_all_labels(pages: Sequence[PageText]) -> list[Label]:
    """Every label of every kind, longest phrase first where two overlap."""
    hits: list[Label] = []
    for p, page in enumerate(pages):
        for li, line in enumerate(page.lines):
            hits.extend(_line_labels(p, li, line))
        hits.extend(_column_labels(p, page, [h for h in hits if h.page == p]))
    hits = _longest_only(hits)
    return [h for h in hits if not _named_like_its_label(pages[h.page], h, hits)]


def _named_like_its_label(page: PageText, hit: Label, hits: list[Label]) -> bool:
    """'SZPITAL' over 'Szpital Dzieciątka Jezus': a place named with its label's own word, in
    the cell under a label of the same kind, is that label's value, not a second label.

    A colon or a number after the word ('Szpital: ...', 'Szpital 2') keeps it a label.
    """
    words = page.lines[hit.line].words
    if hit.number is not None or words[hit.end - 1].text.endswith(":"):
        return False
    if hit.end >= len(words) or _gap_before(words, hit.end) > VALUE_GAP:
        return _second_line_of_a_name(page, hit, hits)
    if words[hit.end].text.strip() in (":", "-"):
        return False  # nothing runs on from the word: it heads a cell of its own
    height = _height(page.lines[hit.line])
    return any(
        o.kind == hit.kind
        and o.page == hit.page
        and o.line < hit.line
        and 0 < hit.top - o.bottom < 2.2 * height
        and abs(o.x0 - hit.x0) < 12
        for o in hits
    )


def _second_line_of_a_name(page: PageText, hit: Label, hits: list[Label]) -> bool:
    """'St Thomas' Hospital' / 'Emergency Department' under NEAREST HOSPITAL: a phrase alone
    on its line, in a value block that runs on without a gap under a label of the same kind,
    is the second line of the value's name, not a second label."""
    lines = page.lines
    for o in hits:
        if o.kind != hit.kind or o.page != hit.page or not o.line < hit.line - 1 <= o.line + 2:
            continue
        block = lines[o.line + 1 : hit.line + 1]
        if abs(o.x0 - hit.x0) >= 12 or any(abs(ln.x0 - hit.x0) >= 12 for ln in block):
            continue
        tops = [lines[o.line], *block]
        if all(b.top - a.bottom < 2.2 * _height(a) for a, b in pairwise(tops)):
            return True
    return False


def _column_labels(p: int, page: PageText, hits: list[Label]) -> list[Label]:
    """'Set', 'Parking', 'CALL' unmarked in a label column (Movie Magic: labels against a rule,
    values starting in one column after it): the word alone before that value column is a label.

    The column is known from three or more known labels whose values start at the same x.
    """
    starts = [
        line.words[h.end].x0
        for h in hits
        if h.start == 0
        and h.end < len((line := page.lines[h.line]).words)
        and _gap_before(line.words, h.end) > VALUE_GAP
    ]
    taken = {h.line for h in hits}
    out: list[Label] = []
    for li, line in enumerate(page.lines):
        words = line.words
        k = next((i for i in range(1, len(words)) if _gap_before(words, i) > VALUE_GAP), None)
        if li in taken or k is None or sum(abs(words[k].x0 - x) <= 3 for x in starts) < 3:
            continue
        out += [
            h
            for h in _line_labels(p, li, line, unmarked=True)
            if (h.start, h.end) == (0, k)
            and h.phrase in L.WEAK_PHRASES
            and h.phrase not in L.MARKED_ONLY
        ]
    return out


def _line_labels(p: int, li: int, line: Line, *, unmarked: bool = False) -> list[Label]:
    toks = _tokens(line)
    words = line.words
    height = _height(line)
    out: list[Label] = []
    for s, (_, tok) in enumerate(toks):
        for kind, phrase, quality, want in _BY_FIRST_WORD.get(tok, ()):
            if [t for _, t in toks[s : s + len(want)]] != want:
                continue
            hit = _label_at(kind, phrase, quality, toks, s, len(want), line, (p, li), unmarked)
            if hit is None:
                continue
            if _starts_cell(words, hit.start, height):
                out.append(hit)
            elif _prefixed_label(line, hit, height):
                quality = hit.quality * (PREFIXED if hit.kind == "call" else 1.0)
                out.append(replace(hit, quality=quality))
            elif _after_a_value(line, hit):
                out.append(hit)
    return out


def _after_a_value(line: Line, hit: Label) -> bool:
    """'Sunrise 6:43 AM Sunset 5:32 PM': a label right after another value, its own value next.

    '4867 Sunset Blvd' is not a label: no time follows it.
    """
    before = line.words[hit.start - 1].text.strip().lower()
    value_before = any(c.isdigit() for c in before) or before in ("am", "pm", "a.m.", "p.m.")
    after = " ".join(w.text for w in line.words[hit.end : hit.end + 3])
    return value_before and hit.kind in _TIME_KINDS | _DATE_KINDS and fits(hit.kind, after)


def _prefixed_label(line: Line, hit: Label, height: float) -> bool:
    """'Closest Hospital:', 'Full Crew Call:': a word or two before a label that ends in a colon.

    Without the colon a phrase inside running text is a value ("St Thomas' Hospital").
    """
    words = line.words
    colon = words[hit.end - 1].text.endswith(":") or (
        hit.end < len(words) and words[hit.end].text.strip() == ":"
    )
    run_start = hit.start
    while run_start > 0 and not _starts_cell(words, run_start, height):
        run_start -= 1
    return colon and hit.start - run_start <= 2


def _index_phrases() -> dict[str, list[tuple[str, str, float, list[str]]]]:
    """Label phrases by their first word, so a line is matched in one pass."""
    out: dict[str, list[tuple[str, str, float, list[str]]]] = {}
    for kind, table in L.KINDS.items():
        for phrase, quality in table.items():
            want = phrase.split()
            out.setdefault(want[0], []).append((kind, phrase, quality, want))
    return out


_BY_FIRST_WORD = _index_phrases()


def _label_at(
    kind: str,
    phrase: str,
    quality: float,
    toks: list[tuple[int, str]],
    s: int,
    n: int,
    line: Line,
    where: tuple[int, int],
    unmarked: bool = False,
) -> Label | None:
    words = line.words
    first, last = toks[s][0], toks[s + n - 1][0]
    start, end, number = first, last + 1, None
    height = _height(line)
    before = toks[s - 1] if s > 0 else None
    numbered = before and before[0] == first - 1 and _gap_before(words, first) <= RUN_ON_GAP
    if numbered and _NUMBERING.match(words[before[0]].text.strip()):  # type: ignore[index]
        start, number = before[0], int(_NUMBERING.match(words[before[0]].text.strip()).group(1))  # type: ignore[union-attr]
    adjacent_before = before is not None and not _starts_cell(words, first, height)
    if (
        kind == "call"
        and adjacent_before
        and (before[1] in L.NOT_CREW or before[1].startswith("pre"))
    ):  # type: ignore[index]
        kind = "other_time"  # "Production Call", "Camera pre-call": someone else's call
    after = toks[s + n] if s + n < len(toks) else None
    after_close = (
        after is not None and words[after[0]].x0 - words[last].x1 < max(0.45 * height, 3.5) * 2
    )
    if after and after_close:
        tail = after[1].lstrip("#")
        if kind in L.NUMBERED_KINDS and _trailing_number(line, last, after[0], tail):
            end, number = after[0] + 1, int(tail)
        elif kind in L.NUMBERED_KINDS and (lettered := _letter_suffix(line, after[0])):
            end, number = lettered
        elif kind == "call" and after[1] in L.NOT_CREW_AFTER:
            kind = "other_time"
        elif kind == "date" and re.match(L.NOT_SHOOT_DATE, after[1]):
            kind = "other_date"
    if phrase in L.ABBREVIATIONS and not words[last].text.endswith((".", ":")):
        return None  # "wsch. 4.56", not the first name "Zach"
    if number is None and kind in _PLACE_KINDS:
        start, end = _modified(line, start, end)
    end = _qualified(line, end)
    if phrase in L.WEAK_PHRASES and not unmarked and not _marked(line, start, end, number, phrase):
        return None
    if kind == "location" and number is not None:
        quality = max(quality, L.LOCATION["location"])  # "SET #1" is as clear as "Location 1"
    return Label(
        kind,
        phrase,
        quality,
        where[0],
        where[1],
        start,
        end,
        number,
        words[start].x0,
        words[end - 1].x1,
        line.top,
        line.bottom,
        _run_text(line, first),
    )


_PLACE_KINDS = frozenset({"location", "base"})


def _modified(line: Line, start: int, end: int) -> tuple[int, int]:
    """A place label with the words that qualify it ("NIGHT LOCATION", "MIEJSCE ZDJĘĆ
    NOCNYCH"): modifier words run on before it from the start of its cell, or after it to the
    end of its cell, are part of the label (labels.PLACE_MODIFIERS_*)."""
    words = line.words
    height = _height(line)
    k = start
    while k > 0 and norm(words[k - 1].text) in L.PLACE_MODIFIERS_BEFORE:
        if _gap_before(words, k) > RUN_ON_GAP:
            break
        k -= 1
    if k < start and _starts_cell(words, k, height):
        start = k
    k = end
    while k < len(words) and norm(words[k].text) in L.PLACE_MODIFIERS_AFTER:
        if _gap_before(words, k) > RUN_ON_GAP:
            break
        k += 1
    if k > end and (k == len(words) or _gap_before(words, k) > VALUE_GAP):
        end = k
    return start, end


def _qualified(line: Line, end: int) -> int:
    """A label's note in brackets is part of it when a colon or the cell's end follows the
    note: "CREW CALL (ON SET):", "WRAP (EST.):", "SZPITAL (SOR 24h)"; in "Sunrise (Sat) 6:59"
    the value runs on from the note, which stays with the value."""
    words = line.words
    if end >= len(words) or not words[end].text.startswith("("):
        return end
    if _gap_before(words, end) > RUN_ON_GAP or words[end - 1].text.endswith(":"):
        return end
    close = next((k for k in range(end, min(end + 5, len(words))) if ")" in words[k].text), None)
    if close is None:
        return end
    tail = words[close].text
    after = close + 1
    ends_cell = after == len(words) or _gap_before(words, after) > VALUE_GAP
    colon = tail.endswith("):") or (after < len(words) and words[after].text.strip() == ":")
    if not (tail.endswith((")", "):")) and (colon or ends_cell)):
        return end
    return after + 1 if colon and not tail.endswith("):") else after


def _run_text(line: Line, i: int) -> str:
    return " ".join(w.text for a, b in runs(line) if a <= i < b for w in line.words[a:b])


def _trailing_number(line: Line, last: int, i: int, tail: str) -> bool:
    """'Location 2', 'SET #1', 'Set 1:'; not the street number of 'Set Location: 52 Grove Rd'."""
    words = line.words
    if not (tail.isdigit() and len(tail) <= 2) or words[last].text.endswith(":"):
        return False
    raw = words[i].text.strip()
    ends_run = i + 1 == len(words) or _gap_before(words, i + 1) > RUN_ON_GAP
    # Polish streets put the number after the name ("Lokacja 1 ul. Piotrkowska 104"), and two
    # numbers in a row cannot both be the street number ("Location 1 52 Grove Rd"): set 1
    nxt = "" if ends_run else norm(words[i + 1].text)
    street_next = nxt in _STREET_PREFIXES or nxt[:1].isdigit()
    return raw.startswith("#") or raw.endswith(":") or ends_run or street_next


_STREET_PREFIXES = frozenset({"ul", "al", "pl", "os", "ulica", "aleja", "plac", "osiedle"})


def _letter_suffix(line: Line, i: int) -> tuple[int, int] | None:
    """'LOCATION A', 'Set B:', 'LOCATION B (company move 16:00)': a lettered set, with its note.

    The end of the label (past the note in brackets) and the letter's rank, when the letter
    and note end their cell; otherwise the letter starts the value ("Set A Stage 4").
    """
    words = line.words
    raw = words[i].text.strip().rstrip(":")
    if len(raw) != 1 or not "A" <= raw <= "H":
        return None
    end = i + 1
    runs_on = end < len(words) and _gap_before(words, end) <= RUN_ON_GAP
    if runs_on and words[end].text.startswith("("):
        stop = min(end + 8, len(words))
        close = next((k for k in range(end, stop) if ")" in words[k].text), None)
        if close is None or not words[close].text.rstrip(":").endswith(")"):
            return None
        end = close + 1
        runs_on = end < len(words) and _gap_before(words, end) <= RUN_ON_GAP
    if runs_on and not words[end - 1].text.endswith(":"):
        return None
    return end, ord(raw) - ord("A") + 1


def _marked(line: Line, first: int, end: int, number: int | None, phrase: str) -> bool:
    """A generic word is a label only when numbered, followed by a colon, or alone in its cell."""
    words = line.words
    if number is not None or words[end - 1].text.endswith(":"):
        return True
    if end < len(words) and words[end].text.strip() in (":", "-", "\u2013"):
        return True
    if phrase in L.MARKED_ONLY:
        return False
    # a word that owns only a bare time ("Ekipa" over "7.00") needs only a cell's gap around it
    wide = VALUE_GAP if phrase in L.BARE_TIME_ONLY else RIGHT_GAP / 2
    alone_after = end == len(words) or words[end].x0 - words[end - 1].x1 > wide
    return alone_after and (first == 0 or _gap_before(words, first) > wide)


def _longest_only(hits: list[Label]) -> list[Label]:
    """Drop a hit whose words lie inside a longer hit ("crew call" inside "crew call time")."""
    keep = []
    for h in hits:
        covered = any(
            o is not h
            and (o.page, o.line) == (h.page, h.line)
            and o.start <= h.start
            and h.end <= o.end
            and ((o.end - o.start), len(o.phrase)) > ((h.end - h.start), len(h.phrase))
            for o in hits
        )
        if not covered:
            keep.append(h)
    return keep


# --- cells -----------------------------------------------------------------------------------


def runs(line: Line) -> list[tuple[int, int]]:
    """Split a line into runs of normally spaced words: (first index, end index)."""
    out: list[tuple[int, int]] = []
    start = 0
    size = max(w.size for w in line.words) or _height(line)
    gap = max(RUN_ON_GAP, 0.6 * size)  # a space in an 18 pt title is wider than 6 pt
    for i in range(1, len(line.words)):
        if _gap_before(line.words, i) > gap:
            out.append((start, i))
            start = i
    out.append((start, len(line.words)))
    return out


def _right_piece(
    page: PageText, label: Label, labels_here: list[Label], far: bool = False
) -> Piece | None:
    """The run right of a label on its line; ``far`` reaches across a column gap."""
    words = page.lines[label.line].words
    stops = {h.start for h in labels_here if h.start >= label.end}
    out: list[str] = []
    last = words[label.end - 1].x1
    gap0 = None
    x0 = 0.0
    reach = RIGHT_GAP * (2 if words[label.end - 1].text.endswith(":") else 1)
    reach = FAR_GAP if far else reach
    for i in range(label.end, len(words)):
        w = words[i]
        too_far = w.x0 - last > (VALUE_GAP if out else reach)
        if too_far or i in stops or (out and _stop_word(words, i)):
            break
        if gap0 is None:
            gap0, x0 = w.x0 - last, w.x0
        out.append(w.text)
        last = w.x1
    text = " ".join(out).strip(" :-\u2013").lstrip(".\u2026 ")  # leader dots: "Call ..... 7:00"
    if not text:
        return None
    distance = (gap0 or 0.0) if far else (gap0 or 0.0) / 1000
    return Piece(label.page, label.line, label.end, text, False, distance, x0)


def _stop_word(words: Sequence[Word], i: int) -> bool:
    """A label word inside a value ends it when a colon or its own time or date follows it:
    'Crew Call 7:00 Lunch 13:00' ends at Lunch, '4867 Sunset Blvd' does not end at Sunset."""
    if norm(words[i].text) not in L.STOP_WORDS:
        return False
    after = " ".join(w.text for w in words[i + 1 : i + 4])
    return words[i].text.endswith(":") or find_time(after) is not None or bool(find_dates(after))


def _row_neighbours(page_labels: list[Label], label: Label) -> tuple[float | None, float | None]:
    """x1 of the nearest label left of ``label`` on its row and x0 of the nearest one right."""
    band = max(label.bottom - label.top, 6.0)
    left = right = None
    for o in page_labels:
        if o is label or abs(o.top - label.top) > band:
            continue
        if o.x1 <= label.x0 and (left is None or o.x1 > left):
            left = o.x1
        if o.x0 >= label.x1 and (right is None or o.x0 < right):
            right = o.x0
    return left, right


def column(page: PageText, label: Label, page_labels: list[Label]) -> tuple[float, float]:
    """The x-range a label heads: halfway to the labels or text beside it on its row."""
    words = page.lines[label.line].words
    left, right = _row_neighbours(page_labels, label)
    if label.start > 0:
        left = max(left or 0.0, words[label.start - 1].x1)
    if label.end < len(words):
        nxt = words[label.end].x0
        right = nxt if right is None else min(right, nxt)
    lo = (left + label.x0) / 2 if left is not None else max(0.0, label.x0 - LEFT_SLACK)
    hi = (label.x1 + right) / 2 if right is not None else page.width
    return lo, hi


def _below_pieces(page: PageText, label: Label, page_labels: list[Label]) -> list[Piece]:
    lo, hi = column(page, label, page_labels)
    centre = (label.x0 + label.x1) / 2
    by_line: dict[int, list[Label]] = {}
    for o in page_labels:
        by_line.setdefault(o.line, []).append(o)
    last_bottom = label.bottom
    height = max(label.bottom - label.top, 6.0)
    out: list[Piece] = []
    for li in range(label.line + 1, len(page.lines)):
        line = page.lines[li]
        if line.top - last_bottom > height * 2.2 or len(out) >= BELOW_LINES:
            break
        if any(lo <= o.x0 < hi or o.x0 <= lo < o.x1 for o in by_line.get(li, [])):
            break  # the next row of labels
        mine, crossing = [], False
        for a, b in runs(line):
            x0, x1 = line.words[a].x0, line.words[b - 1].x1
            xc = (x0 + x1) / 2
            if lo <= x0 < hi or (x0 < lo and lo <= xc < hi and abs(xc - centre) < (hi - lo)):
                mine.append((a, b))
            elif x0 < lo and x1 > label.x0:
                crossing = True  # a line from the left runs across this column
        if crossing:
            break
        if not mine:
            continue
        text = " ".join(w.text for a, b in mine for w in line.words[a:b])
        if out and _FIELD_START.match(text):
            break
        first = line.words[mine[0][0]]
        out.append(Piece(line.page, li, mine[0][0], text, True, line.top - label.bottom, first.x0))
        last_bottom = line.bottom
    return out


def _continuation(page: PageText, label: Label, first: Piece, labels: list[Label]) -> list[Piece]:
    """Lines that carry on a value printed beside its label, aligned under the value's start:
    'Set Location: The Old Brewery' / '52 Brick Lane, London E1 6QL'."""
    # a label under this one or under its value starts a new row; one in another column does not
    rows = {o.line for o in labels if label.x0 - 8 <= o.x0 <= first.x0 + 8}
    height = max(label.bottom - label.top, 6.0)
    last_bottom = label.bottom
    out: list[Piece] = []
    for li in range(label.line + 1, min(len(page.lines), label.line + 4)):
        line = page.lines[li]
        if line.top - last_bottom > height * 1.6 or li in rows:
            break
        mine, blocked = None, False
        for a, b in runs(line):
            x0, x1 = line.words[a].x0, line.words[b - 1].x1
            if abs(x0 - first.x0) <= 8 and mine is None:
                mine = (a, b)
            elif x0 < first.x0 - 8 and x1 > label.x0 - 5:
                blocked = True  # something under the label: a new row, not a continuation
        if blocked or mine is None:
            break
        text = " ".join(w.text for w in line.words[mine[0] : mine[1]])
        if _FIELD_START.match(text):
            break
        out.append(Piece(line.page, li, mine[0], text, False, line.top - label.bottom, first.x0))
        last_bottom = line.bottom
    return out


ALIGN = 2.0  # points; right-aligned values end within this of each other
ROW_START = 4.0  # points; the rows of a table start within this of each other
TABLE_ROWS = 3  # rows that share both edges before a layout is read as a label/value table
ABOVE = 500.0  # added to an above-the-label claim's distance: any other claim beats it


def _run_after(line: Line, label: Label, stop: int) -> tuple[int, int] | None:
    """The first run of words right of a label and before the next label on its line."""
    return next(((a, b) for a, b in runs(line) if a >= label.end and a < stop), None)


def _starts_row(line: Line, x0: float) -> int | None:
    """Index of the run of ``line`` that starts at ``x0`` (a table row's first cell), if any."""
    rs = runs(line)
    return next((k for k, (a, _) in enumerate(rs) if abs(line.words[a].x0 - x0) <= ROW_START), None)


def _ends_at(line: Line, x0: float, x1: float) -> bool:
    """The line starts a row at ``x0`` and has a later run ending at ``x1``."""
    k = _starts_row(line, x0)
    return k is not None and any(
        abs(line.words[b - 1].x1 - x1) <= ALIGN for _, b in runs(line)[k + 1 :]
    )


def _table_value(page: PageText, label: Label, labels_here: list[Label]) -> list[Piece]:
    """A two-column table whose values sit flush right in their cells, far from their labels:
    the first run right of a label, whatever the gap, when no label lies between and at least
    TABLE_ROWS rows of the page start where the label starts and end a run where the value
    ends (the table's two edges); the lines under it ending on that edge carry it on."""
    line = page.lines[label.line]
    stop = min((o.start for o in labels_here if o.start >= label.end), default=len(line.words))
    run = _run_after(line, label, stop)
    if run is None:
        return []
    text = " ".join(w.text for w in line.words[run[0] : run[1]])
    x1 = line.words[run[1] - 1].x1
    if not _fits_table(label.kind, text):
        return []
    if sum(_ends_at(other, label.x0, x1) for other in page.lines) < TABLE_ROWS:
        return []
    first = line.words[run[0]]
    out = [Piece(label.page, label.line, run[0], text, False, first.x0 - label.x1, first.x0)]
    if label.kind not in L.NUMBERED_KINDS:
        return out
    height, last_bottom = _height(line), line.bottom
    for li in range(label.line + 1, min(len(page.lines), label.line + 4)):
        below = page.lines[li]
        if below.top - last_bottom > height * 1.6 or _starts_row(below, label.x0) is not None:
            break  # a gap, or the table's next row
        mine = [(a, b) for a, b in runs(below) if abs(below.words[b - 1].x1 - x1) <= ALIGN]
        if not mine or below.words[mine[0][0]].x0 <= label.x1:
            break
        a, b = mine[0]
        words = below.words[a:b]
        text = " ".join(w.text for w in words)
        out.append(Piece(label.page, li, a, text, False, below.top - label.bottom, words[0].x0))
        last_bottom = below.bottom
    return out


def _below_fits_better(kind: str, below: list[Piece], table: list[Piece]) -> bool:
    """Whether a label's cell below holds its value rather than the far run on its row: a time
    or date of its shape below it, or a place that reads more like an address; a label of any
    other kind keeps what is below it."""
    taken = {(pc.page, pc.line) for pc in table}
    below = [pc for pc in below if (pc.page, pc.line) not in taken]  # the value's own next lines
    if not below:
        return False
    if kind in _TIME_KINDS | _DATE_KINDS:
        return any(fits(kind, pc.text) for pc in below)
    if kind in L.NUMBERED_KINDS:
        score = max(address_score(pc.text) for pc in below)
        return score >= max(address_score(pc.text) for pc in table)
    return True


def _fits_table(kind: str, text: str) -> bool:
    """A far value must show its label's shape; a place has words, not only a phone number."""
    if kind in L.NUMBERED_KINDS:
        return fits(kind, text) and bool(re.search(r"[^\W\d]{3}", text))
    return fits(kind, text)


def _above_piece(page: PageText, label: Label, page_labels: list[Label]) -> list[Piece]:
    """A big value printed over its small label in a header box ("7:00 AM" over "CREW CALL"):
    the nearest run above the label in its column, when its shape fits. Any label that has the
    run below or beside it keeps it (ABOVE makes this claim the weakest)."""
    lo, hi = column(page, label, page_labels)
    height = _height(page.lines[label.line])
    for li in range(label.line - 1, -1, -1):
        line = page.lines[li]
        if label.top - line.bottom > height * 2.2:
            break
        if line.bottom > label.top + 1:
            continue  # a line sharing the label's band, not above it
        for a, b in runs(line):
            x0, x1 = line.words[a].x0, line.words[b - 1].x1
            if not (lo <= x0 < hi and x0 < label.x1 and x1 > label.x0):
                continue
            text = " ".join(w.text for w in line.words[a:b])
            if not fits(label.kind, text):
                return []
            distance = ABOVE + label.top - line.bottom
            return [Piece(label.page, li, a, text, True, distance, x0)]
    return []


def attach(pages: Sequence[PageText], labels: list[Label]) -> dict[Label, list[Piece]]:
    """Each label's pieces, every piece given to the nearest label that claims it."""
    by_page: dict[int, list[Label]] = {}
    for h in labels:
        by_page.setdefault(h.page, []).append(h)
    claims: dict[Label, list[Piece]] = {}
    best: dict[tuple[int, int, int], tuple[float, float]] = {}
    for h in labels:
        page = pages[h.page]
        here = [o for o in by_page[h.page] if o.line == h.line]
        right = _right_piece(page, h, here)
        if right is not None and _next_cell(h, right):
            right = None  # "CREW CALL   HMU / COSTUME" over a strip of times: a neighbour
        if right is not None and not _PLACEHOLDER.match(right.text):
            pieces = [right]
            if h.kind in L.NUMBERED_KINDS:
                pieces += _continuation(page, h, right, by_page[h.page])
        else:
            pieces = _below_pieces(page, h, by_page[h.page])
            table = _table_value(page, h, here) if right is None else []
            if table and not _below_fits_better(h.kind, pieces, table):
                pieces = table  # a ruled label/value table, the value flush right in its row
            shaped = h.kind in _TIME_KINDS | _DATE_KINDS
            if right is None and shaped and not any(fits(h.kind, pc.text) for pc in pieces):
                # "6:00a" over "CREW CALL", the date in the next box below
                pieces = _above_piece(page, h, by_page[h.page]) or pieces
            if not pieces and right is None:  # a label column, its values across a gap
                far = _right_piece(page, h, here, far=True)
                pieces = [far] if far is not None and not _PLACEHOLDER.match(far.text) else []
                if pieces and h.kind in L.NUMBERED_KINDS:  # its address under the name
                    pieces += _continuation(page, h, pieces[0], by_page[h.page])
        claims[h] = pieces
        for pc in pieces:
            key = (pc.page, pc.line, pc.start)
            rank = _rank(h, pc)
            if key not in best or rank < best[key]:
                best[key] = rank
    return {
        h: [pc for pc in ps if best[(pc.page, pc.line, pc.start)] == _rank(h, pc)]
        for h, ps in claims.items()
    }


def _next_cell(label: Label, right: Piece) -> bool:
    """A time or date label's text across a column gap that is not of its shape is the next
    cell of a row of labels (a strip of times printed under their labels), not its value."""
    shaped = label.kind in _TIME_KINDS | _DATE_KINDS
    return shaped and right.x0 - label.x1 > VALUE_GAP and not fits(label.kind, right.text)


def _rank(label: Label, piece: Piece) -> tuple[bool, float, float]:
    """A piece goes to a label its shape fits, then to the nearest, then to the strongest."""
    return (not fits(label.kind, piece.text), piece.distance, -label.quality)


def fits(kind: str, text: str) -> bool:
    """Whether a value of this shape can be what a label of ``kind`` heads."""
    if kind in _TIME_KINDS:
        return find_time(text) is not None
    if kind in _DATE_KINDS:
        return bool(find_dates(text))
    if kind in L.NUMBERED_KINDS:  # a place: a name or an address, but not a bare time or date
        return find_time(text) is None or bool(re.search(r"[^\W\d]{3}", text))
    return True


_TIME_KINDS = frozenset({"call", "other_time", "sunrise", "sunset"})
_DATE_KINDS = frozenset({"date", "other_date"})
