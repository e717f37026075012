"""The MIME parser's boundary lines matched without compiling an expression per message: the
same matches and groups as the standard parser's, and the same trees."""

from __future__ import annotations

import email
import email.feedparser
import email.policy
import inspect
import re

import pytest

from pipeline.ingest import mime
from tests.support import mail

BOUNDARIES = ["simple", "===============123==", "a(b)c[d]*+?.^$\\|{}", "with space", "'q'", "x-"]
LINES = [
    "{sep}",
    "{sep}\n",
    "{sep}\r\n",
    "{sep}\r",
    "{sep}--",
    "{sep}--\n",
    "{sep}--\r\n",
    "{sep}  \t\r\n",
    "{sep}--  \n",
    "{sep}x\n",
    "{sep}\n\n",
    " {sep}\n",
    "{sep}-\n",
    "--other\n",
    "",
]


def stock_pattern(separator: str) -> str:
    # Built as email.feedparser builds it (the text below is checked against its source).
    return "(?P<sep>" + re.escape(separator) + mime._BOUNDARY_TAIL


def test_the_standard_parser_still_builds_the_expression_we_match():
    source = inspect.getsource(email.feedparser.FeedParser._parsegen)
    assert "'(?P<sep>' + re.escape(separator) +" in source
    assert "r')(?P<end>--)?(?P<ws>[ \\t]*)(?P<linesep>\\r\\n|\\r|\\n)?$')" in source


@pytest.mark.parametrize("boundary", BOUNDARIES)
def test_a_boundary_matches_the_lines_the_compiled_expression_matches(boundary):
    separator = "--" + boundary
    fast = mime._ParserRe.compile(stock_pattern(separator))
    assert isinstance(fast, mime._Boundary) and fast.separator == separator
    slow = re.compile(stock_pattern(separator))
    for template in LINES:
        line = template.format(sep=separator)
        got, want = fast.match(line), slow.match(line)
        assert bool(got) == bool(want), repr(line)
        if want:
            for group in ("end", "ws", "linesep"):
                assert got.group(group) == want.group(group), (repr(line), group)


def test_other_expressions_are_compiled_as_they_were_and_our_parser_uses_the_boundaries():
    assert mime._ParserRe.compile(r"a+b", re.IGNORECASE).pattern == "a+b"
    seen = mime._parsegen.__globals__["re"]
    assert isinstance(seen, mime._ParserRe) and seen.escape is re.escape
    assert mime._DepthLimitedParser._parsegen is mime._parsegen


def messages() -> list[bytes]:
    pdf = mail.small_pdf("fixed")
    plain = mail.message(pdfs=[("a.pdf", pdf), ("b.pdf", pdf)])
    forwarded = mail.forwarded(mail.message(pdfs=[("c.pdf", pdf)]))
    odd = (
        b"From: a@b.example\r\nSubject: call sheet\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="a(b)c[d]*+?.^$"\r\n\r\n'
        b"preamble\r\n--a(b)c[d]*+?.^$\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
        b"--a(b)c[d]*+?.^$  \r\n--a(b)c[d]*+?.^$\r\nContent-Type: application/pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--a(b)c[d]*+?.^$--\r\nepilogue\r\n"
    )
    unclosed = (
        b"From: a@b.example\nSubject: x\nContent-Type: multipart/mixed; boundary=zz\n\n"
        b"--zz\nContent-Type: text/plain\n\nno close\n--zzz\n"
    )
    return [plain.as_bytes(), forwarded.as_bytes(), odd, unclosed, *more_messages()]


def more_messages() -> list[bytes]:
    """Shapes the body read in pieces (``mime._Lines``) and the line end searched from the end
    (``mime._LineEnd``) meet: each read as the standard parser reads it."""
    big = mail.message(pdfs=[("big.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 400)]).as_bytes()
    head = b"From: a@b.example\nSubject: x\n"
    return [
        big,
        big.replace(b"\n", b"\r\n"),
        big.replace(b"\n", b"\r"),  # old Mac line ends
        big.rstrip(b"\n"),  # no line end after the close boundary
        big.rstrip(b"\n")[: -len(b"--")],  # no close boundary, no last line end
        head + b"Content-Type: text/plain\n\nline one\nline two",  # not multipart, no end
        head + b"\nbody only\n\n\n",
        head + b"Content-Type: multipart/mixed\n\nno boundary given\n--x\n",
        head + b"Content-Type: multipart/mixed; boundary=q\n\nnever starts\n--qq\n",
        head + b"Content-Type: multipart/mixed; boundary=q\n\n--q\n\nno headers\n--q--\n"
        b"\n\nepilogue\r\n",
        head + b"Content-Type: multipart/mixed; boundary=o\n\n--o\n"
        b"Content-Type: multipart/alternative; boundary=i\n\npre\n--i\n\ninner\n--i--\n"
        b"inner epilogue\n\n--o\nContent-Type: text/plain\n\n--i\n--o--\n",
        head + b"Content-Type: multipart/report; boundary=r\n\n--r\n"
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
        b"Final-Recipient: rfc822; y\nAction: failed\n\n--r--\n",
        head + b"Content-Type: multipart/digest; boundary=d\n\n--d\n\n"
        b"Subject: inner\n\ndigest body\n--d--\n",
        b"From someone@example Mon Jan 1 00:00:00 2026\n" + head + b"\nafter unix from\n",
        head + b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\n-\n--\n--b \n"
        b"--bx\n--b\n\n--b--  \n",
    ]


def shape(msg: email.message.Message) -> list[tuple]:
    return [
        (
            part.get_content_type(),
            part.preamble,
            part.epilogue,
            [type(d).__name__ for d in part.defects],
            None if part.is_multipart() else part.get_payload(),
        )
        for part in msg.walk()
    ]


@pytest.mark.parametrize("few_lines", [mime._FEW_LINES, 0])  # bodies in pieces however short
@pytest.mark.parametrize("raw", messages())
def test_a_message_parses_to_the_tree_the_standard_parser_gives(raw, few_lines, monkeypatch):
    monkeypatch.setattr(mime, "_FEW_LINES", few_lines)
    ours = mime.parse_tree(raw)
    stock = email.message_from_bytes(raw, policy=email.policy.compat32)
    assert shape(ours) == shape(stock)
    assert ours.as_bytes() == stock.as_bytes()


def test_a_body_read_in_pieces_is_the_body_read_line_by_line():
    # 5,000 lines of base64 in one part: the piece is the lines joined, the boundary kept.
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 1500
    raw = mail.message(pdfs=[("big.pdf", pdf)]).as_bytes()
    parsed = mime.read_tree(mime.parse_tree(raw))
    assert [a.data for a in parsed.pdfs] == [pdf]
    assert shape(mime.parse_tree(raw)) == shape(email.message_from_bytes(raw))


def test_the_line_end_is_found_as_the_standard_expression_finds_it():
    stock = email.feedparser.NLCRE_eol
    for text in ["", "a", "\n", "\r", "\r\n", "a\n", "a\r\n", "\n\r\n", "a\r", "\r\r", "x\n\n"]:
        got, want = mime._LineEnd.search(text), stock.search(text)
        assert (got and (got.group(0), got.span())) == (want and (want.group(0), want.span()))
