"""A form that numbers its cells: '1. DATE', '2. CREW CALL', '4. SET', '5. LOCATION'.

Some studio templates number every cell of the header grid. The number before a label there
counts the form's items; it is not a place's number ('Location 2', 'SET #1'), so it must
neither rank the sets ('4. SET' before '5. LOCATION') nor mark a generic word as a label
('9. SET MEDIC' is the medic's cell). The form's other numbered cell heads ('11. MOVE TIME')
are headings the reader does not know: they end the value of the cell before them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.labelling import VALUE_GAP, Label
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText

# "1.", "12." : a form's item number (a dot, so no street number or a bare count)
_ITEM = lazy(r"^(\d{1,2})\.$")
# "1 DATE", "3 LOCATION": the number with no dot, in a grid whose labels are numbered in turn
_BARE_ITEM = lazy(r"^(\d{1,2})$")
ITEM_KINDS = 2  # numbered labels of at least this many kinds that are no place's
ITEM_LABELS = 3  # ... and at least this many numbered labels in all
BARE_ITEM_LABELS = 4  # ... or this many when their numbers carry no dot
_HEAD_WORDS = 4  # an unknown cell head: at most this many words in capitals


def _leading_item(line: Line, label: Label, bare: bool = False) -> int | None:
    """The item number printed before the label's words, when the label carries one (with
    ``bare``, a number with no dot too)."""
    first = line.words[label.start].text.strip()
    m = _ITEM.match(first) or (_BARE_ITEM.match(first) if bare else None)
    if m is None or label.number != int(m.group(1)) or label.end - label.start < 2:
        return None
    return int(m.group(1))


def _trailing_number(line: Line, label: Label) -> bool:
    """'10. LOCATION 2 (COMPANY MOVE)': the place's own number after its word."""
    return any(w.text.strip("#():") == str(label.number) for w in line.words[label.start + 1 :][:4])


def _alone(line: Line, label: Label) -> bool:
    """Nothing runs on from the label's words: its cell holds nothing else on its line."""
    words = line.words
    end = label.end
    return end == len(words) or words[end].x0 - words[end - 1].x1 > VALUE_GAP


def _colon(line: Line, label: Label) -> bool:
    words = line.words
    after = label.end < len(words) and words[label.end].text.strip() in (":", "-", "\u2013")
    return words[label.end - 1].text.endswith(":") or after


def items_page(page: PageText, hits: Sequence[Label], bare: bool = False) -> bool:
    """Whether the page's labels carry a form's item numbers: several labels of kinds that are
    no place's ('1. DATE', '2. CREW CALL') each open with a number, no number twice. With
    ``bare``, numbers with no dot count too ('1 DATE', '2 CREW CALL', '3 LOCATION'), one label
    more needed."""
    numbered = [h for h in hits if _leading_item(page.lines[h.line], h, bare) is not None]
    numbers = [h.number for h in numbered]
    kinds = {h.kind for h in numbered} - L.NUMBERED_KINDS
    return (
        len(numbered) >= (BARE_ITEM_LABELS if bare else ITEM_LABELS)
        and len(kinds) >= ITEM_KINDS
        and len(set(numbers)) == len(numbers)
    )


def unnumbered(pages: Sequence[PageText], hits: list[Label]) -> list[Label]:
    """The labels with a form's item numbers taken off, and the form's unknown cell heads added
    as headings. Pages whose labels carry no item numbers are left as they are."""
    out: list[Label] = []
    for p, page in enumerate(pages):
        here = [h for h in hits if h.page == p]
        bare = False
        if not items_page(page, here):
            bare = items_page(page, here, bare=True)
            if not bare:
                out += here
                continue
        kept: list[Label] = []
        for h in here:
            line = page.lines[h.line]
            if _leading_item(line, h, bare) is None or _trailing_number(line, h):
                kept.append(h)
                continue
            if h.phrase in L.WEAK_PHRASES and not (_alone(line, h) or _colon(line, h)):
                continue  # '9. SET MEDIC': the number was the generic word's only mark
            quality = L.KINDS[h.kind].get(h.phrase, h.quality)  # no place's number raises it
            kept.append(replace(h, number=None, quality=min(h.quality, quality)))
        numbers = [n for h in here if (n := _leading_item(page.lines[h.line], h)) is not None]
        out += kept + _unknown_heads(p, page, kept, max(numbers, default=0))
    return out


def _unknown_heads(p: int, page: PageText, hits: list[Label], last: int) -> list[Label]:
    """'11. MOVE TIME' in a numbered form: an item number opening a cell, then a few words in
    capitals that end it, no label found there. It heads a cell of its own (a heading)."""
    taken = {(h.line, h.start) for h in hits}
    out: list[Label] = []
    for li, line in enumerate(page.lines):
        words = line.words
        for k, w in enumerate(words[:-1]):
            m = _ITEM.match(w.text.strip())
            if m is None or (li, k) in taken or int(m.group(1)) > last + _HEAD_WORDS:
                continue
            if k > 0 and w.x0 - words[k - 1].x1 <= VALUE_GAP:
                continue  # inside running text
            end = k + 1
            while end < len(words) and words[end].x0 - words[end - 1].x1 <= VALUE_GAP:
                end += 1
            head = [x.text for x in words[k + 1 : end]]
            letters = "".join(c for t in head for c in t if c.isalpha())
            if not 1 <= len(head) <= _HEAD_WORDS or not letters or not letters.isupper():
                continue
            out.append(
                Label(
                    "heading",
                    " ".join(head).lower(),
                    0.5,
                    p,
                    li,
                    k,
                    end,
                    None,
                    w.x0,
                    words[end - 1].x1,
                    line.top,
                    line.bottom,
                    " ".join(x.text for x in words[k:end]),
                )
            )
    return out
