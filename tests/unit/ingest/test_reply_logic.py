"""Recognising a reply to one of our messages: taken, refused, ours, or no reply."""

from __future__ import annotations

from email.message import EmailMessage

from pipeline.ingest.reply_logic import classify, read_headers, with_body

ME = "crew@example.com"
TOKEN = "tok_0123456789abcdefABCD"
OURS = f"<sot.{TOKEN}@stillontime.invalid>"
THREAD = {
    "id": "row-1",
    "mailbox": ME,
    "gmail_thread_id": "t1",
    "rfc_message_id": OURS,
    "token": TOKEN,
    "schedule_id": "s1",
    "schedule_version": 1,
}


SUBJECT = f"Re: Needs your review: X (ref {TOKEN})"


def raw(
    sender: str = ME,
    in_reply_to: str | None = OURS,
    body: str = "location: Set 1",
    subject: str = SUBJECT,
    ours: bool = False,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Crew <{sender}>"
    msg["To"] = ME
    msg["Subject"] = subject
    msg["Message-ID"] = "<reply-1@mail.gmail.com>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    if ours:
        msg["X-StillOnTime"] = "needs_review"
    msg.set_content(body)
    return msg.as_bytes()


def read(data: bytes):
    return with_body(read_headers(data), data)


def test_only_the_header_block_is_read_for_every_message() -> None:
    # a MIME tree nested far past any parser's comfort: the headers alone are read
    nested = b"From: x@example.com\r\nSubject: deep\r\nContent-Type: multipart/mixed; b=1\r\n\r\n"
    nested += b"--b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" * 5000
    headers = read_headers(nested)
    assert (headers.sender, headers.subject, headers.body) == ("x@example.com", "deep", "")


def test_headers_are_read() -> None:
    headers = read(raw())
    assert (headers.sender, headers.message_id, headers.referenced) == (
        ME, "<reply-1@mail.gmail.com>", (OURS,),
    )  # fmt: skip
    assert headers.body.strip() == "location: Set 1"


def test_html_only_reply_keeps_its_lines() -> None:
    msg = EmailMessage()
    msg["From"] = ME
    msg.set_content("<div>location: Set 1</div><div>call: 6:30</div>", subtype="html")
    assert read(msg.as_bytes()).body.split() == ["location:", "Set", "1", "call:", "6:30"]


def test_the_users_reply_in_the_thread_is_taken() -> None:
    verdict = classify(read(raw()), "t1", [THREAD])
    assert (verdict.action, verdict.answered) == ("take", THREAD)


def test_gmail_may_replace_our_message_id_the_token_in_the_subject_still_counts() -> None:
    replaced = THREAD | {"rfc_message_id": "<CAxyz@mail.gmail.com>"}
    headers = read(raw(in_reply_to="<CAxyz@mail.gmail.com>"))
    assert classify(headers, "t1", [replaced]).action == "take"
    no_token = read(raw(in_reply_to="<CAxyz@mail.gmail.com>", subject="Re: review"))
    assert classify(no_token, "t1", [replaced]).reason == "does not carry the message's token"


def test_refusals() -> None:
    other = classify(read(raw(sender="boss@example.com")), "t1", [THREAD])
    assert (other.action, other.reason) == (
        "refuse", "from boss@example.com, not the user's own address",
    )  # fmt: skip
    outside = classify(read(raw()), "t9", [THREAD])
    assert (outside.action, outside.reason) == (
        "refuse", "answers our message from outside its thread",
    )  # fmt: skip
    not_answering = classify(read(raw(in_reply_to=None)), "t1", [THREAD])
    assert not_answering.reason == "in the thread, but answers none of our messages"


def test_our_own_messages_and_other_mail() -> None:
    assert classify(read(raw(ours=True)), "t1", [THREAD]).action == "ours"
    assert classify(read(raw(in_reply_to=None)), "t5", []).action == "not_reply"
