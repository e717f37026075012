"""End to end through the fake Gmail (the real google-api-python-client on loopback), with a
real worker and dispatcher: a call sheet the reader is unsure of becomes a review message in
the user's own mailbox; the user's reply from their phone plans the day; replies from another
address or outside the thread change nothing and are recorded; a sheet without a date gets a
could-not-read message.

The poller's pass runs in this process (Poller.run_once), as `stillontime poller` runs it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.app.status import gather_status
from pipeline.ingest.service import Poller
from tests.db.ingest.conftest import SECRET_KEY
from tests.fixtures.callsheets import long_acre
from tests.support.fake_gmail import FakeGmail
from tests.support.mail import message
from tests.support.waiting import wait_for

SHOOT = date(2026, 12, 7)
# When Gmail received the call sheets: fixed, so the reader's date checks never see the clock.
RECEIVED = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)
SET = "Plac Defilad 1, 00-901 Warszawa"


def callsheet(*, location: bool = True, dated: bool = True) -> bytes:
    """An English call sheet for THE LONG ACRE day 5, without its set address or its date."""
    return long_acre(SHOOT, location=location, dated=dated)


def deliver(fake: FakeGmail, address: str, raw: bytes, thread_id: str | None = None) -> str:
    mid = fake.add_message(address, raw, thread_id=thread_id)
    with fake.lock:
        fake.mailboxes[address].messages[mid]["internalDate"] = str(
            int(RECEIVED.timestamp() * 1000)
        )
    return mid


def reply(address: str, sender: str, review: EmailMessage, body: str) -> bytes:
    """What a phone's mail app sends: Re: subject, In-Reply-To, the original quoted."""
    msg = EmailMessage()
    msg["From"] = f"Ola <{sender}>"
    msg["To"] = address
    msg["Subject"] = "Re: " + str(review["Subject"])
    msg["In-Reply-To"] = str(review["Message-ID"])
    msg["References"] = str(review["Message-ID"])
    msg["Message-ID"] = f"<reply-{uuid.uuid4().hex}@mail.gmail.com>"
    quoted = "\n".join("> " + line for line in review.get_content().splitlines())
    msg.set_content(f"{body}\n\nOn Fri, 4 Dec 2026 at 19:00, <{address}> wrote:\n{quoted}\n")
    return msg.as_bytes()


def notifications(conn, template: str, status: str = "sent") -> list[dict]:
    return conn.execute(
        "SELECT * FROM notifications WHERE template = %s AND status = %s ORDER BY created_at",
        (template, status),
    ).fetchall()


@pytest.fixture
def pipeline(conn, fake_gmail, start_service, tmp_path) -> Path:
    """A worker and a dispatcher talking to the fake Gmail; returns the pipeline's home."""
    home = tmp_path / "home"
    env = {
        "STILLONTIME_GOOGLE_API_ENDPOINT": fake_gmail.url,
        "STILLONTIME_GOOGLE_TOKEN_URI": fake_gmail.token_uri,
        "STILLONTIME_SECRET_KEY": SECRET_KEY,
        "STILLONTIME_CALENDAR_PROVIDER": "ics",
        "STILLONTIME_HOME": str(home),
    }
    start_service("worker", "--processes", "1", "--threads", "2", env=env)
    start_service("dispatcher", env=env)
    return home


def test_a_review_is_answered_from_the_phone_and_the_day_gets_planned(
    conn, fake_gmail, gmail_user, pipeline
) -> None:
    user_id, address = gmail_user()
    conn.execute("UPDATE user_configs SET timezone = 'Europe/Warsaw' WHERE user_id = %s",
                 (user_id,))  # fmt: skip
    fake_gmail.replace_message_ids = True  # Gmail may give our message its own Message-ID
    poller = Poller()

    # Given a call sheet whose set address cannot be read
    sheet = message(
        "Call sheet - THE LONG ACRE day 5", pdfs=[("day5.pdf", callsheet(location=False))]
    )
    deliver(fake_gmail, address, sheet.as_bytes())
    poller.run_once()

    # Then a review message arrives in the user's own mailbox, sent from it, naming the field
    [review_note] = wait_for(lambda: notifications(conn, "needs_review"), timeout=120)
    assert (review_note["channel_name"], review_note["channel"]) == ("gmail", "email")
    [(record, review)] = fake_gmail.sent_messages(address)
    assert (review["From"], review["To"]) == (address, address)
    assert "INBOX" in record["labelIds"]
    text = review.get_content()
    assert "- location: not found (confidence 0.00) - not found on the sheet" in text
    assert "  location: 163 Example Rd, Toronto" in text
    schedule = conn.execute("SELECT * FROM schedule_data").fetchone()
    assert (schedule["status"], schedule["version"]) == ("reviewing", 1)

    # When someone else answers in the thread, and the user answers from outside it
    thread = record["threadId"]
    deliver(fake_gmail, address, reply(address, "stranger@example.com", review, f"location: {SET}"),
            thread_id=thread)  # fmt: skip
    deliver(fake_gmail, address, reply(address, address, review, "location: Elsewhere 1"))
    poller.run_once()

    # Then both are recorded as refused, and nothing changed
    refused = wait_for(lambda: conn.execute(
        "SELECT sender, refusal FROM review_replies WHERE status = 'refused' ORDER BY sender"
    ).fetchall(), timeout=30)  # fmt: skip
    assert [(r["sender"], r["refusal"]) for r in refused] == [
        (address, "answers our message from outside its thread"),
        ("stranger@example.com", "from stranger@example.com, not the user's own address"),
    ]
    again = conn.execute("SELECT status, version FROM schedule_data").fetchone()
    assert (again["status"], again["version"]) == ("reviewing", 1)
    # and the user's own refused reply shows in `stillontime status`
    problems = [p["message"] for p in gather_status(conn)["ingest_problems"]]
    assert problems == [
        "a reply of the user's own was refused: answers our message from outside its thread"
    ]

    # When the user replies in the thread with the location
    deliver(fake_gmail, address, reply(address, address, review, f"location: {SET}"),
            thread_id=thread)  # fmt: skip
    poller.run_once()

    # Then it is a new version, confirmed; a calendar event and "schedule processed" follow
    [processed] = wait_for(lambda: notifications(conn, "schedule_processed"), timeout=120)
    planned = conn.execute("SELECT * FROM schedule_data").fetchone()
    assert (planned["status"], planned["version"], planned["location"]) == ("confirmed", 2, SET)
    event = conn.execute("SELECT * FROM calendar_events").fetchone()
    assert (event["sync_status"], event["schedule_version"]) == ("synced", 2)
    assert processed["schedule_version"] == 2
    # and the reply is answered in its thread, saying what was applied
    [answer] = wait_for(lambda: notifications(conn, "reply_answer"), timeout=60)
    answers = [m for m in fake_gmail.messages_in(address, thread) if m["X-StillOnTime"]]
    assert [str(m["X-StillOnTime"]) for m in answers] == ["needs_review", "reply_answer"]
    assert answers[1].get_content().startswith(f"Thanks - applied: location: {SET}.")
    taken = conn.execute("SELECT * FROM review_replies WHERE status = 'received'").fetchall()
    assert len(taken) == 1 and answer["schedule_version"] == 2
    assert conn.execute("SELECT resolved_by FROM review_tasks WHERE status = 'resolved'"
                        ).fetchone()["resolved_by"] == "reply"  # fmt: skip


def test_a_reply_not_understood_is_answered_and_changes_nothing(
    conn, fake_gmail, gmail_user, pipeline
) -> None:
    _, address = gmail_user()
    poller = Poller()
    sheet = message(
        "Call sheet - THE LONG ACRE day 5", pdfs=[("day5.pdf", callsheet(location=False))]
    )
    deliver(fake_gmail, address, sheet.as_bytes())
    poller.run_once()
    wait_for(lambda: notifications(conn, "needs_review"), timeout=120)
    [(record, review)] = fake_gmail.sent_messages(address)

    # When the user answers something that is no field, ok or cancel
    body = f"location: {SET}\nparking behind the church"
    deliver(
        fake_gmail, address, reply(address, address, review, body), thread_id=record["threadId"]
    )
    poller.run_once()

    # Then the answer in the thread says what was understood and what was not; nothing changed
    wait_for(lambda: notifications(conn, "reply_answer"), timeout=120)
    answer = fake_gmail.sent_messages(address)[-1][1]
    assert str(answer["In-Reply-To"]).startswith("<reply-")
    text = answer.get_content()
    assert f"Understood: location: {SET}" in text
    assert 'Not understood: "parking behind the church"' in text
    row = conn.execute("SELECT status, version FROM schedule_data").fetchone()
    assert (row["status"], row["version"]) == ("reviewing", 1)

    # When the user answers that answer, correctly this time
    deliver(fake_gmail, address, reply(address, address, answer, f"location: {SET}"),
            thread_id=record["threadId"])  # fmt: skip
    poller.run_once()

    # Then it is applied
    wait_for(lambda: notifications(conn, "schedule_processed"), timeout=120)
    row = conn.execute("SELECT status, version, location FROM schedule_data").fetchone()
    assert (row["status"], row["version"], row["location"]) == ("confirmed", 2, SET)


def test_a_sheet_without_a_readable_date_gets_a_could_not_read_message(
    conn, fake_gmail, gmail_user, pipeline
) -> None:
    _, address = gmail_user()
    sheet = message("Call sheet - THE LONG ACRE day 6", pdfs=[("day6.pdf", callsheet(dated=False))])
    deliver(fake_gmail, address, sheet.as_bytes())
    Poller().run_once()

    [note] = wait_for(lambda: notifications(conn, "could_not_read"), timeout=120)
    assert note["channel_name"] == "gmail" and note["schedule_id"] is None
    [(_, sent)] = fake_gmail.sent_messages(address)
    assert sent["Subject"] == "Could not read: Call sheet - THE LONG ACRE day 6"
    assert "because day6.pdf: the sheet has no readable date; nothing can be planned." in (
        sent.get_content()
    )
    email_row = conn.execute("SELECT processing_status FROM processed_emails").fetchone()
    assert email_row["processing_status"] == "error"
    assert conn.execute("SELECT count(*) AS n FROM schedule_data").fetchone()["n"] == 0


def test_a_message_gmail_refuses_goes_to_the_users_other_channel(
    conn, fake_gmail, gmail_user, pipeline
) -> None:
    _, address = gmail_user()
    fake_gmail.fail("messages/send", 403, times=10)  # e.g. the grant lost gmail.send
    sheet = message("Call sheet - THE LONG ACRE day 6", pdfs=[("day6.pdf", callsheet(dated=False))])
    deliver(fake_gmail, address, sheet.as_bytes())
    Poller().run_once()

    [local] = wait_for(lambda: notifications(conn, "could_not_read"), timeout=120)
    assert local["channel_name"] == "local"
    [refused] = notifications(conn, "could_not_read", status="failed")
    assert refused["channel_name"] == "gmail" and "403" in refused["error"]
    text = (pipeline / "outbox" / f"{local['id']}.txt").read_text(encoding="utf-8")
    assert "has no readable date" in text
    assert fake_gmail.sent_messages(address) == []


def test_a_grant_without_gmail_send_gets_reviews_on_its_channels_and_status_says_why(
    conn, gmail_user
) -> None:
    from pipeline.notify.service import prepare_schedule
    from tests.support import rows

    user_id, address = gmail_user()
    conn.execute(
        "UPDATE oauth_tokens SET scopes = '{https://www.googleapis.com/auth/gmail.readonly}'"
        " WHERE user_id = %s",
        (user_id,),
    )
    schedule_id = rows.add_schedule(conn, user_id, rows.add_email(conn, user_id), "reviewing")

    assert prepare_schedule(schedule_id) == "review requested, 1 queued"
    [note] = notifications(conn, "needs_review", status="pending")
    assert note["channel_name"] == "local"
    assert f"stillontime schedules edit {schedule_id} --location" in note["message"]
    [problem] = gather_status(conn)["ingest_problems"]
    assert (problem["email"], "gmail.send" in problem["message"]) == (address, True)
