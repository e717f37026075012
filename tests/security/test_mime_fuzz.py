"""A bounded fuzz run over the MIME parser: random trees, nesting, headers and broken parts.

Whatever arrives, ``parse_message`` returns a result or raises ``MalformedMessage`` (the
error ingest records), never anything else; and what it returns is safe to store and show.
"""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest.mime import MAX_MIME_DEPTH, MalformedMessage, TooDeep, parse_message
from pipeline.text import one_line
from tests.security.mime_bombs import nested_multipart

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Header text a stranger may send: control and escape characters, parentheses, quotes,
# encoded words, non-ASCII.
hostile_text = st.lists(
    st.sampled_from(
        [
            *"abc xyz.@;=\"'()<>\\/:,-\t",
            *("\x00", "\x07", "\x1b", "\x1b]8;;", "\x9b", "\r", "\n", "\u202e", "ł", "日"),
            *("=?utf-8?b?", "=?iso-8859-2?q?", "?=", "((((((((", "))))"),
        ]
    ),
    max_size=40,
).map("".join)
content_types = st.sampled_from(
    [
        "text/plain",
        "application/pdf",
        "application/octet-stream",
        "message/rfc822",
        "message/delivery-status",
        "multipart/mixed",
        "multipart/digest",
        "multipart/alternative",
        "multipart",
        "MULTIPART/Mixed",
        "text/html; charset=x-unknown",
        "application/pdf; name*=utf-8''%E2%82%AC.pdf",
    ]
)
encodings = st.sampled_from(["7bit", "base64", "quoted-printable", "x-uuencode", "bogus", ""])


def leaf(draw) -> bytes:
    """A non-container part: maybe a PDF, maybe broken base64, maybe junk bytes."""
    ctype = draw(content_types)
    body = draw(
        st.sampled_from(
            [
                PDF,
                base64.b64encode(PDF),
                base64.b64encode(PDF)[:-7] + b"!!",
                b"=?=\r\n=XX",
                b"begin 644 x.pdf\r\n`\r\nend",
            ]
        )
        | st.binary(max_size=200)
    )
    name = draw(hostile_text)
    head = f"Content-Type: {ctype}\r\n"
    head += f'Content-Disposition: attachment; filename="{name}.pdf"\r\n'
    encoding = draw(encodings)
    if encoding:
        head += f"Content-Transfer-Encoding: {encoding}\r\n"
    return head.encode("utf-8", "surrogateescape") + b"\r\n" + body


def container(children: list[bytes], draw) -> bytes:
    """A multipart of ``children``; its boundary may be missing, reused or never closed."""
    boundary = draw(st.sampled_from(["b1", "b2", "x", "", "--", "b1 b2"]))
    kind = draw(st.sampled_from(["multipart/mixed", "multipart/digest", "message/rfc822"]))
    if kind == "message/rfc822":
        inner = b"Subject: " + draw(hostile_text).encode("utf-8", "surrogateescape") + b"\r\n"
        return b"Content-Type: message/rfc822\r\n\r\n" + inner + (children or [b""])[0]
    head = f'Content-Type: {kind}; boundary="{boundary}"\r\n\r\n'.encode()
    sep = b"\r\n--" + boundary.encode() + b"\r\n"
    closed = draw(st.booleans())
    end = b"\r\n--" + boundary.encode() + b"--\r\n" if closed else b""
    return head + b"preamble" + sep + sep.join(children) + end


@st.composite
def trees(draw, depth: int = 0) -> bytes:
    if depth >= 6 or draw(st.integers(0, 3)) == 0:
        return leaf(draw)
    children = [draw(trees(depth + 1)) for _ in range(draw(st.integers(0, 3)))]
    return container(children, draw)


@st.composite
def messages(draw) -> bytes:
    """A whole message: hostile top headers, a random tree, maybe wrapped deep, maybe cut."""
    head = ""
    for name in draw(st.lists(st.sampled_from(["From", "Subject", "Date", "To"]), max_size=5)):
        head += f"{name}: {draw(hostile_text)}\r\n"
    body = draw(trees())
    wrap = draw(st.sampled_from([0, 0, 0, 5, MAX_MIME_DEPTH - 2, MAX_MIME_DEPTH + 1, 300]))
    raw = head.encode("utf-8", "surrogateescape") + body
    if wrap:
        raw = nested_multipart(wrap, raw)
    cut = draw(st.integers(0, 50))
    return raw[: len(raw) - cut] if cut and draw(st.booleans()) else raw


def check(raw: bytes) -> None:
    try:
        parsed = parse_message(raw)
    except TooDeep:
        return
    except MalformedMessage as exc:
        assert str(exc)  # the reason recorded for the user to read
        return
    # What is kept is safe to store (no NUL) and to show (no control sequence).
    for text in (parsed.subject, parsed.sender, *parsed.subjects):
        assert text == one_line(text)
    for pdf in parsed.pdfs:
        assert pdf.filename == one_line(pdf.filename) and "/" not in pdf.filename
        assert len(pdf.filename) <= 255 and b"%PDF-" in pdf.data[:1024]


@FUZZ
@given(messages())
def test_random_mime_trees_end_in_a_result_or_a_recorded_error(raw: bytes) -> None:
    check(raw)


@FUZZ
@given(st.integers(MAX_MIME_DEPTH, 3000), st.binary(max_size=64))
def test_any_nesting_past_the_limit_is_refused_as_too_deep(depth: int, junk: bytes) -> None:
    leaf_part = b"Content-Type: application/pdf\r\n\r\n" + PDF + junk
    try:
        parse_message(nested_multipart(depth, leaf_part))
    except TooDeep:
        return
    raise AssertionError(f"{depth} levels were read")
