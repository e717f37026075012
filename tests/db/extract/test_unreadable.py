"""Every email that passed the filters ends in something its user sees: an email that gives no
shooting day is recorded with its reason (reading_failed), however it ended; duplicates and
mail with no attachment at all stay silent. Notify turns the record into a could-not-read
message (local outbox here: a user without a Google grant)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from pipeline.extract.service import process_email
from pipeline.ingest import logic, mime, store
from pipeline.notify.review_loop import report_unreadable
from tests.fixtures import callsheets
from tests.support import rows
from tests.support.mail import message, small_pdf

RECEIVED = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)
DEFAULTS = logic.Filters()


def record(user_id, raw_message, filters=DEFAULTS) -> store.Recorded:
    envelope = store.Envelope(user_id, uuid.uuid4().hex, "gmail", RECEIVED, "t1")
    return store.record(envelope, mime.parse_message(raw_message.as_bytes()), filters)


def unreadable(conn, email_id):
    return conn.execute(
        "SELECT * FROM unreadable_emails WHERE email_id = %s", (email_id,)
    ).fetchone()


def events_of(conn, kind):
    return conn.execute("SELECT * FROM events WHERE kind = %s", (kind,)).fetchall()


def test_an_attachment_that_is_not_a_call_sheet_is_told_in_plain_words(conn) -> None:
    user_id = rows.add_user(conn)
    pdf, _ = callsheets.invoice()
    email_id = record(user_id, message(pdfs=[("quote.pdf", pdf)])).email_id
    assert process_email(email_id).status == "skipped"
    row = unreadable(conn, email_id)
    assert row["kind"] == "not_call_sheet"
    assert row["reason"].startswith("no shooting day in the attachment")
    [event] = events_of(conn, "reading_failed")
    assert (event["subject_id"], event["user_id"]) == (row["id"], user_id)
    # and notify says so, once
    assert report_unreadable(row["id"]) == "1 queued"
    assert report_unreadable(row["id"]) == "0 queued"
    [note] = conn.execute(
        "SELECT * FROM notifications WHERE template = 'could_not_read'"
    ).fetchall()
    assert note["channel_name"] == "local" and note["schedule_id"] is None
    assert "its attachment does not look like a call sheet (no shooting day" in note["message"]


def test_a_dead_letter_is_not_silent(conn) -> None:
    user_id = rows.add_user(conn)
    email_id = rows.add_email(conn, user_id)
    [received] = [e for e in events_of(conn, "email_received") if e["subject_id"] == email_id]
    # When the extract message for the email is given up after its retries
    conn.execute(
        "SELECT record_dead_delivery(%s, 'extract.extract_email', 'OSError: disk full')",
        (received["id"],),
    )
    row = unreadable(conn, email_id)
    assert (row["kind"], row["reason"]) == ("failed", "extract.extract_email: OSError: disk full")
    report_unreadable(row["id"])
    note = conn.execute("SELECT message FROM notifications").fetchone()
    assert "something went wrong on our side while reading it" in note["message"]


def test_unusable_attachments_are_told_but_duplicates_and_bare_mail_stay_silent(conn) -> None:
    user_id = rows.add_user(conn)
    pdf = small_pdf()
    # over the size cap: the call sheet was sent, and lost
    tiny = logic.Filters(max_attachment_bytes=10)
    over = record(user_id, message(pdfs=[("day5.pdf", pdf)]), tiny)
    assert over.status == "skipped"
    row = unreadable(conn, over.email_id)
    assert row["kind"] == "attachment" and "over the 10-byte cap" in row["reason"]
    # the same PDF again: a duplicate may stay silent
    first = record(user_id, message(pdfs=[("a.pdf", pdf)]))
    again = record(user_id, message(pdfs=[("a.pdf", pdf)]))
    assert (first.status, again.status) == ("pending", "skipped")
    assert unreadable(conn, again.email_id) is None
    # a keyword email with no attachment at all ("the call sheet comes late tonight")
    bare = record(user_id, message(subject="Call sheet comes late tonight"))
    assert bare.status == "skipped" and unreadable(conn, bare.email_id) is None
    assert len(events_of(conn, "reading_failed")) == 1


def test_a_call_sheet_sent_only_as_another_format_gets_a_could_not_read_message(conn) -> None:
    user_id = rows.add_user(conn)
    msg = message(subject="Call sheet - Day 4")
    msg.add_attachment(b"PK\x03\x04 word", maintype="application", subtype="msword",
                       filename="Callsheet Day 4.doc")  # fmt: skip
    skipped = record(user_id, msg)
    assert skipped.status == "skipped"
    row = unreadable(conn, skipped.email_id)
    assert (row["kind"], row["reason"]) == ("attachment", "Callsheet Day 4.doc: not a PDF")
    assert report_unreadable(row["id"]) == "1 queued"
    note = conn.execute("SELECT message FROM notifications").fetchone()
    assert "its attachment could not be used (Callsheet Day 4.doc: not a PDF)" in note["message"]
