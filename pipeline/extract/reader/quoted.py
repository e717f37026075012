"""A call sheet quoted under an e-mail reply: the "> " marks taken off, the quote's place kept.

A crew member forwards or answers the sheet's e-mail and prints the thread: the reply (with its
print header, sender line, "On Mon, Apr 13, 2026 at 6:42 PM ... wrote:" or an Outlook "From:
... Sent: ..." block) sits above the sheet, whose every line starts with the quote mark ">"
(RFC 3676's quoted text). The reply's dates are when it was written, its first lines name the
thread's subject; the sheet is what is quoted. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.extract.reader.model import Line, PageText

MIN_QUOTED = 5  # a reply quoting a call sheet quotes many lines; a stray ">" is not a quote


@dataclass(frozen=True)
class Quote:
    """Where the quoted text starts: the page and its first quoted line (after unquoting)."""

    page: int
    first: int

    def before(self, page: int, line: int) -> bool:
        """Whether line ``line`` of page ``page`` is the reply above the quote."""
        return page < self.page or (page == self.page and line < self.first)


def _marks(line: Line) -> int:
    """How many leading words of ``line`` are only quote marks; -1 when the first word starts
    with one and goes on (">CALL"); 0 when the line is not quoted."""
    n = 0
    for word in line.words:
        if word.text.strip(">"):
            break
        n += 1
    if n == 0 and line.words and line.words[0].text.startswith(">"):
        return -1
    return n


def _unquoted(line: Line, marks: int) -> Line | None:
    if marks > 0:
        words = line.words[marks:]
        return Line(words, line.page) if words else None
    first = line.words[0]
    return Line((replace(first, text=first.text.lstrip(">")), *line.words[1:]), line.page)


def unquote(pages: Sequence[PageText]) -> tuple[tuple[PageText, ...], Quote | None]:
    """``pages`` with the quote marks of a quoted block taken off (and lines that were only a
    mark dropped), and where the quote starts; the pages unchanged and None without one."""
    counts = [sum(1 for ln in page.lines if _marks(ln)) for page in pages]
    if sum(counts) < MIN_QUOTED:
        return tuple(pages), None
    out: list[PageText] = []
    quote: Quote | None = None
    for number, page in enumerate(pages):
        lines: list[Line] = []
        for line in page.lines:
            marks = _marks(line)
            if not marks:
                lines.append(line)
                continue
            if quote is None:
                quote = Quote(number, len(lines))
            kept = _unquoted(line, marks)
            if kept is not None:
                lines.append(kept)
        out.append(replace(page, lines=tuple(lines)) if counts[number] else page)
    return tuple(out), quote
