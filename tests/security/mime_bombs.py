"""Hostile MIME built by hand (the email package will not build most of it)."""

from __future__ import annotations

from tests.support import mail

HEAD = b"From: ad@production.example\r\nSubject: Call sheet - Day 3\r\nMIME-Version: 1.0\r\n"


def nested_multipart(depth: int, leaf: bytes | None = None) -> bytes:
    """``depth`` multipart/mixed levels one inside the other, ``leaf`` (a text part) inside.

    At 5,000 levels this is the 340 KB file of issue 16 that crashed ``stillontime ingest``.
    """
    leaf = leaf or b"Content-Type: text/plain\r\n\r\nsee attached\r\n"
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return HEAD + opening + leaf + closing


def pdf_leaf(pdf: bytes) -> bytes:
    """A base64 PDF part, as a leaf for ``nested_multipart``."""
    msg = mail.message(pdfs=[("deep.pdf", pdf)])
    attachment = next(msg.iter_attachments())
    return attachment.as_bytes().replace(b"\n", b"\r\n")


def nested_comments(header: str, depth: int = 5000) -> bytes:
    """A message whose ``header`` holds ``depth`` nested comments: '((((...))))'."""
    value = "a " + "(" * depth + ")" * depth
    if header == "From":
        head = f"From: {value}\r\nSubject: Call sheet - Day 3\r\n"
    else:
        head = f"From: ad@production.example\r\nSubject: Call sheet\r\n{header}: {value}\r\n"
    return head.encode() + b"\r\nsee attached\r\n"
