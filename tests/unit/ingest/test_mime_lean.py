"""The lean MIME parser builds the standard parser's tree, or leaves the message to it; the
plain From and Content-Disposition shortcuts read what the standard functions read."""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from email.message import EmailMessage, Message

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import mime, mime_lean
from pipeline.text import one_line
from tests.support import mail
from tests.unit.ingest.test_mime_boundary import messages as boundary_shapes

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
HEAD = b"From: Dana <ad@production.example>\nSubject: call sheet\nMIME-Version: 1.0\n"
NEVER = re.compile(r"(?!)")  # matches nothing: the shortcuts off


def tree(msg: Message) -> tuple:
    """Everything of a compat32 tree the readers may look at, nested."""
    payload = msg._payload
    return (
        type(msg),
        msg._headers,
        msg._unixfrom,
        msg.preamble,
        msg.epilogue,
        [type(d).__name__ for d in msg.defects],
        msg._default_type,
        msg._charset,
        [tree(p) for p in payload] if isinstance(payload, list) else payload,
    )


def stock(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def html_mail() -> bytes:
    """A mailer's HTML mail: mixed > alternative (plain, related (html, image)) + PDF."""
    msg = EmailMessage()
    msg["Subject"] = "=?utf-8?q?Harmonogram_zdj=C4=99=C4=87?="
    msg["From"] = '"Biuro, Produkcja" <biuro@produkcja.example>'
    msg["References"] = "<a@x> <b@y>"
    msg.set_content("zażółć gęślą jaźń\n" * 20, cte="quoted-printable")
    msg.add_alternative("<p>html</p>", subtype="html")
    msg.get_payload()[1].add_related(b"GIF89a", maintype="image", subtype="gif", cid="<i@x>")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="Plan dnia 3.pdf")
    return msg.as_bytes()


def named(disposition: str, content_type: str = "application/pdf") -> bytes:
    return (
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
        b"hi\n--b\nContent-Type: " + content_type.encode() + b"\nContent-Disposition: "
        + disposition.encode() + b"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n"
    )  # fmt: skip


def deep(levels: int) -> bytes:
    """Multiparts nested ``levels`` deep, each the first part of the one around it."""
    level = "--b{}\nContent-Type: multipart/mixed; boundary=b{}\n\n"
    nested = "".join(level.format(i, i + 1) for i in range(levels))
    return b"Subject: deep\nContent-Type: multipart/mixed; boundary=b0\n\n" + nested.encode()


def shapes() -> list[bytes]:
    pdf = mail.small_pdf("fixed")
    plain = mail.message(pdfs=[("c.pdf", pdf)]).as_bytes()
    return [
        plain,
        plain.replace(b"\n", b"\r\n"),
        html_mail(),
        html_mail().replace(b"\n", b"\r\n"),
        mail.nested([("a.pdf", pdf), ("b.pdf", pdf)]).as_bytes(),
        mail.message(pdfs=[("c.pdf", pdf)], octet_stream=True).as_bytes(),
        mail.message(subject="Zdjęcia \u2013 dzień 3", pdfs=[("Plan zdjęć.pdf", pdf)]).as_bytes(),
        named("attachment; filename*=utf-8''Plan%20zdj%C4%99%C4%87.pdf"),
        named("attachment; filename*0=\"Plan \"; filename*1=\"dnia.pdf\""),
        named('attachment; filename="=?utf-8?b?UGxhbiBkbmlhLnBkZg==?="'),
        named("inline", 'application/octet-stream; name="sheet.pdf"'),
        named('attachment; filename="a  b\\".pdf"'),
        HEAD + b"Content-Type: text/plain\n\nno attachment\n",
        HEAD + b"\nno content type\n",
        HEAD + b"Subject: folded\n  over two lines\n\t and three\nX-Empty:\nX-Blank: \n  x\n\nb\n",
        HEAD + b"X-Non-Ascii: \xc5\xbc\xc3\xb3\xc5\x82w\n\n8bit body \xc5\xbc\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n\n--b\n\n\n--b--",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\npre\n\n--b\nX: 1\n\n\n\n--b--\n\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--bb\n--b x\n--b\n\nx\n--b--\nep\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\none\n--b\n--b\n\ntwo\n--b--\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: multipart/"
        b"alternative; boundary=c\n\n--c\n\nin\n--c--\n--b--\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: multipart/"
        b"alternative; boundary=c\n\n--c\n\nin, never closed\n--b--\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\nContent-Transfer-Encoding: base64"
        b"\n\n--b\n\nx\n--b--\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--b\nno blank line\n--b--\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--b\nX: 1\n--b--\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--b--\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nlone\rCR\n--b--\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=\n\n--\n\nx\n----\n",
        HEAD + b"Bad Header: x\n\nbody\n",
        HEAD + b": no name\n\nbody\n",
        b" continued first\n" + HEAD + b"\nbody\n",
        HEAD + b"From nobody Mon Jan 1 00:00:00 2026\n\nbody\n",
        HEAD + b"no colon here\n\nbody\n",
        HEAD,  # no body, no blank line
        b"",
        b"\n\nno headers\n",
        b"\xff\xfe\x00garbage\n\n",
        mail.forwarded(mail.message(pdfs=[("c.pdf", pdf)])).as_bytes(),
        deep(70),
        *boundary_shapes(),
    ]  # fmt: skip


@pytest.mark.parametrize("raw", shapes())
def test_the_lean_tree_is_the_standard_one_or_none(raw):
    lean = mime_lean.parse(raw, mime.MAX_MIME_DEPTH)
    if lean is not None:
        assert tree(lean) == tree(stock(raw))  # as_bytes too, but for an empty boundary
        assert lean.get_boundary() == "" or lean.as_bytes() == stock(raw).as_bytes()


def outcome(raw: bytes) -> object:
    try:
        return mime.parse_message(raw)
    except mime.MalformedMessage as exc:
        return type(exc), str(exc)


def outcome_stock(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patch:
        patch.setattr(mime_lean, "parse", lambda raw, depth: None)
        patch.setattr(mime, "_SIMPLE_SENDER", NEVER)
        patch.setattr(mime, "_SIMPLE_DISPOSITION", NEVER)
        return outcome(raw)


@pytest.mark.parametrize("raw", shapes())
def test_a_message_reads_as_the_standard_parser_reads_it(raw, monkeypatch):
    # The same subject, sender, PDFs, names, or the same recorded error (a malformed one).
    assert outcome(raw) == outcome_stock(raw, monkeypatch)


def test_the_common_shapes_take_the_lean_path():
    common = shapes()[:13]
    assert all(mime_lean.parse(raw, mime.MAX_MIME_DEPTH) is not None for raw in common)
    refused = [b"", HEAD, HEAD + b"Bad Header: x\n\nbody\n", deep(70)]
    assert all(mime_lean.parse(raw, mime.MAX_MIME_DEPTH) is None for raw in refused)


def test_parts_nested_too_deep_are_still_refused_as_too_deep():
    with pytest.raises(mime.TooDeep):
        mime.parse_tree(deep(70))


LINE_ENDS = st.sampled_from([b"\n", b"\r\n", b"\r", b" \n", b"\n\n", b"--", b"\n--"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    base=st.sampled_from(shapes()[:20]),
    cut=st.integers(min_value=0, max_value=3000),
    flips=st.lists(st.tuples(st.integers(0, 3000), st.integers(0, 255)), max_size=6),
    inserts=st.lists(st.tuples(st.integers(0, 3000), LINE_ENDS), max_size=4),
)
def test_mutated_mail_gives_the_standard_tree_or_none(base, cut, flips, inserts):
    raw = bytearray(base)
    for at, value in flips:
        if raw:
            raw[at % len(raw)] = value
    for at, text in inserts:
        raw[at % (len(raw) + 1) : at % (len(raw) + 1)] = text
    raw = bytes(raw[: len(raw) - cut] if cut < len(raw) else raw)
    lean = mime_lean.parse(raw, mime.MAX_MIME_DEPTH)
    if lean is not None:
        assert tree(lean) == tree(stock(raw))


def slow_sender(raw: str) -> str:
    return one_line(email.utils.parseaddr(raw)[1] or mime.decoded(raw)).lower()


SENDER_TEXT = st.text(alphabet="aZ09 ._+-@<>\"(),\\'", max_size=40)
SENDERS = [
    "Dana AD <ad@production.example>",
    '"Biuro, Produkcja" <biuro@produkcja.example>',
    "ad@production.example",
    "Dana<AD.x@Production.Example>",
    "<a@b>",
    "a..b@c",
    "a@b..c",
    '"a\\"b" <a@b>',
    "Dana  AD <a@b>",
    "Dana (AD) <a@b>",
    "a@b, c@d",
]


@settings(max_examples=500, deadline=None)
@given(value=st.one_of(st.sampled_from(SENDERS), SENDER_TEXT))
def test_a_plain_from_header_reads_as_parseaddr_reads_it(value):
    msg = Message()
    msg["From"] = value
    if mime._SIMPLE_SENDER.fullmatch(value):
        assert mime._sender(msg) == slow_sender(value)


def test_the_usual_from_headers_take_the_shortcut():
    assert all(mime._SIMPLE_SENDER.fullmatch(s) for s in SENDERS[:5])


DISPOSITIONS = [
    'attachment; filename="c.pdf"',
    "attachment; filename=c.pdf",
    'inline;filename="Call Sheet (Day 3), v2.pdf"',
    'attachment; filename=" spaced  out .pdf "',
    'attachment; filename="a/b.pdf"',
    'attachment; filename="=?utf-8?q?a?=.pdf"',
]


@settings(max_examples=500, deadline=None)
@given(
    value=st.one_of(
        st.sampled_from(DISPOSITIONS),
        st.builds(
            lambda kind, sep, name: f"{kind};{sep}filename={name}",
            st.sampled_from(["attachment", "inline", "Attachment"]),
            st.sampled_from(["", " ", "  "]),
            st.text(alphabet='aZ09 ._()+,-"\\/;=?*%', max_size=30),
        ),
    )
)
def test_a_plain_disposition_names_the_file_as_get_filename_does(value):
    part = Message()
    part["Content-Type"] = "application/pdf"
    part["Content-Disposition"] = value
    fast = mime._filename(part)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mime, "_SIMPLE_DISPOSITION", NEVER)
        assert fast == mime._filename(part)
