"""A shoot brief typed as a business memo (To / From / Date / Re): its 'Date:' is when the memo
was sent, not the shooting day, and its 'Re:' names the production, as an e-mail's header does.
Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.email_header import email_header
from pipeline.extract.reader.model import Limits
from pipeline.extract.reader.pdfread import read_pdf
from tests.fixtures.callsheets import Row, column, render


def _memo(header: list[str], body: list[str]) -> bytes:
    rows: list[Row] = [(60, 50, "SHOOT BRIEF", 16)]
    rows += column(*header, x=60, top=90, size=10, step=15)
    rows += column(*body, x=60, top=190, size=10, step=15)
    return render(rows)


_HEADER = [
    "To: Camera, sound, producer",
    "From: Ana Ruiz, producer",
    "Date: Monday, June 8, 2026",
    "Re: HARBOUR VOICES - interview day",
]
_BODY = [
    "We film on Tuesday, June 9, 2026 at the Maritime Museum,",
    "1 Market Place, San Diego, CA 92101.",
    "Crew call: 7:00 AM at the north entrance.",
]


def _day(data: bytes) -> dict[str, Any]:
    return extract_document(data).to_json()["days"][0]


def test_a_memos_date_is_when_it_was_sent_not_the_shooting_day() -> None:
    day = _day(_memo(_HEADER, _BODY))
    assert day["shooting_date"] == "2026-06-09"
    assert day["production"] == "HARBOUR VOICES"


def test_the_memo_header_is_found_by_its_re_line() -> None:
    pages = read_pdf(_memo(_HEADER, _BODY), Limits()).pages
    header = email_header(pages)
    assert header is not None and header.subject == "HARBOUR VOICES - interview day"
    assert str(header.sent) == "2026-06-08"


def test_a_sheet_with_a_date_and_a_to_line_but_no_subject_is_no_memo() -> None:
    # a call sheet's own "Date:" with a "To:" (its distribution) and no Re / Subject line
    header = ["To: all crew", "Date: Tuesday, June 9, 2026", "Crew call: 7:00 AM"]
    pages = read_pdf(_memo(header, ["Location: 1 Market Place, San Diego, CA 92101"]), Limits())
    assert email_header(pages.pages) is None
    assert (
        _day(_memo(header, ["Location: 1 Market Place, San Diego, CA 92101"]))["shooting_date"]
        == "2026-06-09"
    )
