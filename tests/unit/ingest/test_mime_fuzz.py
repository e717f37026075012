"""Hostile email: whatever arrives, parsing ends in a result or MalformedMessage, never a crash."""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest.mime import MalformedMessage, parse_message

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def a_message(subject: str, sender: str, filename: str) -> bytes:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    msg.set_content("see attached")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=filename)
    return msg.as_bytes()


def check(raw: bytes) -> None:
    try:
        parsed = parse_message(raw)
    except MalformedMessage:
        return
    assert "\x00" not in parsed.subject + parsed.sender
    for pdf in parsed.pdfs:
        # A filename is stored and shown, never used as a path: no separators, no NUL, bounded.
        assert "/" not in pdf.filename and "\x00" not in pdf.filename
        assert len(pdf.filename) <= 255


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=4096))
def test_random_bytes_never_crash_the_parser(raw: bytes) -> None:
    check(raw)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    subject=st.text(max_size=300),
    filename=st.text(max_size=400),
    cut=st.integers(min_value=0, max_value=2000),
    flips=st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 255)), max_size=20),
)
def test_mutated_call_sheet_emails_never_crash_the_parser(subject, filename, cut, flips) -> None:
    # Hostile headers and names first (the library may refuse to build some: that is not ours)
    try:
        raw = bytearray(a_message(subject, "ad@production.example", filename or "x.pdf"))
    except (ValueError, TypeError):
        raw = bytearray(a_message("call sheet", "ad@production.example", "../../etc/passwd.pdf"))
    # Then byte flips and truncation anywhere in the message
    for at, value in flips:
        if raw:
            raw[at % len(raw)] = value
    check(bytes(raw[: len(raw) - cut] if cut < len(raw) else raw))


def test_a_path_in_an_attachment_name_is_flattened() -> None:
    parsed = parse_message(a_message("Call sheet", "ad@x.example", "../../etc/passwd.pdf"))
    assert [p.filename for p in parsed.pdfs] == [".._.._etc_passwd.pdf"]
