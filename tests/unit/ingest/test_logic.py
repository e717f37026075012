"""Pure ingest logic: filters, the MIME walk, duplicates, query and sync plans."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest
from cryptography.fernet import Fernet

from pipeline.ingest import logic, mime
from pipeline.secrets import SecretError, Vault
from tests.support import mail

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "subject",
    [
        "CALL SHEET - Day 12",
        "Call-Sheet day 12",
        "Re: callsheet for tomorrow",
        "Plan Zdjęciowy na środę",
        "PLAN ZDJECIOWY",
        "planu zdjęciowego dzień 3",
        "Drabinki na jutro",
        "Harmonogram",
        "Updated Shooting Schedule v2",
        "call time moved",
    ],
)
def test_subject_keywords_match_case_accent_and_inflection_insensitively(subject: str) -> None:
    assert any(logic.keyword_matches(k, subject) for k in logic.DEFAULT_KEYWORDS)


@pytest.mark.parametrize(
    "subject", ["Lunch on Friday", "Sheet music", "recall the time", "drabina", "planning"]
)
def test_other_subjects_do_not_match(subject: str) -> None:
    assert not any(logic.keyword_matches(k, subject) for k in logic.DEFAULT_KEYWORDS)


def test_fold_removes_case_accents_and_punctuation() -> None:
    assert logic.fold("Łódź \u2013 PLAN_Zdjęciowy!") == "lodz plan zdjeciowy"


def test_sender_lists_take_addresses_and_domains() -> None:
    assert logic.sender_listed("ad@prod.example", ["AD@prod.example"])
    assert logic.sender_listed("ad@office.prod.example", ["prod.example"])
    assert logic.sender_listed("ad@prod.example", ["@prod.example"])
    assert not logic.sender_listed("ad@notprod.example", ["prod.example"])
    assert not logic.sender_listed("other@prod.example", ["ad@prod.example"])


def parse(msg) -> mime.ParsedEmail:
    return mime.parse_message(msg.as_bytes())


def test_mime_walk_finds_pdfs_wherever_they_sit() -> None:
    a, b, c, d = (mail.small_pdf() for _ in range(4))
    # octet-stream with a .pdf name
    octet = parse(mail.message(pdfs=[("a.pdf", a)], octet_stream=True))
    assert [p.data for p in octet.pdfs] == [a]
    # nested multipart/alternative > multipart/related
    deep = parse(mail.nested([("b.pdf", b)]))
    assert [p.filename for p in deep.pdfs] == ["b.pdf"]
    # forwarded message/rfc822 carrying two PDFs; its subject counts too
    inner = mail.message("Call sheet day 4", pdfs=[("c.pdf", c), ("d.pdf", d)])
    fwd = parse(mail.forwarded(inner, subject="Fwd: see this"))
    assert [p.data for p in fwd.pdfs] == [c, d]
    assert "Call sheet day 4" in fwd.subjects
    assert logic.decide(fwd, logic.Filters()).action == "record"
    assert fwd.sender == "friend@example.com"


def test_octet_stream_without_pdf_name_and_fake_pdfs_are_not_taken() -> None:
    msg = mail.message(pdfs=[("notes.bin", mail.small_pdf())], octet_stream=True)
    assert parse(msg).pdfs == ()
    fake = parse(mail.message(pdfs=[("sheet.pdf", b"GIF89a not a pdf")]))
    assert fake.pdfs == () and fake.not_pdf == ("sheet.pdf",)
    decision = logic.decide(fake, logic.Filters())
    assert decision.action == "skip" and "not a PDF" in (decision.reason or "")


def test_decide_ignores_unrelated_mail_and_denied_senders_skips_mail_without_pdf() -> None:
    pdf = [("x.pdf", mail.small_pdf())]
    assert logic.decide(parse(mail.message("Lunch", pdfs=pdf)), logic.Filters()).action == "ignore"
    denied = logic.Filters(sender_deny=("production.example",))
    assert logic.decide(parse(mail.message(pdfs=pdf)), denied).action == "ignore"
    allowed = logic.Filters(sender_allow=("ad@production.example",))
    assert logic.decide(parse(mail.message("Day 3", pdfs=pdf)), allowed).action == "record"
    no_pdf = logic.decide(parse(mail.message()), logic.Filters())
    assert (no_pdf.action, no_pdf.reason) == ("skip", "no PDF attachment")


def test_size_cap_and_same_pdf_twice_in_one_email() -> None:
    small, big = mail.small_pdf(), mail.small_pdf() + b"0" * 5000
    parsed = parse(mail.message(pdfs=[("s.pdf", small), ("again.pdf", small), ("b.pdf", big)]))
    decision = logic.decide(parsed, logic.Filters(max_attachment_bytes=len(small) + 10))
    assert decision.action == "record"
    assert [d.filename for d in decision.documents] == ["again.pdf"] or len(decision.documents) == 1
    assert any("b.pdf" in n and "cap" in n for n in decision.notes)


def test_resolve_duplicates_skips_when_every_pdf_was_seen() -> None:
    a, b = mail.small_pdf(), mail.small_pdf()
    decision = logic.decide(parse(mail.message(pdfs=[("a.pdf", a), ("b.pdf", b)])), logic.Filters())
    sha_a = decision.documents[0].sha256
    partial = logic.resolve_duplicates(decision, {sha_a: "E1"})
    assert partial.action == "record" and [d.filename for d in partial.documents] == ["b.pdf"]
    assert "a.pdf: duplicate of E1" in partial.notes
    full = logic.resolve_duplicates(decision, {d.sha256: "E1" for d in decision.documents})
    assert (full.action, full.reason) == ("skip", "duplicate of E1")


def test_bare_pdf_bypasses_filters() -> None:
    parsed = mime.pdf_as_email("whatever.pdf", mail.small_pdf(), NOW)
    decision = logic.decide(parsed, logic.Filters(sender_deny=("local",)))
    assert decision.action == "record" and parsed.subject == "whatever.pdf"


def test_malformed_input_raises_a_clear_error() -> None:
    with pytest.raises(mime.MalformedMessage):
        mime.decode_gmail_raw("!!!*")
    with pytest.raises(mime.MalformedMessage):
        mime.decode_gmail_raw(None)
    with pytest.raises(mime.MalformedMessage):
        mime.parse_message(b"\r\n\r\nno headers at all")
    raw = base64.urlsafe_b64encode(b"Subject: x\r\n\r\nhi").decode().rstrip("=")
    assert mime.parse_message(mime.decode_gmail_raw(raw)).subject == "x"


def test_nul_bytes_in_headers_are_dropped() -> None:
    parsed = mime.parse_message(b"Subject: call\x00 sheet\r\nFrom: a@b.c\r\n\r\nbody")
    assert "\x00" not in parsed.subject


def test_build_query_has_lookback_keywords_with_and_without_accents_and_senders() -> None:
    f = logic.Filters(sender_allow=("ad@prod.example",), sender_deny=("spam.example",))
    q = logic.build_query(f, lookback_days=14, now=NOW)
    since = int(datetime(2026, 2, 24, 12, 0, tzinfo=UTC).timestamp())
    assert q.startswith(f"after:{since} has:attachment {{")
    assert 'subject:"plan zdjęciowy"' in q and 'subject:"plan zdjeciowy"' in q
    assert "from:ad@prod.example" in q and q.endswith("-from:spam.example")


def test_plan_sync_and_history_decisions() -> None:
    assert logic.plan_sync(logic.SyncState()).mode == "full"
    assert logic.plan_sync(logic.SyncState("123", True)).reason == "history id expired"
    plan = logic.plan_sync(logic.SyncState("123", False))
    assert (plan.mode, plan.start_history_id) == ("incremental", "123")
    assert logic.history_expired(404) and not logic.history_expired(500)
    assert logic.retryable_status(429) and logic.retryable_status(503)
    assert not logic.retryable_status(403)
    assert logic.newest_history_id("99", "100", None) == "100"


def test_added_message_ids_are_ordered_unique_and_without_drafts_or_spam() -> None:
    def added(mid: str, *labels: str) -> dict:
        return {"messagesAdded": [{"message": {"id": mid, "labelIds": list(labels)}}]}

    pages = [
        {"history": [added("a", "INBOX"), added("b", "DRAFT")]},
        {"history": [added("a", "INBOX"), added("c", "SPAM"), added("d")]},
        {},
    ]
    assert logic.added_message_ids(pages) == ["a", "d"]


def test_vault_rotates_keys_and_refuses_unknown_ones() -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    token = Vault([old]).encrypt(b"secret")
    rotated_vault = Vault([new, old])
    assert rotated_vault.decrypt(token) == b"secret"
    rotated = rotated_vault.rotate(token)
    assert Vault([new]).decrypt(rotated) == b"secret"
    assert rotated_vault.key_id != Vault([old]).key_id
    with pytest.raises(SecretError):
        Vault([new]).decrypt(token)


# --- batch responses ----------------------------------------------------------------------

GMAIL_BATCH = (
    b"preamble to ignore\r\n"
    b"--batch_7a1b\r\n"
    b"Content-Type: application/http\r\n"
    b"Content-ID: <response-0>\r\n"
    b"\r\n"
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: application/json; charset=UTF-8\r\n"
    b"Vary: Origin\r\n"
    b"\r\n"
    b'{\n  "threadId": "t1",\n  "raw": "U3ViamVjdDogeA"\n}\r\n'
    b"--batch_7a1b\r\n"
    b"Content-Type: application/http\r\n"
    b"Content-ID: <response-1>\r\n"
    b"\r\n"
    b"HTTP/1.1 404 Not Found\r\n"
    b"Content-Type: application/json; charset=UTF-8\r\n"
    b"\r\n"
    b'{"error": {"code": 404}}\r\n'
    b"--batch_7a1b--\r\n"
    b"epilogue\r\n"
)


def test_a_batch_response_splits_into_its_parts_with_their_ids_statuses_and_bodies():
    parts = logic.split_batch_response('multipart/mixed; boundary="batch_7a1b"', GMAIL_BATCH)
    assert [(p.content_id, p.status) for p in parts] == [("0", 200), ("1", 404)]
    assert json.loads(parts[0].body) == {"threadId": "t1", "raw": "U3ViamVjdDogeA"}
    assert parts[1].body == b'{"error": {"code": 404}}'


def test_a_batch_response_with_bare_newlines_and_an_unquoted_boundary_splits_too():
    body = GMAIL_BATCH.replace(b"\r\n", b"\n")
    parts = logic.split_batch_response("multipart/mixed; boundary=batch_7a1b", body)
    assert [(p.content_id, p.status) for p in parts] == [("0", 200), ("1", 404)]
    assert parts[1].body == b'{"error": {"code": 404}}'


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json", b'{"error": 1}'),  # no boundary: a proxy's page
        ("multipart/mixed; boundary=b", b"--b\r\nContent-Type: x\r\n\r\nHTTP/1.1 200\r\n--b--"),
        ("multipart/mixed; boundary=b", b"--b\r\nContent-ID: <1>\r\n\r\nnot http\r\n--b--"),
    ],
)
def test_a_batch_response_that_is_no_batch_is_refused(content_type, body):
    with pytest.raises(logic.BatchUnreadable):
        logic.split_batch_response(content_type, body)


def test_a_call_sheet_sent_in_another_format_is_told_not_dropped() -> None:
    msg = mail.message()
    msg.add_attachment(b"PK\x03\x04 word", maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Callsheet Day 3.docx")  # fmt: skip
    msg.add_attachment(b"\xff\xd8\xff photo", maintype="image", subtype="jpeg",
                       filename="sheet.jpg")  # fmt: skip
    parsed = parse(msg)
    assert parsed.pdfs == () and parsed.others == ("Callsheet Day 3.docx", "sheet.jpg")
    decision = logic.decide(parsed, logic.Filters())
    assert decision.action == "skip"
    assert decision.reason == "Callsheet Day 3.docx: not a PDF; sheet.jpg: not a PDF"
    assert decision.notes  # recorded as attachment notes: the user gets a could-not-read message


def test_art_inline_in_the_body_is_no_attachment() -> None:
    msg = mail.message()
    msg.add_related(b"\x89PNG logo", maintype="image", subtype="png", cid="<logo>")
    parsed = parse(msg)
    assert parsed.others == ()
    assert logic.decide(parsed, logic.Filters()).reason == "no PDF attachment"


def test_pdfs_are_split_into_statements_by_their_total_size_in_order() -> None:
    assert logic.by_total_size([], 10) == []
    assert logic.by_total_size([3, 3, 3], 10) == [range(0, 3)]
    assert logic.by_total_size([6, 5, 4, 7], 10) == [range(0, 1), range(1, 3), range(3, 4)]
    # A PDF larger than the limit goes alone, never dropped
    assert logic.by_total_size([2, 30, 2], 10) == [range(0, 1), range(1, 2), range(2, 3)]
