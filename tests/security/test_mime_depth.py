"""Issue 16 item 4: deep MIME nesting is refused with a reason, never a crash of the reader."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.ingest import logic
from pipeline.ingest.mime import (
    MAX_MIME_DEPTH,
    MalformedMessage,
    TooDeep,
    parse_message,
    pdf_as_email,
)
from tests.security.mime_bombs import nested_comments, nested_multipart, pdf_leaf
from tests.support import mail


def test_the_issue_bomb_is_refused_as_too_deep() -> None:
    # Given the file of the issue: 5,000 nested multipart/mixed levels, about 340 KB
    raw = nested_multipart(5000)
    assert 300_000 < len(raw) < 400_000
    # When it is parsed, Then it is refused as too deep (it was a RecursionError)
    with pytest.raises(TooDeep, match=f"more than {MAX_MIME_DEPTH} levels"):
        parse_message(raw)


@pytest.mark.parametrize("depth", [100_000])
def test_a_far_deeper_bomb_is_refused_as_well(depth: int) -> None:
    with pytest.raises(TooDeep):
        parse_message(nested_multipart(depth))


def test_a_pdf_at_the_deepest_allowed_level_is_found() -> None:
    # Given a PDF as deep as a part may be: the root and 62 multiparts hold it, 64 levels
    pdf = mail.small_pdf()
    raw = nested_multipart(MAX_MIME_DEPTH - 1, pdf_leaf(pdf))
    # When it is parsed, Then the PDF is there
    parsed = parse_message(raw)
    assert [p.data for p in parsed.pdfs] == [pdf]
    # and one level more is refused
    with pytest.raises(TooDeep):
        parse_message(nested_multipart(MAX_MIME_DEPTH, pdf_leaf(pdf)))


def test_nested_comments_in_the_sender_are_a_malformed_message() -> None:
    # The address parser recurses once per comment level: 5,000 levels were a RecursionError.
    with pytest.raises(MalformedMessage, match="nested too deep to read"):
        parse_message(nested_comments("From"))


@pytest.mark.parametrize("header", ["To", "Content-Type", "Content-Disposition"])
def test_nested_comments_in_other_headers_are_harmless(header: str) -> None:
    # Content-Type and Content-Disposition are read as plain parameters (compat32), which
    # does not recurse: the message is read, and holds no PDF.
    parsed = parse_message(nested_comments(header))
    assert parsed.subject == "Call sheet" and parsed.pdfs == ()


def test_the_recorded_reason_says_what_and_where() -> None:
    reason = logic.unreadable_reason(TooDeep(), "file bomb.eml")
    assert reason == "malformed message: MIME parts nested more than 64 levels deep (file bomb.eml)"
    # The metrics reason is the text before the first colon.
    assert reason.split(":")[0] == "malformed message"
    other = logic.unreadable_reason(KeyError("x"))
    assert other.startswith("unreadable message: KeyError:")


def test_a_bare_pdf_named_with_escape_sequences_is_recorded_under_the_visible_name() -> None:
    when = datetime(2026, 3, 3, 18, 0, tzinfo=UTC)
    parsed = pdf_as_email("\x1b]0;pwned\x07Day 3\x1b[2J.pdf", mail.small_pdf(), when)
    assert parsed.subject == "Day 3.pdf" and parsed.pdfs[0].filename == "Day 3.pdf"
