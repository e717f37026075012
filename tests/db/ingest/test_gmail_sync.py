"""The poller against a fake Gmail on loopback, through the real google-api-python-client."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import psycopg

from pipeline.app.status import gather_status
from pipeline.ingest.service import Poller
from tests.support import mail
from tests.support.fake_gmail import FakeGmail


def deliver(fake: FakeGmail, address: str, n: int = 1, **kwargs) -> list[str]:
    return [
        fake.add_message(
            address, mail.message(pdfs=[("call.pdf", mail.small_pdf())], **kwargs).as_bytes()
        )
        for _ in range(n)
    ]


def emails(conn: psycopg.Connection, user_id) -> dict[str, dict]:
    rows = conn.execute(
        "SELECT * FROM processed_emails WHERE user_id = %s ORDER BY created_at", (user_id,)
    )
    return {r["message_id"]: r for r in rows}


def sync_state(conn: psycopg.Connection, user_id) -> dict:
    return conn.execute("SELECT * FROM gmail_sync_state WHERE user_id = %s", (user_id,)).fetchone()


def test_first_sync_records_matching_mail_with_documents_and_events(conn, fake_gmail, gmail_user):
    # Given a mailbox with three call sheets and a lunch note carrying a PDF
    user_id, address = gmail_user()
    sheets = deliver(fake_gmail, address, 3)
    lunch = fake_gmail.add_message(
        address, mail.message("Lunch friday?", pdfs=[("menu.pdf", mail.small_pdf())]).as_bytes()
    )
    # When the poller runs one pass
    result = Poller().run_once()
    # Then each call sheet is a pending email with its PDF, the lunch note is not recorded
    assert result.failed == 0
    recorded = emails(conn, user_id)
    assert set(recorded) == set(sheets) and lunch not in recorded
    assert {r["processing_status"] for r in recorded.values()} == {"pending"}
    docs = conn.execute(
        "SELECT d.email_id, d.sha256, d.size_bytes, d.content_type, d.content FROM documents d"
        " WHERE d.user_id = %s",
        (user_id,),
    ).fetchall()
    assert len(docs) == 3 and all(bytes(d["content"]).startswith(b"%PDF-") for d in docs)
    assert {d["email_id"] for d in docs} == {r["id"] for r in recorded.values()}
    events = conn.execute(
        "SELECT kind, subject_id FROM events WHERE subject_table = 'processed_emails'"
    ).fetchall()
    assert sorted(e["kind"] for e in events) == ["email_received"] * 3
    # and the search asked Gmail for keyword subjects with attachments, and the state is kept
    assert 'subject:"call sheet"' in fake_gmail.queries[0]
    assert "has:attachment" in fake_gmail.queries[0]
    state = sync_state(conn, user_id)
    assert state["history_id"] is not None and state["last_error"] is None
    assert state["needs_full_sync"] is False


def test_incremental_sync_reads_history_and_fetches_only_new_messages(conn, fake_gmail, gmail_user):
    # Given a user synced once
    user_id, address = gmail_user()
    deliver(fake_gmail, address, 2)
    Poller().run_once()
    lists_before = fake_gmail.count("/messages") - fake_gmail.count("/messages/")
    # When two more sheets and a draft arrive and the poller runs again
    new = deliver(fake_gmail, address, 2)
    draft = fake_gmail.add_message(
        address,
        mail.message(pdfs=[("d.pdf", mail.small_pdf())]).as_bytes(),
        labels=("DRAFT",),
    )
    result = Poller().run_once()
    # Then it used history.list, not another listing, and recorded only the two new ones
    assert result.users[0].mode == "incremental"
    assert fake_gmail.count("/history") == 1
    assert fake_gmail.count("/messages") - fake_gmail.count("/messages/") == lists_before
    recorded = emails(conn, user_id)
    assert len(recorded) == 4 and set(new) <= set(recorded) and draft not in recorded
    fetched = [p for m, p in fake_gmail.log if "/messages/" in p]
    assert len(fetched) == 4  # two on the first pass, two now: nothing fetched twice


def test_expired_history_id_falls_back_to_a_full_resync(conn, fake_gmail, gmail_user):
    # Given a synced user whose history Google has since dropped
    user_id, address = gmail_user()
    first = deliver(fake_gmail, address, 1)
    Poller().run_once()
    later = deliver(fake_gmail, address, 1)
    fake_gmail.expire_history(address)
    # When the poller runs
    result = Poller().run_once()
    # Then history.list answered 404, the pass listed again, and recorded only the new mail
    assert result.users[0].mode == "full"
    assert result.users[0].error is None
    assert set(emails(conn, user_id)) == set(first + later)
    assert result.users[0].counts["known"] == 1
    state = sync_state(conn, user_id)
    assert state["needs_full_sync"] is False and state["last_error"] is None


def test_paging_lists_every_page(conn, fake_gmail, gmail_user):
    # Given 16 call sheets and a page size of 7 (three pages) and batches of 5
    user_id, address = gmail_user()
    ids = deliver(fake_gmail, address, 16)
    # When the poller runs
    Poller().run_once()
    # Then all three pages were read and every message recorded once
    assert fake_gmail.count("/messages") - fake_gmail.count("/messages/") == 3
    assert set(emails(conn, user_id)) == set(ids)
    assert fake_gmail.count("/batch") == 4


def test_a_429_then_success_is_retried(conn, fake_gmail, gmail_user):
    # Given a mailbox whose listing and one batched fetch are rate-limited once each
    user_id, address = gmail_user()
    ids = deliver(fake_gmail, address, 3)
    fake_gmail.fail("/users/me/messages", 429, times=1)
    # When the poller runs
    result = Poller().run_once()
    # Then the pass succeeded after retrying
    assert result.failed == 0
    assert set(emails(conn, user_id)) == set(ids)
    # Given a part of a batch rate-limited once
    more = deliver(fake_gmail, address, 2)
    fake_gmail.fail(f"/messages/{more[0]}", 429, times=1)
    result = Poller().run_once()
    assert result.failed == 0
    assert set(more) <= set(emails(conn, user_id))
    assert fake_gmail.count(f"/messages/{more[0]}") == 2


def test_a_500_storm_gives_up_cleanly_records_the_error_and_the_next_pass_succeeds(
    conn, fake_gmail, gmail_user
):
    # Given a first sync that fails on every attempt (4 attempts configured)
    user_id, address = gmail_user()
    ids = deliver(fake_gmail, address, 2)
    fake_gmail.fail("/batch", 500, times=4)
    # When the poller runs
    result = Poller().run_once()
    # Then the pass gives up, says why, and keeps no history id
    assert result.failed == 1
    state = sync_state(conn, user_id)
    assert "gave up after retries" in state["last_error"]
    assert state["consecutive_failures"] == 1 and state["history_id"] is None
    assert emails(conn, user_id) == {}
    snapshot = gather_status(conn)
    assert any("Gmail sync failing" in p["message"] for p in snapshot["ingest_problems"])
    # When the storm is over and the poller runs again
    result = Poller().run_once()
    # Then everything is recorded and the error cleared
    assert result.failed == 0
    assert set(emails(conn, user_id)) == set(ids)
    state = sync_state(conn, user_id)
    assert state["last_error"] is None and state["consecutive_failures"] == 0


def test_a_malformed_message_is_an_error_row_and_the_rest_go_through(conn, fake_gmail, gmail_user):
    # Given a message whose raw field is not base64url, one with no headers, and a good one
    user_id, address = gmail_user()
    bad = fake_gmail.add_message(address, raw_text="!!!not*base64")
    headless = fake_gmail.add_message(address, b"\r\n\r\njust a body")
    good = deliver(fake_gmail, address, 1)
    # When the poller runs
    result = Poller().run_once()
    # Then the pass succeeded, the bad ones are errors with the reason, the good one pending
    assert result.failed == 0
    recorded = emails(conn, user_id)
    assert recorded[bad]["processing_status"] == "error"
    assert "malformed message" in recorded[bad]["error"]
    assert recorded[headless]["processing_status"] == "error"
    assert recorded[good[0]]["processing_status"] == "pending"
    # and they are not fetched again
    Poller().run_once()
    assert fake_gmail.count(f"/messages/{bad}") == 1


def test_an_attachment_over_the_cap_is_left_out_and_said(conn, fake_gmail, gmail_user):
    # Given a cap of 2 KB, one email with only a big PDF, one with a big and a small PDF
    user_id, address = gmail_user()
    conn.execute(
        "INSERT INTO ingest_filters (user_id, subject_keywords, max_attachment_bytes)"
        " VALUES (%s, ARRAY['call sheet'], 2048)",
        (user_id,),
    )
    big = mail.small_pdf("X" * 10) + b"%" + b"0" * 4096
    small = mail.small_pdf()
    assert len(small) < 2048 < len(big)
    only_big = fake_gmail.add_message(address, mail.message(pdfs=[("big.pdf", big)]).as_bytes())
    both = fake_gmail.add_message(
        address, mail.message(pdfs=[("big.pdf", big), ("small.pdf", small)]).as_bytes()
    )
    # When the poller runs
    Poller().run_once()
    # Then the email with nothing usable is skipped with the reason; the other keeps the small
    recorded = emails(conn, user_id)
    assert recorded[only_big]["processing_status"] == "skipped"
    assert "over the 2048-byte cap" in recorded[only_big]["skip_reason"]
    assert recorded[both]["processing_status"] == "pending"
    assert "big.pdf" in recorded[both]["attachment_notes"]
    names = conn.execute(
        "SELECT filename FROM documents WHERE email_id = %s", (recorded[both]["id"],)
    ).fetchall()
    assert [n["filename"] for n in names] == ["small.pdf"]


def test_a_duplicate_pdf_is_skipped_naming_the_first_email(conn, fake_gmail, gmail_user):
    # Given the same PDF sent twice in two emails
    user_id, address = gmail_user()
    pdf = mail.small_pdf()
    first = fake_gmail.add_message(address, mail.message(pdfs=[("a.pdf", pdf)]).as_bytes())
    second = fake_gmail.add_message(
        address, mail.message("FW: Call Sheet", pdfs=[("a.pdf", pdf)]).as_bytes()
    )
    # When the poller runs (twice: the second pass must not add anything)
    Poller().run_once()
    Poller().run_once()
    # Then one is pending with the document, the other skipped as a duplicate of it
    recorded = emails(conn, user_id)
    statuses = sorted(r["processing_status"] for r in recorded.values())
    assert statuses == ["pending", "skipped"]
    kept = next(r for r in recorded.values() if r["processing_status"] == "pending")
    dup = next(r for r in recorded.values() if r["processing_status"] == "skipped")
    assert dup["skip_reason"] == f"duplicate of {kept['id']}"
    assert {first, second} == set(recorded)
    count = conn.execute("SELECT count(*) AS n FROM documents WHERE user_id = %s", (user_id,))
    assert count.fetchone()["n"] == 1


def test_two_users_sharing_one_pdf_each_get_theirs(conn, fake_gmail, gmail_user):
    # Given two crew members who got the same call sheet
    pdf = mail.small_pdf()
    users = [gmail_user(), gmail_user()]
    for _, address in users:
        fake_gmail.add_message(address, mail.message(pdfs=[("day3.pdf", pdf)]).as_bytes())
    # When the poller runs
    Poller().run_once()
    # Then each has a pending email and their own document
    for user_id, _ in users:
        recorded = emails(conn, user_id)
        assert [r["processing_status"] for r in recorded.values()] == ["pending"]
        n = conn.execute("SELECT count(*) AS n FROM documents WHERE user_id = %s", (user_id,))
        assert n.fetchone()["n"] == 1


def test_an_expiring_token_is_refreshed_and_saved_encrypted(conn, fake_gmail, gmail_user):
    # Given a grant whose access token expires in a minute
    user_id, address = gmail_user(expires_in=timedelta(minutes=1))
    deliver(fake_gmail, address, 1)
    before = conn.execute(
        "SELECT access_token_encrypted, token_expiry FROM oauth_tokens WHERE user_id = %s",
        (user_id,),
    ).fetchone()
    # When the poller runs
    result = Poller().run_once()
    # Then it refreshed at the token endpoint first and stored the new token
    assert result.failed == 0
    assert fake_gmail.count("/token") == 1
    after = conn.execute(
        "SELECT access_token_encrypted, token_expiry, status FROM oauth_tokens WHERE user_id = %s",
        (user_id,),
    ).fetchone()
    assert after["token_expiry"] > before["token_expiry"] + timedelta(minutes=30)
    assert after["access_token_encrypted"] != before["access_token_encrypted"]
    assert b"access-" not in bytes(after["access_token_encrypted"])


def test_a_revoked_grant_puts_the_user_in_a_clear_error_state(conn, fake_gmail, gmail_user):
    # Given a user whose grant Google revoked, with an expired access token
    user_id, address = gmail_user(expires_in=timedelta(minutes=-5))
    deliver(fake_gmail, address, 1)
    refresh = next(t for t, a in fake_gmail.refresh_tokens.items() if a == address)
    fake_gmail.revoke(refresh)
    # When the poller runs
    result = Poller().run_once()
    # Then the grant is marked revoked with Google's reason, and status says what to do
    assert result.failed == 1
    token = conn.execute(
        "SELECT status, last_error FROM oauth_tokens WHERE user_id = %s", (user_id,)
    ).fetchone()
    assert token["status"] == "revoked" and "invalid_grant" in token["last_error"]
    problems = gather_status(conn)["ingest_problems"]
    assert [p["email"] for p in problems] == [address]
    assert "revoked" in problems[0]["message"] and "auth google" in problems[0]["message"]
    # and later passes leave that user alone instead of failing again
    Poller().run_once()
    assert fake_gmail.count("/token") == 1


def test_a_message_the_database_refuses_does_not_hold_back_its_batch(conn, fake_gmail, gmail_user):
    # Given one batch of four sheets: one in a thread id longer than the column (the database
    # refuses the batch's transaction), one whose receipt time is no number, one whose receipt
    # time is past any calendar
    user_id, address = gmail_user()
    good = deliver(fake_gmail, address)[0]
    refused = fake_gmail.add_message(
        address, mail.message(pdfs=[("a.pdf", mail.small_pdf())]).as_bytes(), thread_id="t" * 300
    )
    no_number, too_far = deliver(fake_gmail, address, 2)
    box = fake_gmail.mailboxes[address].messages
    box[no_number]["internalDate"] = "yesterday"
    box[too_far]["internalDate"] = "9" * 30
    # When the poller runs one pass
    result = Poller().run_once()
    # Then the pass succeeds, the three readable sheets are pending with their documents
    assert result.failed == 0
    recorded = emails(conn, user_id)
    assert set(recorded) == {good, refused, no_number, too_far}
    assert {
        m: recorded[m]["processing_status"] for m in (good, no_number, too_far)
    } == dict.fromkeys((good, no_number, too_far), "pending")
    # and the refused one is an error row that says why (so it is seen, and never refetched)
    assert recorded[refused]["processing_status"] == "error"
    assert recorded[refused]["error"].startswith("message refused:")
    docs = conn.execute("SELECT count(*) AS n FROM documents WHERE user_id = %s", (user_id,))
    assert docs.fetchone()["n"] == 3


def test_an_error_mid_pass_keeps_the_batches_before_it_and_ends_the_pass_threads(
    conn, fake_gmail, gmail_user
):
    # Given 12 sheets, three batches of 5 (newest first), Gmail refusing one of the last batch
    user_id, address = gmail_user()
    ids = deliver(fake_gmail, address, 12)
    fake_gmail.fail(f"/messages/{ids[1]}", 403, times=1)
    # When the poller runs
    result = Poller().run_once()
    # Then the pass fails, says why and keeps no history id; the two batches fetched, parsed
    # and recorded before the refusal are kept
    assert result.failed == 1
    state = sync_state(conn, user_id)
    assert "HttpError" in state["last_error"] and state["history_id"] is None
    assert set(emails(conn, user_id)) == set(ids[2:])
    # and the pass's fetching and parsing threads have ended
    deadline = time.monotonic() + 5
    while any(t.name in ("gmail-prefetch", "gmail-parse") for t in threading.enumerate()):
        assert time.monotonic() < deadline, [t.name for t in threading.enumerate()]
        time.sleep(0.01)
    # When the poller runs again, the rest is recorded, each message once
    result = Poller().run_once()
    assert result.failed == 0
    assert set(emails(conn, user_id)) == set(ids)
    assert sync_state(conn, user_id)["history_id"] is not None


def test_a_pass_records_a_batch_in_one_transaction(conn, fake_gmail, gmail_user):
    # Given a backlog of 30 sheets (one Gmail batch)
    user_id, address = gmail_user()
    deliver(fake_gmail, address, 30)
    before = conn.execute(
        "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"
    ).fetchone()["xact_commit"]
    # When the poller runs one pass
    Poller().run_once()
    # Then all are recorded with far fewer commits than messages (one per batch, plus the
    # pass's own reads and sync state; statistics lag, so this counts at least as many)
    conn.execute("SELECT pg_stat_clear_snapshot()")
    after = conn.execute(
        "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"
    ).fetchone()["xact_commit"]
    assert len(emails(conn, user_id)) == 30
    assert after - before < 30


def test_a_batch_recorded_at_once_emits_each_emails_event_as_a_row_at_a_time_did(
    database, conn, fake_gmail, gmail_user
):
    # Given one batch: two sheets, one whose only attachment is named .pdf but is none, and a
    # sheet repeating the first one's PDF (the insert's triggers run once for the batch)
    user_id, address = gmail_user()
    pdf = mail.small_pdf()
    first, broken, second, again = (
        fake_gmail.add_message(address, mail.message(pdfs=[attachment]).as_bytes())
        for attachment in (
            ("call.pdf", pdf),
            ("day3.pdf", b"not a pdf at all"),
            ("other.pdf", mail.small_pdf()),
            ("call.pdf", pdf),
        )
    )
    with psycopg.connect(database, autocommit=True) as listener:
        for channel in ("email_received", "email_skipped", "reading_failed"):
            listener.execute(f"LISTEN {channel}")
        # When the poller runs one pass
        assert Poller().run_once().failed == 0
        notes = list(listener.notifies(timeout=10, stop_after=3))
    # Then each email has its one event, in the order the batch recorded them (Gmail lists
    # the newest first, so the first one delivered is the duplicate), as a row insert gave
    recorded = emails(conn, user_id)
    events = conn.execute(
        "SELECT id, kind, subject_table, subject_id, user_id, from_state, to_state FROM events"
        " ORDER BY id"
    ).fetchall()
    by_email = [e for e in events if e["subject_table"] == "processed_emails"]
    assert [(e["subject_id"], e["kind"], e["from_state"], e["to_state"]) for e in by_email] == [
        (recorded[again]["id"], "email_received", None, "pending"),
        (recorded[second]["id"], "email_received", None, "pending"),
        (recorded[broken]["id"], "email_skipped", None, "skipped"),
        (recorded[first]["id"], "email_skipped", None, "skipped"),
    ]
    assert {e["user_id"] for e in events} == {user_id}
    # and the broken attachment has its unreadable record, announced after the email's event
    unreadable = conn.execute(
        "SELECT id, email_id, kind FROM unreadable_emails WHERE user_id = %s", (user_id,)
    ).fetchall()
    assert [(u["email_id"], u["kind"]) for u in unreadable] == [
        (recorded[broken]["id"], "attachment")
    ]
    failed = [e for e in events if e["kind"] == "reading_failed"]
    assert [e["subject_id"] for e in failed] == [unreadable[0]["id"]]
    skipped = next(e for e in by_email if e["subject_id"] == recorded[broken]["id"])
    assert failed[0]["id"] > skipped["id"]
    # and every event of a kind a stage consumes was announced on its own channel with its id;
    # email_skipped, which none consumes, is written dispatched and announced to no one (db/0035)
    routed = [e for e in events if e["kind"] != "email_skipped"]
    assert len(routed) == 3
    assert sorted((n.channel, n.payload) for n in notes) == sorted(
        (e["kind"], str(e["id"])) for e in routed
    )
    dispatched = conn.execute(
        "SELECT kind, dispatched_at = created_at AS born FROM events ORDER BY id"
    ).fetchall()
    assert {(d["kind"], d["born"]) for d in dispatched if d["born"] is not None} == {
        ("email_skipped", True)
    }


def test_a_file_named_only_by_its_content_type_is_told_without_its_control_characters(
    conn, fake_gmail, gmail_user
):
    # Given a call-sheet email whose one attachment has no file name and a content type
    # carrying a NUL and a terminal escape (a hostile or broken sender), and a good sheet
    # in the same batch
    user_id, address = gmail_user()
    good = deliver(fake_gmail, address)[0]
    raw = (
        b"From: Dana AD <ad@production.example>\r\nSubject: Call sheet - Day 4\r\n"
        b"Date: Tue, 03 Mar 2026 18:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain\r\n\r\nCall sheet attached.\r\n"
        b"--b1\r\nContent-Type: application/x\x1b[31mdoc\x00\r\n"
        b"Content-Disposition: attachment\r\n\r\nAAAA\r\n--b1--\r\n"
    )
    hostile = fake_gmail.add_message(address, raw)
    # When the poller runs one pass
    assert Poller().run_once().failed == 0
    # Then the email is kept as skipped and says which file was no PDF, as a named file is
    # (PostgreSQL refuses a NUL, and a terminal obeys an escape: neither is kept), instead of
    # the database refusing the batch and the email becoming an error row
    recorded = emails(conn, user_id)
    assert recorded[good]["processing_status"] == "pending"
    row = recorded[hostile]
    assert (row["processing_status"], row["error"]) == ("skipped", None)
    assert row["attachment_notes"] == "application/xdoc: not a PDF"
