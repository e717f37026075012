"""Judge a document too long to read whole by its first pages.

A production budget runs to a hundred pages, a script to a hundred and twenty: past the page cap
(or the text budget), refusing them with an error would put a budget on a person's desk as a
failed call sheet. Its first pages say what it is. If they are not a call sheet or schedule, the
document is 'other' and its email is skipped; if they are, the cap's error stands, because a
call sheet that long is read wrongly or not at all.
"""

from __future__ import annotations

from pipeline.extract.reader.classify import verdict
from pipeline.extract.reader.errors import ExtractError
from pipeline.extract.reader.layout import all_lines
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.result import ReadResult
from pipeline.extract.reader.schedule import split_days


def judged_by_first_pages(
    pages: list[PageText], warnings: list[str], error: ExtractError
) -> ReadResult:
    """The first pages as the whole reading when they are plainly other paperwork.

    Raises
    ------
    ExtractError
        ``error`` itself when the first pages look like a call sheet or schedule, or like
        nothing in particular: an error is seen by a person, a skipped 'other' is not.
    """
    text = "\n".join(line.text for line in all_lines(pages))
    found = verdict(text, bool(split_days(pages)))
    if found.looks_like is None:
        raise error
    note = f"{error} Read only the first {len(pages)} pages: they look like {found.looks_like}."
    return ReadResult(tuple(pages), (*dict.fromkeys(warnings), note))
